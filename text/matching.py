"""Find every known name in a text at once, with offsets into the original text.

The extraction matches thousands of names (persons, organizations, their aliases in three
scripts) against every article. Looking each name up separately would cost one pass per
name; an Aho–Corasick automaton over the normalized names finds them all in one pass. The
index is built once per run (``NameIndex.build``) and reused for every article.

What the automaton alone would get wrong, and is handled here:

- Offsets: matching runs on the folded text of ``text.normalize`` (case, accents,
  hamza forms, hyphens, spacing); each match is mapped back to the exact span of the
  original text, so that the surface can be shown and highlighted.
- Word boundaries: "UN" must not match inside "UNODC", nor "Interpol" inside a longer word.
  French elision needs nothing special: the apostrophe of "d'Interpol" is a boundary.
- Arabic clitics: a name glued to و ب ل ف ك (or two of them, "وب", "ول"…) still matches,
  and a name starting with the article ال also matches the forms where ل + ال is written
  لل ("للمنظمة", "وللمنظمة"). The surface then includes the clitic, as written.
- Acronyms: all-caps short names ("MAP", "UN", "ISA") and names marked ``case_sensitive``
  match only with the same capitals, so "map" in running text is not the news agency. In an
  all-caps line (a shouted headline, a menu) capitals prove nothing, so there they match
  only inside parentheses: "(MAP)".
- Overlaps: the leftmost, then longest match wins and matches never overlap, so
  "Office des Nations Unies contre la drogue et le crime" is one match, not also "Nations Unies".
  Entities sharing a name (homonyms) give one match each for the same span; deciding
  between them is left to the caller, which knows the context.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from text.caches import RECENT_TEXTS
from text.normalize import fold_char, folded_text, normalize_name
from text.script import is_arabic

# Proclitics that can be glued to an Arabic name: conjunctions و ف, prepositions ب ل ك, and
# their usual combinations. Before the article, ل + ال is written لل: a name starting with ال
# gets a second key in that form, which only و ف can precede. A name without the article
# can also take one ("أنتربول" → "الأنتربول", "للأنتربول", "وبالأنتربول").
ARABIC_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
ARABIC_LAM_PREFIXES = frozenset({"", "و", "ف"})
_ARTICLE = "ال"
_LAM_ARTICLE = "لل"
ARABIC_ARTICLE_PREFIXES = (
    ARABIC_PREFIXES
    | {p + _ARTICLE for p in ARABIC_PREFIXES if not p.endswith("ل")}
    | {p + _LAM_ARTICLE for p in ARABIC_LAM_PREFIXES}
)

_LONGEST_PREFIX = max(map(len, ARABIC_ARTICLE_PREFIXES))

# A line is "shouting" (headline, menu) when it has this many long words and all but a few
# are in capitals; there an all-caps word is no evidence of an acronym.
_SHOUT_MIN_WORDS = 2
_SHOUT_RATIO = 0.8
_SHOUT_WORD_LEN = 4
_NEAR = 40  # how far to look for the brackets around a name
_ACRONYM_MAX_CHARS = 12
_START, _LENGTH = itemgetter(0), itemgetter(1)  # of a candidate (start, length, key)


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One name of one entity. ``entity_key`` is whatever the caller identifies it by (a pk, a name)."""

    kind: str
    entity_key: str | int
    name: str
    case_sensitive: bool = False


class NameMatch(NamedTuple):
    """A name found in a text: ``text[start:end] == surface``; ``name`` is the entry's name that matched.

    A named tuple rather than a frozen dataclass (immutable and compared by value all the same): one is
    made for every match of every index on every article, and a frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` per field) cost five times as much as the tuple."""

    kind: str
    entity_key: str | int
    start: int
    end: int
    surface: str
    name: str = ""


@dataclass(slots=True)
class _Target:
    """What one normalized key leads to for one entity: a case-insensitive name, or case-sensitive ones."""

    kind: str
    entity_key: str | int
    any_case_name: str | None = None
    cased_names: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Key:
    length: int
    prefixes: frozenset[str]  # what may be glued before the key in the same word (none for Latin)
    targets: dict[tuple[str, str | int], _Target] = field(default_factory=dict)


def is_acronym(name: str) -> bool:
    """An all-caps short name ("MAP", "UN", "OIPC"): matched case-sensitively by default."""
    if len(name) > _ACRONYM_MAX_CHARS or not name.isupper():  # cheap checks first: most names are long
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return 2 <= len(letters) <= 6 and all(ch.isupper() for ch in letters)


def _same_capitals(surface: str, name: str) -> bool:
    """Whether the surface has capitals exactly where the name has them (letters only)."""
    if surface == name:
        return True  # (most acronyms are written as the knowledge base writes them)
    surface_letters = [ch for ch in surface if ch.isalpha()]
    name_letters = [ch for ch in name if ch.isalpha()]
    if len(surface_letters) != len(name_letters):
        return surface == name
    return all(a.isupper() == b.isupper() for a, b in zip(surface_letters, name_letters, strict=True))


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


