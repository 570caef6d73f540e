"""Proposing that a new name is another form of a known entity's name: never deciding it.

Fuzzy similarity (rapidfuzz) over normalized names catches spellings ("Dkhisi"/"Dkhissi",
"Koumane"/"Koman"); a consonant skeleton of the transliteration (anyascii) lets an Arabic
name meet its Latin form ("محمد الدخيسي" → mhmd dkhs ≈ "Mohamed Dkhissi" → mhmd dkhs). As
measured in shared/docs/NLP.md, true and false pairs overlap (same-surname relatives score
within a few points), so the result is only ever a suggestion shown to editors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz, process

from text.normalize import normalize_name

PROPOSE_AT = 85.0  # below this, no suggestion: too many unrelated names pass
SAME_SPELLING_AT = 95.0  # one name spelled apart ("Organisation" / "Organization"): the same body

_ARABIC_ARTICLE = re.compile(r"(?<!\S)ال(?=\S{2})")
_SKELETON_STEPS = [
    (re.compile(r"[^a-z ]"), ""),
    (re.compile(r"\b(el|al|ben|bin|ibn|bn|ould)\b"), " "),  # particles and the article
    (re.compile(r"ch|sh"), "s"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"[aeiouwy]"), ""),  # vowels and the letters Arabic writes for them
    (re.compile(r"(.)\1+"), r"\1"),  # doubled consonants
    (re.compile(r" "), ""),  # "Abdel Latif" and "Abdellatif" are one name
]


def _plain(name: str) -> str:
    """The folded name without spaces: "Ben Salah" and "Bensalah" are one spelling."""
    return normalize_name(name).replace(" ", "")


def name_skeleton(name: str) -> str:
    """A script-independent key: consonants of the Latin transliteration, particles dropped."""
    text = anyascii(_ARABIC_ARTICLE.sub("", normalize_name(name))).lower()
    for pattern, replacement in _SKELETON_STEPS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Proposal:
    entity_key: int
    score: float


class SimilarNames:
    """The names of known entities, ready for fuzzy look-ups; built once per run."""

    def __init__(self, names: Iterable[tuple[int, str]]):
        self._keys: list[int] = []
        self._plain: list[str] = []
        self._skeletons: list[str] = []
        for key, name in names:
            if name:
                self._keys.append(key)
                self._plain.append(_plain(name))
                self._skeletons.append(name_skeleton(name))

    def add(self, key: int, name: str) -> None:
        self._keys.append(key)
        self._plain.append(_plain(name))
        self._skeletons.append(name_skeleton(name))

    def propose(self, name: str, *, exclude: int | None = None) -> Proposal | None:
        """The known entity whose name is most like `name`, when it is alike enough."""
        best: Proposal | None = None
        for choices, query in ((self._plain, _plain(name)), (self._skeletons, name_skeleton(name))):
            if not query:
                continue
            for _, score, index in process.extract(query, choices, scorer=fuzz.ratio, limit=3):
                key = self._keys[index]
                if key != exclude and score >= PROPOSE_AT and (best is None or score > best.score):
                    best = Proposal(key, round(score, 1))
        return best

    def same_spelling(self, name: str) -> Proposal | None:
        """The one known entity whose folded name is this name spelled apart (ratio ≥ SAME_SPELLING_AT
        over ten letters or more, the script's own letters: no transliteration), else None."""
        query = _plain(name)
        if len(query) < 10:
            return None
        hits = process.extract(query, self._plain, scorer=fuzz.ratio, limit=3, score_cutoff=SAME_SPELLING_AT)
        if len({self._keys[index] for _, _, index in hits}) != 1:
            return None  # none, or two bodies as close: editors decide
        _, score, index = hits[0]
        return Proposal(self._keys[index], round(score, 1))
