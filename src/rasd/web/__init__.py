"""The web page and JSON API over a store: search, articles with their layers, speakers.

Needs the ``web`` extra: ``pip install 'rasd[web]'``.
"""