@lru_cache(maxsize=512)
def _is_shouting(line: str) -> bool:
    """Whether a line is in capitals (cached: the indexes run on one article ask about the same lines)."""
    long_words = capitals = 0
    for word in line.split():
        letters = word if word.isalpha() else "".join(filter(str.isalpha, word))
        if len(letters) >= _SHOUT_WORD_LEN:
            long_words += 1
            capitals += letters.isupper()
    if long_words < _SHOUT_MIN_WORDS:
        return False
    return capitals / long_words >= _SHOUT_RATIO


def _in_parentheses(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _NEAR) : start].rstrip()
    after = text[end : end + _NEAR].lstrip()
    return before.endswith(("(", "[")) and after.startswith((")", "]"))


class NameIndex:
    """An Aho–Corasick automaton over the normalized names of many entities. Build once, find often."""

    def __init__(self, automaton: ahocorasick.Automaton | None, entry_count: int, key_count: int) -> None:
        self._automaton = automaton
        self.entry_count = entry_count
        self.key_count = key_count
        self._shared: tuple[_SharedScan, int] | None = None  # see scan_together

    def __len__(self) -> int:
        return self.key_count

    @classmethod
    def build(cls, entries: Iterable[NameEntry]) -> NameIndex:
        """Index every entry under its normalized name (and the لل form of Arabic names with ال)."""
        keys: dict[str, _Key] = {}
        count = 0
        for entry in entries:
            count += 1
            key = normalize_name(entry.name)
            if len(key) < 2:
                continue
            case_sensitive = entry.case_sensitive or is_acronym(entry.name)
            _add(keys, key, entry, case_sensitive, lam_form=False)
            if key.startswith(_ARTICLE) and len(key) > len(_ARTICLE) + 1:
                _add(keys, _LAM_ARTICLE + key[len(_ARTICLE) :], entry, case_sensitive, lam_form=True)
        if not keys:
            return cls(None, count, 0)
        automaton = ahocorasick.Automaton()
        for key, info in keys.items():
            automaton.add_word(key, info)
        automaton.make_automaton()
        return cls(automaton, count, len(keys))

    def find(self, text: str) -> list[NameMatch]:
        """Every known name in ``text``: leftmost-longest, non-overlapping, on word boundaries.

        Homonyms (entities sharing the matched name) give one match each, with the same span.
        """
        if self._automaton is None or not text:
            return []
        folding = folded_text(text)  # shared with the other indexes run on the same text
        folded, offsets = folding.folded, folding.offsets
        if self._shared is not None:
            scan, slot = self._shared
            candidates = scan.candidates(folded)[slot]
        else:
            candidates = self._candidates(folded)
        # by start, then longest first (two stable sorts on C keys: no Python call per candidate)
        spans = sorted(candidates, key=_LENGTH, reverse=True)
        spans.sort(key=_START)
        matches: list[NameMatch] = []
        covered_until = -1
        shouting: dict[int, bool] = {}  # per line start: a line can be long (tickers) and hold many acronyms
        for start, length, info in spans:
            if start < covered_until:
                continue
            found = self._resolve(text, offsets, start, start + length, info, shouting)
            if found:
                matches.extend(found)
                covered_until = start + length
        return matches

    def _candidates(self, folded: str) -> Iterator[tuple[int, int, _Key]]:
        """(start, length, key) of every occurrence of a key that sits on word boundaries."""
        return _on_word_boundaries(self._automaton.iter(folded), folded)

    @staticmethod
    def _resolve(
        text: str, offsets: list[int], start: int, end: int, info: _Key, shouting: dict[int, bool]
    ) -> list[NameMatch]:
        """The matches of one span, after checking the capitals of case-sensitive names."""
        original_start = offsets[start]
        original_end = _extend_over_marks(text, offsets[end - 1] + 1)
        surface = text[original_start:original_end]
        found: list[NameMatch] = []
        for target in info.targets.values():
            name = target.any_case_name
            if name is None:
                name = next((n for n in target.cased_names if _same_capitals(surface, n)), None)
                if name is not None and _shouted(text, original_start, original_end, shouting):
                    name = None
            if name is not None:
                found.append(NameMatch(target.kind, target.entity_key, original_start, original_end, surface, name))
        return found


def _on_word_boundaries(hits: Iterable[tuple[int, _Key]], folded: str) -> Iterator[tuple[int, int, _Key]]:
    """(start, length, key) of the automaton's hits (last index, key) that sit on word boundaries."""
    size = len(folded)
    for last, info in hits:
        end = last + 1
        if end < size and folded[end].isalnum():
            continue
        start = end - info.length
        if start and folded[start - 1].isalnum():
            start = _clitics_start(folded, start, info.prefixes)
            if start < 0:
                continue
        yield start, end - start, info


