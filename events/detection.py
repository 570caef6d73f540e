"""Detecting references to events — sessions of recurring meetings — in an article's text.

Articles identify a session the same way in French, Arabic and English: an ordinal, a meeting
noun and the series, named right there or earlier in the article ("la 92ème session de
l'Assemblée générale d'Interpol", "الدورة الحادية والخمسين للمجلس", "the group's fourth
ministerial meeting"). The field is narrow — a few dozen recurring series — so the detector is a
set of rules over a catalogue of series (events/knowledge/series.json, or EventSeries rows turned
into the same dicts), not a statistical model:

1. the text is folded once (people.normalize, offsets kept) and split into sentences;
2. the catalogue's series and organisation names, the cities (events.places) and the dates are
   found once per article;
3. *numbered references* are an ordinal (numerals or words, in three languages) tied to a meeting
   noun ("47e conférence", "الدورة الـ93", "forty-seventh annual conference", "sa 47è édition");
   ordinals of plans, phases, promotions or satellites have no meeting noun and are never read;
4. each numbered reference gets its series from the complement that follows it ("… du Conseil
   des ministres arabes de l'Intérieur", "… لقادة الشرطة والأمن العرب"); a complement that
   names a body outside the catalogue ("la 57e session de la CEA") drops it; a generic one ("du
   Conseil", "للمنظمة", none at all) leaves the choice to the article: the series named nearest
   (before rather than after), compatible with the meeting noun, and plausible for the ordinal at
   the publication date (a council at its 42nd session has no 50th);
5. *unnumbered references* ("la session de Glasgow", "the Interpol assembly in 2007",
   "الجمعية العامة المقبلة المقررة بمراكش سنة 2025") resolve through the series' known editions
   when the text gives their city or year;
6. references are merged per (series, ordinal) — one event whatever the language — with the best
   city and dates, and the event the article reports on is marked "subject", the others "mention".

`detect_events` is the one public entry point; `SeriesCatalogue.from_entries` (or `.from_json`)
builds the catalogue once per run.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from events.dates import PartialDate
from events.knowledge_base import event_name, read_series
from events.places import PlaceMatch, city_named, find_places
from events.textdates import find_dates, parse_date_range
from people.matching import NameEntry, NameIndex
from people.normalize import normalize_name, normalize_with_offsets

__all__ = ["EventMention", "SeriesCatalogue", "detect_events"]


# ---------------------------------------------------------------------------------------------
# Public result


@dataclass
class EventMention:
    """One event (a session of a series) that an article refers to, with its best evidence.

    `start`/`end` are offsets of the evidence in the text; `start_date`/`end_date` are the
    event's dates as far as the text states them."""

    series_name: str
    ordinal: int | None
    name: str
    city: str | None
    country: str | None
    start_date: PartialDate | None
    end_date: PartialDate | None
    relation: str  # "subject" or "mention"
    sentence: str
    start: int
    end: int
    surface: str
    method: str = "rule"
    confidence: float = 0.0
    mentions: int = 1  # how many references in the text were merged into this event


# ---------------------------------------------------------------------------------------------
# The catalogue

# Meeting nouns and the generic heads of a complement ("du Conseil", "للمنظمة") fall in classes;
# a series lists the classes that can name it or its sessions, most typical first.
_DEFAULT_KINDS = {
    "assembly": ("assembly", "session", "edition", "organization", "meeting"),
    "conference": ("conference", "session", "edition", "meeting"),
    "congress": ("conference", "session", "edition", "meeting"),
    "summit": ("summit", "session", "edition"),
    "council": ("session", "council", "edition", "meeting"),
    "session": ("session", "edition", "meeting"),
    "meeting": ("meeting", "session", "edition"),
}


@dataclass(frozen=True)
class Edition:
    """A session of a series known to have taken place (or to be scheduled)."""

    ordinal: int
    year: int | None
    city: str | None
    country: str | None
    start: PartialDate | None
    end: PartialDate | None


@dataclass(frozen=True)
class Series:
    name: str
    template: str
    organization: str | None
    kinds: dict[str, float]
    editions: tuple[Edition, ...]
    active: bool = True

    def event_name(self, ordinal: int | None) -> str:
        return event_name(self.template, self.name, ordinal)

    def edition(self, ordinal: int) -> Edition | None:
        return next((e for e in self.editions if e.ordinal == ordinal), None)

    def compat(self, classes: Iterable[str]) -> float:
        """How well meeting nouns and complement heads of these classes fit the series (0 = not)."""
        score = 1.0
        for cls in classes:
            score *= self.kinds.get(cls, 0.0)
        return score

    def expected_ordinal(self, year: int) -> float | None:
        """The ordinal a session held in `year` would have, from the known editions."""
        dated = sorted((e.year, e.ordinal) for e in self.editions if e.year)
        if not dated:
            return None
        (first_year, first), (last_year, last) = dated[0], dated[-1]
        if not self.active and year >= last_year:
            return float(last)
        rate = (last - first) / (last_year - first_year) if last_year > first_year and last > first else 1.0
        ref_year, ref = min(dated, key=lambda d: abs(d[0] - year))
        return ref + rate * (year - ref_year)

    def fit(self, ordinals: Sequence[int], year: int | None) -> float:
        """Plausibility of these ordinals at `year`: 0 for a session too far in the future,
        less than 1 for a distant past one, 0.6 when the series' history is unknown."""
        expected = self.expected_ordinal(year) if year else None
        if expected is None:
            return 0.6
        worst = 1.0
        for ordinal in ordinals:
            diff = ordinal - expected
            if diff > 3.5:
                return 0.0
            if diff < -3.5:
                worst = min(worst, max(0.1, math.exp((diff + 3.5) / 3)))
        return worst


# How strongly a name points to a series: its own name, its organisation's name when the series
# is the organisation's main one (listed first), or when it is one of its other meetings.
_OWN_NAME, _MAIN_ORG, _OTHER_ORG = 1.0, 0.7, 0.4


@dataclass(frozen=True)
class _CueTarget:
    series: int
    weight: float

    @property
    def is_alias(self) -> bool:
        return self.weight == _OWN_NAME


