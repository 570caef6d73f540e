"""Organizations that the knowledge base does not hold, found from the shape of their names.

The knowledge base and its automaton find the known organizations; this module proposes the others,
as candidates for an editor, and so prefers missing one to inventing one. It takes only:

- a long name followed by its acronym, "Office fédéral de police criminelle allemand (BKA)", when the
  name opens with an organization head noun or its initials fit the acronym;
- a capitalised organization head with a complement that names something specific ("Conseil de
  sécurité de la Fédération de Russie", "Court of Cassation", "Public Prosecution Office");
- a ministry named as an entity ("ministère de l'Intérieur", "بوزارة الداخلية"; never the portfolio of
  a minister's title), a national police ("police fédérale brésilienne", "الشرطة الوطنية الفرنسية");
- a newspaper or news agency announced as such ("le quotidien Le Matin", "rapporte l'agence APS") or
  signing a dateline ("Vienne, 28 novembre 2023 (MAP) –", "أبوظبي (وام) –").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice

from people.discovery.bureaus import city_bureaus
from people.discovery.orgs_arabic import (
    _AR_CLITIC,
    _AR_CONTINENTAL,
    _AR_DEPARTMENT,
    _AR_FORCES_BEFORE,
    _AR_HEADS,
    _AR_MINISTRY,
    _AR_NAME_STOPS,
    _AR_NATIONAL_FORCE,
    _AR_NOT_IN_NAMES,
    _AR_PERSON_WORDS,
    _AR_POLICE,
    _AR_SERVICE,
    _AR_TOKEN,
    _AR_WORDS,
    _after_name_break,
    _ar_clean,
    _ar_police_of_place,
    _arabic_named_bodies,
)
from people.discovery.roles import DANGLING_WORDS, ENDS_WITH_JOINER
from people.discovery.services import service_spans
from people.discovery.types import OrgMention
from people.lexicon import (
    AR_NATIONALITIES,
    AR_PLACES,
    FUNCTION_WORDS,
    NATIONALITIES,
    ORG_HEADS,
    PLACES,
    RANKS,
    ROLE_HEADS,
    ROYAL_TITLES,
    akey,
    key,
)
from people.lexicon import words as _words
from text.dates import find_dates, is_calendar_word
from text.normalize import normalize_name
from text.outlets import credit_line_outlets, outlet_after_date, outlet_opening_line, staff_credit
from text.places import country_name, country_of_adjective, find_places, is_country_name
from text.portfolios import WORDS_BEFORE_MINISTER, ministry_in_english
from text.scanning import CASE_EXOTIC, Anchored, LookBehind, SpanIndex, line_start, matches_at
from text.sentences import Sentences
from text.venues import VENUE_RE

# Head nouns that open (French, Arabic) or close (English) an organization's name. Events (assembly,
# conference, summit, session) are left to event detection.
_HEAD_WORDS = _words(
    "Office Direction Directorate Conseil Council Organisation Organization Union Agence Agency Bureau "
    "Service Cour Court Commission Comité Committee Fédération Federation Université University Mécanisme "
    "Mechanism Secrétariat Secretariat Ministère Ministry Alliance Communauté Community Ligue League "
    "Association Institut Institute Académie Academy Banque Bank Parlement Parliament Tribunal Parquet "
    "Prosecution Gendarmerie Police Garde Guard Observatoire Observatory Authority Autorité Department "
    "Département Délégation Delegation Haut-Commissariat Corps Brigade Force Forces Centre Center Commandement "
    "École Ecole School Administration System Navy Army Armée"
)
_HEADS = frozenset(map(key, _HEAD_WORDS))
# Heads that may close a name that is also written without them ("Sudan Police (Force)").
_TRAILING_HEADS = ("Force", "Forces", "Service")
# National forces whose name is their head and "nationale" ("la Gendarmerie nationale", "la Police
# nationale", "la Garde nationale"): capitalised, they name the country's body, not the function.
_NATIONAL_FORCE_HEADS = frozenset(map(key, ("Gendarmerie", "Police", "Garde")))
_NATIONAL_WORDS = frozenset(map(key, ("nationale", "royale")))
# The title of a directorate's head, which French writes for its directorate ("directeur de la
# coopération internationale de sécurité (DCIS)"): the directorate's head noun.
_DIRECTORATE_OF_TITLE = {key("directeur"): "Direction", key("directrice"): "Direction", key("director"): "Directorate"}
# "de l'", "du", "de la", "des" between a head and its complement.
_OF_JOINER = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’])")
# A head's adjectives (two at most), then "de l'"/"du"/"de la"/"des": "régional d'", "général de la".
_ADJECTIVES_OF = re.compile(
    r"(?:[ \u00a0]+(?!(?:de|du|des|d)\b)(?-i:[a-zà-ÿ])[\w\-]*){0,2}" + _OF_JOINER.pattern, re.IGNORECASE
)
# The region a body of a known organization serves, after its name: " pour l'Afrique de l'Ouest".
_FOR_REGION = re.compile(
    r"\s+(?:pour|for)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Þ][\w'’\-]*"
    r"(?:\s+(?:(?:de|du|des|of)\s+(?:l['’]|la\s+|the\s+)?)?[A-ZÀ-Þ][\w'’\-]*)*"
)
# A person's name given to a body, hyphenated in French: "Ali-Tounsi", "Jean-Moulin".
_EPONYM = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)+$")
_GENERAL_WORDS = frozenset(map(key, ("générale", "général")))
_DIRECTORATE_HEADS = frozenset(map(key, ("Direction", "Administration", "Inspection", "Délégation")))
_FUNCTION_OR_ROLE = FUNCTION_WORDS | ROLE_HEADS
_FUNCTION_OR_PLACE = FUNCTION_WORDS | PLACES
_HEAD_RE = re.compile(
    r"(?<![\w\-])(?:"
    + "|".join(sorted(map(re.escape, (*_HEAD_WORDS, "Programme", "Program")), key=len, reverse=True))
    + r")(?![\w\-])"
)
# Searched without its look-behind, tried where the rest matches (a head noun): far fewer places
# than the text's capitals.
_HEADS_FOUND = LookBehind(_HEAD_RE, r"(?<![\w\-])")
_COUNTRY_HEADS = frozenset(
    key(w) for w in ["Union", "Fédération", "Federation", "Royaume", "Kingdom", "République", "Republic"]
)
_PARTICLE = r"(?:de la|de l['’]|d['’]|de|du|des|of the|of|for the|for|on|against|and|et|pour la|pour|contre la|contre)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*"
_LOWER = r"[a-zà-öø-ÿ][\w’'\-]*"
# A place's elided particle before a capital continues the run: "the National Police of Côte d'Ivoire".
# ("the Union for the Mediterranean": a particle with its article)
_RUN_JOINER = r"(?:of the|of|for the|for|on the|on|and|against the|against|the)"
_TITLE_RUN = re.compile(rf"(?<![\w\-])(?:{_CAP})(?:[ \u00a0](?:{_RUN_JOINER}[ \u00a0])?(?:[dl]['’])?(?:{_CAP}))*")
_TITLE_RUNS = LookBehind(_TITLE_RUN, r"(?<![\w\-])")  # tried where a capital opens the rest


# The rest of a remit listed after "on" or "for" in an English name, which the run's comma cut: ", Safety and
# Security" after "… Committee on Defence".
def _place_closes(words: list[tuple[int, str]], at: int) -> int | None:
    """The index of the last word of a country named at `at` ("the" aside) when capitalised words go on
    after it: "the National Police of Côte d'Ivoire Alain Koffi Yao" ends with the country, the person's
    name comes after; None otherwise."""
    if at < len(words) and words[at][1] == "the":
        at += 1
    for n in (3, 2, 1):
        end = at + n
        if end < len(words) and is_country_name(" ".join(w for _, w in words[at:end])):
            return end - 1 if words[end][1][0].isupper() else None
    return None


_LIST_ITEMS = re.compile(r",?[ \u00a0]and[ \u00a0]|,[ \u00a0]")
_LISTED_REMIT = re.compile(
    rf"(?:,[ \u00a0]{_CAP}(?:[ \u00a0]{_CAP})?)+,?[ \u00a0]and[ \u00a0]{_CAP}(?:[ \u00a0]{_CAP})?(?![\w\-])"
)
_OF = frozenset({"of", "for", "on", "against"})
# A known organization's programme is one of its bodies ("the IGAD Security Sector Program"); alone, a
# programme is an activity, not a body.
_PROGRAMME_HEADS = frozenset(map(key, ("Program", "Programme")))
# A place closing an English name: "the National Police of Panama" (a country the gazetteer may lack).
_OF_PLACE = re.compile(r" of (?:the )?(?P<place>[A-ZÀ-Þ][\w’'\-]+(?: [A-ZÀ-Þ][\w’'\-]+)?)$")
# A byline that names its outlet after the writer: "By R. Delgado, Newsroom Panama".
_BYLINE_OUTLET = re.compile(
    r"\s*(?:By|Par)\s+[A-ZÀ-Þ][\w.’'\-]*(?:\s+[A-ZÀ-Þ][\w.’'\-]*){0,3},\s+"
    r"(?P<outlet>[A-ZÀ-Þ][\w’'\-]*(?:\s+[A-ZÀ-Þ][\w’'\-]*){0,2})\s*$"
)
_ARTICLE_KEYS = frozenset(map(key, ("Le", "La", "Les", "Al", "El", "The")))
_OWN_ACRONYM = re.compile(r"\s*\([A-Z]{2,8}\)")
# A head of a body of an organization, its complement words and "في", right before a known name.
_AR_BODY_BEFORE_KNOWN = re.compile(
    r"(?<![\w])(?:[وبل]|لل)?(?:أمانة|سكرتارية|مكتب|برنامج)(?P<words>(?:\s+[\u0621-\u064a]+){0,3}?)(?:\s+في)?\s+\Z"
)
# What a match of _AR_BODY_BEFORE_KNOWN writes, one at least: a window without any is not searched.
_AR_BODY_HEADS = ("أمانة", "سكرتارية", "مكتب", "برنامج")
_AR_DEPENDENT = frozenset(akey(w) for w in ("التابع", "التابعة"))
# The "of the" that opens an English name's complement.
_OF_THE = re.compile(r" of (?:the )?")
# What joins a second name to a first: "du Conseil et de l'Université …", "du Comité, de l'Office …".
_ANOTHER_NAME = re.compile(r"\s(?:et|ou)\s|,")
# A French head, up to two adjectives and "de"/"du"/"de la"/"d'" right before a known organization.
_BODY_BEFORE_KNOWN = re.compile(
    r"(?<![\w\-])(?P<head>"
    + "|".join(sorted(map(re.escape, _HEAD_WORDS), key=len, reverse=True))
    + r"|bureau|secrétariat|comité|conseil)(?: (?!de\b|du\b|des\b|et\b|ou\b)[a-zé]+){0,2}"
    + r" (?:de l['’]|de la |du |d['’])\Z"
)
# How a match of _BODY_BEFORE_KNOWN ends (its joiner, right before the known name): the window is
# searched only when it ends so (the search enters the heads' alternation at each of its characters).
_BODY_JOINER_ENDS = (" de l'", " de l’", " de la ", " du ", " d'", " d’")
# The same without its look-behind, which keeps the regex engine from skipping to the characters
# that can open a head: where it matches, the whole pattern is tried (see _body_before_known).
_BODY_BEFORE_KNOWN_PROBE = re.compile(_BODY_BEFORE_KNOWN.pattern.removeprefix(r"(?<![\w\-])"))
_LOWER_BODY_HEADS = frozenset(map(key, ("bureau", "secrétariat", "comité", "conseil")))
# After a known organization, what closes the name of its body: a seat, an area.
_SEAT_OR_AREA = re.compile(
    r" (?:à (?P<city>[A-ZÀ-Þ][\w’'\-]+)|pour l['’][A-ZÀ-Þ][\w’'\-]+"
    r"(?: (?:de l['’]|du |de la )[A-ZÀ-Þ][\w’'\-]+| (?:centrale|australe|orientale|occidentale|du Nord|du Sud))?)"
)
# Heads of an office that its seat may close: "the INTERPOL National Central Bureau in Accra".
_SEATED_HEADS = frozenset(map(key, ("Bureau", "Office")))
_IN_PLACE = re.compile(r" in (?P<place>[A-ZÀ-Þ][\w’'\-]+(?: [A-ZÀ-Þ][\w’'\-]+)?)\b")
_RUN_ACRONYM = re.compile(r"[ \u00a0]*\([A-Z]{2,10}\)")
_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{1,9}(?:[-–][A-Za-z]+)?)\)")
_WORD = re.compile(r"(?:[LlDd]|[Qq]u)['’](?=[^\W\d_])|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Words and punctuation after a French head noun, elisions split off ("de l'Union" → "de", "l'", "Union").
_NP_TOKEN = re.compile(r"(?:[LlDd]|[Qq]u)['’](?=[^\W\d_])|[^\W\d_]+(?:[-’'][^\W\d_]+)*|\S")
_PREPOSITIONS = frozenset(("de", "du", "des", "d'", "d’", "pour", "contre", "sur", "chargé", "chargée"))
_ARTICLES = frozenset(("la", "le", "les", "l'", "l’"))
_OF_JOINERS = frozenset(("de", "d'", "d’"))
# Heads of the names of meetings: "the European Police Chiefs Convention (EPCC)" is an event.
_EVENT_HEADS = frozenset(
    map(
        key,
        _words(
            "Convention Summit Sommet Conference Conférence Congress Congrès Forum Meeting Réunion Session Assembly "
            "Assemblée Symposium Seminar Séminaire Colloque Workshop Dialogue Exhibition Salon Expo Games Jeux Days "
            "Challenge Championship Championnat Tournament Tournoi Trophy Trophée Cup Coupe Marathon"
        ),
    )
)
# Meeting nouns that also open a standing body's name: "Assemblée nationale (AN)", a parliament.
_BODY_ASSEMBLIES = frozenset(map(key, ("Assemblée", "Assembly")))
# Present-tense verbs and auxiliaries that follow an organization's name in news prose.
_FRENCH_VERBS = _words(
    "a ont est sont sera seront avait avaient était étaient fut se s' s’ y en ne qui que dont où et ou "
    "mais affirme indique souligne estime annonce rappelle précise ajoute note relève déclare organise "
    "accueille réunit compte regroupe dispose lance publie appelle demande salue condamne exprime "
    "présente prévoit signe confirme reste devient représente participe"
)
_ADJECTIVE = re.compile(
    r"^[a-zà-ÿ][a-zà-ÿ\-]*(?:al|ale|aux|ales|el|elle|elles|ien|ienne|iens|iennes|ain|aine|ains|aines|ique|iques|if|ive|"
    r"ifs|ives|aire|aires|eur|eure|ieur|ieure|ier|ière|é|ée|és|ées|ant|ante|ent|ente|en|enne|ois|oise|ais|aise|"
    r"e|es)$"
)
# Tried only where their keyword is written (discovery_text.Anchored), one letter after the match's start.
# An adjective that a portfolio's noun keeps in lower case ("de la Sécurité publique", "de la Défense
# nationale", "de la Sécurité intérieure").
# (plural too: "des Affaires étrangères", "des Affaires extérieures")
# (and the plural past participles and adjectives in -eux of portfolios: "Forces armées", "Affaires
# religieuses", "Travaux publics")
_PORTFOLIO_ADJECTIVE = (
    r"(?:\s+[a-zéèêàâîôûç]+(?:ique|ale|ieure|ure|aire|elle|ère|ive|euse|ic)s?\b|\s+[a-zé]+(?:ées|eux)\b)?"
)
_MINISTRY = Anchored(
    re.compile(
        r"\b[Mm]inist[èe]re(?:\s+(?P<nat>[a-zéèëïîôç]+))?\s+(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+|de\s+)"
        rf"[A-ZÀ-Þ][\w’'\-]+{_PORTFOLIO_ADJECTIVE}(?:(?:\s+et|,)?\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’])"
        rf"[A-ZÀ-Þ][\w’'\-]+{_PORTFOLIO_ADJECTIVE})*"
    ),
    ["inist"],
    reach=1,
)
# The portfolios of a ministry named with its nationality, in English: "le ministère bahreïni des Affaires
# étrangères" is the "Ministry of Foreign Affairs (Bahrain)", as the knowledge base names its kind.
_PORTFOLIO_AFTER = re.compile(r"\s(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+|de\s+)(.+)$")


def _ministry_in_english(surface: str, nationality: str | None) -> str | None:
    """The English name of a ministry written with its nationality and a known portfolio (text.portfolios)
    ("ministère bahreïni des Affaires étrangères"), else None (the name as written)."""
    if not nationality:
        return None
    portfolio = _PORTFOLIO_AFTER.search(surface.split(nationality, 1)[1])
    english = ministry_in_english(portfolio.group(1)) if portfolio else None
    code = country_of_adjective(nationality)
    country = country_name(code) if code else None
    return f"Ministry of {english} ({country})" if english and country else None


_NATIONAL_POLICE = Anchored(
    re.compile(
        r"\b(?:[Pp]olice|[Gg]endarmerie|[Gg]arde civile)\s+(?:nationale|fédérale|royale|civile)"
        r"\s+(?P<nat>[a-zéèëïîôç]+)"
    ),
    ["olice", "endarmerie", "arde civile"],
    reach=1,
)
# A police named by its territory or nationality: "la police de Hong Kong", "les forces de police laotiennes";
# not a title's "de police" ("le préfet de police de Vienne", "un officier de police de Tunis").
_POLICE_OF = Anchored(
    re.compile(
        r"(?<!\bde )\b(?:[Pp]olice|[Ff]orces de police)\s+"
        r"(?:(?:de|du|d['’])\s*(?P<place>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+)?)|(?P<nat>[a-zéèëïîôç]+))"
    ),
    ["olice", "orces de police"],
    reach=1,
)
# A government named by its kind: national unity, accord, salvation ("the Government of National
# Unity", "le gouvernement d'union nationale", "حكومة الوحدة الوطنية").
# Tried only where a match's words are written (an Arabic one up to two letters of clitics before
# "حكومة", a French one a letter before "ouvernement"): it opens on a word boundary, so the regex
# engine would enter it at every character of the article.
_GOVERNMENT = Anchored(
    re.compile(
        r"\b(?:Government of National (?:Unity|Accord|Salvation|Stability)|National (?:Unity|Accord) Government"
        r"|[Gg]ouvernement d['’](?:union|entente|unité) nationale"
        r"|[Gg]ouvernement de (?:salut|stabilité) national[e]?)\b"
        r"|(?<![\w])(?:[وبل]|لل)?حكومة\s+(?:الوحدة|الوفاق|الإنقاذ|الاستقرار)\s+الوطني(?:ة)?(?![\w])"
    ),
    ["Government of National", "National Unity Government", "National Accord Government", "ouvernement d", "حكومة"],
    reach=2,
)
_AR_NEXT_WORD = re.compile(r"[ \u00a0]+([\u0621-\u064a]+)")
# What every match of _GOVERNMENT writes, one at least, as written: a text without any is not scanned.
_GOVERNMENT_WORDS = ("Government", "ouvernement d", "حكومة")


def _body_before_known(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """`_BODY_BEFORE_KNOWN.search(text, pos, endpos)`: the pattern tried only where its probe (the
    pattern without its look-behind) matches, from left to right; a place where the probe does
    not match holds no match of the pattern."""
    while (probe := _BODY_BEFORE_KNOWN_PROBE.search(text, pos, endpos)) is not None:
        found = _BODY_BEFORE_KNOWN.match(text, probe.start(), endpos)
        if found is not None:
            return found
        pos = probe.start() + 1
    return None


def _media_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """`_MEDIA.finditer(text)` (`lowered` is `text.lower()`), the pattern tried only where a match
    may start: its case-insensitive words open on a word boundary, and the engine would enter them
    at every character. Every match writes one of `_MEDIA_WORDS` and starts right before it ("l'"),
    or two to five characters before the white space that precedes it ("le", "the", "news", "de
    la"). The nouns are found in `lowered`, at the same offsets as in `text` and as the pattern
    reads them, unless `text` holds a character that lowers to two or that the pattern reads as
    another letter (`text.scanning.CASE_EXOTIC`): such a text is scanned whole."""
    if len(lowered) != len(text) or (not text.isascii() and any(char in text for char in CASE_EXOTIC)):
        yield from _MEDIA.finditer(text)
        return
    starts: set[int] = set()
    for noun in _MEDIA_WORDS:
        at = lowered.find(noun)
        while at >= 0:
            before = at
            while before > 0 and text[before - 1].isspace():
                before -= 1
            starts.update(start for start in (at - 2, before - 2, before - 3, before - 4, before - 5) if start >= 0)
            at = lowered.find(noun, at + 1)
    yield from matches_at(_MEDIA, text, sorted(starts))


def _written(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` is in `text` (a loop of `in`, each a fast search)."""
    for word in words:  # noqa: SIM110 (any() over a generator costs more than the searches)
        if word in text:
            return True
    return False


# A regional office of a body, named by its city: "le bureau régional d'Abidjan", "its regional bureau in
# Nairobi", "the Regional Office for Dakar".
_REGIONAL_OFFICE = re.compile(
    r"\b(?:[Bb]ureau (?:sous-)?régional|[Rr]egional (?:[Bb]ureau|[Oo]ffice))\s+(?:d['’]|de\s+|à\s+|in\s+|for\s+)"
    r"(?P<city>[A-ZÀ-Þ][\w’'\-]+)"
)
# What every match of _REGIONAL_OFFICE writes, one at least, as written.
_REGIONAL_OFFICE_WORDS = (
    "ureau régional",
    "ureau sous-régional",
    "egional Bureau",
    "egional bureau",
    "egional Office",
    "egional office",
)
_MEDIA = re.compile(
    r"\b(?i:(?:le|du|au|un)\s+(?:quotidien|journal|magazine|site(?: d['’]information)?|hebdomadaire|mensuel)|"
    r"l['’](?:agence(?: de presse)?|hebdomadaire)|(?:la|de la)\s+chaîne|"
    r"the\s+(?:newspaper|daily|weekly|agency|website)|"
    r"news agency)[ \u00a0]+"  # (on the same line: "… | News Agency" above the headline announces nothing)
    r"(?P<name>(?:[A-Z][A-Za-z]{1,9}\b|(?:(?:Le|La|Les|Al|El|The)\s)?[A-ZÀ-Þ][\w’'\-]+)"
    r"(?:[ \u00a0][A-ZÀ-Þ][\w’'\-]+){0,2})"
)
# An outlet's name in apposition with what it is: "Novastan, le média de référence sur …",
# "Sahel Matin, le quotidien de Niamey", "Desert Herald, the daily of …".
_MEDIA_APPOSITION = re.compile(
    r"(?<![\w\-])(?P<name>(?:(?:Le|La|Les|L['’]|Al|El|The)\s?)?[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+){0,2}),\s+"
    r"(?:(?:le|un)\s+(?:média|journal|quotidien|site d['’]information|hebdomadaire)"
    r"|the\s+(?:newspaper|daily|news website))\b"
)
# What every match of _MEDIA_APPOSITION writes, one at least, as written (its nouns are case-sensitive).
_APPOSITION_WORDS = ("média", "journal", "quotidien", "site d", "hebdomadaire", "newspaper", "daily", "news website")
_MEDIA_WORDS = (
    "média",
    "quotidien",
    "journal",
    "magazine",
    "site",
    "hebdomadaire",
    "mensuel",
    "agence",
    "chaîne",
    "newspaper",
    "daily",
    "weekly",
    "agency",
    "website",
)
_DATELINE_CODE = re.compile(
    r"\((?P<code>[A-Z]{2,6}|[A-Z][a-z]{3,11}|[\u0621-\u064a]{2,4}|أ ف ب)\)\s*(?:[–—-]|$)", re.MULTILINE
)
# An outlet named in words in its own dateline, after the place and the date: "Rabat, 03/02/2026
# (Morocco Security Observer)", "Nouakchott, 5 février (Sahel Info) –".
_DATELINE_OUTLET = re.compile(
    r"^[ \t]*[A-ZÀ-Þ][^\W\d_]*(?:[ -][A-ZÀ-Þa-z][^\W\d_]*){0,2},[ \t]*(?P<date>[^()\n,]{4,30}?)[ \t]*"
    r"\((?P<name>[A-ZÀ-Þ][\w’'&.-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w’'&.-]*|de|du|des|la|le|al|el|of|the|et|and)){1,4})\)"
    r"[ \t]*(?:[–—-]|$)",
    re.MULTILINE,
)
_DATELINE_REACH = 1500
# A wire dateline's opening, the city in capitals: "KUALA LUMPUR, Aug 19 (Agency) --".
_WIRE_CITY = re.compile(r"^[A-Z][A-Z .'’-]{2,30}\b")


def _outlet_after_byline(name: str) -> bool:
    """Whether the name after a byline's writer is an outlet's: not a place ("By X, Cairo"), nor a
    role or a desk ("By X, Staff Writer", "By X, Senior Correspondent")."""
    words = name.split()
    return key(name) not in PLACES and not any(key(w) in ROLE_HEADS or key(w) in _DESK_WORDS for w in words)


_DESK_WORDS = frozenset(map(key, ("Staff", "Writer", "Reporter", "Correspondent", "Editor", "Contributor", "Desk")))


def _name_word(word: str) -> bool:
    """Whether a capitalised word before an English head may open the name: no role, function word
    or possessive."""
    k = key(word)
    return (
        word[0].isupper()
        and k not in ROLE_HEADS
        and k not in FUNCTION_WORDS
        and not word.endswith(("'s", "’s"))
        and not _WHERE_BASED.search(word)  # "the Lisbon-based Maritime Analysis … Centre": where it sits
    )


# (and who pays or leads it: "the EU-funded EUROMED Police", "the AU-led mission")
_WHERE_BASED = re.compile(r"-(?:based|headquartered|funded|financed|backed|sponsored|led|supported)$")


def _dash_part_fits(part: str, acronym: str) -> bool:
    """Whether the words after a dash are the acronym's part after its hyphen ("– Narcotics" for the
    "N" of "MAOC-N")."""
    _, hyphen, suffix = acronym.partition("-")
    initials = "".join(w[0] for w in part.split() if w[:1].isupper())
    return bool(hyphen and suffix) and initials.lower() == suffix.lower()


def _initials_fit(words: list[str], acronym: str) -> bool:
    """Whether the acronym's letters are the initials of the content words, in order or as a set
    (French names keep the English acronym: 'Université arabe Naif … (NAUSS)')."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    content = [w[0].lower() for w in words if key(w) not in FUNCTION_WORDS and len(w) > 2]
    if not letters or len(letters) < 2:
        return False
    if sorted(letters) == sorted(content):
        return True
    it = iter(content)
    return all(any(c == ch for c in it) for ch in letters) and len(content) - len(letters) <= 1


_REMIT_AFTER = re.compile(r"[ \u00a0]+(?:pour|for|contre|against|au|aux|en|in|on|sur)[ \u00a0]")


def _letters_align(words: list[str], acronym: str) -> bool:
    """Whether the acronym spells itself through the name as Schwartz and Hearst's abbreviation
    definitions do ("A Simple Algorithm for Identifying Abbreviation Definitions in Biomedical Text",
    2003): its first letter opens the name, each next one is found after it, inside a word or at its
    start ("Cellule nationale de traitement des informations financières (CENTIF)", "Mission …
    intégrée des Nations unies pour la stabilisation au Mali (MINUSMA)"), each letter read from the
    right as late as it can be. The name may not run far past its letters: at most three content
    words more than it has letters."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(letters) < 3 or not words or words[0][:1].lower() != letters[0]:
        return False
    content = [w for w in words if key(w) not in FUNCTION_WORDS and len(w) > 2]
    if len(content) > len(letters) + 3:
        return False
    rest = " ".join(words).lower()
    position = len(rest)
    for letter in reversed(letters[1:]):
        position = rest.rfind(letter, 1, position)
        if position < 1:
            return False
    return True


class _Lazy:
    """The items of an iterator, read only as far as they are asked for: a complement usually
    ends after a few words of the 160 characters it may span."""

    __slots__ = ("_items", "_rest")

    def __init__(self, items: Iterator[re.Match[str]]) -> None:
        self._items: list[re.Match[str]] = []
        self._rest = items

    def has(self, i: int) -> bool:
        """Whether there is an item i (reading up to it)."""
        while len(self._items) <= i:
            item = next(self._rest, None)
            if item is None:
                return False
            self._items.append(item)
        return True

    def __getitem__(self, i: int) -> re.Match[str]:
        return self._items[i]


class OrgFinder:
    """One pass over one text; `find()` returns the organization mentions in text order."""

    def __init__(self, text: str, language: str, known_spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.language = language
        self.known_spans = SpanIndex(known_spans)  # asked once per candidate name
        self.known_list = known_spans
        self.sentences = Sentences(text)
        self.found: list[OrgMention] = []

    def _add(
        self,
        start: int,
        end: int,
        cue: str,
        confidence: float,
        *,
        name: str | None = None,
        acronym: str | None = None,
        of_known: bool = False,
    ) -> None:
        surface = self.text[start:end]
        lead = len(surface) - len(surface.lstrip())
        start += lead
        surface = surface.strip()
        end = start + len(surface)
        overlaps = self.known_spans.overlaps(start, end) and not of_known
        if not surface or (overlaps and not (cue == "acronym" and self._holds_known(start, end))):
            return
        if VENUE_RE.search(normalize_name(surface)):
            return  # "Centre international de conférences X", "قصر المؤتمرات": where a meeting is held
        for i, other in enumerate(self.found):
            if other.start < end and start < other.end:
                # a service named otherwise than written ("Garde côtière italienne": "Italian Coast Guard")
                same = (other.start, other.end) == (start, end) and cue == "service" and name not in (None, surface)
                if other.end - other.start >= end - start and not same:
                    return
                acronym = acronym or (other.acronym if same else None)
                del self.found[i]
                break
        self.found.append(
            OrgMention(surface, name or surface, acronym, start, end, cue, confidence, self.sentences.sentence(start))
        )

    def _holds_known(self, start: int, end: int) -> bool:
        """Whether the known names inside [start, end) are words of a longer proper name, which the
        name goes on past with its remit ("Mission … des Nations unies pour la stabilisation au Mali",
        "Agence de l'Union européenne pour la coopération …"): the name is one body, not also the
        body it names (a name ending on a known body, "Secrétariat général du Conseil", names both)."""
        reach = self.known_spans.furthest_end(start, end)
        return not self.known_spans.contains(start) and reach < end and bool(_REMIT_AFTER.match(self.text, reach))

    # -- Latin script ---------------------------------------------------------------------------------
    def _acronyms(self) -> None:
        for m in _ACRONYM.finditer(self.text):
            acronym = m.group("acr")
            window_start = max(line_start(self.text, m.start()), m.start() - 160)
            window = self.text[window_start : m.start()]
            cut = max(window.rfind(c) for c in ",.;:()")
            dash = max(window.rfind(d) for d in (" – ", " — ", " - "))  # "VIENNA, 19 May 2025 – The Commission …"
            letters = acronym.split("-")[0]
            if dash > cut and _dash_part_fits(window[dash + 3 :], acronym):
                # "Maritime Analysis and Operations Centre – Narcotics (MAOC-N)": the dash is in the name
                dash = max(window.rfind(d, 0, dash) for d in (" – ", " — ", " - "))
                letters = acronym.replace("-", "")
            enumerated = cut >= 0 and window[cut] == "," and cut > dash
            if enumerated and self._enumerated_name(window_start, window, m, letters):
                continue
            cut = max(cut, dash + 2 if dash >= 0 else -1)
            base = window_start + cut + 1
            words = list(_WORD.finditer(self.text, base, m.start()))
            texts = [w.group() for w in words]
            best = None
            for i, w in enumerate(words):
                if not texts[i][0].isupper() or key(texts[i]) in _FUNCTION_OR_ROLE or _WHERE_BASED.search(texts[i]):
                    continue
                fit = _initials_fit(texts[i:], letters) or _letters_align(texts[i:], letters)  # (pure tests)
                if fit or key(texts[i]) in _HEADS:
                    best = w.start()
                    if fit:
                        break
            if best is not None and self.text[best : m.start()].strip():
                name = self.text[best : m.start()].strip()
                first, last = key(name.split()[0]), key(name.split()[-1])
                if last in _EVENT_HEADS or (first in _EVENT_HEADS and first not in _BODY_ASSEMBLIES):
                    continue  # a meeting named with its acronym ("… Conference (X)", "Conférence des … (X)")
                if len(name.split()) >= 2:
                    self._add(best, m.start(), "acronym", 0.9, name=name, acronym=acronym)
            elif best is None:
                self._lower_case_acronym(words, texts, letters, acronym, m.start())

    def _enumerated_name(self, window_start: int, window: str, m: re.Match[str], letters: str) -> bool:
        """A name whose remit lists items between commas before its acronym: "Comité technique
        spécialisé sur la défense, la sûreté et la sécurité (CTSDSS)". Its head opens it, capitalised,
        and every content word's initial is one of the acronym's letters (added; True), else False."""
        if len(letters) < 4:
            return False
        cut = max(window.rfind(c) for c in ".;:()")
        dash = max(window.rfind(d) for d in (" – ", " — ", " - "))
        base = window_start + max(cut, dash + 2 if dash >= 0 else -1) + 1
        words = list(_WORD.finditer(self.text, base, m.start()))
        texts = [w.group() for w in words]
        for i, text in enumerate(texts):
            if text[0].isupper() and key(text) in _HEADS and _initials_fit(texts[i:], letters):
                content = [w for w in texts[i:] if key(w) not in FUNCTION_WORDS and len(w) > 2]
                if len(content) != len(letters):
                    return False  # every letter one word: no loose fit across commas
                name = self.text[words[i].start() : m.start()].strip()
                self._add(words[i].start(), m.start(), "acronym", 0.9, name=name, acronym=m.group("acr"))
                return True
        return False

    def _lower_case_acronym(self, words: list, texts: list[str], letters: str, acronym: str, end: int) -> None:
        """A body that French writes in lower case, defined by its acronym: "la direction de la police
        judiciaire (DPJ)", or named by its head's title, "directeur de la coopération internationale de
        sécurité (DCIS)" (the Direction de la coopération …). Its name from its head noun on, the
        initials fitting the acronym exactly."""
        for i, text in enumerate(texts):
            word = key(text)
            directorate = _DIRECTORATE_OF_TITLE.get(word)
            if (word in _HEADS or directorate) and _initials_fit(texts[i:], letters) and len(texts) - i >= 3:
                rest = self.text[words[i].end() : end].strip()
                head = directorate or text[0].upper() + text[1:]
                self._add(words[i].start(), end, "acronym", 0.85, name=f"{head} {rest}", acronym=acronym)
                return

    def _french_heads(self) -> None:
        for m in _HEADS_FOUND.finditer(self.text):
            end, words = self._french_complement(m.end())
            if not words:
                continue
            if key(m.group()) in _PROGRAMME_HEADS:
                # "le Programme de sécurité de l'IGAD (ISSP)": a known organization's programme with an
                # acronym of its own is a body of it ("le Programme Sahel de l'ONUDC" is an activity)
                own = _OWN_ACRONYM.match(self.text, end)
                if own and not self.known_spans.overlaps(own.start(), own.end()) and self._of_known(m.end(), end):
                    self._add(m.start(), end, "head", 0.8, of_known=True)
                continue
            specific = any(w[0].isupper() for w in words) or any(key(w) in NATIONALITIES for w in words)
            specific = specific or (key(m.group()) in _NATIONAL_FORCE_HEADS and key(words[0]) in _NATIONAL_WORDS)
            # "l'Administration générale de lutte contre les stupéfiants": a capitalised head, "générale"
            # and a complement name one directorate
            specific = specific or (key(words[0]) in _GENERAL_WORDS and len(words) >= 3)
            # "la Direction générale des douanes": a general directorate and its domain name one body
            specific = specific or (
                key(m.group()) in _DIRECTORATE_HEADS and key(words[0]) in _GENERAL_WORDS and len(words) == 2
            )
            proper = [w for w in words if w[0].isupper()]
            if not specific or key(words[-1]) in _EVENT_HEADS:
                continue  # ("World Police Summit", « Police Challenge »: a meeting's or a contest's name)
            if key(m.group()) in _COUNTRY_HEADS and len(proper) == 1 and key(proper[0]) in PLACES:
                continue  # "Fédération de Russie", "Union des Comores": a country
            self._add(m.start(), end, "head", 0.8, of_known=self._of_known(m.end(), end))

    def _of_known(self, head_end: int, end: int) -> bool:
        """Whether the complement of a head names a known organization's body: the organization and
        nothing else ("le Secrétariat de l'AMERIPOL"), or that and the region the body serves ("le
        Bureau régional d'INTERPOL pour l'Afrique de l'Ouest"), or a complement that ends on it with
        nothing known before ("le Conseil des coordinateurs nationaux du CARICC"): a body of that
        organization, named as well as it."""
        joiner = _ADJECTIVES_OF.match(self.text, head_end, end)  # "Bureau régional d'INTERPOL"
        if (
            joiner is not None
            and not self.known_spans.overlaps(head_end - 1, joiner.end())
            and self.known_spans.contains(joiner.end())
        ):
            known_end = self.known_spans.furthest_end(joiner.end(), end)
            if known_end == end or _FOR_REGION.fullmatch(self.text, known_end, end):
                return True
        for joiner in _OF_JOINER.finditer(self.text, head_end, end):
            if self.known_spans.contains(joiner.end()):
                if _ANOTHER_NAME.search(self.text, head_end, joiner.start()):
                    return False  # "du Conseil et de l'Université arabe Naïf …": two bodies
                return (
                    not self.known_spans.overlaps(head_end - 1, joiner.end())
                    and self.known_spans.furthest_end(joiner.end(), end) == end
                )
        return False

    def _french_bodies_of_known(self) -> None:
        """A body of a known organization named before it in French, its head in lower case or
        followed by adjectives ("le secrétariat de l'ASEANAPOL", "le bureau régional d'Interpol à
        Nairobi", "le Bureau régional d'Interpol pour l'Afrique de l'Ouest"): the conventions' "X of
        ORG", found beside the organization itself; a seat ("à Nairobi") or an area ("pour
        l'Afrique de l'Ouest") after the organization closes the name."""
        for start, end in self.known_list:
            if not self.text.endswith(_BODY_JOINER_ENDS, max(0, start - 60), start):
                continue
            m = _body_before_known(self.text, max(0, start - 60), start)
            if m is None or self.known_spans.overlaps(m.start(), m.end()):
                continue
            if m.group("head")[0].islower() and key(m.group("head")) not in _LOWER_BODY_HEADS:
                continue  # "la direction d'Interpol": the leadership, not a body
            close = end
            where = _SEAT_OR_AREA.match(self.text, end)
            if where and (where.group("city") is None or key(where.group("city")) in PLACES):
                close = where.end()
            if not self.known_spans.overlaps(end, close):
                self._add(m.start(), close, "head", 0.8, of_known=True)

    def _french_complement(self, pos: int) -> tuple[int, list[str]]:
        """End offset and words of the complement of a French head noun: adjectives and
        "de/du/des/pour/contre (article) noun (adjectives)" groups, up to a verb or punctuation."""
        tokens = _Lazy(_NP_TOKEN.finditer(self.text, pos, min(len(self.text), pos + 160)))
        end, words, i, adjectives = pos, [], 0, 0
        grouped = False  # whether a preposition's group has begun: "et le" joins its nouns only
        while tokens.has(i):
            w = tokens[i].group()
            low = w.lower()
            if "\n" in self.text[end : tokens[i].start()]:
                break
            if low == "et" and tokens.has(i + 2) and tokens[i + 1].group().lower() in _ARTICLES and grouped:
                # "contre la drogue et le crime" (but not "… nationale et de la Surveillance …", nor
                # "la Gendarmerie nationale malienne et la Police nationale …": two bodies, nor "la Garde
                # nationale et le financement de …": the sentence's next object)
                if tokens[i + 2].group()[0].isupper() or key(tokens[i + 2].group()) in _SECOND_BODY_HEADS:
                    break  # (nor "… nationale et les services des Douanes": a second body)
                words.append(tokens[i + 2].group())
                end, i = tokens[i + 2].end(), i + 3
                continue
            if low == "et" and words and tokens.has(i + 2) and tokens[i + 1].group().lower() in _OF_JOINERS:
                # "… contre le terrorisme et de formation en Afrique": a second complement of the same
                # head (a capitalised word opens another body: "… nationale et de la Surveillance …")
                following = tokens[i + 2].group()
                if following[0].isalpha() and following[0].islower() and following.lower() not in _ARTICLES:
                    words.append(following)
                    end, i, adjectives = tokens[i + 2].end(), i + 3, 0
                    continue
            if not w[0].isalpha() or low in _FRENCH_VERBS:
                break
            if low in _PREPOSITIONS:
                j = i + 1
                if tokens.has(j) and tokens[j].group().lower() in _ARTICLES:
                    j += 1
                if not tokens.has(j):
                    break
                following = tokens[j].group()
                if not following[0].isalpha() or following.lower() in _FRENCH_VERBS:
                    break
                if j == i + 1 and low in ("de", "d'", "d’") and _INFINITIVE.match(following):
                    break  # "chargé le Secrétariat général de préparer une étude": a task, no complement
                words.append(following)
                end, i, adjectives, grouped = tokens[j].end(), j + 1, 0, True
                continue
            if w[0].isupper() or (adjectives < 2 and _ADJECTIVE.match(low) and low not in _ARTICLES):
                words.append(w)
                end, i = tokens[i].end(), i + 1
                adjectives += 1
                if _EPONYM.match(w) and len(words) > 1 and words[-2][0].islower():
                    break  # "École supérieure de police Ali-Tounsi de Blida": the eponym closes the name
                continue
            break
        return end, words

    def _english_runs(self) -> None:
        for m in _TITLE_RUNS.finditer(self.text):
            words = [(m.start() + w.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
            # "Court of Cassation and Deputy President of …": a role after "and" starts another phrase
            pieces, current = [], []
            for i, (pos, w) in enumerate(words):
                if w == "and" and i + 1 < len(words) and self._and_opens_another(words, i):
                    pieces.append(current)
                    current = []
                    continue
                if (
                    w == "and"
                    and current
                    and key(current[-1][1]) in _HEADS
                    and any(key(x) in _HEADS for _, x in words[i + 1 :])
                ):
                    # "the Australian Federal Police and Japan's National Police Agency": a name closed
                    # by its head, then another one with a head of its own: two bodies
                    pieces.append(current)
                    current = []
                    continue
                current.append((pos, w))
            pieces.append(current)
            for piece in pieces:
                self._english_name(piece)

    @staticmethod
    def _and_opens_another(words: list[tuple[int, str]], i: int) -> bool:
        """Whether the "and" at words[i] opens another phrase: a role ("Court of Cassation and Deputy
        President of …"), a country's body ("… Colombia and Morocco's General Directorate …"), or a
        body of its own after a place ("the National Police of Peru and Bolivia Police Force": the
        place closed the first name)."""
        nxt = words[i + 1][1]
        if key(nxt) in ROLE_HEADS or nxt.endswith(("'s", "’s")):
            return True
        return key(words[i - 1][1]) in PLACES and any(key(w) in _HEADS for _, w in words[i + 1 :]) if i else False

    def _english_name(self, words: list[tuple[int, str]]) -> None:
        # English names end on their head, or go on with "of …"/"for …"; a capitalized word after
        # the head that is no head itself starts something else: a title or a person ("Colombian
        # National Police Director Gen. …", "the Hong Kong Police Force Commissioner Leung …").
        last = None
        programme = any(self.known_spans.contains(p) for p, _ in words[:2])  # "the IGAD Security Sector Program"
        for i, (_, w) in enumerate(words):
            if key(w) not in _HEADS and not (programme and key(w) in _PROGRAMME_HEADS):
                continue
            if i == len(words) - 1 or words[i + 1][1] in _OF:
                last = _place_closes(words, i + 2) or len(words) - 1
            elif key(words[i + 1][1]) in _EVENT_HEADS:
                return  # "the Mediterranean Coast Guard Forum": a meeting's name
            elif key(w) == "police" and key(words[i + 1][1]) in RANKS:
                return  # "Police General X", "Police Colonel X": a police rank, as Asian forces style it
            elif self._acronym_after(words) and not any(key(x) in _EVENT_HEADS for _, x in words[i + 1 :]):
                last = len(words) - 1  # its acronym after the run: "African Police Information System (APIS)"
            elif words[i + 1][1][0].isupper() and not any(
                key(w) in _HEADS or key(w) in _EVENT_HEADS for _, w in words[i + 1 :]
            ):
                # a head further on ends the name instead ("Arab Police Sports Federation"); a meeting
                # noun makes it a meeting's name ("the Mediterranean Police Chiefs Forum")
                last = i
            if last is not None:
                break
        if last is None:
            return
        while last > i and (words[last][1] in _OF or is_calendar_word(words[last][1])):
            last -= 1  # "… Federation on Monday": a date goes on after the name
        start = i
        country = None
        while start > 0 and (
            words[start - 1][1][0].isupper()
            # "the National Information and Analytical Centre": "and" inside the words before the head
            or (words[start - 1][1] == "and" and start > 1 and _name_word(words[start - 2][1]))
        ):
            w = words[start - 1][1]
            if w.endswith(("'s", "’s")) and is_country_name(w[:-2]):
                country = w[:-2]  # "Brazil's Federal Police": the country's body
            # ("the General Directorate of …", "the General Command of …": "General" opens the head)
            general = key(w) in _GENERAL_WORDS and start == i
            # ("Sultan Qaboos University", "Prince Naif Academy": a ruler's title opens the eponym's name)
            eponym = key(w) in ROYAL_TITLES and start < i and _name_word(words[start][1])
            if w != "and" and not _name_word(w) and not general and not eponym:
                break
            start -= 1
        if key(words[i][1]) in _COUNTRY_HEADS and last > i:
            rest = " ".join(w for _, w in words[i + 1 : last + 1]).removeprefix("of ").removeprefix("the ")
            if key(rest) in PLACES:
                return  # "the Union of the Comoros", "the Federation of Russia": a country
        if words[start][1] == "Joint":
            return  # "their Joint Security Committee": a joint body of the countries named, an event series
        if last - start >= 1:
            end = words[last][0] + len(words[last][1])
            if key(words[last][1]) in _SEATED_HEADS and (seat := _IN_PLACE.match(self.text, end)):
                place = seat.group("place")
                if key(place) not in PLACES:
                    place = place.split()[0]
                if key(place) in PLACES:
                    end = seat.start("place") + len(place)  # "the INTERPOL Regional Bureau in Nairobi"
            if (
                any(w in ("on", "for") for _, w in words[i + 1 : last + 1])
                and (listed := _LISTED_REMIT.match(self.text, end))
                and not any(key(item) in PLACES for item in _LIST_ITEMS.split(listed.group()) if item)
            ):
                end = listed.end()  # "… Committee on Defence, Safety and Security": its remit is a list
            # the country a possessive names qualifies the body, as the knowledge base names national
            # bodies: "Ecuador's National Police" is "National Police (Ecuador)"
            name = f"{self.text[words[start][0] : end]} ({country})" if country else None
            of_known = self._secretariat_of_known(words, start, i, last) or self._known_before(
                words[start][0], words[i][0], end
            )
            if not of_known and (after := self._known_after(words[start][0], words[i][0], end)):
                of_known, name = True, after
            self._add(words[start][0], end, "head", 0.8, name=name, of_known=of_known)

    def _known_after(self, start: int, head: int, end: int) -> str | None:
        """The name of a body written "X of the ORG (ACRONYM)" ("the Council of National Coordinators
        of the Central Asian Regional Information and Coordination Centre (CARICC)"): "ACRONYM X", as
        the conventions name a body of an organization; None when the name is not of that shape."""
        acronym = _ACRONYM.match(self.text, end + 1) if self.text[end : end + 1] == " " else None
        if acronym is None:
            return None
        for of in _OF_THE.finditer(self.text, head, end):
            if self.known_spans.contains(of.end()):
                if self.known_spans.overlaps(start, of.start()) or self.known_spans.furthest_end(of.end(), end) != end:
                    return None  # the complement is not one known organization, from "of the" to the end
                return f"{acronym.group('acr')} {self.text[start : of.start()]}"
        return None

    def _known_before(self, start: int, head: int, end: int) -> bool:
        """Whether an English name opens with a known organization and goes on with a head of its
        own ("the EAPCCO Council of Police Chiefs", "the ASEANAPOL Secretariat"): a body of that
        organization, the English form of the conventions' "X of ORG", named as well as it."""
        first = self.known_spans.furthest_end(start, start + 1)
        return (
            first is not None
            and not self.known_spans.contains(start - 1)
            and first <= head
            and not self.known_spans.overlaps(first, end)
            # a bare head after the organization ("the EUROPOL Office") is a place or a service of it;
            # a qualifier or a complement names a body ("the INTERPOL Regional Bureau")
            and len(self.text[first:end].split()) >= 2
        )

    def _acronym_after(self, words: list[tuple[int, str]]) -> bool:
        """Whether an acronym in parentheses follows the run of capitalised words."""
        end = words[-1][0] + len(words[-1][1])
        return bool(_RUN_ACRONYM.match(self.text, end))

    def _secretariat_of_known(self, words: list[tuple[int, str]], start: int, i: int, last: int) -> bool:
        """Whether the name is a known organization's secretariat ("the AFRIPOL Secretariat"): a body
        of its own, named as well as the organization."""
        if key(words[i][1]) != "secretariat" or last != i or i == start:
            return False
        known_end = self.known_spans.furthest_end(words[start][0], words[start][0] + 1)
        return known_end == words[i - 1][0] + len(words[i - 1][1])

    def _patterns(self) -> None:
        lowered = self.text.lower()
        ministry = "minist" in lowered
        police = _written(lowered, ("police", "gendarmerie", "garde civile"))
        media = _written(lowered, _MEDIA_WORDS)
        for m in _MINISTRY.finditer(self.text) if ministry else ():
            nat = m.group("nat")
            if nat and key(nat) not in NATIONALITIES:
                continue
            self._add(m.start(), m.end(), "ministry", 0.85, name=_ministry_in_english(m.group(), nat))
        for m in _NATIONAL_POLICE.finditer(self.text) if police else ():
            if key(m.group("nat")) in NATIONALITIES:
                self._add(m.start(), m.end(), "police", 0.85)
        for m in _POLICE_OF.finditer(self.text) if police else ():
            place = m.group("place")
            if place and key(place) not in PLACES:
                place = place.split()[0] if key(place.split()[0]) in PLACES else None
                end = m.start("place") + len(place) if place else None
            else:
                end = m.end()
            forces = m.group().lower().startswith("forces")
            if (place and end) or (m.group("nat") and forces and key(m.group("nat")) in NATIONALITIES):
                self._add(m.start(), end, "police", 0.8)
        government = ("overnment" in lowered or "ouvernement" in lowered) and _written(self.text, _GOVERNMENT_WORDS)
        for m in _GOVERNMENT.finditer(self.text) if government else ():
            self._add(m.start(), m.end(), "government", 0.8)
        regional = ("egional" in lowered or "égional" in lowered) and _written(self.text, _REGIONAL_OFFICE_WORDS)
        for m in _REGIONAL_OFFICE.finditer(self.text) if regional else ():
            if key(m.group("city")) in PLACES:
                self._add(m.start(), m.end(), "office", 0.8)
        if media and _written(self.text, _APPOSITION_WORDS):
            self._media_appositions()
        for m in _media_matches(self.text, lowered) if media else ():
            name = m.group("name")
            words = name.split()
            while words and key(words[-1]) in _FUNCTION_OR_PLACE:
                words.pop()
            if not words or key(" ".join(words)) in PLACES:
                continue
            name = " ".join(words)
            start = m.start("name")
            self._add(start, start + len(name), "media", 0.85)
            self._repeats(name, "media")

    def _media_appositions(self) -> None:
        for m in _MEDIA_APPOSITION.finditer(self.text):
            words = m.group("name").split()
            # "Selon X, le quotidien …", "Soutenez X, le média …": a preposition or a call to the reader
            while len(words) > 1 and (key(words[0]) in _FUNCTION_OR_ROLE - _ARTICLE_KEYS or words[0].endswith("ez")):
                words.pop(0)
            name = " ".join(words)
            if key(name) in PLACES or key(name) in _FUNCTION_OR_ROLE:
                continue  # "Dakar, le quotidien …": a place
            self._add(self.text.rfind(words[0], m.start("name"), m.end("name")), m.end("name"), "media", 0.8)

    def _repeats(self, name: str, cue: str) -> None:
        for r in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", self.text):
            self._add(r.start(), r.end(), cue, 0.75)

    def _datelines(self) -> None:
        for m in _DATELINE_CODE.finditer(self.text):
            before = self.text[line_start(self.text, m.start()) : m.start()]
            after_dash = m.group().rstrip().endswith(("–", "—", "-"))
            alone = not before.strip() or before.rstrip().endswith((".", "»", '"'))
            code = m.group("code")
            if code[1:].islower() and not (after_dash and _WIRE_CITY.match(before)):
                continue  # an agency's name in letters ("(Reuters)") only in a wire's dateline
            if code[1:].islower() and (is_country_name(code) or find_places(code)):
                continue  # "VALENCE (Espagne) –": the place's country, not an agency
            if (after_dash and len(before) <= 80) or alone:
                self._add(m.start("code"), m.end("code"), "agency", 0.85, acronym=code if code.isupper() else None)
        for m in _DATELINE_OUTLET.finditer(self.text, 0, _DATELINE_REACH):  # a dateline opens the story
            name = m.group("name")
            if find_dates(m.group("date")) and not is_country_name(name) and not find_places(name):
                self._add(m.start("name"), m.end("name"), "media", 0.8)

    def _credit_lines(self) -> None:
        """Outlets credited on a line of their own or at the head of one (`text.outlets`): "Sahel
        Times Staff", "AFP/LPJ", "Nile Online , Monday 3 Mar 2025", "Delta News/ The ministers …"."""
        pos = 0
        lines = self.text.split("\n")
        closing = len(lines) - next((i for i, line in enumerate(reversed(lines)) if line.strip()), 0) - 3
        for n, line in enumerate(lines):
            start = pos + len(line) - len(line.lstrip())
            pos += len(line) + 1
            if start == pos - 1:
                continue  # a blank line (a paragraph's break) credits no one: no test below takes it
            # a credit closes the article (not a headline or a subhead), or credits the outlet's staff
            if len(line) <= 80 and (n >= closing or staff_credit(line)):
                at = start
                names = credit_line_outlets(line)
                # On a line of codes only, a code the knowledge base does not know is the writers'
                # initials beside a known agency ("GNA/EB"), when of two letters ("ANP/IM") or among
                # three codes or more ("MK/ASG/OID"); two unknown codes of a wire pair are agencies
                spans = [(at := self.text.index(name, at), at := at + len(name)) for name in names]
                known = [self.known_spans.overlaps(s, e) for s, e in spans]
                codes = all(name.isupper() and " " not in name for name in names)
                for name, (s, e), is_known in zip(names, spans, known, strict=True):
                    initials = codes and (any(known) or len(name) <= 2 or len(names) >= 3)
                    if not (initials and not is_known):
                        self._add(s, e, "media", 0.8, acronym=name if name.isupper() else None)
            byline = _BYLINE_OUTLET.match(line)
            if byline and _outlet_after_byline(byline.group("outlet")):
                at = start + byline.start("outlet") - (len(line) - len(line.lstrip()))
                self._add(at, at + len(byline.group("outlet")), "media", 0.8)
            name = outlet_opening_line(line)
            if name:
                self._add(start, start + len(name), "media", 0.8)
            elif len(line) <= 90 and (name := outlet_after_date(line)):
                at = self.text.index(name, start)
                self._add(at, at + len(name), "media", 0.8)

    # -- Arabic ---------------------------------------------------------------------------------------
    def _arabic(self) -> None:
        for m in _AR_POLICE.finditer(self.text):
            if akey(m.group("nat")) in _AR_CONTINENTAL:
                continue  # "أجهزة الشرطة الإفريقية": the police services of a continent, no one body
            if akey(m.group("nat")) in AR_NATIONALITIES:
                forces = _AR_FORCES_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
                if forces and m.group().startswith("الشرطة"):
                    # "لقوات الشرطة السودانية": the forces of the police are its name
                    name = self.text[forces.start("word") : m.end()]
                    self._add(forces.start(), m.end(), "police", 0.85, name=name)
                else:
                    self._add(m.start(), m.end(), "police", 0.85, name=_ar_clean(m.group()))
            elif end := _ar_police_of_place(self.text, m.start("nat")):
                self._add(m.start(), end, "police", 0.85, name=_ar_clean(self.text[m.start() : end]))
        for m in _AR_MINISTRY.finditer(self.text):
            end = m.end("port") if not m.group("where") else m.end("where")
            where = m.group("where") or ""
            if where and not any(akey(w) in AR_PLACES for w in where.split()):
                end = m.end("port")
            start = m.start() + len(m.group("clitic") or "")
            surface = self.text[m.start() : end]
            self._add(m.start(), end, "ministry", 0.85, name=self.text[start:end] if start != m.start() else surface)
        for m in re.finditer(r"\((?P<alias>[\u0621-\u064a][\u0621-\u064a\s]{2,30})\)", self.text):
            # a name never spans a line or a date: "…\nالرباط 14 مارس (ومع)"
            before = _after_name_break(self.text[max(0, m.start() - 120) : m.start()])
            toks = list(_AR_TOKEN.finditer(before))
            head = None
            for t in reversed(toks[-10:]):
                if not t.group()[0].isalnum():
                    break
                k = akey(t.group())
                if k[:1] in {"و", "ف"} and (k[1:] in _AR_HEADS or "ال" + k[3:] in _AR_HEADS):
                    head = t  # "…، ووكالة الاتحاد …": a conjunction opens this name
                    break
                if (
                    k in _AR_HEADS
                    or (len(k) > 3 and k[1:] in _AR_HEADS)
                    or (k.startswith("لل") and "ال" + k[2:] in _AR_HEADS)
                ):
                    head = t
            if head is not None:
                start = m.start() - len(before) + head.start()
                surface = self.text[start : m.start()].rstrip()
                if len(surface.split()) >= 2:
                    self._add(
                        start,
                        start + len(surface),
                        "acronym",
                        0.85,
                        name=_ar_clean(surface),
                        acronym=m.group("alias").strip(),
                    )
        for m in _AR_SERVICE.finditer(self.text) if "مصلحة" in self.text else ():
            end = m.end()
            for w in islice(_AR_WORDS.finditer(self.text, end), 2):  # "… لمكافحة المخدرات"
                k = akey(w.group())
                if self.text[end : w.start()].strip() or not k.startswith("ال") or k in _AR_NAME_STOPS:
                    break
                if k in _AR_PERSON_WORDS or k in _AR_NOT_IN_NAMES:
                    break
                end = w.end()
            self._add(m.start(), end, "head", 0.8, name=_ar_clean(self.text[m.start() : end]))
        for m in _AR_DEPARTMENT.finditer(self.text) if ("مدير" in self.text or "رئيس" in self.text) else ():
            end = last = m.end("first")
            for w in islice(_AR_WORDS.finditer(self.text, last), 3):  # "… ومراقبة الحدود", "… الدولي"
                k = akey(w.group())
                if self.text[last : w.start()].strip() or k in _AR_NAME_STOPS:
                    break
                if k.startswith("ال"):
                    if k in _AR_PERSON_WORDS:
                        break  # a rank opens its director's name: "مدير إدارة مكافحة المخدرات العميد …"
                    end = last = w.end()
                elif k[:1] == "و" and k[1:3] != "ال" and len(k) > 3:
                    last = w.end()  # "ومراقبة": the name goes on only if a definite word follows
                else:
                    break
            self._add(m.start("head"), end, "head", 0.8, name=_ar_clean(self.text[m.start("head") : end]))
        if "الوطني" in self.text:
            for m in _AR_NATIONAL_FORCE.finditer(self.text) if "درك" in self.text or "حرس" in self.text else ():
                self._add(m.start(), m.end(), "police", 0.8, name=_ar_clean(m.group()))
            for m in _GOVERNMENT.finditer(self.text) if "حكومة" in self.text else ():
                # "بحكومة الوحدة الوطنية الليبية": the country's adjective closes the name
                after = _AR_NEXT_WORD.match(self.text, m.end())
                end = after.end() if after and akey(after.group(1)) in AR_NATIONALITIES else m.end()
                self._add(m.start(), end, "government", 0.8, name=_AR_CLITIC.sub("", self.text[m.start() : end]))
        self._arabic_bodies_of_known()
        for start, end in _arabic_named_bodies(self.text):
            self._add(start, end, "head", 0.75, name=_ar_clean(self.text[start:end]))

    def _arabic_bodies_of_known(self) -> None:
        """A secretariat, an office or a programme in construct with a known organization ("أمانة
        أسيانابول", "برنامج قطاع الأمن في إيغاد"): the conventions' "X of ORG", found beside it."""
        for start, end in self.known_list:
            # the match ends on white space and holds a head: most known names have neither before them
            if not (start and self.text[start - 1].isspace()):
                continue
            if not _written(self.text[max(0, start - 40) : start], _AR_BODY_HEADS):
                continue
            m = _AR_BODY_BEFORE_KNOWN.search(self.text, max(0, start - 40), start)
            if m is None or self.known_spans.overlaps(m.start(), m.end()):
                continue
            words = m.group("words").split()
            if any(akey(w) in _AR_NAME_STOPS for w in words):
                continue
            if words and akey(words[-1]) in _AR_DEPENDENT:
                # "برنامج قطاع الأمن التابع للهيئة …": the body's name stops before "التابع"
                close = m.start() + self.text[m.start() : start].rstrip().rfind(words[-1])
                self._add(m.start(), close, "head", 0.8, name=_ar_clean(self.text[m.start() : close].strip()))
                continue
            self._add(m.start(), end, "head", 0.8, name=_ar_clean(self.text[m.start() : end]), of_known=True)

    def find(self) -> list[OrgMention]:
        if self.language == "ar":
            self._arabic()
        else:
            self._acronyms()
            self._patterns()
            if self.language == "en":
                self._english_runs()
            else:
                self._french_heads()
                self._french_bodies_of_known()
        for service in service_spans(self.text, self.language):
            self._add(service.start, service.end, "service", 0.8, name=service.name)
        self._datelines()
        self._credit_lines()
        self.found = [
            o
            for o in self.found
            if not _a_system(o.name)
            and not _PROJECT_AFTER.match(self.text, o.end)
            and not (key(o.name.split()[0]) in WORDS_BEFORE_MINISTER and _MINISTER_AFTER.match(self.text, o.end))
            and not self._minister_of(o)
            and not _cut_before_its_complement(o.name)
        ]
        return sorted(self._short_forms(), key=lambda o: o.start)

    def _minister_of(self, o: OrgMention) -> bool:
        """Whether a name is a minister's portfolio after the title ("its Minister of Internal
        Administration", "ministre de l'Administration territoriale"), not a body: its first word no
        head noun ("Minister of the Council …" is rare; "Ministry of …" is the body)."""
        before = _MINISTER_OF_BEFORE.search(self.text, max(0, o.start - 24), o.start)
        return before is not None and key(o.name.split()[0]) not in ORG_HEADS

    def _short_forms(self) -> list[OrgMention]:
        """A name that another of the article's names continues with a head noun or a nationality
        names the same body ("Sudan Police" after "the Sudan Police Force", "la Police nationale"
        after "la Police nationale malienne"): it takes the longer name."""
        longer: dict[str, str] = {}
        for o in self.found:
            short, _, last = o.name.rpartition(" ")
            if short and (last in _TRAILING_HEADS or key(last) in NATIONALITIES):
                longer.setdefault(short, o.name)
            # "the National Police" after "the National Police of Panama"
            if of := _OF_PLACE.search(o.name):
                longer.setdefault(o.name[: of.start()], o.name)
        return [replace(o, name=longer[o.name]) if o.name in longer else o for o in self.found]


# What a body runs is no body: "the AFRIPOL Secure Communication System (AFSECOM)", "la plateforme
# …", "منظومة الاتصال الآمن".
_SYSTEM_LAST = frozenset(map(key, ("System", "Systems", "Platform", "Database", "Portal", "Software")))
_SYSTEM_FIRST = frozenset(map(key, ("Système", "Systeme", "Plateforme", "Portail", "Logiciel", "Base")))
_AR_SYSTEM_FIRST = frozenset(akey(w) for w in ("منظومة", "نظام", "منصة", "قاعدة", "بوابة"))


# "the EU-funded EUROMED Police project": the name of a project, which is no body.
_PROJECT_AFTER = re.compile(r"[ \u00a0]+(?:project|programme|program)\b")


# A French infinitive (first group, and a few of the others) after a bare "de": the task given to a body.
_INFINITIVE = re.compile(r"(?:[a-zàâçéèêëîïôûùüÿœ]{3,}er|mettre|promouvoir|poursuivre|établir|définir|suivre)$")
_SECOND_BODY_HEADS = _HEADS | frozenset(map(key, ("services", "service", "unités", "unité", "forces", "douanes")))


def _cut_before_its_complement(name: str) -> bool:
    """A name ending where a title cannot end either ("Centre européen chargé de", "Office for", "X and"):
    cut before its complement, no body's whole name."""
    words = name.split()
    return len(words) > 1 and (key(words[-1]).rstrip("'’") in DANGLING_WORDS or bool(ENDS_WITH_JOINER.search(name)))


# "Interior and National Administration Cabinet Secretary X": a portfolio before its minister's title,
# which names no body (the corpus conventions: a portfolio creates no organization).
_MINISTER_AFTER = re.compile(r"[ \u00a0]+(?:Cabinet[ \u00a0]+Secretary|Minister|Secretary)\b")
_MINISTER_OF_BEFORE = re.compile(
    r"\b(?:[Mm]inisters?|[Mm]inistres?)[ \u00a0]+(?:of|for|de|des|du)[ \u00a0]+(?:the[ \u00a0]+|l['’]|la[ \u00a0]+)?$"
)


def _a_system(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    first = words[0]
    return (
        key(words[-1]) in _SYSTEM_LAST
        or key(first) in _SYSTEM_FIRST
        or akey(first.removeprefix("ال")) in _AR_SYSTEM_FIRST
    )


def ministry_named_further(text: str, start: int, end: int) -> bool:
    """Whether the ministry named at [start, end) ("ministère de l'Intérieur", "Ministry of Interior",
    a name the knowledge base knows) goes on with more of its portfolio ("… et des Municipalités",
    "… and Municipalities"): the longer name is another ministry's, found by its cues."""
    surface = text[start:end].casefold()
    if surface.startswith(("ministère", "ministere")):
        m = _MINISTRY.pattern.match(text, start)
        return bool(m) and m.end() > end
    if surface.startswith("ministry"):
        m = _AND_PORTFOLIO.match(text, end)
        first = key(m.group("words").split()[0]) if m else ""
        return bool(m) and first not in _HEADS and first not in ORG_HEADS  # "and Interpol …" opens a body
    return False


# More of an English ministry's portfolio: " and Municipalities", " and Local Government".
_AND_PORTFOLIO = re.compile(r"[ \u00a0]+and[ \u00a0]+(?P<words>[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*){0,2})\b")


def find_organizations(text: str, language: str, known_spans: Sequence[tuple[int, int]] = ()) -> list[OrgMention]:
    """Organizations named in `text` that are not inside `known_spans`: INTERPOL's bureaus named with
    their city (`bureaus`), then what the finder reads outside them."""
    bureaus = [
        b for b in city_bureaus(text) if not any(start <= b.start and b.end <= end for start, end in known_spans)
    ]
    if not bureaus:
        return OrgFinder(text, language, known_spans).find()
    found = OrgFinder(text, language, [*known_spans, *((b.start, b.end) for b in bureaus)]).find()
    return sorted([*found, *bureaus], key=lambda mention: mention.start)
