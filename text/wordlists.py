"""Helpers to write the detector's word lists: every list is compared with folded text
(text.normalize), so entries are folded once here, and alternations are sorted longest first so
that a regex never stops at a shorter word ("assemblee" before "assemblees generales")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from text.normalize import normalize_name


def split_words(text: str) -> list[str]:
    return text.split()


def fold_all(words: Iterable[str]) -> list[str]:
    return sorted({normalize_name(w) for w in words}, key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    return "|".join(fold_all(words))


def given_names(script: str) -> list[str]:
    """Given names generated from maintained data (`text/data/given_names.json`, built by
    `python -m text.build_given_names`), as written; `script` is "arabic" or "latin"."""
    path = Path(__file__).parent / "data" / "given_names.json"
    return json.loads(path.read_text(encoding="utf-8"))[script]
