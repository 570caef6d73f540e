"""Helpers to write the detector's word lists: every list is compared with folded text
(text.normalize), so entries are folded once here, and alternations are sorted longest first so
that a regex never stops at a shorter word ("assemblee" before "assemblees generales")."""

from __future__ import annotations

from collections.abc import Iterable

from text.normalize import normalize_name


def split_words(text: str) -> list[str]:
    return text.split()


def fold_all(words: Iterable[str]) -> list[str]:
    return sorted({normalize_name(w) for w in words}, key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    return "|".join(fold_all(words))
