"""The catalogue of event series: their names, the kinds of meeting they hold, their known
sessions (editions), and one name index over every way they and their organisations are named.

Built once per run from events/knowledge/series.json (`SeriesCatalogue.from_json`) or from
EventSeries rows turned into the same dicts (`SeriesCatalogue.from_entries`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from events.knowledge_base import read_series
from events.naming import event_name
from text.matching import NameEntry, NameIndex
from text.normalize import normalize_name
from text.partial_date import PartialDate
from text.places import city_named

if TYPE_CHECKING:
    from events.detection.document import Document


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


# How many years beyond its known editions a yearly series' sessions are counted (a series may skip
# a year, hold two, or stop: the further from what is known, the likelier).
_COUNTED_ON = 2
# How many latest editions, one a year, show a series' rhythm when it met otherwise before.
_RHYTHM_SHOWN = 3


@dataclass(frozen=True)
class Series:
    name: str
    template: str
    organization: str | None
    kinds: dict[str, float]
    editions: tuple[Edition, ...]
    active: bool = True

    def event_name(self, ordinal: int | None, year: int | None = None) -> str:
        return event_name(self.template, self.name, ordinal, year)

    @property
    def year_named(self) -> bool:
        """Sessions go by their year ("World Police Summit 2024"), not by an ordinal."""
        return "{year}" in self.template

    def edition(self, ordinal: int) -> Edition | None:
        return self._by_ordinal.get(ordinal)

    def year_of(self, ordinal: int) -> int | None:
        """The year of a session of a series named by its year, by its number: its known edition's,
        else counted from the nearest dated edition at one a year ("la 23e édition" of a forum whose
        22nd was in 2025 is of 2026); None for other series, or with no dated edition."""
        if not self.year_named:
            return None
        edition = self.edition(ordinal)
        if edition is not None and edition.year:
            return edition.year
        if not self._dated:
            return None
        year, known = min(self._dated, key=lambda d: abs(d[1] - ordinal))
        return year + (ordinal - known)

    @cached_property
    def _by_ordinal(self) -> dict[int, Edition]:
        """The first edition of each ordinal (asked per reference and per event: read once)."""
        by: dict[int, Edition] = {}
        for edition in self.editions:
            by.setdefault(edition.ordinal, edition)
        return by

    def latest_before(self, when: PartialDate | None) -> int | None:
        """The ordinal of the last session held before `when` (a month at least), for "la dernière
        session du Conseil", "its latest session" in an article that numbers none: the last known
        edition before that month, counted on by one for each year since whose usual month (the last
        known edition's) has passed, when the series meets once a year (its dated editions a year and
        one ordinal apart); None when its editions are undated or `when` has no month."""
        if when is None or when.month is None:
            return None
        held = [e for e in self.editions if e.start is not None and e.start.month is not None]
        before = [e for e in held if (e.start.year, e.start.month) < (when.year, when.month)]
        if not before:
            return None
        last = max(before, key=lambda e: e.ordinal)
        if self._yearly is None or last.start.year < self._yearly_run[1]:
            return last.ordinal
        if when.year - last.start.year > _COUNTED_ON:
            return None
        return last.ordinal + when.year - last.start.year - (1 if when.month <= last.start.month else 0)

    def ordinal_in(self, year: int) -> int | None:
        """The ordinal of the session held in `year`, for a series meeting once a year (see `_yearly`),
        within `_COUNTED_ON` years of its dated editions, and not before its yearly rhythm began."""
        run = self._yearly_run
        if run is None:
            return None
        offset, since = run
        floor = self._dated[0][0] - _COUNTED_ON if since == self._dated[0][0] else since
        if not floor <= year <= self._dated[-1][0] + _COUNTED_ON:
            return None
        return year - offset

    @property
    def _yearly(self) -> int | None:
        """For a series meeting once a year, its dated editions' year minus ordinal (see `_yearly_run`)."""
        return self._yearly_run[0] if self._yearly_run else None

    @cached_property
    def _yearly_run(self) -> tuple[int, int] | None:
        """For a series meeting once a year, (year minus ordinal, the year its rhythm began): the offset
        its dated editions share (editions the catalogue lacks between them included: the SCO's summits of
        2019, 2021, 2022, 2024, 2025 are its 19th to 25th), all of them, or, for a series that met otherwise
        before, its last three at least (the African Union's assembly met twice a year until 2018, once a
        year since); None for any other, or with fewer than two dated editions."""
        dated = self._dated
        if len(dated) < 2:
            return None
        offset = dated[-1][0] - dated[-1][1]
        run = next((n for n, (year, ordinal) in enumerate(reversed(dated)) if year - ordinal != offset), len(dated))
        if run < len(dated) and run < _RHYTHM_SHOWN:
            return None
        return offset, dated[len(dated) - run][0]

    def compat(self, classes: Iterable[str]) -> float:
        """How well meeting nouns and complement heads of these classes fit the series (0 = not)."""
        score = 1.0
        for cls in classes:
            score *= self.kinds.get(cls, 0.0)
        return score

    @cached_property
    def _dated(self) -> list[tuple[int, int]]:
        """(year, ordinal) of the dated editions, in order (sorted once: asked per reference)."""
        return sorted((e.year, e.ordinal) for e in self.editions if e.year)

    def expected_ordinal(self, year: int) -> float | None:
        """The ordinal a session held in `year` would have, from the known editions (remembered per
        year: asked for every series an article names, per reference, with the same few years)."""
        known = self._expected
        if year not in known:
            known[year] = self._expected_ordinal(year)
        return known[year]

    @cached_property
    def _expected(self) -> dict[int, float | None]:
        return {}

    def _expected_ordinal(self, year: int) -> float | None:
        dated = self._dated
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