class SeriesCatalogue:
    """The event series this field knows, with one name index over every way they and their
    organisations are named. Build it once per run: `from_json()` or `from_entries(dicts)`."""

    def __init__(self, series: list[Series], names: list[NameEntry]) -> None:
        self.series = series
        self._by_name = {s.name: i for i, s in enumerate(series)}
        self._index = NameIndex.build(names)

    @classmethod
    def from_json(cls, path: Path | None = None) -> SeriesCatalogue:
        """The catalogue of events/knowledge/series.json (or of another file in its format)."""
        return cls.from_entries(read_series(path))

    @classmethod
    def from_entries(cls, entries: list[dict]) -> SeriesCatalogue:
        """Entries as in series.json: name, event_name_template, organization, label_fr/ar/en,
        aliases; optional organization_aliases, kinds, editions, active. Series sharing an
        organization share its names."""
        org_names: dict[str, list[str]] = {}
        for entry in entries:
            if entry.get("organization"):
                org_names.setdefault(entry["organization"], [entry["organization"]])
                org_names[entry["organization"]].extend(entry.get("organization_aliases") or [])
        names: list[NameEntry] = []
        main_of: dict[str, int] = {}
        for i, entry in enumerate(entries):
            labels = [entry.get(f"label_{lang}") for lang in ("fr", "ar", "en")]
            own = [entry["name"], *labels, *(entry.get("aliases") or [])]
            names.extend(NameEntry("alias", i, name) for name in own if name)
            org = entry.get("organization") or ""
            kind = "main" if main_of.setdefault(org, i) == i else "other"
            names.extend(NameEntry(kind, i, name) for name in org_names.get(org, []))
        return cls([_series_from_entry(entry) for entry in entries], names)

    def index_of(self, name: str) -> int | None:
        return self._by_name.get(name)

    def find_cues(self, doc: _Document) -> list[_Cue]:
        """Every series or organisation name in the document (folded offsets)."""
        spans: dict[tuple[int, int], list[_CueTarget]] = {}
        for match in self._index.find(doc.original):
            span = (doc.to_folded(match.start), doc.to_folded(match.end))
            weight = {"alias": _OWN_NAME, "main": _MAIN_ORG}.get(match.kind, _OTHER_ORG)
            spans.setdefault(span, []).append(_CueTarget(int(match.entity_key), weight))
        return [_Cue(start, end, _ordered(targets)) for (start, end), targets in sorted(spans.items())]


def _ordered(targets: list[_CueTarget]) -> tuple[_CueTarget, ...]:
    """A series' own name first, then catalogue order; one target per series."""
    best: dict[int, _CueTarget] = {}
    for target in targets:
        if target.series not in best or target.weight > best[target.series].weight:
            best[target.series] = target
    return tuple(sorted(best.values(), key=lambda t: (-t.weight, t.series)))


def _series_from_entry(entry: dict) -> Series:
    kinds_list = entry.get("kinds") or _infer_kinds(entry["name"])
    kinds = {kind: round(max(0.5, 1.0 - 0.1 * rank), 2) for rank, kind in enumerate(kinds_list)}
    editions = tuple(_edition_from_entry(e) for e in entry.get("editions") or [])
    template = entry.get("event_name_template") or ""
    return Series(entry["name"], template, entry.get("organization"), kinds, editions, entry.get("active", True))


def _infer_kinds(name: str) -> tuple[str, ...]:
    words = normalize_name(name).split()
    for word in ("assembly", "conference", "congress", "summit", "council", "session", "meeting"):
        if word in words:
            return _DEFAULT_KINDS[word]
    return _DEFAULT_KINDS["session"]


def _edition_from_entry(entry: dict) -> Edition:
    start, end = PartialDate.parse(entry.get("start")), PartialDate.parse(entry.get("end"))
    year = entry.get("year") or (start.year if start else None)
    city = city_named(entry.get("city"))
    return Edition(
        int(entry["ordinal"]),
        year,
        city.name if city else entry.get("city"),
        entry.get("country") or (city.country if city else None),
        start,
        end,
    )


# ---------------------------------------------------------------------------------------------
# The folded document


@dataclass(frozen=True)
class _Cue:
    start: int  # word start in the folded text (Arabic clitics included)
    end: int
    targets: tuple[_CueTarget, ...]


_SPACES = re.compile(" {2,}")
_HAS_ARABIC = re.compile("[\u0621-\u064a]")
_SENTENCE_BREAK = re.compile(r"\s*\n\s*|(?<=[.!?؟])\s+")
_ABBREVIATION = re.compile(r"(?<!\w)(?:[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])+|MM|Mgr)\.$")  # M., MM., Dr., S.M.


