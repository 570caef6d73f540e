"""The text layer: plain Python under every app, importing nothing of Django or of the apps.

Folding and normalization (normalize), the name automaton (matching), scanning helpers
(scanning), dates written in text (dates, partial_date), the gazetteer of places (places),
word lists (wordlists) and language detection (language). People, events and archive read
text through it; it reads none of them (tests/test_layering.py).
"""