# How close a name must be to one of a series' own names to be that series (rapidfuzz's
# token_sort_ratio, 0-100): one word in ten may differ.
RESEMBLING = 88

# How strongly a name points to a series: its own name, its organisation's name when the series
# is the organisation's main one (listed first), or when it is one of its other meetings.
OWN_NAME, MAIN_ORG, OTHER_ORG = 1.0, 0.7, 0.4


@dataclass(frozen=True)
class CueTarget:
    """A series that a name found in a text may designate, and how strongly."""

    series: int
    weight: float

    @property
    def is_alias(self) -> bool:
        return self.weight == OWN_NAME


@dataclass(frozen=True)
class Cue:
    """A series or organisation name found in a document, with the series it may designate."""

    start: int  # word start in the folded text (Arabic clitics included)
    end: int
    targets: tuple[CueTarget, ...]


# Heads the press uses one for the other in a series' name: "le 49e Congrès des chefs de police et de
# sécurité arabes" is the conference the catalogue calls "Conférence des chefs de police …".
_SYNONYMOUS_HEADS = ({"conférence", "congrès"}, {"conference", "congress"}, {"réunion", "rencontre"})


def _with_synonymous_heads(names: list[str]) -> list[str]:
    """The names, and each one whose first word is such a head written with the other heads."""
    out = list(names)
    seen = {n.casefold() for n in names}
    for name in names:
        first, _, rest = name.partition(" ")
        group = next((g for g in _SYNONYMOUS_HEADS if first.casefold() in g), None)
        for other in sorted(group - {first.casefold()}) if group and rest else ():
            variant = f"{other.capitalize() if first[:1].isupper() else other} {rest}"
            if variant.casefold() not in seen:
                seen.add(variant.casefold())
                out.append(variant)
    return out


def _with_possessive(names: list[str], organizations: list[str] | None) -> list[str]:
    """The names, and each English one opening with its organization's name written as the organization's:
    "AFRIPOL General Assembly" is also "AFRIPOL's General Assembly", "Interpol General Assembly" "Interpol's
    General Assembly"."""
    out = list(names)
    for name in names:
        for organization in organizations or ():
            rest = name[len(organization) + 1 :]
            if name.startswith(organization + " ") and rest.isascii() and not organization.endswith("s"):
                out.append(f"{organization}'s {rest}")
    return list(dict.fromkeys(out))


