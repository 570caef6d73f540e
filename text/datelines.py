"""Datelines: the place (and often the date and agency) a news text opens with, before a dash.

"Vienne, 28 novembre 2023 (MAP) – ", "Alger, 9 déc. 2024 (APS) - ", "TUNIS – ". A dateline says
where and when the article was written: the place of publication, not a venue. The importer
drops it from a derived title; the event detector reads no venue and no session date in it.
"""

from __future__ import annotations

import re

from text.dates import find_dates
from text.sentences import sentence_ends

_SEPARATOR_RE = re.compile(r"\s(?:[–—-]{1,2}|\|)\s+")
_SEPARATOR_CHARS = "–—-|"  # one of them stands in each match of _SEPARATOR_RE
_AGENCY_RE = re.compile(r"\([^)\n]{1,30}\)")
_REACH = 110  # a dateline's separator stands within this many characters of the line's start
_MAX_WORDS = 14  # a longer opening is a sentence, not a dateline
_PARTICLES = frozenset(["el", "al", "de", "du", "des", "la", "le", "ben", "bin", "ould"])
_BARE_WORDS = 4  # an opening this short needs no agency or date to be a dateline ("TUNIS – ")


def dateline_end(line: str) -> int:
    """Where the text of `line` starts after its dateline: 0 when it has none."""
    cut = 0
    for match in _SEPARATOR_RE.finditer(line, 0, _REACH):
        prefix = line[: match.start()]
        words = len(prefix.split())
        if sentence_ends(prefix) or words > _MAX_WORDS:
            break
        if (words <= _BARE_WORDS and _place_shaped(prefix)) or _AGENCY_RE.search(prefix) or find_dates(prefix):
            cut = match.end()
    return cut


def _place_shaped(prefix: str) -> bool:
    """A bare opening reads as a place when its words are capitalised (or Arabic, which has no
    capitals), particles aside: "TUNIS", "Abu Dhabi", "Charm el-Cheikh", "تونس"; not "Le ministre"."""
    return all(not word[:1].islower() or word.split("-")[0] in _PARTICLES for word in prefix.split())


def strip_dateline(line: str) -> str:
    """The line without its dateline."""
    return line[dateline_end(line) :]


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the dateline of each line of `text` that opens with one."""
    spans = []
    for start in _lines_with_separator(text):
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        stripped = len(line) - len(line.lstrip())
        end = dateline_end(line[stripped:])
        if end:
            spans.append((start + stripped, start + stripped + end))
    return spans


def _lines_with_separator(text: str) -> list[int]:
    """Where the lines start that have a dash or a bar within reach of their first character (not
    white space), in order: only they can open with a dateline, and most lines have none. Found
    with str.find, where reading every line for `_SEPARATOR_RE` cost as much as all of detection's
    dates."""
    starts = set()
    for char in _SEPARATOR_CHARS:
        at = text.find(char)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            if len(text[line_start:at].lstrip()) < _REACH:  # the line's first one: later ones are further
                starts.add(line_start)
            line_end = text.find("\n", at)
            at = text.find(char, line_end) if line_end >= 0 else -1
    return sorted(starts)
