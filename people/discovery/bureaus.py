"""INTERPOL's bureaus named with their city: each is a body of its own.

INTERPOL works through a National Central Bureau in each member country and a few regional bureaus
(Abidjan, Harare, Nairobi, Buenos Aires, San Salvador, Yaoundé): "le Bureau central national d'Interpol
de Djibouti", "the INTERPOL Regional Bureau in Harare", "المكتب الإقليمي للإنتربول في نيروبي" name one
bureau, which the corpus conventions call "INTERPOL National Central Bureau Djibouti" (the one of
Rabat is in the knowledge base). The bureau is read with the city right after its name; without a
city it stays the generic body the organization finder reads.
"""

from __future__ import annotations

import re

from people.discovery.types import OrgMention
from text.places import find_places
from text.scanning import Anchored
from text.sentences import Sentences

_AR_INTERPOL = r"(?:للإنتربول|للأنتربول|للانتربول|لمنظمة (?:الإنتربول|الأنتربول))"
_BUREAU = re.compile(
    rf"\b[Bb]ureau (?P<fr>central national|r[ée]gional) d['’]\s?(?:OIPC-)?(?:Interpol|INTERPOL)"
    rf"|\b(?:Interpol|INTERPOL)(?:['’]s)? (?P<en>National Central|Regional) Bureau"
    rf"|\b(?P<en_of>National Central|Regional) Bureau of (?:Interpol|INTERPOL)"
    # ("المكتب الوطني المركزي": the words in either order, INTERPOL's name after them or not; "المكتب الوطني
    # للإنتربول": "central" left out, INTERPOL's name said)
    rf"|(?:ال)?مكتب (?:(?P<ar>المركزي الوطني|الوطني المركزي)(?: {_AR_INTERPOL})?"
    rf"|(?P<ar_named>الإقليمي|الوطني) {_AR_INTERPOL})"
)
# Every match starts at most two characters before one of these ("B" of "Bureau", "ال" of "المكتب"): the
# pattern is tried there only (text.scanning.Anchored), not entered at every character for its word
# boundaries (0.2 ms an article that names a bureau and INTERPOL).
_BUREAUS = Anchored(_BUREAU, ("ureau", "Interpol", "INTERPOL", "National Central", "Regional", "مكتب"), reach=2)
# What may stand between the bureau's name and its city: "de", "à", "in", "for", "في", or a glued "بـ".
_BEFORE_CITY = re.compile(r"\s?(?:(?:de|d['’]|à|in|for|at|of|في)\s?)?")
_INTERPOL_STEMS = ("nterpol", "NTERPOL", "نتربول")
# The words of `_BUREAU`'s names, one of which a text must hold to be scanned.
_BUREAU_WORDS = ("ureau central", "ureau régional", "ureau regional", "Regional Bureau", "Central Bureau")
_BUREAU_WORDS += ("مكتب المركزي", "مكتب الإقليمي", "مكتب الوطني")
_KINDS = {"central national": "National Central", "regional": "Regional", "régional": "Regional"}
_AR_KINDS = {
    "المركزي الوطني": "National Central",
    "الوطني المركزي": "National Central",
    "الوطني": "National Central",
    "الإقليمي": "Regional",
}


def city_bureaus(text: str) -> list[OrgMention]:
    """The INTERPOL bureaus `text` names with their city, in text order."""
    if not any(words in text for words in _BUREAU_WORDS) or not any(word in text for word in _INTERPOL_STEMS):
        return []  # (most texts name no bureau of INTERPOL: not scanned)
    found = []
    sentences = None
    for m in _BUREAUS.finditer(text):
        after = _BEFORE_CITY.match(text, m.end())
        places = find_places(text[m.end() : after.end() + 40])  # (its locative word with it: "في الكويت")
        place = places[0] if places else None
        if place is None or place.start > after.end() - m.end() + 1:  # (a glued "بـ": "بالخرطوم")
            continue
        if m.group("ar") or m.group("ar_named"):
            kind = _AR_KINDS[m.group("ar") or m.group("ar_named")]
        else:
            kind = _KINDS.get((m.group("fr") or "").lower()) or m.group("en") or m.group("en_of")
        end = m.end() + place.end
        sentences = sentences or Sentences(text)
        found.append(
            OrgMention(
                text[m.start() : end],
                f"INTERPOL {kind} Bureau {place.city}",
                None,
                m.start(),
                end,
                "bureau",
                0.8,
                sentences.sentence(m.start()),
            )
        )
    return found
