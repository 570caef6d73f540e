"""The keys under which persons and organizations are identified by name: one definition, for
the importer's resolver, the unique `import_key` column and its data migration.

A key is the name folded by `text.normalize.normalize_name` (case, accents, apostrophes,
hyphens, Arabic letter forms and clitics); a person's key also drops a leading honorific
("M.", "Dr", "السيد"), which is no part of who they are.
"""

from __future__ import annotations

from text.normalize import normalize_name

HONORIFIC_PREFIXES = ("m ", "mm ", "mme ", "mr ", "mrs ", "ms ", "dr ", "السيد ", "السيده ", "الدكتور ")


def person_key(name: str) -> str:
    key = normalize_name(name)
    for prefix in HONORIFIC_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix) :]
    return key


def organization_key(name: str) -> str:
    return normalize_name(name)
