"""What extraction finds in one article: plain results, no database.

Shared by the pure extractor (`archive.extraction.extractor`), which builds them, and the
linker (`archive.extraction.linking`), which writes them: keeping them here, apart from both,
is what lets the linker import them without importing the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from events.detection import EventMention


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
class Extraction:
    persons: list[FoundPerson] = field(default_factory=list)
    organizations: list[FoundOrganization] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
