"""Cities named in news about security meetings, in French, Arabic and English.

An event's venue is a city: the articles say "à Tanger", "بمدينة طنجة", "بطنجة", "in Tangier",
"dans la capitale autrichienne", "المدينة الحمراء". This module maps every such surface form to
one canonical English city name and its ISO 3166-1 alpha-2 country, so that the same venue
reads the same whatever the article's language.

The table (text/data/places.json, read once) covers the capitals and large cities of the Arab
world, Europe's big capitals, Africa's capitals and the cities that host this field's meetings, with nicknames ("la cité
ocre", "عاصمة البوغاز") and capitals named by their country ("la capitale tunisienne"). Names
that also name a country ("تونس", "الجزائر", "Koweït", "Djibouti", "Singapour", "Monaco") count as
the city only right after a locative word ("à", "in", "في", "بمدينة", a glued "ب"): "تونس" alone
may be Tunisia, "بتونس" is a place. Matching is `text.matching.NameIndex` (one automaton,
Arabic clitics, word boundaries); the few Latin names that are also common words ("Vienne",
"vienne" from venir) must be capitalized.

Beyond the table, the world's capitals and cities of a million people (text/data/world_cities.json,
generated from GeoNames by `text.build_gazetteer`) are venues too, read like the names shared with a
country: only after a locative word ("à Vientiane", "in Bishkek", "في بيشكك"). They are never
stop words of name discovery: some are surnames or given names too ("Lima", "Victoria").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from text.matching import NameEntry, NameIndex
from text.normalize import normalize_name
from text.script import is_arabic


@dataclass(frozen=True)
class City:
    name: str  # canonical English name
    country: str  # ISO 3166-1 alpha-2
    names: tuple[str, ...]  # French, Arabic, English names and nicknames
    country_names: tuple[str, ...] = ()  # names shared with the country: need a locative word before


@dataclass(frozen=True)
class PlaceMatch:
    start: int  # offsets in the original text
    end: int
    city: str
    country: str


def _load() -> dict:
    return json.loads((Path(__file__).parent / "data" / "places.json").read_text(encoding="utf-8"))


_DATA = _load()  # read once per process
CITIES: tuple[City, ...] = tuple(
    City(c["name"], c["country"], (c["name"], *c["names"]), tuple(c.get("shared", ()))) for c in _DATA["cities"]
)
WORLD_CITIES: tuple[City, ...] = tuple(
    City(c["name"], c["country"], (), (c["name"], *c["names"]))
    for c in json.loads((Path(__file__).parent / "data" / "world_cities.json").read_text(encoding="utf-8"))["cities"]
)
# "la capitale autrichienne", "العاصمة النمساوية", "the Austrian capital": capital, then its French,
# Arabic and English adjectives.
_CAPITAL_ADJECTIVES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (c["name"], *(tuple(c["capital_of"][lang]) for lang in ("fr", "ar", "en")))
    for c in _DATA["cities"]
    if "capital_of" in c
)


def _adjective_forms() -> dict[str, str]:
    """Folded nationality adjective → the country of the capital that `capital_of` names it by: the
    French feminine as listed and its masculine ("marocaine", "marocain"), the Arabic with and
    without the article and the feminine ending ("المغربية", "مغربي"), the English ("Moroccan")."""
    forms: dict[str, str] = {}
    for city in _DATA["cities"]:
        for lang, adjectives in city.get("capital_of", {}).items():
            for adjective in adjectives:
                if " " in adjective:
                    continue
                word = normalize_name(adjective)
                variants = {word}
                if lang == "fr":
                    variants |= {word.removesuffix("ne"), word.removesuffix("e"), word + "s", word + "es"}
                    # the masculine plural: "mauritaniens", "marocains"
                    variants.add((word.removesuffix("ne") if word.endswith("nne") else word.removesuffix("e")) + "s")
                elif lang == "ar":
                    bare = word.removeprefix("ال")
                    variants |= {bare, bare[:-1], "ال" + bare[:-1]} if bare[-1:] in "هة" else {bare}
                for variant in variants:
                    if len(variant) > 2:
                        forms.setdefault(variant, city["country"])
    return forms


_ADJECTIVE_COUNTRY = _adjective_forms()
# Learned first parts of compounds that open no adjective of their country ("hispano-marocaine",
# "Sino-African", "luso-angolais"): the others are stems of the adjective ("maroco", "franco").
_COMBINING_FORMS = {
    "hispano": "ES",
    "luso": "PT",
    "germano": "DE",
    "helveto": "CH",
    "sino": "CN",
    "nippo": "JP",
    # "nigéro-tchadienne": Niger's, though its stem also opens Nigeria's adjectives ("nigériane")
    "nigero": "NE",
}
_FRENCH_ADJECTIVES = sorted((w, c) for w, c in _ADJECTIVE_COUNTRY.items() if w.isascii())


def country_of_adjective(word: str) -> str | None:
    """The country (ISO 3166-1 alpha-2) a nationality adjective names, in French, Arabic or English,
    or the first part of a French compound ("maroco" of "maroco-qatarie", "tuniso", "franco"):
    a stem in -o that opens the adjectives of exactly one country."""
    word = normalize_name(word)
    found = _ADJECTIVE_COUNTRY.get(word) or _COMBINING_FORMS.get(word)
    if found or not word.endswith("o") or len(word) < 5 or not word.isascii():
        return found
    stem = word[:-1]
    countries = {c for w, c in _FRENCH_ADJECTIVES if w.startswith(stem)}
    return countries.pop() if len(countries) == 1 else None


def place_names(*, arabic: bool) -> list[str]:
    """Every name of a place in one script, as written: the cities' names (but those that are also
    given names) and the other places (countries, regions, towns), and the territories of the
    countries' file named in several words ("Canary Islands", "Sahara occidental": one-word Latin names
    such as "Jordan" or "Chad" are given names too), and every Arabic name of a country. Discovery never
    takes them for a person's name."""
    names = list(_DATA["other_places"]["arabic" if arabic else "latin"])
    names.extend(
        name
        for forms in _countries().values()
        for language_names in forms.values()
        for name in language_names
        # (an Arabic country's name of one word is no given name: "مالطا", "إيطاليا"; a Latin one may be)
        if (" " in name.strip() or arabic) and is_arabic(name[0]) == arabic
    )
    for city in _DATA["cities"]:
        given = set(city.get("given_names", ()))
        names.extend(
            n
            for n in (city["name"], *city["names"], *city.get("shared", ()))
            if n not in given and is_arabic(n[0]) == arabic
        )
    return names