def _with_sea_names(names: list[str]) -> list[str]:
    """The names, and each Arabic one naming the Mediterranean by one of its names with the others:
    "المتوسط", "البحر المتوسط" and "البحر الأبيض المتوسط" ("مؤتمر وزراء داخلية دول غرب البحر الأبيض
    المتوسط" is the catalogue's "مؤتمر وزراء داخلية دول غرب المتوسط")."""
    out = list(names)
    for name in names:
        written = next((sea for sea in _SEA_NAMES if sea in name), None)
        if written is not None:
            out += [name.replace(written, other) for other in _SEA_NAMES if other != written]
    return list(dict.fromkeys(out))


_SEA_NAMES = ("البحر الأبيض المتوسط", "البحر المتوسط", "المتوسط")  # the longest first: each holds the next


def _with_regional_seminar(names: list[str]) -> list[str]:
    """The names, and each Arabic regional conference's as the Maghreb's press also writes it: "الندوة"
    (or "الندوة الجهوية") for "المؤتمر الإقليمي", its adjectives in the feminine ("المؤتمر الإقليمي الإفريقي
    للإنتربول" is "الندوة الإقليمية الإفريقية للأنتربول", "الندوة الجهوية الإفريقية")."""
    out = list(names)
    for name in names:
        words = name.split()
        if words[:2] != ["المؤتمر", "الإقليمي"]:
            continue
        n = 2
        while n < len(words) and words[n].startswith("ال") and words[n].endswith("ي"):
            n += 1
        adjectives = [w + "ة" for w in words[2:n]]
        for regional in ("الإقليمية", "الجهوية"):
            out.append(" ".join(["الندوة", regional, *adjectives, *words[n:]]))
    return list(dict.fromkeys(out))


def _with_leaders(names: list[str]) -> list[str]:
    """The names, and a summit's names with who sits at it: "sommet du CCG" is also written "sommet
    des chefs d'État du CCG", "GCC summit" "GCC leaders' summit" or "summit of GCC heads of state",
    "قمة دول مجلس التعاون" "قمة قادة دول مجلس التعاون"."""
    out = list(names)
    for name in names:
        if french := _FRENCH_SUMMIT.match(name):
            noun, of, body = french.groups()
            out += [f"{noun} des {who} {of}{body}" for who in _FRENCH_LEADERS]
        elif english := _ENGLISH_SUMMIT.match(name):
            body = english.group(1)
            out += [f"{body} leaders' summit", f"summit of {body} leaders", f"summit of {body} heads of state"]
        elif name.startswith(_ARABIC_SUMMIT):
            out.append(f"{_ARABIC_SUMMIT} قادة {name.removeprefix(_ARABIC_SUMMIT).strip()}")
    return list(dict.fromkeys(out))


_FRENCH_SUMMIT = re.compile(r"^([Ss]ommet) (du |de la |de l'|des )(.+)$")
_FRENCH_LEADERS = ("chefs d'État", "chefs d'État et de gouvernement", "dirigeants")
_ENGLISH_SUMMIT = re.compile(r"^(.+) [Ss]ummit$")
_ARABIC_SUMMIT = "قمة "


# A remit written with one word or its synonym: "… Responsible for Security Matters" is the catalogue's
# "… Responsible for Security Issues".
_REMIT_SYNONYMS = {"matters": "issues", "affairs": "issues", "affaires": "questions"}


def _same_remit_words(folded: str) -> str:
    return " ".join(_REMIT_SYNONYMS.get(w, w) for w in folded.split())


