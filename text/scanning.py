"""Small text helpers shared by the finders (and event detection): overlap tests, patterns tried
only where they can match. Sentences are text.sentences'.

Many patterns open with a look-behind or a word boundary ("(?<![\\w.\\-])…", "\\b(?:47e|…)"). Python's
regex engine cannot skip ahead over such a pattern: it enters it at every character of the article,
up to 0.1–0.2 ms an article for one pattern. Their matches can only start at a few places that a
plain scan finds far faster (a capital, a digit, a keyword such as a meeting noun): `matches_at` and
`Anchored` try the pattern there only and give exactly the matches of `finditer`
(tests/test_scanning.py compares them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate

import numpy as np

from text.caches import RECENT_TEXTS

# Latin capital letters: a name or an organization's name opens with one.
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x250)) if c.isupper()}))
_CAPITAL = re.compile(f"[{re.escape(UPPER)}]")


# The same characters as a table over the BMP's code units: the capitals of a text are found in one
# numpy look-up (the regex created a match object for each capital of the article).
_IS_CAPITAL = np.zeros(0x10000, dtype=bool)
_IS_CAPITAL[[ord(char) for char in UPPER]] = True


@lru_cache(maxsize=RECENT_TEXTS)
def capitals(text: str) -> tuple[int, ...]:
    """Offsets of the Latin capitals of `text`, where the finders' capitalised patterns can start
    (person and organization finders read the same article)."""
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) != 2 * len(text):  # a character beyond the BMP: code units are not the text's offsets
        return tuple([match.start() for match in _CAPITAL.finditer(text)])
    return tuple(np.flatnonzero(_IS_CAPITAL[np.frombuffer(units, dtype=np.uint16)]).tolist())


def digit_runs(text: str) -> list[tuple[int, int]] | None:
    """The runs of digits of `text` as (start, end), found with str.find (a memchr) rather than with
    a regex class, which reads 10 ns a character; None for a text with characters beyond Latin-1,
    where the regex \\d also matches the digits of other scripts."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return None
    positions = []
    for digit in "0123456789":
        at = text.find(digit)
        while at >= 0:
            positions.append(at)
            at = text.find(digit, at + 1)
    runs: list[tuple[int, int]] = []
    for at in sorted(positions):
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether [start, end) shares a character with any of `spans`."""
    return any(s < end and start < e for s, e in spans)


class SpanIndex:
    """Spans of a text asked "does [start, end) overlap any of you?" in log time, where `overlaps`
    reads them all: asked once per match, a list made the finders' time grow with the square of
    a text's length. Spans given at construction may nest or overlap; spans `add`ed later must
    overlap none held (as the finders add what they take, after checking)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # furthest end up to each start
        self._added: list[tuple[int, int]] = []  # disjoint, so sorted by start they are by end too

    def furthest_end(self, start: int, end: int) -> int | None:
        """The furthest end of the spans overlapping [start, end), or None when none does."""
        best = None
        i = bisect_left(self._starts, end)  # spans [0, i) start before `end`
        if i and self._reach[i - 1] > start:
            best = self._reach[i - 1]
        if not self._added:  # (most indexes are never added to)
            return best
        j = bisect_left(self._added, (end,))
        if j and self._added[j - 1][1] > start:
            best = max(best or 0, self._added[j - 1][1])
        return best

    def overlaps(self, start: int, end: int) -> bool:
        return self.furthest_end(start, end) is not None

    def contains(self, pos: int) -> bool:
        """Whether a span holds the character at `pos` (start <= pos < end)."""
        return self.furthest_end(pos, pos + 1) is not None

    def add(self, start: int, end: int) -> None:
        if self.overlaps(start, end):
            raise ValueError(f"span {start}-{end} overlaps a span held")
        insort(self._added, (start, end))


# The characters the case-insensitive regex engine reads as an ASCII letter that `str.lower` does not
# make that letter: "İ" and "ı" (read as "i"), "ſ" (read as "s"); every other one it reads as a letter
# lowers to it (tests/test_scanning.py checks every code point).
CASE_EXOTIC = ("\u0130", "\u0131", "\u017f")


