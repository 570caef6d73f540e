"""The reading side of the archive: public pages, feeds and discovery files, in French, Arabic
and English. Reads only (selectors.py); the one article search lives in archive.search."""
