"""Extraction, in three parts: the plain results (results), the pure extractor that finds
persons, organizations and events in one text (extractor), and the run that builds the
extractor from the database and links its results to the archive's entities (run, linking).
"""
