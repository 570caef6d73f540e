"""What extraction finds in one article: plain results, no database.

Shared by the pure extractor (`archive.extraction.extractor`), which builds them, and the
linker (`archive.extraction.linking`), which writes them: keeping them here, apart from both,
is what lets the linker import them without importing the extractor.

Persons, organizations and events carry the same `Evidence`: where the text names them and how
sure the rule is. The linker stores it as it is on every kind of link, and offsets are shifted
(windows, headline) in one place, `Evidence.shifted`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from text.partial_date import PartialDate


@dataclass
class Evidence:
    """Where an article names something: the words (`surface`), their offsets in the text
    (None when they are in the headline, which is not stored in the body), the sentence around
    them, the rule's kind (`method`: "kb" or "rule") and its confidence."""

    surface: str
    start: int | None
    end: int | None
    sentence: str
    method: str
    confidence: float

    def shifted(self, by: int) -> None:
        """Move the offsets by `by` characters; an offset that falls before 0 means the words
        are outside the text the offsets point into (the headline), so it becomes None."""
        if self.start is None:
            return
        if self.start + by < 0:
            self.start = self.end = None
        else:
            self.start, self.end = self.start + by, self.end + by


@dataclass
class FoundPerson:
    name: str
    surfaces: list[str]
    role: str | None
    evidence: Evidence
    known_key: int | None = None  # a person already in the archive, when the name index found it
    affiliation: str | None = None  # canonical name of an organization the text ties the person to
    roles: list[str] = field(default_factory=list)  # every role stated, `role` first (INTERCHANGE.md)


@dataclass
class FoundOrganization:
    name: str
    evidence: Evidence
    known_key: int | None = None
    acronym: str | None = None


@dataclass
class FoundEvent:
    """A session of a series (or a meeting outside any series) the article refers to."""

    series_name: str
    ordinal: int | None
    name: str
    city: str | None
    country: str | None
    start_date: PartialDate | None
    end_date: PartialDate | None
    relation: str  # "subject" or "mention"
    evidence: Evidence
    # A series outside the catalogue (events.detection.candidates): its key and the body's name.
    candidate_key: str = ""
    candidate_body: str = ""
    candidate_name_en: str = ""  # the series' English name where detection can tell it


@dataclass
class Extraction:
    persons: list[FoundPerson] = field(default_factory=list)
    organizations: list[FoundOrganization] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)

    def found(self) -> list[FoundPerson | FoundOrganization | FoundEvent]:
        return [*self.persons, *self.organizations, *self.events]

    def shift(self, by: int) -> None:
        """Shift every evidence's offsets (see `Evidence.shifted`)."""
        for found in self.found():
            found.evidence.shifted(by)