@dataclass
class _Document:
    original: str
    folded: str
    offsets: list[int]  # folded index → original index; one more entry for the end
    has_arabic: bool = False
    sentence_starts: list[int] = field(default_factory=list)  # folded offsets

    @classmethod
    def of(cls, text: str) -> _Document:
        """Fold `text` as names are folded, with runs of spaces made one (names are keyed so)."""
        raw, raw_offsets = normalize_with_offsets(text)
        parts: list[str] = []
        offsets: list[int] = []
        previous = 0
        for run in _SPACES.finditer(raw):
            parts.append(raw[previous : run.start() + 1])
            offsets.extend(raw_offsets[previous : run.start() + 1])
            previous = run.end()
        parts.append(raw[previous:])
        offsets.extend(raw_offsets[previous:])
        offsets.append(len(text))
        doc = cls(text, "".join(parts), offsets, has_arabic=bool(_HAS_ARABIC.search(raw)))
        doc.sentence_starts = doc._sentence_starts()
        return doc

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        for match in _SENTENCE_BREAK.finditer(self.original):
            if "\n" not in match.group() and _ABBREVIATION.search(self.original, 0, match.start()):
                continue
            folded = bisect.bisect_left(self.offsets, match.end())
            if folded > starts[-1]:
                starts.append(folded)
        return starts

    def sentence(self, pos: int) -> tuple[int, int]:
        """The folded span of the sentence containing folded offset `pos`."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.folded)
        return self.sentence_starts[i], end

    def to_folded(self, original: int) -> int:
        return bisect.bisect_left(self.offsets, original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]

    def is_capitalized(self, pos: int) -> bool:
        return self.original[self.offsets[pos]].isupper()


# ---------------------------------------------------------------------------------------------
# Ordinals in three languages, on folded text (lower case, no accents, hyphens as spaces,
# Arabic hamza/ta marbuta/alef maqsura folded, Arabic-Indic digits as ASCII).


_AR = "\u0621-\u064a\u0671-\u06d3"  # Arabic letters (not its comma, semicolon, question mark)


def _words(text: str) -> list[str]:
    return text.split()


def _fold_all(words: Iterable[str]) -> list[str]:
    return sorted({normalize_name(w) for w in words}, key=len, reverse=True)


_LATIN_CARDINALS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "cents": 100, "one": 1, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_LATIN_ORDINAL_WORDS = {
    "premier": 1, "premiere": 1, "second": 2, "seconde": 2, "unieme": 1, "deuxieme": 2, "troisieme": 3,
    "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10,
    "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14, "quinzieme": 15, "seizieme": 16,
    "vingtieme": 20, "trentieme": 30, "quarantieme": 40, "cinquantieme": 50, "soixantieme": 60, "centieme": 100,
    "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}  # fmt: skip
_LATIN_ORDINAL = re.compile(
    r"\b(?:(?P<num>\d{1,3})(?:\s?i?emes?|eres?|er|re|es|e|st|nd|rd|th)"
    rf"|(?P<words>(?:(?:{'|'.join(_fold_all(_LATIN_CARDINALS))})\s(?:(?:et|and)\s)?)*"
    rf"(?:{'|'.join(_fold_all(_LATIN_ORDINAL_WORDS))})))\b"
)

_AR_UNITS = {
    "اول": 1, "اولى": 1, "حادي": 1, "حادية": 1, "ثاني": 2, "ثانية": 2, "ثالث": 3, "ثالثة": 3, "رابع": 4,
    "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8,
    "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10,
}  # fmt: skip
_AR_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90,
    "تسعين": 90, "مائة": 100, "مئة": 100,
}  # fmt: skip
_AR_VALUES = {normalize_name(k): v for k, v in (_AR_UNITS | _AR_TENS).items()}
_AR_TEEN = {normalize_name("عشر"), normalize_name("عشرة")}
_AR_UNIT_RE = "|".join(_fold_all(_AR_UNITS))
_AR_TENS_RE = "|".join(_fold_all(_AR_TENS))
_AR_HUNDRED_AFTER = r"(?:\sبعد\s(?:ال)?(?:مايه|ميه))?"
_AR_ORDINAL = (
    rf"(?:(?:رقم\s)?(?:ال\s?)?\d{{1,3}}(?!\d)"
    rf"|(?:ال)?(?:{_AR_UNIT_RE})(?:\s(?:عشره|عشر)|\sو\s?(?:ال)?(?:{_AR_TENS_RE}))?{_AR_HUNDRED_AFTER}"
    rf"|(?:ال)?(?:{_AR_TENS_RE}){_AR_HUNDRED_AFTER})(?![{_AR}\d])"
)
_AR_ORDINAL_RE = re.compile(_AR_ORDINAL)


def latin_ordinal_value(text: str) -> int | None:
    """'47', 'quarante et unieme', 'quatre vingt treizieme', 'forty seventh' (folded) → int."""
    tokens = [t for t in text.split() if t not in ("et", "and")]
    if not tokens:
        return None
    last = tokens[-1]
    if last not in _LATIN_ORDINAL_WORDS or (len(tokens) > 1 and last in ("premier", "premiere")):
        return None  # "vingt et unième", never "vingt premier"
    values = [_LATIN_CARDINALS[t] for t in tokens[:-1]] + [_LATIN_ORDINAL_WORDS[last]]
    total = 0
    for i, value in enumerate(values):
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and i > 0 and tokens[i - 1] == "quatre":  # quatre-vingt(s) = 80
            total += 80 - 4
        else:
            total += value
    return total or None


def arabic_ordinal_value(text: str) -> int | None:
    """'الثالثه والتسعين', 'ال93', 'الحادي عشر', 'الحاديه بعد المايه' (folded) → int."""
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    return sum(_arabic_number_word(token) for token in text.split()) or None


def _arabic_number_word(token: str) -> int:
    """The value of one word of an ordinal, with its article and conjunction: "والتسعين" → 90."""
    for word in (token, token[1:] if token.startswith("و") else ""):
        bare = word[2:] if word.startswith("ال") else word
        if bare in _AR_TEEN:
            return 10
        if bare in _AR_VALUES:
            return _AR_VALUES[bare]
    return 0


# ---------------------------------------------------------------------------------------------
# Meeting nouns, complement words


def _alternation(words: Iterable[str]) -> str:
    return "|".join(_fold_all(words))


_LATIN_NOUN = re.compile(
    r"\b(?:(?P<assembly>assemblees? generales?|general assembl(?:y|ies)|assemblees?|assembl(?:y|ies))"
    r"|(?P<session>sessions?)"
    r"|(?P<conference>conferences?|congres|congress(?:es)?)"
    r"|(?P<meeting>reunions?|rencontres?|meetings?|gatherings?|forums?|rendez vous|conclaves?)"
    r"|(?P<summit>sommets?|summits?)"
    r"|(?P<edition>editions?))\b"
)
_AR_PREFIX = rf"(?<![{_AR}])[وف]?(?:لل|بال|كال|ال|[بلك])?"
_AR_NOUN = (
    r"(?:(?P<assembly>جمعيه العامه)|(?P<session>دوره|دورت(?:ها|هم|يها|ين|ان|ه)|دورات(?:ها)?)"
    r"|(?P<conference>موتمر(?:ات|ين|ها|ه)?)"
    r"|(?P<meeting>اجتماع(?:ات|ها|ه)?|ملتقي|منتدي)"
    r"|(?P<summit>قمه|قمت(?:ها|ه))"
    rf"|(?P<edition>نسخه|نسخت(?:ها|ه)))(?![{_AR}])"
)
# Adjectives between an Arabic noun and its ordinal: "الدورة العادية", "القمة العربية", "المؤتمر
# الإقليمي الإفريقي" (definite nisba adjectives); an ordinal ending the same way is tried first.
# Any other adjective must belong to a series name ("الدورة التدريبية الثالثة" is a training course).
_AR_ADJECTIVE = rf"ال[{_AR}]{{2,}}(?:يه|ي)"
_AR_PLAIN_ADJECTIVES = frozenset(
    _fold_all(["العادية", "العادي", "السنوية", "السنوي", "الوزارية", "الوزاري", "الاعتيادية", "الحالية", "الحالي"])
)
_AR_NUMBERED = re.compile(
    rf"{_AR_PREFIX}{_AR_NOUN}\s(?P<adjectives>(?:{_AR_ADJECTIVE}\s){{0,2}}?)"
    rf"(?P<ordinals>{_AR_ORDINAL}(?:\sو\s?{_AR_ORDINAL})*)"
)
_AR_BARE_NOUN = re.compile(_AR_PREFIX + _AR_NOUN)

# Words allowed between an ordinal and its noun ("forty-seventh annual conference").
_PRE_NOUN = frozenset(
    _words(
        "annual annuelle annuel ordinary ordinaire regular ministerial ministerielle regional regionale international "
        "internationale plenary pleniere joint conjointe arab arabe african africaine police security consultative"
    )
)
_NOT_NUMBERED_AS_SERIES = frozenset(
    _fold_all(["extraordinaire", "extraordinary", "special", "spéciale", "emergency", "urgence", "استثنائية", "طارئة"])
)
_COORDINATION = re.compile(r"\s?(?:,|et|and|&|و)\s?(?:(?:la|le|les|the|l')\s?)?")
_TOKEN = re.compile(r"\s*([^\W_]+'?|[^\w\s])")
_CONNECTORS = frozenset(["de", "du", "des", "d'", "of", "for", "من"])
_DETERMINERS = frozenset(
    _words("la le l' les the this that its their sa son ses leur ce cet cette meme same dite said هذه هذا ذات نفس")
)
_ADJECTIVES = frozenset(
    _fold_all(
        _words(
            "ordinaire ordinaires annuelle annuelles annuel ordinary annual regular ministerielle ministerial generale "
            "general superieur supreme internationale international regionale regional africaine african arabe arab "
            "pleniere plenary permanente permanent actuelle current prochaine next suivante precedente last "
            "العادية العادي السنوية السنوي الأعلى العامة الدولية الوزاري الوزارية العربي العربية الإقليمي "
            "الإفريقي الحالية الحالي"
        )
    )
)
# Heads of a complement that refer back to a body without naming it ("du Conseil", "للمنظمة").
_HEADS: dict[str, str] = {
    **dict.fromkeys(["assemblee generale", "general assembly", "assemblee", "assembly"], "assembly"),
    **dict.fromkeys(["conseil", "council"], "council"),
    **dict.fromkeys(["conference", "congres", "congress"], "conference"),
    **dict.fromkeys(["reunion", "rencontre", "meeting", "forum"], "meeting"),
    **dict.fromkeys(["sommet", "summit"], "summit"),
    **dict.fromkeys(["session"], "session"),
    **dict.fromkeys(["comite", "committee", "commission", "bureau", "office", "agence", "agency"], "committee"),
    **dict.fromkeys(
        _words(
            "organisation organization alliance union universite university mecanisme mechanism groupe group "
            "coalition institution instance"
        ),
        "organization",
    ),
    **{normalize_name(k): v for k, v in {"جمعية العامة": "assembly", "جمعية": "assembly"}.items()},
    **{normalize_name(k): "council" for k in ["مجلس"]},
    **{normalize_name(k): "conference" for k in ["مؤتمر"]},
    **{normalize_name(k): "meeting" for k in ["اجتماع", "ملتقى"]},
    **{normalize_name(k): "summit" for k in ["قمة"]},
    **{normalize_name(k): "session" for k in ["دورة"]},
    **{normalize_name(k): "committee" for k in ["لجنة", "مكتب", "وكالة"]},
    **{normalize_name(k): "organization" for k in ["منظمة", "تحالف", "اتحاد", "جامعة", "آلية", "هيئة"]},
}
_HEAD_RE = re.compile(
    rf"(?:(?<![{_AR}])(?P<clitic>[وف]?(?:لل|بال|ال|ل)?)(?P<ar>{_alternation(k for k in _HEADS if k[0] > 'z')})"
    rf"(?![{_AR}])|\b(?P<lat>{_alternation(k for k in _HEADS if k[0] <= 'z')})\b)"
)
_BREAK = frozenset('.;:!?،؛؟()«»"|')
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")

# ---------------------------------------------------------------------------------------------
# References found in the text


@dataclass
class _Reference:
    ordinals: list[int]
    noun_class: str | None  # None: an elliptical "la 92e,"
    start: int  # folded span of ordinal(s) + noun
    end: int
    walk_from: int  # where the complement starts
    cue: _Cue | None = None  # a series name inside the reference itself ("93rd INTERPOL General Assembly")


@dataclass
class _Resolved:
    series: int
    ordinal: int
    start: int
    end: int
    confidence: float
    city: PlaceMatch | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None


def _numbered_references(doc: _Document, cue_at: dict[int, _Cue], debug: list[str] | None) -> list[_Reference]:
    arabic = _arabic_numbered(doc, cue_at, debug) if doc.has_arabic else []
    return _latin_numbered(doc, cue_at, debug) + arabic


def _arabic_numbered(doc: _Document, cue_at: dict[int, _Cue], debug: list[str] | None) -> list[_Reference]:
    """Noun, then ordinal(s): "الدورة الـ93", "المؤتمر السابع والأربعين", "الدورتين الثامنة
    والثلاثين والتاسعة والثلاثين", "القمة العربية الـ33" (the series named by noun and adjective)."""
    refs = []
    for match in _AR_NUMBERED.finditer(doc.folded):
        noun_class = _noun_class_of(match)
        values = [arabic_ordinal_value(m.group()) for m in _AR_ORDINAL_RE.finditer(match.group("ordinals"))]
        ordinals = [v for v in values if v]
        if not ordinals or _next_word(doc.folded, match.end()) in _NOT_NUMBERED_AS_SERIES:
            _note(debug, f"skipped {match.group()!r}: no ordinal or an extraordinary session")
            continue
        cue = cue_at.get(match.start())
        cue = cue if cue is not None and cue.end <= match.start("ordinals") else None
        named = cue is not None and cue.end >= match.end("adjectives") - 1
        if not named and not set(match.group("adjectives").split()) <= _AR_PLAIN_ADJECTIVES:
            _note(debug, f"skipped {match.group()!r}: a kind of session no series of the catalogue has")
            continue
        refs.append(_Reference(ordinals, noun_class, match.start(), match.end(), match.end(), cue))
    return refs