class SeriesCatalogue:
    """The event series this field knows, with one name index over every way they and their
    organisations are named. Build it once per run: `from_json()` or `from_entries(dicts)`."""

    def __init__(self, series: list[Series], names: list[NameEntry], acronyms: dict[str, str] | None = None) -> None:
        self.series = series
        # The knowledge base's bodies' acronyms in other languages, to their usual one
        # (people.knowledge_base.usual_acronyms): a body keyed by "OCS" in French is "SCO"'s.
        self.acronyms = acronyms or {}
        self._by_name = {s.name: i for i, s in enumerate(series)}
        self._index = NameIndex.build(names)
        self._targets: dict[tuple[str, str | int], CueTarget] = {}  # one per (kind, series): immutable
        # Each series' own names, folded, for `resembling` (a name written a little differently).
        self._own = [(int(n.entity_key), normalize_name(n.name)) for n in names if n.kind == "alias"]
        self._own_remits = [_same_remit_words(n) for _, n in self._own]  # as `resembling` compares them
        self._own_words: dict[Callable[[str], str], list[tuple[int, frozenset[str]]]] = {}  # see `holding`
        # Every name of each series, its organisation's included, for `named_holding`.
        self._all = [(int(n.entity_key), n.name) for n in names]
        self._all_words: dict[Callable[[str], str], dict[int, list[frozenset[str]]]] = {}
        self._keyed: dict[Callable[[str], str], dict[str, list[int]]] = {}  # see `keyed`

    @classmethod
    def from_json(cls, path: Path | None = None) -> SeriesCatalogue:
        """The catalogue of events/knowledge/series.json (or of another file in its format)."""
        return cls.from_entries(read_series(path))

    @classmethod
    def from_entries(cls, entries: list[dict], *, acronyms: dict[str, str] | None = None) -> SeriesCatalogue:
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
            org = entry.get("organization") or ""
            names.extend(
                NameEntry("alias", i, name)
                for name in _with_regional_seminar(
                    _with_sea_names(
                        _with_leaders(
                            _with_possessive(_with_synonymous_heads([n for n in own if n]), org_names.get(org))
                        )
                    )
                )
            )
            kind = "main" if main_of.setdefault(org, i) == i else "other"
            names.extend(NameEntry(kind, i, name) for name in org_names.get(org, []))
        return cls([_series_from_entry(entry) for entry in entries], names, acronyms)

    def resembling(self, name: str, *, at_least: float = RESEMBLING) -> int | None:
        """The series one of whose own names this one resembles word for word, but a word or two
        ("Conférence arabe des chefs des services de lutte contre les stupéfiants" for "… des
        organes de lutte contre les stupéfiants"), else None. Never an organisation's name."""
        found = process.extractOne(
            _same_remit_words(normalize_name(name)),
            self._own_remits,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=at_least,
        )
        return self._own[found[2]][0] if found else None

    def resemblance(self, name: str, index: int) -> float:
        """How many of its words a name shares with the closest of one series' own names
        (rapidfuzz's token_set_ratio, 0-100): "Conférence des commandants de police" shares most of
        "Conférence des chefs de police et de sécurité arabes"."""
        folded = normalize_name(name)
        return max((fuzz.token_set_ratio(folded, own) for i, own in self._own if i == index), default=0.0)

    def own_names(self, index: int) -> list[str]:
        """A series' own names, folded."""
        return [name for i, name in self._own if i == index]

    def holding(self, words: frozenset[str], word_key: Callable[[str], str]) -> list[int]:
        """The series one of whose own names holds every one of `words` (each name's words read
        through `word_key`, which drops connectors and clitics: ''), in catalogue order."""
        own = self._own_words.get(word_key)
        if own is None:
            own = self._own_words[word_key] = [
                (i, frozenset(w for w in map(word_key, name.split()) if w)) for i, name in self._own
            ]
        return sorted({i for i, name_words in own if words <= name_words})

    def named_holding(self, index: int, words: frozenset[str], key: Callable[[str], str]) -> bool:
        """Whether one of a series' names, its organisation's included, holds every one of `words`
        (each name's words those `key` gives it: a string of words), computed once per key function."""
        by_series = self._all_words.get(key)
        if by_series is None:
            by_series = self._all_words[key] = {}
            for i, name in self._all:
                by_series.setdefault(i, []).append(frozenset(key(name).split()))
        return any(words <= name_words for name_words in by_series.get(index, ()))

    def keyed(self, key: Callable[[str], str]) -> dict[str, list[int]]:
        """The series by a key of their own names (`key` gives '' to a name it cannot key), in
        catalogue order; computed once per key function."""
        found = self._keyed.get(key)
        if found is None:
            found = self._keyed[key] = {}
            for i, name in self._own:
                k = key(name)
                if k and i not in found.setdefault(k, []):
                    found[k].append(i)
        return found

    @property
    def name_index(self) -> NameIndex:
        """The index of every series and organisation name (text.matching)."""
        return self._index

    def index_of(self, name: str) -> int | None:
        return self._by_name.get(name)

    def own_named(self, name: str) -> int | None:
        """The series one of whose own names is `name`, folded, else None (no resemblance: "Meeting
        of GCC Interior Ministers" is no name of the 5+5 Dialogue's ministers' meeting)."""
        folded = normalize_name(name)
        return next((i for i, own in self._own if own == folded), None)

    def find_cues(self, doc: Document, text: str | None = None, offset: int = 0) -> list[Cue]:
        """Every series or organisation name in the document (folded offsets); in `text`, when
        given: a part of the document's original text starting at `offset`, with some characters
        blanked (the same length)."""
        spans: dict[tuple[int, int], list[CueTarget]] = {}
        source = doc.original if text is None else text
        for match in self._index.find(source):
            if match.kind == "alias" and _joined_after(source, match.start):
                continue  # "the second ASEAN-GCC Summit": a summit of both, not the GCC's own
            span = (doc.to_folded(offset + match.start), doc.to_folded(offset + match.end))
            target = self._targets.get((match.kind, match.entity_key))
            if target is None:
                weight = _WEIGHTS.get(match.kind, OTHER_ORG)
                target = self._targets[match.kind, match.entity_key] = CueTarget(int(match.entity_key), weight)
            spans.setdefault(span, []).append(target)
        return [Cue(start, end, _ordered(tuple(targets))) for (start, end), targets in sorted(spans.items())]


