"""The one sentence splitter: where the sentences of a text end.

Evidence sentences (persons, organizations, events), the event detector's sentence windows, the
knowledge base's cue windows and the titles derived from a first sentence all read sentences; they
read them here, so that they agree.

A sentence ends at a line break, or at . ! ? ؟ followed by white space or the end of the text. A
period does not end a sentence after:
- a title, rank or courtesy word ("M. Hammouchi", "Dr. Al-Raisi", "St. Petersburg", "Gen. X");
- an initial or a dotted acronym ("A. Gadrouz", "S.M. le Roi", "U.N. envoy");
- an abbreviated month or number word when a digit follows ("9 déc. 2024", "Dec. 9", "No. 5");
- anything when the next word starts in lower case ("env. trois cents", "etc. et").
"""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from text.caches import RECENT_TEXTS

# Words a period follows without ending the sentence: titles and ranks ("M. Laftit", "Dr. Al-Raisi"),
# always; abbreviated months and number words ("9 déc. 2024", "No. 5") when a digit follows.
_WORDS = json.loads((Path(__file__).parent / "data" / "abbreviations.json").read_text(encoding="utf-8"))
ABBREVIATIONS = frozenset(_WORDS["abbreviations"])
BEFORE_NUMBER_ABBREVIATIONS = frozenset(_WORDS["before_number"])

END_MARKS = ".!?؟"  # what closes a sentence, besides a line break
_MARKS = END_MARKS + "\n"
_OPENERS = "(«\"'“"
_REACH = 40  # how far back the word before a period is read (longer words are no abbreviation)


def _dotted(word: str) -> bool:
    """Whether every part of `word` between periods is one character ("s.m", "u.n"): periods at the
    odd places and only there (what `all(len(part) == 1 for part in word.split("."))` says,
    without a generator)."""
    return len(word) % 2 == 1 and word[1::2] == "." * (len(word) // 2) and "." not in word[::2]


def closes_sentence(text: str, at: int) -> bool:
    """Whether the period at `at` closes a sentence rather than an abbreviation."""
    before = text[max(0, at - _REACH) : at].rsplit(None, 1)  # the last word, as split()[-1]
    word = before[-1].casefold().lstrip(_OPENERS) if before else ""
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False  # "M. Laftit", "Abdelaziz B. Saud"
    if len(word) >= 3 and word[1] == "." and _dotted(word):
        return False  # "S.M. le Roi", "U.N. envoy"
    after = text[at + 1 : at + 1 + _REACH].lstrip()
    if word in BEFORE_NUMBER_ABBREVIATIONS and after[:1].isdigit():
        return False  # "9 déc. 2024", "Dec. 9", "No. 5"
    return not (after[:1].isalpha() and after[:1].islower())  # "env. trois cents", "etc. et"


def _marks(text: str) -> list[int]:
    """The offsets of the marks that may end a sentence, in order: each mark found by `str.find`
    (a memchr), where a regex's character class tested every character of the text."""
    found = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


@lru_cache(maxsize=RECENT_TEXTS)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Offsets just after the end of each sentence of `text`, in order: after each line break, and
    after each . ! ? ؟ that closes a sentence. Cached: the finders of persons and organizations, the
    event detector and the extractor all split the same article."""
    ends = []
    size = len(text)
    for at in _marks(text):
        mark = text[at]
        if mark != "\n":
            if at + 1 < size and not text[at + 1].isspace():
                continue  # "3.5", "www.x.ma", "?!"
            if mark == "." and not closes_sentence(text, at):
                continue
        ends.append(at + 1)
    return tuple(ends)


def first_sentence(text: str) -> str:
    """The text up to the end of its first sentence (its whole when it has one only)."""
    ends = sentence_ends(text)
    return text[: ends[0]] if ends else text


class Sentences:
    """The sentences of one text, split on first use and looked up by bisection."""

    __slots__ = ("_ends", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._ends: tuple[int, ...] | None = None

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding `pos`."""
        if self._ends is None:
            self._ends = sentence_ends(self._text)
        i = bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self._text)
        return start, end

    def sentence(self, pos: int) -> str:
        """The sentence holding `pos`, without its surrounding white space."""
        start, end = self.bounds(pos)
        return self._text[start:end].strip()

    def spanning(self, start: int, end: int) -> str:
        """The sentence, or the run of sentences, holding the span [start, end)."""
        left = self.bounds(start)[0]
        right = self.bounds(max(start, end - 1))[1]
        return self._text[left:right].strip()

    def starts(self) -> list[int]:
        """The offset where each sentence starts, white space before it skipped."""
        if self._ends is None:
            self._ends = sentence_ends(self._text)
        text, size = self._text, len(self._text)
        starts = [0]
        for end in self._ends:
            while end < size and text[end].isspace():
                end += 1
            if end < size and end > starts[-1]:
                starts.append(end)
        return starts
