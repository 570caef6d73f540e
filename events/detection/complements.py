"""Complements: what follows a meeting noun ("de l'Assemblée générale d'Interpol", "du Conseil",
"de la CEA", "للمجلس"): a series name, a body outside the catalogue, or generic words only."""

from __future__ import annotations

from dataclasses import dataclass

from events.detection.catalogue import Cue
from events.detection.document import Document
from events.detection.meeting_words import (
    ADJECTIVES,
    BREAKS,
    CONNECTORS,
    DETERMINERS,
    HEAD_RE,
    HEADS,
    PARTICIPANTS,
    TOKEN,
    YEAR,
)


@dataclass
class Complement:
    outcome: str  # "cue", "foreign" or "none"
    cue: Cue | None
    heads: set[str]
    end: int


def walk_complement(
    doc: Document, pos: int, cue_at: dict[int, Cue], place_at: frozenset[int] = frozenset(), limit: int = 160
) -> Complement:
    """Read what follows a meeting noun: a series or organisation name (cue), a body outside the
    catalogue (foreign), or only generic words (none), collecting the classes of generic heads.

    Latin script: after "de/of", a capitalized word that names nothing known is a foreign body
    ("de la CEA"); lower-case words are read through ("de la police criminelle (Interpol)").
    Arabic: a definite head ("للمجلس") refers back; an indefinite one is in construct state and
    must be followed by a known name ("لمجلس وزراء الداخلية العرب", not "لمجلس حقوق الإنسان")."""
    heads: set[str] = set()
    after_connector = construct = False  # construct: an Arabic head in construct state awaits its name
    stop = min(len(doc.folded), pos + limit)
    while pos < stop:
        token = TOKEN.match(doc.folded, pos)
        if not token:
            break
        word, word_start = token.group(1), token.start(1)
        if word_start in cue_at:
            return Complement("cue", cue_at[word_start], heads, cue_at[word_start].end)
        if construct:
            head = HEAD_RE.match(doc.folded, word_start)
            if head and head.group("ar") and _definite(head):
                # "لمؤتمر الاتحاد", "لمجلس المنظمة": the head of a body the article names, referred back to
                heads.add(HEADS[head.group("ar")])
                construct = False
                pos = head.end()
                continue
            return Complement("foreign", None, heads, word_start)
        if word in BREAKS or word == "," or word_start in place_at or YEAR.fullmatch(word):
            break  # "la session de Glasgow", "l'Assemblée générale de 2025": a venue or a date, no body
        head = HEAD_RE.match(doc.folded, word_start)
        if head:
            heads.add(HEADS[head.group("lat") or head.group("ar")])
            construct = bool(head.group("ar")) and not _definite(head)
            after_connector = False
            pos = head.end()
            continue
        if word in CONNECTORS:
            after_connector = True
        elif after_connector and word in _DEMONSTRATIVES:
            # "la septième réunion ministérielle de ce groupement", "of this body": the body named before
            return Complement("none", None, heads, token.end())
        elif word in DETERMINERS or word in ADJECTIVES:
            pass
        elif word[0] > "z":  # Arabic: "لل…" or "من …" before a word that names no known body
            if word.startswith("لل") or after_connector or (word[:1] == "ل" and word[1:] in PARTICIPANTS):
                # "المؤتمر الثاني والعشرين لقادة الدفاع المدني العرب": named by who meets
                return Complement("foreign", None, heads, token.end())
            break
        elif not after_connector:
            break
        elif word in _LEADERS and not heads:
            # "au sommet des dirigeants du CCG", "the summit of the leaders of the GCC": who meets, then
            # the body they meet in (a name of it follows, or the complement names no known one)
            after_connector = False
        elif not heads or (doc.is_capitalized(word_start) and not word.isdigit()):
            # "session de formation", "edition of the festival", "de la CEA"; once a generic head is
            # read ("de l'Organisation internationale de la police…"), lower-case words qualify it
            return Complement("foreign", None, heads, token.end())
        pos = token.end()
    return Complement("none", None, heads, pos)


_LEADERS = frozenset(("dirigeants", "leaders", "chefs"))
_DEMONSTRATIVES = frozenset(("ce", "cet", "cette", "this", "that"))


def _definite(head) -> bool:
    """Whether an Arabic head carries the article: "المجلس", "للمجلس", and "للجنة" (ل + اللجنة, the
    article's alif dropped and its lam one with the head's own: read as "ل" and "لجنة")."""
    clitic, word = head.group("clitic"), head.group("ar")
    return "ال" in clitic or "لل" in clitic or (clitic.endswith("ل") and word.startswith("ل"))