# Words after which a name shared with a country is read as the city ("à Tunis", "في تونس").
_LOCATIVE_WORDS = frozenset(
    normalize_name(w)
    for w in (
        *("à", "a", "in", "at", "depuis", "from", "في", "مدينة", "بمدينة"),
        # the host, the verb's subject: "المؤتمر … الذي احتضنته سنغافورة", "التي تستضيفها الرياض"
        *("احتضنته", "احتضنتها", "احتضنت", "تحتضنه", "تحتضنها", "تحتضن", "استضافته", "استضافتها", "استضافت"),
        *("تستضيفه", "تستضيفها", "تستضيف"),
    )
)
# "la ville de", "the city of": the name after them is the city's.
_OF_WORDS = frozenset({"de", "d", "of", "d'"})
_CITY_NOUN_OF = re.compile(r"\b(?:ville|cite|capitale|city|town|capital)(?: [\w-]+)? (?:de|d|d'|of)$")
# A forum named by its city takes the city's name right after its noun, whatever clitic or quote
# opens it ('"منتدى الداخلة للأمن"', "لملتقى الداخلة").
_FORUM_NOUNS = tuple(normalize_name(w) for w in ("منتدى", "ملتقى"))
# Latin names that are also common words: matched only with their capitals.
_COMMON_WORDS = frozenset({"Vienne", "Berne", "Rhodes"})

_BY_NAME: dict[str, City] = {city.name: city for city in (*WORLD_CITIES, *CITIES)}


def _entries() -> list[NameEntry]:
    entries = []
    for city in (*CITIES, *WORLD_CITIES):
        entries.extend(NameEntry("city", city.name, name, name in _COMMON_WORDS) for name in city.names)
        entries.extend(NameEntry("shared", city.name, name, name in _COMMON_WORDS) for name in city.country_names)
    for capital, french, arabic, english in _CAPITAL_ADJECTIVES:
        # ("la capitale fédérale nigériane", "the Nigerian federal capital": a federation's capital)
        names = [f"capitale {a}" for a in french] + [f"العاصمة {a}" for a in arabic] + [f"{a} capital" for a in english]
        names += [f"capitale fédérale {a}" for a in french] + [f"العاصمة الاتحادية {a}" for a in arabic]
        names += [f"{a} federal capital" for a in english]
        entries.extend(NameEntry("city", capital, name) for name in names)
    return entries