def _clitics_start(folded: str, start: int, prefixes: frozenset[str]) -> int:
    """Where the word starts of a key found at `start` glued to letters before it, when what is
    glued is one of the key's clitics; -1 when it is not (or the key takes none). Only one clitic
    may be glued: the walk back to the word's start stops past the longest."""
    if not prefixes:
        return -1
    word_start = start
    lowest = max(0, start - _LONGEST_PREFIX - 1)
    while word_start > lowest and folded[word_start - 1].isalnum():
        word_start -= 1
    return word_start if folded[word_start:start] in prefixes else -1


def scan_together(*indexes: NameIndex) -> None:
    """Let indexes that read the same texts (the extractor's names, the event catalogue's, the
    cities) find their candidates in one pass of one automaton over each text: the automaton's
    pass is most of a search, and each index then resolves its own candidates as before."""
    scan = _SharedScan([index for index in indexes if index._automaton is not None])
    for slot, index in enumerate(scan.indexes):
        index._shared = (scan, slot)


class _SharedScan:
    """One automaton over the keys of several indexes, and the candidates of the last texts read
    (a chunk of articles and the short texts read while they are extracted)."""

    def __init__(self, indexes: list[NameIndex]) -> None:
        self.indexes = indexes
        merged: dict[str, list[tuple[int, _Key]]] = {}
        for slot, index in enumerate(indexes):
            for key, info in index._automaton.items():
                merged.setdefault(key, []).append((slot, info))
        # Each key with its length (the same for every index: it is the key's) and its indexes' infos.
        self._automaton = ahocorasick.Automaton()
        for key, infos in merged.items():
            self._automaton.add_word(key, (len(key), tuple(infos)))
        self._automaton.make_automaton()
        self._recent: dict[str, list[list[tuple[int, int, _Key]]]] = {}

    def candidates(self, folded: str) -> list[list[tuple[int, int, _Key]]]:
        """Each index's candidates in `folded`, in the order its own automaton gives them: by end,
        then longest first, as Aho–Corasick reports the keys that end at one place."""
        found = self._recent.get(folded)
        if found is None:
            found = self._scan(folded)
            if len(self._recent) >= RECENT_TEXTS:
                self._recent.clear()
            self._recent[folded] = found
        return found

    def _scan(self, folded: str) -> list[list[tuple[int, int, _Key]]]:
        """`_on_word_boundaries` of each index's hits, in one loop: a hit's end and start are
        tested once for all the indexes holding its key (the clitics glued before it, per index)."""
        found: list[list[tuple[int, int, _Key]]] = [[] for _ in self.indexes]
        size = len(folded)
        for last, (length, infos) in self._automaton.iter(folded):
            end = last + 1
            if end < size and folded[end].isalnum():
                continue
            start = end - length
            glued = start and folded[start - 1].isalnum()
            for slot, info in infos:
                if not glued:
                    found[slot].append((start, length, info))
                elif (word_start := _clitics_start(folded, start, info.prefixes)) >= 0:
                    found[slot].append((word_start, end - word_start, info))
        return found


def _shouted(text: str, start: int, end: int, shouting: dict[int, bool]) -> bool:
    """Whether capitals are no evidence here: an all-caps line, unless the name is in parentheses."""
    line_start, line_end = _line_bounds(text, start, end)
    if line_start not in shouting:
        shouting[line_start] = _is_shouting(text[line_start:line_end])
    return shouting[line_start] and not _in_parentheses(text, start, end)


def _prefixes(key: str, *, lam_form: bool) -> frozenset[str]:
    if not is_arabic(key[0]):
        return frozenset()
    if lam_form:
        return ARABIC_LAM_PREFIXES
    return ARABIC_PREFIXES if key.startswith(_ARTICLE) else ARABIC_ARTICLE_PREFIXES


def _add(keys: dict[str, _Key], key: str, entry: NameEntry, case_sensitive: bool, *, lam_form: bool) -> None:
    prefixes = _prefixes(key, lam_form=lam_form)
    info = keys.get(key)
    if info is None:
        info = keys[key] = _Key(len(key), prefixes)
    elif not prefixes <= info.prefixes:
        info.prefixes = info.prefixes | prefixes
    target = info.targets.get((entry.kind, entry.entity_key))
    if target is None:
        target = info.targets[(entry.kind, entry.entity_key)] = _Target(entry.kind, entry.entity_key)
    if case_sensitive:
        target.cased_names.append(entry.name)
    elif target.any_case_name is None:
        target.any_case_name = entry.name


def _extend_over_marks(text: str, end: int) -> int:
    """Include the marks that follow the last letter (harakat, a final hamza) in the surface."""
    while end < len(text) and fold_char(text[end]) == "" and unicodedata.category(text[end]) != "Cf":
        end += 1
    return end
