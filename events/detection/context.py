"""What the detector finds once per article (cues, places, dates), and the references it resolves."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from events.detection.catalogue import Cue, SeriesCatalogue
from events.detection.complements import Complement, walk_complement
from events.detection.document import Document
from events.detection.meeting_words import AR_BARE_NOUNS, LATIN_NOUNS
from text.dates import is_calendar_word
from text.partial_date import PartialDate
from text.places import PlaceMatch
from text.venues import venue_spans

# A locative word right before a city ("à Rabat", "in Doha", "في الدوحة", "بالرباط"): its venue, where a
# city without one often stands for its government ("Nouakchott et Dakar ouvrent …").
LOCATIVE_BEFORE = re.compile(r"(?:\b(?:a|au|in|at|en)|في) $|(?:^|\s)[وف]?ب$")


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
    english: str = ""  # its English name where the archive can tell it ("Jordanian-Iraqi Joint Committee")


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
    at_venue: bool = False  # its city is written as where it is held ("à Rabat"), not bare ("Rabat et Madrid")

    @property
    def group(self) -> tuple:
        """What one event of the article is: (series, ordinal, year), a candidate series by its key."""
        return (self.candidate.key if self.candidate else self.series, self.ordinal, self.year)


# What follows a convention that is a treaty, not a meeting: its object ("for the suppression of", "on
# the rights of", "against", "de lutte contre", "relative à", "sur la"), folded.
_TREATY_AFTER = re.compile(
    r" (?:for the (?:suppression|prevention|protection|elimination)|against|relating to|concerning"
    # ("the Convention on Cybercrime"; not "the convention on Tuesday", "on 29 September": see `_treaty`)
    r"|on (?:the )?(?P<object>[a-z]+)"
    r"|de lutte|pour la (?:repression|prevention|protection|lutte)|contre|relative|sur (?:la|le|les|l')|portant)\b"
)


def _treaty(folded: str, end: int) -> bool:
    """Whether the convention ending at `end` is a treaty by what follows it (`_TREATY_AFTER`); "on"
    followed by a day or a month, or by "the sidelines", says when or where a meeting is."""
    after = _TREATY_AFTER.match(folded, end)
    if after is None:
        return False
    what = after.group("object")
    return what is None or not (is_calendar_word(what) or what == "sidelines")


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
    # What the steps compute once per article and ask for again (by step: meeting_dates' words of a
    # session to come, ...): the same answers, read once.
    memo: dict[str, object] = field(default_factory=dict)

    @cached_property
    def meeting_nouns(self) -> list[re.Match[str]]:
        """Every meeting noun of the text, the Latin ones then the Arabic ones: read by three steps
        (unnumbered references, year-named candidates, neighbour sessions), found once."""
        nouns = list(LATIN_NOUNS.finditer(self.doc.folded))
        if self.doc.has_arabic:
            nouns += AR_BARE_NOUNS.finditer(self.doc.folded)
        venues = venue_spans(self.doc.folded)
        if venues:
            # "at the Hong Kong Convention and Exhibition Centre": a building, no meeting
            nouns = [n for n in nouns if not any(a <= n.start() < b for a, b in venues)]
        # "the Arab Convention for the Suppression of Terrorism", "la convention de lutte contre …": a treaty
        return [n for n in nouns if not (n.group().startswith("convention") and _treaty(self.doc.folded, n.end()))]

    @cached_property
    def place_at(self) -> frozenset[int]:
        return frozenset(p.start for p in self.places)

    # Asked once per reference or meeting noun: looked up by bisection, not by reading every place
    # or cue of the text (which made detection's time grow with the square of a text's length).
    @cached_property
    def place_ends(self) -> frozenset[int]:
        return frozenset(p.end for p in self.places)

    @cached_property
    def _places_in_order(self) -> tuple[list[int], list[PlaceMatch]]:
        ordered = sorted(self.places, key=lambda p: p.start)  # stable: text order already
        return [p.start for p in ordered], ordered

    def places_between(self, lo: int, hi: int) -> list[PlaceMatch]:
        """The places that start in [lo, hi), in text order."""
        starts, ordered = self._places_in_order
        return ordered[bisect_left(starts, lo) : bisect_left(starts, hi)]

    @cached_property
    def _noun_starts(self) -> list[int]:
        return sorted(noun.start() for noun in self.meeting_nouns)

    def noun_starts_between(self, lo: int, hi: int) -> list[int]:
        """Where the meeting nouns that start in [lo, hi) start, in text order."""
        starts = self._noun_starts
        return starts[bisect_left(starts, lo) : bisect_left(starts, hi)]

    @cached_property
    def _cue_ends(self) -> tuple[list[int], dict[int, Cue]]:
        first: dict[int, Cue] = {}
        for cue in self.cues:
            first.setdefault(cue.end, cue)
        return sorted(first), first

    def last_cue_ending(self, lo: int, hi: int) -> Cue | None:
        """The cue that ends last within [lo, hi] (the first of the cues in text order that end
        there, as `max` over them gives), or None."""
        ends, first = self._cue_ends
        i = bisect_right(ends, hi)
        return first[ends[i - 1]] if i and ends[i - 1] >= lo else None

    @cached_property
    def _own_names_by_end(self) -> dict[int, Cue]:
        longest: dict[int, Cue] = {}
        for cue in self.cues:
            if any(t.is_alias for t in cue.targets) and (cue.end not in longest or cue.start < longest[cue.end].start):
                longest[cue.end] = cue
        return longest

    def own_name_ending_on(self, noun: re.Match[str]) -> Cue | None:
        """The longest series' own name that ends on this meeting noun and starts before it ("INTERPOL
        European Regional Conference"): English puts a meeting's noun last, after the words that name it."""
        cue = self._own_names_by_end.get(noun.end())
        return cue if cue is not None and cue.start < noun.start() else None

    def walk(self, pos: int) -> Complement:
        return walk_complement(self.doc, pos, self.cue_at, self.place_at)