_NOUN_CLASSES = ("assembly", "session", "conference", "meeting", "summit", "edition")


def _noun_class_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(name for name in _NOUN_CLASSES if groups.get(name))


def _latin_numbered(doc: _Document, cue_at: dict[int, _Cue], debug: list[str] | None) -> list[_Reference]:
    refs = []
    ordinals = list(_LATIN_ORDINAL.finditer(doc.folded))
    i = 0
    while i < len(ordinals):
        group = [ordinals[i]]
        while i + 1 < len(ordinals):
            link = _COORDINATION.match(doc.folded, group[-1].end())
            if not link or link.end() != ordinals[i + 1].start():
                break
            i += 1
            group.append(ordinals[i])
        i += 1
        values = [_latin_value(m) for m in group]
        if not all(values):
            continue
        ref = _latin_reference(doc, group, [v for v in values if v], cue_at, debug)
        if ref is not None:
            refs.append(ref)
    return refs


def _latin_value(match: re.Match[str]) -> int | None:
    if match.group("num"):
        return int(match.group("num")) or None
    return latin_ordinal_value(match.group("words"))


def _latin_reference(
    doc: _Document, group: list[re.Match[str]], values: list[int], cue_at: dict[int, _Cue], debug: list[str] | None
) -> _Reference | None:
    """The meeting noun after French/English ordinals, past a comma ("the next, 48th, conference"),
    a few modifiers ("annual", "ministerial") or a series name ("the fourth ISA meeting")."""
    start, pos = group[0].start(), group[-1].end()
    cue: _Cue | None = None
    for _ in range(4):
        token = _TOKEN.match(doc.folded, pos)
        if not token:
            break
        at = token.start(1)
        noun = _LATIN_NOUN.match(doc.folded, at)
        if noun:
            return _with_noun(doc, values, start, noun, cue or cue_at.get(at), debug)
        if at in cue_at:
            cue = cue_at[at]
            inner = _LATIN_NOUN.search(doc.folded, at, cue.end)
            if inner:  # "93rd INTERPOL General Assembly": the series name carries the noun
                return _Reference(values, _noun_class_of(inner), start, inner.end(), cue.end, cue)
            pos = cue.end
        elif token.group(1) == "," or token.group(1) in _PRE_NOUN:
            pos = token.end()
        else:
            break
    if _elliptical(doc, group, start):
        return _Reference(values, None, start, group[-1].end(), group[-1].end())
    return None


def _with_noun(
    doc: _Document, values: list[int], start: int, noun: re.Match[str], cue: _Cue | None, debug: list[str] | None
) -> _Reference | None:
    before = doc.folded[start : noun.start()].split()
    if _NOT_NUMBERED_AS_SERIES & set(before) or _next_word(doc.folded, noun.end()) in _NOT_NUMBERED_AS_SERIES:
        _note(debug, f"skipped {doc.folded[start : noun.end()]!r}: an extraordinary session")
        return None
    # "47e conférence des dirigeants arabes…": a series name may start at the noun itself
    walk_from = cue.end if cue is not None and cue.start == noun.start() else noun.end()
    return _Reference(values, _noun_class_of(noun), start, noun.end(), walk_from, cue)


def _elliptical(doc: _Document, group: list[re.Match[str]], start: int) -> bool:
    """'La suivante, la 92e, aura lieu…': a numeral ordinal standing for a session named just before."""
    if len(group) != 1 or not group[0].group("num"):
        return False
    after = doc.folded[group[0].end() : group[0].end() + 2].strip()
    previous = doc.folded[max(0, start - 6) : start].split()
    if not after or after[0] not in ",;.)" or not previous or previous[-1] not in ("la", "le", "the", "sa", "son"):
        return False
    window = doc.folded[max(0, start - 250) : start]
    return bool(_LATIN_NOUN.search(window))


def _next_word(text: str, pos: int) -> str:
    token = _TOKEN.match(text, pos)
    return token.group(1) if token else ""


def _note(debug: list[str] | None, message: str) -> None:
    if debug is not None:
        debug.append(message)


