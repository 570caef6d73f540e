"""A country's security services named by what they do, which the press writes in lower case or
inside their head's title: "la direction de la police judiciaire", "la direction générale des
douanes tunisienne", "Director General of Public Security", "الإدارة العامة للديوانة". Each is a
body of its own (the corpus conventions annotate a title's body), which no capital letter and no
knowledge-base entry announces: a directorate's head noun, then one of the services of
`SERVICES`, in French, English or Arabic.

Read by `people.discovery.orgs` for each article; the spans are the services' names as written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from people.lexicon import AR_NATIONALITIES, NATIONALITIES, akey, key
from text.places import country_of_adjective, english_adjective
from text.scanning import Anchored

# The services, by the words each language names them with (folded forms are compared).
SERVICES = (
    (
        "police judiciaire",
        "judicial police|criminal investigation|criminal investigations",
        "الشرطة القضائية|الشرطة العدلية",
    ),
    ("douanes?", "customs", "الجمارك|الديوانة"),
    ("police des fronti[eè]res|police aux fronti[eè]res", "border police", "شرطة الحدود"),
    ("fronti[eè]res et des [ée]trangers", "borders and foreigners", "الحدود والأجانب"),
    ("s[ée]curit[ée] publique", "public security", "الأمن العام|الأمن العمومي"),
    ("renseignements? g[ée]n[ée]raux", "general intelligence", "الاستعلامات العامة"),
    ("protection civile", "civil protection|civil defen[cs]e", "الحماية المدنية|الدفاع المدني"),
    (
        "lutte contre les stup[ée]fiants|stup[ée]fiants",
        "drug control|anti-narcotics|narcotics control",
        "مكافحة المخدرات",
    ),
    ("police scientifique|police technique et scientifique", "forensic science|criminal evidence", "الأدلة الجنائية"),
)

_FR_SERVICE = "|".join(fr for fr, _, _ in SERVICES)
_EN_SERVICE = "|".join(en for _, en, _ in SERVICES)
_AR_SERVICE = "|".join(ar for _, _, ar in SERVICES)

# "la direction (générale) de la police judiciaire (tunisienne)", "le service des douanes"
_FRENCH = re.compile(
    r"\b(?P<head>(?:[Ss]ous-)?[Dd]irection(?:\s+(?:g[ée]n[ée]rale|centrale|r[ée]gionale|nationale))?|[Dd][ée]partement|"
    r"[Dd]ivision|[Bb]rigade|[Oo]ffice(?:\s+central)?|[Ss]ervice(?:\s+central)?|[Aa]dministration)"
    rf"\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’]|d['’]|de\s+)(?P<service>(?i:{_FR_SERVICE}))\b"
    r"(?P<nationality>\s+[a-zéèêëàâîïôöûüç]+)?"
)
# A service named by its own capitalized noun and its country's adjective: "la Douane tunisienne", "les
# Douanes sénégalaises" (the noun alone, "la douane", names no body).
_FRENCH_OWN = re.compile(
    r"\b(?P<service>Douanes?|Garde-c[oô]tes|Garde\s+c[oô]ti[eè]re)\s+(?P<nationality>[a-zéèêëàâîïôöûüç]+)"
)
# A coast guard named by its noun and its country's adjective: "خفر السواحل الموريتاني" (the noun alone
# is the function, "دوريات خفر السواحل")
_ARABIC_OWN = re.compile(r"(?<![\u0621-\u064a])(?:خفر|حرس) السواحل (?P<nationality>[\u0621-\u064a]+)")
# "the Directorate (General) of Public Security", "Director General of Public Security" (the head's
# title: the directorate it heads), "the Customs Department"
_ENGLISH = re.compile(
    r"\b(?P<head>(?:General\s+)?(?:Directorate|Department|Administration)(?:[\s-]+General)?|"
    r"Director(?:[\s-]+General)?)\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?P<service>(?i:{_EN_SERVICE}))\b",
)
# "الإدارة العامة للديوانة", "مديرية الأمن العام"; not the head's title ("مدير الشرطة القضائية"),
# which Arabic, without capitals, writes alike for a service and for a function
_ARABIC = re.compile(
    r"(?<![\u0621-\u064a])(?P<head>[وفب]?(?:ال|لل)?(?:إدارة|ادارة|مديرية|جهاز|مصلحة)(?:\s+(?:العامة|العام))?)"
    rf"\s+(?P<service>(?:ل|لل)?(?:{_AR_SERVICE.replace('ال', '(?:ال)?')}))(?![\u0621-\u064a])"
)


class ServiceSpan(NamedTuple):
    start: int
    end: int
    name: str


def service_spans(text: str, language: str) -> list[ServiceSpan]:
    """The services `text` names by what they do (see the module's docstring), in order. Each
    pattern is tried only in a text that holds one of its head nouns (most hold none)."""
    if language == "ar":
        found = [_arabic(text, m) for m in _ARABIC_AT_HEADS.finditer(text)] if any(h in text for h in _AR_HEADS) else []
        if "السواحل" in text:
            found += [
                ServiceSpan(m.start(), m.end(), _coast_guard(m.group("nationality")) or m.group())
                for m in _ARABIC_OWN.finditer(text)
                if akey(m.group("nationality")) in AR_NATIONALITIES
            ]
        return sorted(found)
    found = [_french(text, m) for m in _FRENCH_AT_HEADS.finditer(text)] if language == "fr" else []
    if language == "fr" and ("Douane" in text or "Garde" in text):
        found += [_french(text, m) for m in _FRENCH_OWN.finditer(text) if key(m.group("nationality")) in NATIONALITIES]
    found += [_english(m) for m in _ENGLISH_AT_HEADS.finditer(text)]
    return sorted(found)


# Each pattern tried only where its head noun is written (`text.scanning.Anchored`: at most `reach`
# characters before it, "Sous-" or "General "): most words of a text open none.
_FRENCH_AT_HEADS = Anchored(
    _FRENCH, ("irection", "épartement", "epartement", "ivision", "rigade", "ffice", "ervice", "dministration"), reach=6
)
_ENGLISH_AT_HEADS = Anchored(_ENGLISH, ("Director", "Department", "Administration"), reach=8)
_AR_HEADS = ("دارة", "مديرية", "جهاز", "مصلحة")
# The Arabic pattern opens on a look-behind, which has the regex engine enter it at every character of
# the text: it is tried only at the start of a word holding its head noun after at most three letters of
# clitics and article ("والإدارة", "لمديرية"; 55 → 10 µs an Arabic article that names one).
_ARABIC_AT_HEADS = Anchored(
    _ARABIC, ("إدارة", "ادارة", "مديرية", "جهاز", "مصلحة"), reach=3, word=re.compile("[\u0621-\u064a]").fullmatch
)


def _french(text: str, m: re.Match[str]) -> ServiceSpan:
    end = m.end("service")
    nationality = m.group("nationality")
    if nationality and key(nationality.strip()) in NATIONALITIES:
        end = m.end("nationality")  # "… de la douane tunisienne"
    surface = text[m.start() : end]
    if m.group("service").startswith("Garde"):
        return ServiceSpan(m.start(), end, _coast_guard(nationality) or surface)
    return ServiceSpan(m.start(), end, surface[0].upper() + surface[1:])


def _coast_guard(nationality: str | None) -> str | None:
    """'Mauritanian Coast Guard' for "Garde-côtes mauritaniens", "خفر السواحل الموريتاني": one body
    whatever the language, by its English name."""
    country = country_of_adjective(nationality.strip()) if nationality else None
    adjective = english_adjective(country) if country else None
    return f"{adjective} Coast Guard" if adjective else None


def _english(m: re.Match[str]) -> ServiceSpan:
    head = m.group("head")
    if head.startswith("Director") and not head.startswith("Directorate"):
        # the head's title names the directorate: "Director General of Public Security"
        general = "General " if "General" in head else ""
        name = f"{general}Directorate of {m.group('service').title()}"
        return ServiceSpan(m.start("service"), m.end("service"), name)
    return ServiceSpan(m.start(), m.end(), " ".join(m.group().split()))


def _arabic(text: str, m: re.Match[str]) -> ServiceSpan:
    return ServiceSpan(m.start("head"), m.end(), text[m.start("head") : m.end()])
