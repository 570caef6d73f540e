"""Small text helpers shared by the finders: sentence spans and overlap tests.

Each finder reports the sentence a mention sits in, for editors and for the review screens; sentence
ends are computed once per text and looked up by bisection, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

# A sentence ends at . ! ? ؟ followed by a space (not after a one-letter initial such as "M." or "A.")
# or at a line break. Candidates are found with one character class, the fastest scan `re` offers.
_END_CHARS = re.compile(r"[.!?؟\n]")


def _sentence_ends(text: str) -> list[int]:
    ends = []
    n = len(text)
    for m in _END_CHARS.finditer(text):
        i = m.start()
        if text[i] != "\n":
            if i + 1 < n and not text[i + 1].isspace():
                continue
            if i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()):
                continue  # an initial: "M. Hammouchi", "A. Gadrouz"
        ends.append(i + 1)
    return ends


class Sentences:
    """Sentence boundaries of one text, computed on first use."""

    __slots__ = ("_ends", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._ends: list[int] | None = None

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding `pos`."""
        if self._ends is None:
            self._ends = _sentence_ends(self._text)
        i = bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self._text)
        return start, end

    def sentence(self, pos: int) -> str:
        start, end = self.bounds(pos)
        return self._text[start:end].strip()


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether [start, end) shares a character with any of `spans`."""
    return any(s < end and start < e for s, e in spans)


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