# ---------------------------------------------------------------------------------------------
# Complements: "de l'Assemblée générale d'Interpol", "du Conseil", "de la CEA", "للمجلس"


@dataclass
class _Complement:
    outcome: str  # "cue", "foreign" or "none"
    cue: _Cue | None
    heads: set[str]
    end: int


def _walk_complement(
    doc: _Document, pos: int, cue_at: dict[int, _Cue], place_at: frozenset[int] = frozenset(), limit: int = 160
) -> _Complement:
    """Read what follows a meeting noun: a series or organisation name (cue), a body outside the
    catalogue (foreign), or only generic words (none), collecting the classes of generic heads.

    Latin script: after "de/of", a capitalized word that names nothing known is a foreign body
    ("de la CEA"); lower-case words are read through ("de la police criminelle (Interpol)").
    Arabic: a definite head ("للمجلس") refers back; an indefinite one is in construct state and
    must be followed by a known name ("لمجلس وزراء الداخلية العرب", not "لمجلس حقوق الإنسان")."""
    heads: set[str] = set()
    after_connector = construct = False  # construct: an Arabic head in construct state awaits its name
    stop = min(len(doc.folded), pos + limit)
    while pos < stop:
        token = _TOKEN.match(doc.folded, pos)
        if not token:
            break
        word, word_start = token.group(1), token.start(1)
        if word_start in cue_at:
            return _Complement("cue", cue_at[word_start], heads, cue_at[word_start].end)
        if construct:
            return _Complement("foreign", None, heads, word_start)
        if word in _BREAK or word == "," or word_start in place_at or _YEAR.fullmatch(word):
            break  # "la session de Glasgow", "l'Assemblée générale de 2025": a venue or a date, no body
        head = _HEAD_RE.match(doc.folded, word_start)
        if head:
            heads.add(_HEADS[head.group("lat") or head.group("ar")])
            construct = bool(head.group("ar")) and "ال" not in head.group("clitic") and "لل" not in head.group("clitic")
            after_connector = False
            pos = head.end()
            continue
        if word in _CONNECTORS:
            after_connector = True
        elif word in _DETERMINERS or word in _ADJECTIVES:
            pass
        elif word[0] > "z":  # Arabic: "لل…" or "من …" before a word that names no known body
            if word.startswith("لل") or after_connector:
                return _Complement("foreign", None, heads, token.end())
            break
        elif not after_connector:
            break
        elif not heads or (doc.is_capitalized(word_start) and not word.isdigit()):
            # "session de formation", "edition of the festival", "de la CEA"; once a generic head is
            # read ("de l'Organisation internationale de la police…"), lower-case words qualify it
            return _Complement("foreign", None, heads, token.end())
        pos = token.end()
    return _Complement("none", None, heads, pos)


# ---------------------------------------------------------------------------------------------
# Choosing the series


@dataclass
class _Context:
    """Everything found once per article that resolution needs."""

    doc: _Document
    catalogue: SeriesCatalogue
    cues: list[_Cue]
    cue_at: dict[int, _Cue]
    cues_by_series: dict[int, list[tuple[_Cue, float]]]
    places: list[PlaceMatch]
    dates: list[_DateExpr]
    published: PartialDate | None
    ref_year: int | None
    debug: list[str] | None
    established: set[int] = field(default_factory=set)  # series that references name explicitly

    @cached_property
    def place_at(self) -> frozenset[int]:
        return frozenset(p.start for p in self.places)

    def walk(self, pos: int) -> _Complement:
        return _walk_complement(self.doc, pos, self.cue_at, self.place_at)


def _proximity(cue: _Cue, start: int, end: int) -> float:
    if cue.end <= start:
        distance = start - cue.end
    elif cue.start >= end:
        distance = 3 * (cue.start - end)  # a name after the reference is weaker evidence
    else:
        distance = 0
    return 1.0 / (1.0 + distance / 300.0)


def _rank_series(
    ctx: _Context, classes: set[str], ordinals: Sequence[int], start: int, end: int
) -> list[tuple[float, int]]:
    """Series named in the article that fit the meeting noun, best first (score, index)."""
    ranked = []
    for index, cues in ctx.cues_by_series.items():
        series = ctx.catalogue.series[index]
        compat = series.compat(classes)
        if not compat:
            continue
        nearest = max(weight * _proximity(cue, start, end) for cue, weight in cues)
        dominance = 0.05 * min(len(cues), 6) + (0.3 if index in ctx.established else 0.0)
        fit = series.fit(ordinals, _year_of(ctx, start)) if ordinals else 1.0
        score = compat * (0.2 + nearest + dominance) * fit
        if score > 0:
            ranked.append((score, index))
    ranked.sort(key=lambda item: (-item[0], item[1]))  # ties: the catalogue's order
    return ranked


def _year_of(ctx: _Context, pos: int) -> int | None:
    """The year a reference is dated to: a date its sentence states ("en 2007", "سنة ٢٠٠٧"; not
    "Vision 2030"), else the article's."""
    start, end = ctx.doc.sentence(pos)
    years = [(abs(d.pos - pos), d.start.year) for d in ctx.dates if start <= d.pos < end and d.kind != "weekday"]
    return min(years)[1] if years else ctx.ref_year


def _attached_series(ctx: _Context, cue: _Cue, classes: set[str], ordinals: Sequence[int]) -> int | None:
    """The series a name right after the noun designates, if the noun fits it."""
    best: tuple[float, int] | None = None
    for target in cue.targets:
        series = ctx.catalogue.series[target.series]
        compat = series.compat(classes)
        if not compat:
            continue
        score = compat * target.weight
        score *= max(0.05, series.fit(ordinals, _year_of(ctx, cue.start))) if ordinals else 1.0
        if best is None or score > best[0]:
            best = (score, target.series)
    return best[1] if best else None


# What may stand between a body and "its" session: "l'Alliance (ISA), dans sa", "its fourth"; in
# Arabic the possessive is the noun's suffix: "المجلس في دورته", "الجمعية العامة في دورتها".
_BEFORE_POSSESSIVE = re.compile(
    r"\W*(?:(?:dans|lors de|lors d'|au cours de|pendant|during|at|in|a)\s?)?(?:sa|son|ses|its|their)\s?"
)
_BEFORE_ARABIC_POSSESSIVE = re.compile(r"\W*(?:في\s?)?")
_ARABIC_POSSESSIVE_NOUN = re.compile(rf"[وفبلك]?(?:دورت|موتمر|اجتماع|قمت|نسخت)(?:ها|هم|ه)(?![{_AR}])")


def _preceding(ctx: _Context, ref: _Reference) -> tuple[_Cue | None, set[str]]:
    """A body named right before the reference that the reference belongs to: a series or
    organisation name, or a generic head ("الجمعية العامة في دورتها السادسة والسبعين")."""
    window_start = max(ctx.doc.sentence(ref.start)[0], ref.start - 40)
    link = _BEFORE_ARABIC_POSSESSIVE if _ARABIC_POSSESSIVE_NOUN.match(ctx.doc.folded, ref.start) else _BEFORE_POSSESSIVE
    cue = max((c for c in ctx.cues if window_start <= c.end <= ref.start), key=lambda c: c.end, default=None)
    if cue is not None and link.fullmatch(ctx.doc.folded, cue.end, ref.start):
        return cue, set()
    heads = [h for h in _HEAD_RE.finditer(ctx.doc.folded, window_start, ref.start) if h.end() <= ref.start]
    if heads and link.fullmatch(ctx.doc.folded, heads[-1].end(), ref.start):
        return None, {_HEADS[heads[-1].group("lat") or heads[-1].group("ar")]}
    return None, set()