_WEIGHTS = {"alias": OWN_NAME, "main": MAIN_ORG}


def _joined_after(text: str, start: int) -> bool:
    """Whether a series' name at `start` is glued by a hyphen to a name before it ("ASEAN-GCC Summit",
    "EU-Africa Summit"): the meeting of both bodies, named with the second's series name."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()


# An acronym an article introduces in brackets right after a name ("le Conseil de paix et de sécurité
# (CPS) de l'Union africaine"), then uses alone ("cette 1290e réunion du CPS").
_INTRODUCED = re.compile(r"\s?\(([A-Z]{2,8})\)")


def with_introduced_acronyms(doc: Document, cues: list[Cue]) -> list[Cue]:
    """The cues, and one more for each later use of an acronym the article introduces in brackets
    after a cue's name: the same series as the name (the catalogue cannot list every body's acronym
    in every language, and a bare "CPS" or "PSC" means something else elsewhere)."""
    introduced: dict[str, tuple[int, tuple[CueTarget, ...]]] = {}
    for cue in cues:
        end = doc.to_original(cue.start, cue.end)[1]
        match = _INTRODUCED.match(doc.original, end)
        if match and match.group(1) not in introduced:
            introduced[match.group(1)] = (match.end(), cue.targets)
    if not introduced:
        return cues
    taken = [(c.start, c.end) for c in cues]
    more = []
    for acronym, (after, targets) in introduced.items():
        for use in re.compile(rf"\b{acronym}\b").finditer(doc.original, after):
            start, end = doc.to_folded(use.start()), doc.to_folded(use.end())
            if not any(a < end and start < b for a, b in taken):
                more.append(Cue(start, end, targets))
    return sorted([*cues, *more], key=lambda c: c.start)


@lru_cache(maxsize=1024)
def _ordered(targets: tuple[CueTarget, ...]) -> tuple[CueTarget, ...]:
    """A series' own name first, then catalogue order; one target per series (cached: the same names
    recur from article to article)."""
    best: dict[int, CueTarget] = {}
    for target in targets:
        if target.series not in best or target.weight > best[target.series].weight:
            best[target.series] = target
    return tuple(sorted(best.values(), key=lambda t: (-t.weight, t.series)))


def _series_from_entry(entry: dict) -> Series:
    kinds_list = entry.get("kinds") or _infer_kinds(entry["name"])
    kinds = {kind: round(max(0.5, 1.0 - 0.1 * rank), 2) for rank, kind in enumerate(kinds_list)}
    if entry.get("organization"):
        # A series some organization holds is its session "of the organization" too ("المؤتمر
        # الإقليمي الإفريقي السابع والعشرين للمنظمة", "the organization's 27th regional conference").
        kinds.setdefault("organization", 0.5)
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
