"""The folded document: an article's text folded once as names are (text.normalize), with the
way back to the original offsets and its sentences.

Every rule of the detector reads the folded text, so that "Assemblée générale", "ASSEMBLEE
GENERALE" and "assemblee-generale" read alike and Arabic spelling variants meet; evidence
offsets and sentences are given back in the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from events.detection.ordinals import latin_ordinals
from text.normalize import folded_text
from text.script import has_arabic_letter
from text.sentences import Sentences


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
        doc = cls(text, folding.folded, folding.offsets, has_arabic=has_arabic_letter(folding.folded))
        doc.sentence_starts = doc._sentence_starts()
        return doc

    def _sentence_starts(self) -> list[int]:
        """Folded offsets where the sentences of text.sentences start."""
        starts = [0]
        for start in Sentences(self.original).starts()[1:]:
            folded = bisect.bisect_left(self.offsets, start)
            if folded > starts[-1]:
                starts.append(folded)
        return starts

    @cached_property
    def latin_ordinals(self) -> tuple[re.Match[str], ...]:
        """The Latin ordinals of the folded text (`ordinals.latin_ordinals`), found once per article: the
        numbered references read them, and the sessions named by an acronym read them again."""
        return tuple(latin_ordinals(self.folded))

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


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def nearest_to(pos: int, span: tuple[int, int], rivals: Sequence[tuple[int, int]]) -> bool:
    """Whether what stands at `pos` (a date, a city) is nearer the reference at `span` than any of
    the `rivals` (other meetings' references in its sentence): it is that reference's."""
    return _distance(pos, *span) <= min(_distance(pos, a, b) for a, b in rivals)


def _distance(pos: int, start: int, end: int) -> int:
    """How far what stands at `pos` (a date, a city) is from a reference: one before it counts thrice (a date most
    often follows what it dates: "the first, held in Baghdad in 2023, and the third, next year")."""
    return 3 * (start - pos) if pos < start else max(0, pos - end)
