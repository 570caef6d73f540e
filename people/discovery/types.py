"""The plain data that name discovery returns: mentions found in one article, and persons grouped.

Kept apart from the finders so that every stage (Latin, Arabic, roles, grouping, organizations)
can build them without importing the public module, and so that callers can rely on simple,
immutable records that pickle across worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Cues strong enough for a lone surname ("M. Hammouchi", "السيد حموشي") to stand on its own.
STRONG_CUES = frozenset({"honorific", "royal"})


@dataclass(frozen=True, slots=True)
class PersonMention:
    """One occurrence of a person's name in a text.

    `surface` is the text exactly as written between `start` and `end` (honorific included when it is
    written next to the name: "M. Abdelwafi Laftit", "Sa Majesté le Roi Mohammed VI"); `name` is the
    name without honorific; `role` is the title the text states next to the name, or None; `cue` names
    the evidence that made it a person ("honorific", "title", "nationality", "byline", …); `roles`
    is every role stated with this mention (a title before, a rank, a title after), in text order.
    """

    surface: str
    name: str
    start: int
    end: int
    role: str | None
    cue: str
    confidence: float
    sentence: str
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonGroup:
    """The mentions of one person in one article, under the fullest name the article gives."""

    name: str
    surfaces: list[str]
    role: str | None
    mentions: list[PersonMention] = field(default_factory=list)
    # every role the article states for the person, `role` first (shared/docs/INTERCHANGE.md)
    roles: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One occurrence of an organization that the knowledge base did not already know."""

    surface: str
    name: str
    acronym: str | None
    start: int
    end: int
    cue: str
    confidence: float
    sentence: str
