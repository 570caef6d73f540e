"""Venues named after meetings: conference and exhibition halls ("Hong Kong Convention and Exhibition
Centre", "Palais des congrès", "Centre international de conférences", "قصر المؤتمرات").

Their words are a meeting's ("convention", "conférence", "مؤتمر") and a body's ("centre"), yet they
name a building: no organization (people.discovery.orgs) and no meeting (events.detection) is read in
them. One pattern, over text folded as names are (`text.normalize.normalize_name`, `folded_text`).
"""

from __future__ import annotations

import re

from text.scanning import Anchored

_MEETING_WORD = r"(?:conferences?|congres|conventions?|expositions?|exhibitions?)"
VENUE_RE = re.compile(
    rf"\b(?:centre|center|palais|palace|hall|parc)\s(?:international\s|internacional\s)?(?:(?:de|des|of)\s)?"
    rf"{_MEETING_WORD}\b"
    rf"|\b(?:conference|convention|exhibition|congress)(?:\s(?:and|&)\s{_MEETING_WORD})?\s(?:centre|center|hall|palace)\b"
    r"|(?:مركز|قصر)\s(?:الدولي\s)?(?:لل|ال)(?:موتمرات|معارض)"
)
# Every match opens with one of these words: the pattern is tried only where one is written
# (text.scanning.Anchored), not entered at every character for its leading word boundary.
_VENUES = Anchored(
    VENUE_RE,
    (
        *("centre", "center", "palais", "palace", "hall", "parc"),
        *("conference", "convention", "exhibition", "congress"),
        *("مركز", "قصر"),
    ),
)


def venue_spans(folded: str) -> list[tuple[int, int]]:
    """Where the venues of a folded text are, in order."""
    if not any(word in folded for word in ("conf", "conv", "congr", "exhib", "expos", "موتمرات", "معارض")):
        return []  # (most texts name none: the pattern is not run)
    return [m.span() for m in _VENUES.finditer(folded)]
