"""Extraction: the one public entry point from an article's text to persons, organizations
and events, and the linking of those results to the archive's entities.

`Extractor.extract(text, language, published)` is pure (no database): it combines the
knowledge-base matcher (people.matching), discovery by textual cues (people.discovery) and
event detection (events.detection), and returns plain results. `ArticleExtractor` builds
the name index once per run from the database and writes the links of a batch of articles
in bulk, keeping every editor's decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from events.dates import PartialDate

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` that contains the span [start, end)."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return text[left:right].strip()[:2000]


@dataclass
class FoundPerson:
    name: str
    surfaces: list[str]
    role: str | None
    surface: str
    start: int
    end: int
    sentence: str
    method: str
    confidence: float
    known_key: int | None = None  # a person already in the archive, when the name index found it
    affiliation: str | None = None  # canonical name of an organization the text ties the person to


@dataclass
class FoundOrganization:
    name: str
    surface: str
    start: int
    end: int
    sentence: str
    method: str
    confidence: float
    known_key: int | None = None
    acronym: str | None = None


@dataclass
class FoundEvent:
    series_name: str | None
    ordinal: int | None
    name: str
    city: str | None
    country: str | None
    start_date: PartialDate | None
    end_date: PartialDate | None
    relation: str
    surface: str
    start: int
    end: int
    sentence: str
    confidence: float


@dataclass
class Extraction:
    persons: list[FoundPerson] = field(default_factory=list)
    organizations: list[FoundOrganization] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)


def _overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)
