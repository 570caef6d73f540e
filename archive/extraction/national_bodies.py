"""Security bodies named by their generic name, their country said beside them: "directeur de la Sécurité
publique" after "le Saoudien …", "مدير جهاز أمن الدولة" in the sentence of Kuwait's delegation, "Director of
Public Security in Saudi Arabia", "Bahrain's Chief of Public Security".

The knowledge base knows each country's body by names that carry the country ("Sécurité publique
saoudienne", "جهاز أمن الدولة في الكويت", "Kuwait's State Security"); such a name without its country's words
is the generic name several countries' bodies share ("Sécurité publique", "جهاز أمن الدولة", "State
Security"). A generic name met in a text is the body of the country said right after it ("… de Bahreïn",
"… in Saudi Arabia", "… الأردنية") or, else, of the country said last before it in its sentence (a person's
nationality or delegation comes before the title: "le Koweïtien X, directeur de la Sûreté de l'État"). No
country said, no body: the "Public Security" of an unnamed country is no one's. Police forces and agencies
only: a ministry's generic name ("ministère de l'Intérieur") names the article's own country's, which the
knowledge base reads already.

Pure: no database (the bodies are given as (key, country, names) once per run)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from text.matching import NameEntry, NameIndex, NameMatch
from text.normalize import normalize_name
from text.places import country_of_adjective, find_countries
from text.wordlists import split_words

# Words left around a name once its country's are taken out: "of", "de la", "في", "بدولة", the genitive.
_CONNECTORS = frozenset(
    normalize_name(word)
    for word in split_words(
        "of the in for de du des la le l' d' à au 's ’s في ب ل بدولة دولة بالمملكة المملكة بمملكة مملكة بجمهورية"
        " جمهورية بسلطنة سلطنة"
    )
)
# The words of a state's long name left before its name once taken out: "… de la République islamique (de
# Mauritanie)", "… of the Republic (of Kazakhstan)".
_STATE_WORDS = frozenset(
    normalize_name(word)
    for word in split_words(
        "République Republic islamique Islamic fédérale Federal Royaume Kingdom Fédération Federation"
    )
)
_CLAUSE_MARKS = ".!?؟;؛\n"
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_AFTER = 24  # characters after a generic name where its country may follow ("… de la République de Guinée")
_MIN_WORDS = 2  # "Security" alone is no body's name


class NationalBodies:
    """The generic names of the knowledge base's national security bodies, and their bodies by country."""

    def __init__(self, bodies: Iterable[tuple[int, str, Iterable[str]]]) -> None:
        """`bodies`: (entity key, country code, names) of each national police force or agency."""
        self._by_core: dict[str, dict[str, int]] = {}
        entries = []
        for key, country, names in bodies:
            for name in names:
                core = generic_name(name, country)
                if core is None:
                    continue
                folded = normalize_name(core)
                countries = self._by_core.get(folded)
                if countries is None:
                    countries = self._by_core[folded] = {}
                    entries.append(NameEntry("generic", folded, core))
                countries.setdefault(country, key)
        self.index = NameIndex.build(entries)  # (scanned with the extractor's others: `scan_together`)

    def find(self, text: str, taken: list[tuple[int, int]]) -> list[NameMatch]:
        """The bodies the generic names of `text` stand for, as organization matches of the text (entity key
        the body's); none where a span of `taken` (organizations found already) overlaps the name, unless the
        name holds it whole, and more ("قطاع الأمن الوطني" for Egypt holds "الأمن الوطني", Morocco's name):
        the caller drops the organizations found inside those returned."""
        found = []
        for match in self.index.find(text):
            if any(match.start < b and a < match.end and not (match.start <= a and b <= match.end) for a, b in taken):
                continue
            if (match.start, match.end) in taken:
                continue
            countries = self._by_core[str(match.entity_key)]
            country = _country_after(text, match.end) or _country_before(text, match.start)
            if country in countries:
                found.append(match._replace(kind="organization", entity_key=countries[country]))
        return found


def generic_name(name: str, country: str) -> str | None:
    """The name without the words of its country (its name, an adjective of it, and the words joining
    them: "Sécurité publique saoudienne" → "Sécurité publique", "Kuwait's State Security" → "State
    Security", "جهاز أمن الدولة في الكويت" → "جهاز أمن الدولة"); None when no such word is in it, or too
    little is left."""
    spans = [(start, end) for start, end, code in find_countries(name) if code == country]
    words = []
    for word in re.finditer(r"[^\s()]+", name):
        inside = any(start <= word.start() < end for start, end in spans)  # ("Saudi Arabia's")
        bare = word.group().removesuffix("'s").removesuffix("’s")
        if inside or country_of_adjective(bare) == country:
            words.append(None)
        else:
            words.append(word.group())
    if words[0] is not None and words[-1] is not None:
        return None  # no country, or one inside the name, not at an end of it ("Police of Abu Dhabi Emirate")
    kept = [w for w in words if w is not None]
    while kept and (normalize_name(kept[-1]) in _CONNECTORS or normalize_name(kept[-1]) in _STATE_WORDS):
        kept.pop()
    while kept and normalize_name(kept[0]) in _CONNECTORS:
        kept.pop(0)
    return " ".join(kept) if len(kept) >= _MIN_WORDS else None


def _country_after(text: str, end: int) -> str | None:
    """The country said right after a name: its name after a joining word ("de Bahreïn", "in Saudi
    Arabia", "في الكويت") or an adjective of it ("jordanienne", "الأردنية")."""
    window = text[end : end + _AFTER]
    word = re.match(r"\s*([^\s,.;:()]+)", window)
    if word and (code := _adjective_country(word.group(1))):
        return code
    for start, _, code in find_countries(window):
        between = window[:start].split()
        if all(normalize_name(w) in _CONNECTORS for w in between):
            return code
    return None


def _country_before(text: str, start: int) -> str | None:
    """The country said last before `start` in its sentence: its name, or an adjective of it."""
    clause = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    before = text[clause:start]
    best = max(((end, code) for _, end, code in find_countries(before)), default=None)
    for word in re.finditer(r"[^\s,.;:()'’]+", before):
        code = _adjective_country(word.group())
        if code and (best is None or word.end() > best[0]):
            best = (word.end(), code)
    return best[1] if best else None


def _adjective_country(word: str) -> str | None:
    """The country of a nationality adjective; in Arabic script only with its article ("السعودي",
    "الكويتية"): bare, it is as often a given name ("تركي" is Turki before it is Turkish)."""
    if _ARABIC_LETTER.match(word) and not word.startswith(("ال", "وال", "بال", "لل")):
        return None
    return country_of_adjective(word)
