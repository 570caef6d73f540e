"""The folded document: an article's text folded once as names are (text.normalize), with the
way back to the original offsets and its sentences.

Every rule of the detector reads the folded text, so that "Assemblée générale", "ASSEMBLEE
GENERALE" and "assemblee-generale" read alike and Arabic spelling variants meet; evidence
offsets and sentences are given back in the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from text.normalize import folded_text
from text.scanning import matches_at, sentence_marks

# The Arabic letters U+0621–U+064A, the commonest first: looking each up with `in` (a memchr) is
# faster than a search with a regex character class.
_COMMON_ARABIC = "اليمنوهرتبعدسقفكحجشطصخزثضغذظ"
_ARABIC_LETTERS = _COMMON_ARABIC + "".join(c for c in map(chr, range(0x0621, 0x064B)) if c not in _COMMON_ARABIC)
_SENTENCE_BREAK = re.compile(r"\s*\n\s*|(?<=[.!?؟])\s+")
_ABBREVIATION = re.compile(r"(?<!\w)(?:[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])+|MM|Mgr)\.$")  # M., MM., Dr., S.M.


@dataclass
class Document:
    """An article's text, folded (`folded`), with the original offset of each folded character."""

    original: str
    folded: str
    offsets: list[int]  # folded index → original index; one more entry for the end
    has_arabic: bool = False
    sentence_starts: list[int] = field(default_factory=list)  # folded offsets

    @classmethod
    def of(cls, text: str) -> Document:
        """Fold `text` as names are folded, with runs of spaces made one (names are keyed so)."""
        folding = folded_text(text)  # the name indexes run on the same text reuse this folding
        doc = cls(text, folding.folded, folding.offsets, has_arabic=any(c in folding.folded for c in _ARABIC_LETTERS))
        doc.sentence_starts = doc._sentence_starts()
        return doc

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        original = self.original
        for match in matches_at(_SENTENCE_BREAK, original, _break_starts(original)):
            end = match.start()
            # An abbreviation is at most 4 characters before the break ("Mgr.", "S.M." ends "X.Y.").
            if "\n" not in match.group() and _ABBREVIATION.search(original, max(0, end - 5), end):
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


def _break_starts(text: str) -> list[int]:
    """Where a sentence break can start: the space after . ! ? ؟, or the whitespace run that holds a
    line break (text.scanning.matches_at tries the pattern there)."""
    starts = set()
    size = len(text)
    for at in sentence_marks(text):
        if text[at] == "\n":
            while at and text[at - 1].isspace():
                at -= 1
            starts.add(at)
        elif at + 1 < size and text[at + 1].isspace():
            starts.add(at + 1)
    return sorted(starts)


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
