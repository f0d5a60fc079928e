"""Statements and their sources: the word lists inflected, quotation marks paired, speakers."""