@dataclass
class _Reading:
    """A numbered reference with what surrounds it: the name it is attached to, if any."""

    ref: _Reference
    complement: _Complement
    classes: set[str]
    cue: _Cue | None


def _read(ctx: _Context, ref: _Reference) -> _Reading | None:
    complement = ctx.walk(ref.walk_from)
    if complement.outcome == "foreign" and ref.cue is None:
        surface = ctx.doc.folded[ref.start : ref.end]
        _note(ctx.debug, f"dropped {surface!r}: the session of a body outside the catalogue")
        return None
    before_cue, before_heads = _preceding(ctx, ref)
    classes = {ref.noun_class or "edition"} | complement.heads | before_heads
    return _Reading(ref, complement, classes, ref.cue or complement.cue or before_cue)


def _resolve_attached(ctx: _Context, reading: _Reading) -> list[_Resolved]:
    """A reference whose series is named with it: "la 39ème session du Conseil des ministres…"."""
    ref, cue = reading.ref, reading.cue
    assert cue is not None
    index = _attached_series(ctx, cue, reading.classes, ref.ordinals)
    if index is None:
        names = ctx.doc.folded[cue.start : cue.end]
        _note(ctx.debug, f"dropped {ctx.doc.folded[ref.start : ref.end]!r}: {names!r} holds no such meeting")
        return []
    ctx.established.add(index)
    return [_Resolved(index, ordinal, ref.start, ref.end, 0.95) for ordinal in ref.ordinals]


def _resolve_from_context(ctx: _Context, reading: _Reading) -> list[_Resolved]:
    """A reference whose series the article names elsewhere: "cette quarante et unième session"."""
    ref = reading.ref
    surface = ctx.doc.folded[ref.start : ref.end]
    if ref.noun_class == "session" and reading.complement.heads & {"conference", "meeting"}:
        _note(ctx.debug, f"dropped {surface!r}: a sitting of a conference, not a session of a series")
        return []
    ranked = _rank_series(ctx, reading.classes, ref.ordinals, ref.start, ref.end)
    if not ranked or ranked[0][0] < 0.12:
        _note(ctx.debug, f"dropped {surface!r}: no series of the catalogue fits")
        return []
    index, confidence = ranked[0][1], 0.55 + 0.4 * min(1.0, ranked[0][0])
    if ref.noun_class is None:
        confidence = min(confidence, 0.6)
    if _far_past_without_year(ctx, index, ref):
        _note(ctx.debug, f"dropped {surface!r}: far below the series' current session and no year")
        return []
    return [_Resolved(index, ordinal, ref.start, ref.end, confidence) for ordinal in ref.ordinals]


def _far_past_without_year(ctx: _Context, index: int, ref: _Reference) -> bool:
    """'the first session of the conference' is a sitting, not the series' first session —
    unless the sentence dates it ('le premier Congrès, en avril 1914')."""
    expected = ctx.catalogue.series[index].expected_ordinal(ctx.ref_year) if ctx.ref_year else None
    if expected is None or min(ref.ordinals) >= expected - 15:
        return False
    start, end = ctx.doc.sentence(ref.start)
    return not any(start <= d.pos < end and d.kind != "weekday" for d in ctx.dates)


# ---------------------------------------------------------------------------------------------
# References without an ordinal, resolved through known editions


def _unnumbered(ctx: _Context, taken: list[tuple[int, int]]) -> list[_Resolved]:
    """References without an ordinal that a known edition identifies: a series named with a city
    or a year ("the Interpol assembly in 2007"), or a meeting noun tied to a venue or a year ("la
    session de Glasgow", "دورة فيينا", "the 2025 meeting") in an article naming its series."""
    found = []
    for cue in ctx.cues:
        own = [t.series for t in cue.targets if t.is_alias]
        if own and not _inside(cue.start, taken):
            found.extend(_from_editions(ctx, own, cue.start, cue.end))
    for noun in _bare_nouns(ctx.doc):
        if not _inside(noun.start(), taken):
            found.extend(_unnumbered_noun(ctx, noun))
    return found


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _bare_nouns(doc: _Document) -> Iterable[re.Match[str]]:
    yield from _LATIN_NOUN.finditer(doc.folded)
    if doc.has_arabic:
        yield from _AR_BARE_NOUN.finditer(doc.folded)


def _unnumbered_noun(ctx: _Context, noun: re.Match[str]) -> list[_Resolved]:
    doc = ctx.doc
    if noun.group()[0] <= "z" and _proper_name_before(doc, noun.start()):
        return []  # "World Government Summit 2022": a meeting outside the catalogue
    complement = ctx.walk(noun.end())
    if complement.outcome == "foreign":
        return []
    classes = {_noun_class_of(noun)} | complement.heads
    # "l'Assemblée générale" or a named series is specific enough to take a city or a year from
    # its sentence; "la session", "the meeting" must have them attached.
    specific = "assembly" in classes or complement.cue is not None
    attached, years = _attached_venue_or_year(ctx, noun)
    if not specific and not attached:
        return []
    if complement.cue is not None:
        candidates = [t.series for t in complement.cue.targets if ctx.catalogue.series[t.series].compat(classes)]
    else:
        candidates = [index for _, index in _rank_series(ctx, classes, (), noun.start(), noun.end())]
    return _from_editions(ctx, candidates[:3], noun.start(), max(noun.end(), complement.end), years)


def _proper_name_before(doc: _Document, pos: int) -> bool:
    words = doc.folded[max(0, pos - 30) : pos].split()
    if not words or not doc.is_capitalized(pos):
        return False
    previous_start = pos - len(words[-1]) - 1
    return words[-1] not in _DETERMINERS and previous_start >= 0 and doc.is_capitalized(previous_start)


_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")
_PLACE_LINK = re.compile(r"\s?(?:(?:de|d'|of|in|a|at)\s?)?")


def _attached_venue_or_year(ctx: _Context, noun: re.Match[str]) -> tuple[bool, set[int]]:
    """Whether a city or a year is attached to the noun ('la session de Glasgow', 'دورة فيينا',
    'the Marrakech meeting', 'the 2025 meeting', 'Summit 2022'), and the attached years."""
    after = _PLACE_LINK.match(ctx.doc.folded, noun.end())
    at = after.end() if after else noun.end()
    year_after = _YEAR.match(ctx.doc.folded, at)
    year_before = _YEAR_AT_END.search(ctx.doc.folded[max(0, noun.start() - 12) : noun.start()].rstrip())
    years = {int(m.group()) for m in (year_after, year_before) if m}
    place = any(noun.end() < p.start <= at + 1 or p.end == noun.start() - 1 for p in ctx.places)
    return place or bool(years), years


