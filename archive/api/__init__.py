"""The REST API: the archive read by programs, and curated by editors' tools.

It sits above the three apps (people ← events ← archive ← api): it reads through their
QuerySets and writes through their services, never around them.
"""