CITY_INDEX = NameIndex.build(_entries())  # the names of the cities (text.matching)
_CITY_KEYS: dict[str, City] = {
    normalize_name(n): c for c in (*WORLD_CITIES, *CITIES) for n in (*c.names, *c.country_names)
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, list[str]]]:
    """text/data/countries.json's countries (code → language → names), read once per process."""
    return json.loads((Path(__file__).parent / "data" / "countries.json").read_text(encoding="utf-8"))["countries"]


# Country names that are also a common noun of the texts, capitalized in a meeting's name ("la douzième
# Réunion de haut niveau Maroc-Espagne", "la troisième réunion du comité mixte"): read only in a longer
# form ("La Réunion").
_ALSO_A_COMMON_NOUN = frozenset({"reunion"})


def _country_entries() -> list[NameEntry]:
    data = _countries()
    # Latin names capitalized only: "la septième réunion" is no Réunion, "turkey" no Türkiye.
    return [
        NameEntry("country", code, name, not is_arabic(name[0]))
        for code, names in data.items()
        for forms in names.values()
        for name in forms
        if len(name) >= 3 and normalize_name(name) not in _ALSO_A_COMMON_NOUN
    ]


_COUNTRY_INDEX: NameIndex | None = None  # built on first use: only joint bodies named by countries ask
_COUNTRY_NAMES: dict[str, str] = {}


def country_name(code: str, language: str = "en") -> str | None:
    """The country's name in `language` (CLDR): 'Jordan', 'Jordanie', 'الأردن'."""
    if not _COUNTRY_NAMES:
        for key, names in _countries().items():
            for lang, forms in names.items():
                _COUNTRY_NAMES[f"{key}:{lang}"] = forms[0]
    return _COUNTRY_NAMES.get(f"{code}:{language}")


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """The countries named in `text` ("le Maroc et l'Espagne", "Jordan and Iraq", "مصر والسودان"):
    (start, end, ISO 3166-1 alpha-2 code), in order."""
    global _COUNTRY_INDEX
    if _COUNTRY_INDEX is None:
        _COUNTRY_INDEX = NameIndex.build(_country_entries())
    return [(m.start, m.end, str(m.entity_key)) for m in _COUNTRY_INDEX.find(text)]


@lru_cache(maxsize=1)
def _country_name_keys() -> frozenset[str]:
    data = _countries()
    return frozenset(normalize_name(name) for names in data.values() for forms in names.values() for name in forms)


@lru_cache(maxsize=1)
def _country_of_word() -> dict[str, str]:
    data = _countries()
    return {
        normalize_name(name): code
        for code, names in data.items()
        for forms in names.values()
        for name in forms
        if " " not in normalize_name(name) and normalize_name(name) not in _ALSO_A_COMMON_NOUN
    }


# A country's name right after a body's ("… de Macédoine du Nord", "… of North Macedonia"), or its
# genitive right before it ("North Macedonia's …"), folded.
_COUNTRY_AFTER = re.compile(r"\s+(?:de la |de l'|du |de |d'|of the |of )$")
_GENITIVE = re.compile(r"^['’]s\s+$")


def country_beside(text: str, start: int, end: int) -> str | None:
    """The country (ISO 3166-1 alpha-2) a body named at [start, end) of `text` is said to be of, by the
    country's name right after it ("le ministère de l'Intérieur de Macédoine du Nord") or in the genitive
    right before it ("North Macedonia's Ministry of Interior"), else None."""
    floor = max(0, start - 40)
    for found_start, found_end, code in find_countries(text[floor : end + 40]):
        found_start, found_end = found_start + floor, found_end + floor
        after = end <= found_start < end + 12 and _COUNTRY_AFTER.search(text[end:found_start].lower())
        if after or (found_end <= start and _GENITIVE.match(text[found_end:start])):
            return code
    return None


def country_of_name(word: str) -> str | None:
    """The country (ISO 3166-1 alpha-2) a one-word country name names ("Mauritania", "Maroc",
    "موريتانيا"), compared folded, else None."""
    return _country_of_word().get(normalize_name(word))


def is_country_name(name: str) -> bool:
    """Whether `name` is a country's name in French, Arabic or English ("Italy", "l'Italie" not
    included: the article is the caller's), compared folded."""
    return normalize_name(name) in _country_name_keys()


_ENGLISH_ADJECTIVES: dict[str, str] = {}
for _city in _DATA["cities"]:
    for _adjective in _city.get("capital_of", {}).get("en", ())[:1]:
        _ENGLISH_ADJECTIVES.setdefault(_city["country"], _adjective)


_CAPITALS = {city["name"]: city["country"] for city in _DATA["cities"] if city.get("capital_of")}