def _from_editions(
    ctx: _Context, candidates: Iterable[int], start: int, end: int, years: set[int] | None = None
) -> list[_Resolved]:
    """The known edition that the cities and years around a reference (same sentence) identify."""
    sent_start, sent_end = ctx.doc.sentence(start)
    lo, hi = max(sent_start, start - 60), min(sent_end, end + 90)
    cities = {p.city for p in ctx.places if lo <= p.start < hi}
    dated = [d for d in ctx.dates if lo <= d.pos < hi and d.kind != "weekday" and d.start]
    years = (years or set()) | {d.start.year for d in dated}
    months = {(d.start.year, d.start.month) for d in dated if d.start.month}
    if not cities and not years:
        return []
    for index in candidates:
        edition = _match_edition(ctx.catalogue.series[index], cities, years, months, ctx.ref_year)
        if edition is not None:
            return [_Resolved(index, edition.ordinal, start, end, 0.7 if cities and years else 0.6)]
    return []


def _match_edition(
    series: Series, cities: set[str], years: set[int], months: set[tuple[int, int | None]], ref_year: int | None
) -> Edition | None:
    editions = list(series.editions)
    if cities and years:
        both = [e for e in editions if e.city in cities and e.year in years]
        return both[0] if len(both) == 1 else None
    if years:
        same_year = [e for e in editions if e.year in years]
        if len(same_year) > 1 and months:
            same_year = [e for e in same_year if e.start and (e.start.year, e.start.month) in months]
        return same_year[0] if len(same_year) == 1 else None
    in_city = [e for e in editions if e.city in cities]
    if ref_year is not None:
        in_city = [e for e in in_city if e.year is None or abs(e.year - ref_year) <= 2]
    return in_city[0] if len(in_city) == 1 else None


# ---------------------------------------------------------------------------------------------
# Dates: events.textdates finds them; here they become the periods of meetings.

_WEEKDAYS = _alternation(
    _words(
        "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday "
        "sunday الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
    )
)
_WEEKDAY_ONLY = re.compile(rf"(?<![\w])(?:{_WEEKDAYS})(?![\w])(?!\s\d)")
_YEAR_ONLY = re.compile(r"(?<![\w])(?:en|in|سنه|عام|de|of)\s(?P<year>(?:19|20)\d\d)(?:م)?(?![\w])")
# "du 4 au 7 novembre": what stands before the date that ends a range, or between two dates.
_RANGE_BEFORE = re.compile(r"(?<![\d])\d{1,2}(?:\s?er)?\s*(?:au|à|a|to|through|and|et|-|–|إلى|الى|حتى|و)\s*$", re.I)
_RANGE_BETWEEN = re.compile(r"\s*(?:au|à|a|to|through|until|-|–|إلى|الى|حتى)\s*(?:le\s+)?", re.I)
_RANGE_AFTER = re.compile(r"\s?[-–]\s?\d{1,2}(?!\d)")
_NEXT = re.compile(r"^\W*(?:prochaine?|next|coming|المقبل|القادم)", re.I)
_PAST = re.compile(r"^\W*(?:derni[eè]re?|last|المنصرم|الماضي)", re.I)
_END_CUE = re.compile(
    r"(?:jusqu'?(?:au|a)?|until|till|s'acheve\w*|clotur\w*|closed?|wrap\w*|ends?|اختتم\w*|اسدل\w*|الي غايه|حتي)"
    r"\s?(?:\S+\s){0,3}$"
)
_ONE_DAY = re.compile(r"d'une (?:seule )?journee|one day|single day|يوم واحد|ليوم واحد")


@dataclass(frozen=True)
class _DateExpr:
    pos: int  # folded offset
    start: PartialDate | None
    end: PartialDate | None
    kind: str  # "range", "day", "month", "year", "weekday"


def _find_dates(doc: _Document, published: PartialDate | None) -> list[_DateExpr]:
    """Date ranges, days, months, years and bare weekdays, each at the precision written; a
    missing year comes from the publication date ("novembre prochain" may move it by one)."""
    found: list[_DateExpr] = []
    taken: list[tuple[int, int]] = []
    mentions = find_dates(doc.original)
    i = 0
    while i < len(mentions):
        first, a, b = mentions[i], mentions[i].start, mentions[i].end
        before = _RANGE_BEFORE.search(doc.original, max(0, a - 25), a)
        if before:
            a = before.start()
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following and _RANGE_BETWEEN.fullmatch(doc.original, b, following.start):
            b, i = following.end, i + 1
        elif after := _RANGE_AFTER.match(doc.original, b):
            b = after.end()
        i += 1
        year = _context_year(first.month, doc.original[b : b + 20], published)
        start, end = parse_date_range(doc.original[a:b], context_year=year)
        if start is not None:
            kind = "range" if end else str(start.precision)
            found.append(_DateExpr(doc.to_folded(a), start, end, kind))
            taken.append((doc.to_folded(a), doc.to_folded(b)))
    for match in _YEAR_ONLY.finditer(doc.folded):
        if not _inside(match.start("year"), taken):
            year = PartialDate(int(match.group("year")))
            found.append(_DateExpr(match.start(), year, year, "year"))
    if published and published.month:
        month = PartialDate(published.year, published.month)
        found.extend(
            _DateExpr(m.start(), month, None, "weekday")
            for m in _WEEKDAY_ONLY.finditer(doc.folded)
            if not _inside(m.start(), taken)
        )
    found.sort(key=lambda d: d.pos)
    return found


def _context_year(month: int | None, after: str, published: PartialDate | None) -> int | None:
    """The year of a date written without one: the article's, or the next/previous one for
    "novembre prochain"/"نونبر المنصرم" when the month has passed/not come yet."""
    if published is None:
        return None
    if month and published.month:
        if _NEXT.match(after) and month < published.month:
            return published.year + 1
        if _PAST.match(after) and month > published.month:
            return published.year - 1
    return published.year


# ---------------------------------------------------------------------------------------------
# Places and dates of a reference


def _place_for(ctx: _Context, res: _Resolved) -> PlaceMatch | None:
    """The city of the reference's sentence; a known edition's city wins, and contradicts others."""
    start, end = ctx.doc.sentence(res.start)
    places = [p for p in ctx.places if start <= p.start < end]
    if not places:
        return None
    edition = ctx.catalogue.series[res.series].edition(res.ordinal)
    if edition is not None and edition.city:
        return next((p for p in places if p.city == edition.city), None)
    return min(places, key=lambda p: abs(p.start - res.end) if p.start >= res.end else 2 * (res.start - p.end))


def _dates_for(ctx: _Context, res: _Resolved) -> tuple[PartialDate | None, PartialDate | None]:
    """Start and end from the reference's sentence: the nearest range, else its days (an opening
    and a closing day), else a month or a year, else a weekday (the publication month)."""
    start, end = ctx.doc.sentence(res.start)
    edition = ctx.catalogue.series[res.series].edition(res.ordinal)
    candidates = [d for d in ctx.dates if start <= d.pos < end and _consistent(d, edition)]
    candidates.sort(key=lambda d: abs(d.pos - res.end))
    for kind in ("range", "day", "month", "year", "weekday"):
        found = [d for d in candidates if d.kind == kind]
        if not found:
            continue
        if kind == "range":
            return found[0].start, found[0].end
        if kind == "day":
            roles = [_day_role(ctx, d, edition) for d in found]
            first = next((a for a, _ in roles if a), None)
            return first, next((b for _, b in roles if b and (first is None or b != first)), None)
        return found[0].start, (found[0].start if kind != "weekday" else None)
    return None, None