def may_hold(text: str, needles: tuple[str, ...]) -> bool:
    """False only when no needle can be in `text` as a case-insensitive pattern reads it: a cheap
    test before such a pattern's search, which tries its alternatives at every character.

    Needles are written in lower case, in ASCII or in a script without case (Arabic). A needle read
    case-insensitively in `text` is in `text.lower()` (each character the engine reads as an ASCII
    letter lowers to it, but for CASE_EXOTIC: a text holding one may hold any needle)."""
    if not text.isascii() and any(char in text for char in CASE_EXOTIC):
        return True
    lowered = text.lower()
    for needle in needles:  # noqa: SIM110 (any() over a generator costs more than the searches)
        if needle in lowered:
            return True
    return False


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when every match starts at one of `starts` (increasing), the scan
    resuming after each match as finditer does; the pattern must not match the empty string.

    A pattern that opens with a look-behind or a word boundary keeps the regex engine from skipping
    ahead: it is entered at every character. When its matches can only start at a few characters
    that a simple scan finds (capitals, digits, a keyword), trying it there gives the same matches
    for a fraction of the cost."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


class Anchored:
    """A pattern whose every match starts at most `reach` characters before an occurrence of one
    of `anchors` (literal strings inside the match: a keyword, the first digits of a year), tried
    only there: `finditer` gives exactly the matches of `pattern.finditer`, in the same order.

    With `word`, a test of the characters of a word, the pattern must open on a look-behind for no
    such character (its matches start a word) and read only such characters up to the anchor
    (Arabic clitics glued to a noun): it is then tried at the start of the anchor's word only."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        anchors: Iterable[str],
        reach: int = 0,
        word: Callable[[str], bool] | None = None,
    ) -> None:
        self.pattern = pattern
        # An anchor that starts with another one adds no position.
        words = sorted(set(anchors), key=len)
        self.anchors = tuple(w for i, w in enumerate(words) if not any(w.startswith(v) for v in words[:i]))
        self.reach = reach
        self.word = word

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return matches_at(self.pattern, text, self.starts(text))

    def starts(self, text: str) -> list[int]:
        """Every position where a match may start, in order."""
        found: set[int] = set()
        reach, word = self.reach, self.word
        for anchor in self.anchors:
            at = text.find(anchor)
            while at >= 0:
                if word is None:
                    found.update(range(max(0, at - reach), at + 1))
                else:
                    start, lowest = at, max(0, at - reach)
                    while start > lowest and word(text[start - 1]):
                        start -= 1
                    if not (start and word(text[start - 1])):  # the word starts within reach
                        found.add(start)
                at = text.find(anchor, at + 1)
        return sorted(found)


class LookBehind:
    """A pattern that opens with a look-behind, searched without it: `finditer` gives exactly the
    matches of `pattern.finditer`, in the same order.

    The look-behind keeps the regex engine from skipping ahead, so `pattern` is entered at every
    character; the rest of it (`probe`), when it opens on literals or a character class (the
    capitalised head nouns of organizations), lets the engine skip to the characters that can open
    a match. Where the probe matches, `pattern` is tried at the same place: a match there is
    the probe's with the look-behind satisfied, and no place between holds one."""

    def __init__(self, pattern: re.Pattern[str], behind: str) -> None:
        if not pattern.pattern.startswith(behind) or not behind.startswith("(?<"):
            raise ValueError(f"{pattern.pattern[:40]!r} does not open with the look-behind {behind!r}")
        self.pattern = pattern
        self._probe = re.compile(pattern.pattern[len(behind) :], pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern must not match the empty string (as for `matches_at`)."""
        pos, search, match = 0, self._probe.search, self.pattern.match
        while (probe := search(text, pos)) is not None:
            found = match(text, probe.start())
            if found is None:
                pos = probe.start() + 1
                continue
            yield found
            pos = found.end()
