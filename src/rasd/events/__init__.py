"""Event coding: the trigger lexicon, verb forms and argument finding."""