def _consistent(date: _DateExpr, edition: Edition | None) -> bool:
    if edition is None or date.start is None:
        return date.start is not None
    if edition.year and date.start.year != edition.year:
        return False
    if edition.start and edition.start.month and date.start.month:
        last = edition.end or edition.start
        first_month = (edition.start.year, edition.start.month)
        last_month = (last.year, last.month or edition.start.month)
        return first_month <= (date.start.year, date.start.month) <= last_month
    return True


def _day_role(ctx: _Context, date: _DateExpr, edition: Edition | None) -> tuple[PartialDate | None, PartialDate | None]:
    day = date.start
    if edition is not None and edition.start and edition.start.day:
        if day == edition.start:
            return day, None
        if edition.end and day == edition.end:
            return None, day
        return None, None  # a day during the session, neither its first nor its last
    if _END_CUE.search(ctx.doc.folded[max(0, date.pos - 40) : date.pos]):
        return None, day
    return day, None


# ---------------------------------------------------------------------------------------------
# Merging, relation, output


def _merge(ctx: _Context, resolved: list[_Resolved]) -> list[EventMention]:
    groups: dict[tuple[int, int], list[_Resolved]] = {}
    for res in resolved:
        res.city = _place_for(ctx, res)
        res.start_date, res.end_date = _dates_for(ctx, res)
        groups.setdefault((res.series, res.ordinal), []).append(res)
    events = [_event_of(ctx, key, refs) for key, refs in groups.items()]
    _mark_subject(ctx, events)
    events.sort(key=lambda e: e.start)
    return events


def _precision_rank(date: PartialDate | None) -> int:
    return 0 if date is None else {"year": 1, "month": 2, "day": 3}[date.precision]


def _event_of(ctx: _Context, key: tuple[int, int], refs: list[_Resolved]) -> EventMention:
    series = ctx.catalogue.series[key[0]]
    best = max(refs, key=lambda r: (r.confidence, -r.start))
    with_city = [r.city for r in refs if r.city]
    city = Counter((p.city, p.country) for p in with_city).most_common(1)[0][0] if with_city else (None, None)
    start_date = max((r.start_date for r in refs), key=_precision_rank, default=None)
    end_date = max((r.end_date for r in refs), key=_precision_rank, default=None)
    if start_date and end_date and end_date.first_day() < start_date.first_day():
        end_date = None
    orig_start, orig_end = ctx.doc.to_original(best.start, best.end)
    sent_start, sent_end = ctx.doc.sentence(best.start)
    confidence = min(0.99, best.confidence + 0.02 * (len(refs) - 1))
    return EventMention(
        series_name=series.name,
        ordinal=key[1],
        name=series.event_name(key[1]),
        city=city[0],
        country=city[1],
        start_date=start_date,
        end_date=end_date,
        relation="mention",
        sentence=ctx.doc.original_text(sent_start, sent_end).strip()[:2000],
        start=orig_start,
        end=orig_end,
        surface=ctx.doc.original[orig_start:orig_end],
        confidence=round(confidence, 2),
        mentions=len(refs),
    )


def _period(ctx: _Context, event: EventMention) -> tuple[dt.date, dt.date] | None:
    index = ctx.catalogue.index_of(event.series_name)
    edition = ctx.catalogue.series[index].edition(event.ordinal) if index is not None and event.ordinal else None
    first = (edition.start if edition else None) or event.start_date
    last = (edition.end if edition else None) or event.end_date or first
    if first is None or last is None:
        return None
    return first.first_day(), _last_day(last)


def _last_day(date: PartialDate) -> dt.date:
    if date.day:
        return date.first_day()
    if date.month:
        following = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(date.year, 12, 31)


def _mark_subject(ctx: _Context, events: list[EventMention]) -> None:
    """The event the article reports on: happening around the publication date, named early,
    named often. Exactly one per article; the others are mentions."""
    if not events:
        return
    order = sorted(events, key=lambda e: e.start)
    published = _published_period(ctx.published)
    scores = []
    for event in events:
        score = 1.5 if event is order[0] else 0.0
        score += 0.5 * min(event.mentions, 4)
        period = _period(ctx, event)
        if published and period:
            if period[0] - dt.timedelta(days=60) <= published[1] and published[0] <= period[1] + dt.timedelta(days=30):
                score += 3.0
            else:
                score -= 3.0
        scores.append(score)
    events[scores.index(max(scores))].relation = "subject"


def _published_period(published: PartialDate | None) -> tuple[dt.date, dt.date] | None:
    if published is None or published.month is None:
        return None
    return published.first_day(), _last_day(published)


def _reference_year(doc: _Document, published: PartialDate | None) -> int | None:
    if published is not None:
        return published.year
    years = Counter(int(y) for y in _YEAR.findall(doc.folded))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _one_day_subject(ctx: _Context, events: list[EventMention]) -> None:
    for event in events:
        one_day = event.start_date and event.start_date.day and event.end_date is None
        if event.relation == "subject" and one_day and _ONE_DAY.search(ctx.doc.folded):
            event.end_date = event.start_date


# ---------------------------------------------------------------------------------------------
# The entry point


def detect_events(
    text: str,
    language: str,
    *,
    published: PartialDate | None,
    catalogue: SeriesCatalogue,
    debug: list[str] | None = None,
) -> list[EventMention]:
    """The events (sessions of the catalogue's series) that `text` refers to, one per
    (series, ordinal), in order of first mention. `language` is informative: French, Arabic and
    English rules all run, since articles quote names in other languages. Pass a list as `debug`
    to collect why candidate references were dropped."""
    del language  # every language's rules run on every text
    doc = _Document.of(text)
    cues = catalogue.find_cues(doc)
    ctx = _Context(
        doc=doc,
        catalogue=catalogue,
        cues=cues,
        cue_at=_longest_at(cues),
        cues_by_series=_by_series(cues),
        places=[PlaceMatch(doc.to_folded(p.start), doc.to_folded(p.end), p.city, p.country) for p in find_places(text)],
        dates=_find_dates(doc, published),
        published=published,
        ref_year=_reference_year(doc, published),
        debug=debug,
    )
    readings = [r for r in (_read(ctx, ref) for ref in _numbered_references(doc, ctx.cue_at, debug)) if r]
    resolved: list[_Resolved] = []
    taken: list[tuple[int, int]] = []
    # References naming their series first: the series they establish guide the others.
    for reading in sorted(readings, key=lambda r: r.cue is None):
        found = _resolve_attached(ctx, reading) if reading.cue else _resolve_from_context(ctx, reading)
        resolved.extend(found)
        if found:
            taken.append((reading.ref.start, reading.complement.end))
    resolved.extend(_unnumbered(ctx, taken))
    events = _merge(ctx, resolved)
    _one_day_subject(ctx, events)
    return events


def _longest_at(cues: list[_Cue]) -> dict[int, _Cue]:
    """Cues by their start (the name index never returns overlapping names)."""
    return {cue.start: cue for cue in cues}


def _by_series(cues: list[_Cue]) -> dict[int, list[tuple[_Cue, float]]]:
    by: dict[int, list[tuple[_Cue, float]]] = {}
    for cue in cues:
        for target in cue.targets:
            by.setdefault(target.series, []).append((cue, target.weight))
    return by
