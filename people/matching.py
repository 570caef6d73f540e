"""Find every known name in a text at once, with offsets into the original text.

The extraction matches thousands of names (persons, organizations, their aliases in three
scripts) against every article. Looking each name up separately would cost one pass per
name; an Aho–Corasick automaton over the normalized names finds them all in one pass. The
index is built once per run (``NameIndex.build``) and reused for every article.

What the automaton alone would get wrong, and is handled here:

- Offsets: matching runs on the folded text of ``people.normalize`` (case, accents,
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

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import ahocorasick

from people.normalize import fold_char, normalize_name, normalize_with_offsets

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

# A line is "shouting" (headline, menu) when it has this many long words and all but a few
# are in capitals; there an all-caps word is no evidence of an acronym.
_SHOUT_MIN_WORDS = 2
_SHOUT_RATIO = 0.8
_SHOUT_WORD_LEN = 4
_SPACE_RUN = re.compile(" {2,}")
_NEAR = 40  # how far to look for the brackets around a name
_ACRONYM_MAX_CHARS = 12


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One name of one entity. ``entity_key`` is whatever the caller identifies it by (a pk, a name)."""

    kind: str
    entity_key: str | int
    name: str
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A name found in a text: ``text[start:end] == surface``; ``name`` is the entry's name that matched."""

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


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


def _collapse_spaces(folded: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Collapse runs of spaces (as names are keyed single-spaced), keeping the offset map."""
    if "  " not in folded:
        return folded, offsets
    chars: list[str] = []
    kept: list[int] = []
    previous = 0
    for run in _SPACE_RUN.finditer(folded):
        chars.append(folded[previous : run.start() + 1])
        kept.extend(offsets[previous : run.start() + 1])
        previous = run.end()
    chars.append(folded[previous:])
    kept.extend(offsets[previous:])
    return "".join(chars), kept


def _same_capitals(surface: str, name: str) -> bool:
    """Whether the surface has capitals exactly where the name has them (letters only)."""
    surface_letters = [ch for ch in surface if ch.isalpha()]
    name_letters = [ch for ch in name if ch.isalpha()]
    if len(surface_letters) != len(name_letters):
        return surface == name
    return all(a.isupper() == b.isupper() for a, b in zip(surface_letters, name_letters, strict=True))


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


def _is_shouting(line: str) -> bool:
    words = ["".join(ch for ch in word if ch.isalpha()) for word in line.split()]
    long_words = [word for word in words if len(word) >= _SHOUT_WORD_LEN]
    if len(long_words) < _SHOUT_MIN_WORDS:
        return False
    capitals = sum(1 for word in long_words if word.isupper())
    return capitals / len(long_words) >= _SHOUT_RATIO


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
        folded, offsets = normalize_with_offsets(text)
        folded, offsets = _collapse_spaces(folded, offsets)
        spans = sorted(self._candidates(folded), key=lambda c: (c[0], -c[1]))
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
        size = len(folded)
        for last, info in self._automaton.iter(folded):
            end = last + 1
            if end < size and folded[end].isalnum():
                continue
            start = end - info.length
            word_start = start
            while word_start > 0 and folded[word_start - 1].isalnum():
                word_start -= 1
            if word_start < start and folded[word_start:start] not in info.prefixes:
                continue
            yield word_start, end - word_start, info

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


def _shouted(text: str, start: int, end: int, shouting: dict[int, bool]) -> bool:
    """Whether capitals are no evidence here: an all-caps line, unless the name is in parentheses."""
    line_start, line_end = _line_bounds(text, start, end)
    if line_start not in shouting:
        shouting[line_start] = _is_shouting(text[line_start:line_end])
    return shouting[line_start] and not _in_parentheses(text, start, end)


def _prefixes(key: str, *, lam_form: bool) -> frozenset[str]:
    if not _is_arabic(key[0]):
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
