"""Build `text/data/given_names.json`: Arabic-script given names, from names-dataset (first names
and surnames by country, from public profiles; maintained by P. Remy). Not a dependency of the
archive: only this script needs it.

Why: an Arabic name has no capital letters, so the person finder leans on given names to tell
"وزير الداخلية العراقي قاسم الزبيدي" (a minister and his name) from "أعمال الجامعة" (a noun and
an adjective). The hand-made list in `people/lexicon.py` holds the three hundred most common; a
name it lacks (قاسم, حيدر, عدنان, مهند) left its bearer unfound wherever no other cue stood.

What is kept: names written in Arabic letters among the 600 most frequent male first names of an
Arab country, that the data also knows as a surname in an Arab country (within its 3,000 most
frequent) and gives as male at least four times in five. Profiles are noisy: the surname test
drops the words people write instead of a name ("صمت", "عطر"), and female names, which are more
often common nouns ("نور", "وردة"), are left to the hand-made list. Words of news text that the
data still gives as names (Friday, behind, student, peace…) are dropped by `_COMMON_WORDS`; the
lexicon removes its own stop words, titles, places and nationalities when it loads the file.

    pip install names-dataset==3.3.1
    .venv/bin/python -m text.build_given_names
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).parent / "data"
TOP_MALE = 600
SURNAME_RANK = 3000
MALE_SHARE = 0.8
ARAB_COUNTRIES = ("MA", "DZ", "TN", "LY", "EG", "SD", "MR", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "JO", "IQ")
ARAB_COUNTRIES += ("SY", "LB", "PS")
_ARABIC = re.compile("^[\u0621-\u063a\u0641-\u064a]{3,}$")

# Common words of news text that profiles give as first names: a noun, an adjective or a verb
# in an article far more often than a name.
_COMMON_WORDS_TEXT = (
    "مجهول رجل سلام وادي عراق حمص تعز مستر اسير خال جميل صاحب قناص ضاغطهم قاهرهم كابوس طايش مشاكس "
    "عيد شرف كرم غريب حكيم طالب راعي ثابت لطف نصيب عناد محب سند نمر اسد أسد صقر بلبل كامل فضل خلف "
    "فرج سيد اسلام إسلام عمران جمعة جمعه عوض شهاب مصباح ميلاد جبر رزق عطا ذيب صياد شبل غالب راضي "
    "صافي مفيد ناجح فائز فايز راجح عابد ساجد مؤمن مسلم صوفي هلال مكي عراقي يماني حمصي افندينا اسمر "
    "خطاب نعيم اديب مجيب زاهر طاهر بكر كايد رافع ميثاق حزام مقبل عائد عايد"
)
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())


def build(data) -> list[str]:
    """The Arabic-script given names, from a loaded `names_dataset.NameDataset`."""
    arab_names = {
    "Egypt", "Iraq", "Saudi Arabia", "Jordan", "Yemen", "Sudan", "Syrian Arab Republic", "Libya",
    "Algeria", "Morocco", "Tunisia", "Lebanon", "Palestine, State of", "United Arab Emirates",
    "Kuwait", "Qatar", "Bahrain", "Oman", "Mauritania",
    }  # fmt: skip
    candidates: dict[str, int] = {}
    for country in ARAB_COUNTRIES:
        for by_sex in data.get_top_names(n=TOP_MALE, country_alpha2=country).values():
            for rank, name in enumerate(by_sex.get("M", [])[:TOP_MALE]):
                if _ARABIC.match(name) and not name.startswith("ال") and name not in _COMMON_WORDS:
                    candidates[name] = min(candidates.get(name, rank), rank)
    kept = []
    for name in sorted(candidates, key=lambda n: (candidates[n], n)):
        found = data.search(name)
        first, last = found.get("first_name"), found.get("last_name")
        if not first or not last:
            continue
        ranks = [r for c, r in (last.get("rank") or {}).items() if c in arab_names and r]
        if (first.get("gender") or {}).get("Male", 0) >= MALE_SHARE and ranks and min(ranks) <= SURNAME_RANK:
            kept.append(name)
    return kept


# Latin-script given names, from the countries whose officials this archive's news names: the region's,
# Europe's, the Americas', Africa's and Asia's. A name must be a given name far more than a surname
# and among the most frequent of its country; words that are as often common words of English,
# French or Spanish text, months or places are dropped by `_LATIN_COMMON` and by the lexicon.
LATIN_COUNTRIES = (
    "FR", "BE", "CH", "ES", "PT", "IT", "DE", "AT", "NL", "GB", "IE", "SE", "NO", "DK", "FI", "PL", "CZ", "HR",
    "RO", "GR", "HU", "US", "CA", "MX", "CO", "PE", "AR", "CL", "BR", "VE", "SN", "ML", "NE", "TD", "BF",
    "CI", "GH", "NG", "CM", "KE", "UG", "ET", "RW", "TZ", "ZA", "PH", "ID", "MY", "TR",
)  # fmt: skip
TOP_LATIN = 150
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ]{3,}$")
_LATIN_COMMON_TEXT = (
    "may june april august will grace hope faith joy rose lily ruby pearl jade amber summer autumn dawn star "
    "king prince sunny sky rain storm river forest angel baby love happy lucky honey sweet bella princesa "
    "rey reina sol luz paz cruz mar rosa flor blanca santos gloria victoria paris london china chelsea "
    "jordan israel egypt georgia florida virginia carolina dakota india asia africa europa america "
    "general major marshal bishop pastor mister madame sir don dona bon bien tout tres"
)
_LATIN_COMMON = frozenset(_LATIN_COMMON_TEXT.split())


def build_latin(data) -> list[str]:
    """The Latin-script given names, from a loaded `names_dataset.NameDataset`."""
    best: dict[str, int] = {}
    for country in LATIN_COUNTRIES:
        for by_sex in data.get_top_names(n=TOP_LATIN, country_alpha2=country).values():
            for sex in ("M", "F"):
                for rank, name in enumerate(by_sex.get(sex, [])[:TOP_LATIN]):
                    if _LATIN.match(name) and name.lower() not in _LATIN_COMMON:
                        best[name.lower()] = min(best.get(name.lower(), rank), rank)
    return sorted(best, key=lambda n: (best[n], n))


def main() -> None:
    from names_dataset import NameDataset  # only this script needs it

    data = NameDataset()  # loading it takes most of the run: once for both lists
    names, latin = build(data), build_latin(data)
    about = (
        "Arabic-script male given names: names-dataset 3.3.1, top 600 per Arab country, also a surname"
        " there, male >= 0.8, common words dropped. Latin-script given names: names-dataset 3.3.1, top"
        f" {TOP_LATIN} male and female per country of LATIN_COUNTRIES, common words dropped."
        " Built by python -m text.build_given_names."
    )
    path = DATA / "given_names.json"
    text = json.dumps({"_about": about, "arabic": names, "latin": latin}, ensure_ascii=False, indent=0)
    path.write_text(text + "\n", "utf-8")
    print(f"{path}: {len(names)} Arabic given names, {len(latin)} Latin ones")


if __name__ == "__main__":
    main()