def capital_country(city: str) -> str | None:
    """The country whose capital `city` (a canonical English name) is: "MA" for Rabat, None for Tangier."""
    return _CAPITALS.get(city)


def english_adjective(country: str) -> str | None:
    """'Jordanian' for JO: the first English adjective the gazetteer gives its capital, if any."""
    return _ENGLISH_ADJECTIVES.get(country)


def city_named(name: str | None) -> City | None:
    """The city one of whose names is `name` (folded comparison)."""
    return _CITY_KEYS.get(normalize_name(name)) if name else None


# A city naming a body or an instrument, not a place: "the Shanghai Cooperation Organization", "the
# Budapest Convention", "the Rabat Process", "le Processus de Rabat", "l'Organisation de coopération de
# Shanghai", "منظمة شنغهاي للتعاون", "اتفاقية بودابست", "إعلان الرباط".
_NAMING_AFTER = re.compile(
    r"[ \u00a0]+(?:Cooperation[ \u00a0]+Organi[sz]ation|Process|Club|Convention|Declaration|Agreement|Pact"
    r"|Protocol|Accords?|Charter|Statute|Principles|Consensus|Initiative)\b"
)
_NAMING_BEFORE = re.compile(
    r"(?:\b(?:[Oo]rganisation de coopération|[Pp]rocessus|[Cc]lub|[Cc]onvention|[Dd]éclaration|[Aa]ccords?"
    r"|[Pp]acte|[Pp]rotocole|[Cc]harte|[Ss]tatut|[Ii]nitiative)[ \u00a0]+(?:de|d['’])[ \u00a0]*"
    r"|(?<![\w])[وبلف]?(?:ال|لل)?(?:منظمة|اتفاقية|إعلان|اعلان|مسار|عملية|ميثاق|بروتوكول)[ \u00a0]+)$"
)


_NAMING_BEFORE_ARABIC = ("منظمة", "اتفاقية", "إعلان", "اعلان", "مسار", "عملية", "ميثاق", "بروتوكول")


def names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the city at [start, end) is part of a body's or an instrument's name (`_NAMING_AFTER`,
    `_NAMING_BEFORE`): "the Shanghai Cooperation Organization" was held nowhere."""
    if _NAMING_AFTER.match(text, end):
        return True
    before = text[max(0, start - 40) : start]
    return _may_name_before(before) and _NAMING_BEFORE.search(before) is not None


def _may_name_before(before: str) -> bool:
    """False only when `_NAMING_BEFORE` cannot match `before`: its match ends the text (or stands
    before a final line break, as `$` allows) on "de" or "d'" and spaces, or on an Arabic noun of
    `_NAMING_BEFORE_ARABIC` and spaces. Most cities follow "à", "in" or "في": the pattern, which
    its `$` and its leading word boundary have the engine try at each character, is not run."""
    if before.endswith("\n"):
        before = before[:-1]
    bare = before.rstrip(" \u00a0")
    if bare.endswith(("de", "d'", "d’")):
        return True
    return len(bare) < len(before) and any(noun in before for noun in _NAMING_BEFORE_ARABIC)


def find_places(text: str) -> list[PlaceMatch]:
    """The cities named in `text`, in order, with offsets into `text` (none that names a body)."""
    places = []
    for match in CITY_INDEX.find(text):
        if match.kind == "shared" and not _after_locative(text, match.start, match.surface, match.name):
            continue
        if names_a_body(text, match.start, match.end):
            continue
        city = _BY_NAME[str(match.entity_key)]
        places.append(PlaceMatch(match.start, match.end, city.name, city.country))
    return places


def _after_locative(text: str, start: int, surface: str, name: str) -> bool:
    if text[start - 1 : start] == "(" and text[start + len(surface) : start + len(surface) + 1] == ")":
        return True  # alone in brackets after a name: "Forum (Lianyungang) 2024", "Université (Kénitra)"
    clitic = surface[: len(surface) - len(name)] if len(surface) > len(name) else ""
    if normalize_name(clitic).endswith("ب"):  # "بتونس", "وبالجزائر"
        return True
    previous = text[max(0, start - 16) : start].split()
    if not previous:
        return False
    word = normalize_name(previous[-1])
    if word in _LOCATIVE_WORDS or word.endswith(_FORUM_NOUNS):
        return True
    # "dans la ville andalouse de Cadix", "in the Spanish port city of Cadiz"
    return word in _OF_WORDS and bool(_CITY_NOUN_OF.search(normalize_name(text[max(0, start - 40) : start])))
