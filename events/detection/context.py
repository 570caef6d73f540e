"""What the detector finds once per article (cues, places, dates), and the references it resolves."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from events.detection.catalogue import Cue, SeriesCatalogue
from events.detection.complements import Complement, walk_complement
from events.detection.document import Document
from text.partial_date import PartialDate
from text.places import PlaceMatch


@dataclass(frozen=True)
class DateExpr:
    """A date the text gives, at a folded offset (events.detection.meeting_dates finds them)."""

    pos: int  # folded offset
    start: PartialDate | None
    end: PartialDate | None
    kind: str  # "range", "day", "month", "year", "weekday"
    ahead: bool = False  # a weekday of the coming week ("mercredi prochain", "next Wednesday")


@dataclass(frozen=True)
class CandidateSeries:
    """A series outside the catalogue, as one article names it (events.detection.candidates)."""

    key: str  # "<kind>:<skeleton of the body's name>": the same in every script
    label: str  # the series as written: "session ordinaire du conseil de Y"
    body: str  # the body as written, clitics off: "conseil de Y", "أفريبول"
    kind: str  # "session", "conference", "summit" or "year"


@dataclass
class Resolved:
    series: int
    ordinal: int | None
    start: int
    end: int
    confidence: float
    city: PlaceMatch | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    year: int | None = None  # the session's year, for a series whose sessions go by their year
    candidate: CandidateSeries | None = None  # a series outside the catalogue (series is then -1)
    relative: bool = False  # named as the next or previous session (events.detection.neighbours)

    @property
    def group(self) -> tuple:
        """What one event of the article is: (series, ordinal, year), a candidate series by its key."""
        return (self.candidate.key if self.candidate else self.series, self.ordinal, self.year)


@dataclass
class Context:
    """Everything found once per article that resolution needs."""

    doc: Document
    catalogue: SeriesCatalogue
    cues: list[Cue]
    cue_at: dict[int, Cue]
    cues_by_series: dict[int, list[tuple[Cue, float]]]
    places: list[PlaceMatch]
    dates: list[DateExpr]
    published: PartialDate | None
    ref_year: int | None
    debug: list[str] | None
    datelines: list[tuple[int, int]] = field(default_factory=list)  # folded spans (text.datelines)
    established: set[int] = field(default_factory=set)  # series that references name explicitly

    @cached_property
    def place_at(self) -> frozenset[int]:
        return frozenset(p.start for p in self.places)

    def walk(self, pos: int) -> Complement:
        return walk_complement(self.doc, pos, self.cue_at, self.place_at)
