"""Persons in Latin-script text (French, English): capitalised runs read together with their cues.

A capitalised run ("Italian Interior Minister Luciana Lamorgese", "M. Ben Ali Koman", "Sidi Ifni Hassan
Sadki") is split into what precedes the name (honorifics, ranks, titles, nationality words, places,
acronyms, sentence openers) and the name itself. The run is kept as a person only on evidence: an
honorific or royal style, a rank, a title in apposition or attached, a title after a comma, a
nationality noun, a byline or photo credit, the agent of a passive, a reporting verb, or a common
given name opening a two-word name. A lone surname needs a cue of its own, or must repeat the surname
of a full name found in the same text (second pass). Everything is compiled once at import; the work
per article is a handful of regex scans and a few dozen runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from people.discovery.candidates import SINGLE_TOKEN_CUES, Candidate, build_mentions, make_mention
from people.discovery.roles import RoleBefore, latin_role_after, latin_role_before
from people.discovery.types import PersonMention
from people.lexicon import (
    FACILITY_WORDS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    MONTHS,
    NASAB,
    NATIONALITIES,
    OPENING_PARTICLES,
    ORG_HEADS,
    PARTICLES,
    PLACES,
    RANKS,
    ROLE_HEADS,
    ROYAL_TITLES,
    SHEIKH_STYLES,
    STYLES_GIVEN_BEFORE_NASAB,
    TITLE_FIELD_WORDS,
    TITLE_WORDS,
    key,
    words,
)
from people.name_keys import family_name_first
from text.credits import after_agency_code, credit_post, credited_after, signature_name
from text.dates import find_dates
from text.places import city_named, is_country_name
from text.scanning import UPPER, SpanIndex, capitals, line_start, matches_at
from text.sentences import Sentences

_UC = f"[{re.escape(UPPER)}]"
_LET = r"[^\W\d_]"
_CAPWORD = rf"(?![LDJ]['’]|Qu['’]){_UC}{_LET}*(?:[-'’]{_LET}+)*"
_INITIAL = rf"{_UC}\.-?[ \u00a0]?"  # "A. ", "J.-M. ", "M.A. "
_PART = "|".join(sorted(PARTICLES, key=len, reverse=True))
_SEP = r"[ \u00a0]"
# A run of capitalised words, with initials ("A.Gadrouz") and lowercase particles ("bin", "de", "von").
# An Arabic article glued to the next word in lower case: "Abd al-Latif", "Abu Bakr al-Baghdadi".
_GLUED_ARTICLE = r"(?:al|el|ad|ed|ar|as|ash|at|az|an|ud|ul)-"
_RUN = re.compile(
    rf"(?<![\w.\-])(?:{_INITIAL})*{_CAPWORD}"
    rf"(?:{_SEP}(?:(?:{_PART}){_SEP})*(?:{_INITIAL})*(?:{_GLUED_ARTICLE})?{_CAPWORD})*"
)
_TOKEN = re.compile(r"\S+")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w\-'’]*)[ \u00a0]$")
_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_][\w\-'’]*)")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3}|XIV|XV)$")
_POSSESSIVE = ("'s", "’s")
# An initial opening a name, alone or glued to the surname: "A. Bennis", "A.Bennis".
_INITIALED = re.compile(rf"^(?:{_UC}\.-?){{1,3}}(?:{_UC}{_LET}+)?$")  # "A.", "J.-M.", "M.A.", "A.Bennis"
# A name of initials only, as credits sign ("E.D", "L. B", the period after the run not in it).
_ONLY_INITIALS = re.compile(rf"^(?:{_UC}\.[ \u00a0]?){{1,2}}{_UC}$")
# A surname in capitals, particles and double names included ("AÏT LAHCEN", "EL-KHATIB", "N'DIAYE").
_CAPITALS_WORD = re.compile(rf"^{_UC}+(?:[-'’]{_UC}+)*$")
# A line that is only an initialled name: a credit line ("A.Bennis", "M.A. Kettani", "C. A. Ould Sidi"),
# an agency it wrote with after it in brackets ("… (avec AMI)").
_INITIALS_LINE = re.compile(
    rf"^(?:{_UC}\.-?[ \u00a0]?){{1,3}}(?:(?i:{_PART}|aït)[ \u00a0-])?{_UC}{_LET}+(?:[-'’]{_LET}+)?"
    r"(?:\s*\((?:avec|with)\s[^()]{1,40}\))?$"
)

# Styles before a royal title, kept in the surface: "Sa Majesté le Roi", "SM le Roi", "His Majesty King".
_ROYAL_STYLE = re.compile(
    r"(?:(?:Sa|Son|His|Her)\s+(?:Majesté|Majesty|Altesse(?:\s+Royale)?|(?:Royal\s+)?Highness)|S\.\s?M\.|SM|"
    r"S\.A\.R\.|SAR|HM|HRH)\s+(?:(?:le|la|the)\s+)?$"
)
_HONORIFIC_LEFT = re.compile(r"(?:^|[\s(])(M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Me)[ \u00a0]+$")
_RANK_LEFT = re.compile(
    r"(?:^|\s)(?:(?:le|la|du|au|l['’])\s*)?(général-major|générale? de corps d['’]armée|générale? de division|"
    r"générale? de brigade|générale?|colonel-major|lieutenante?-colonel(?:le)?|colonel(?:le)?|commandante?|"
    r"capitaine(?: de (?:vaisseau|frégate|corvette))?|(?:contre-|vice-)?amiral|"
    r"contrôleur général|commissaire divisionnaire|inspecteur général|préfet de police|wali de sûreté|"
    rf"{'|'.join(sorted(SHEIKH_STYLES))}|prince|princesse|princess|émir|emir|roi|reine|sultan|"
    # English ranks, abbreviated with or without their periods: "Maj. Gen.", "Lt Gen", "Brig.", "Col."
    r"(?:lt\.?|lieut\.?|maj\.?|brig\.?|major|lieutenant|brigadier)[ \u00a0]*gen(?:\.|eral)?|"
    r"(?:lt\.?|lieutenant)[ \u00a0]*col(?:\.|onel)?|colonel general|gen\.|col\.|capt\.|brig\.|brigadier|"
    r"captain|commodore|(?:rear |vice )?admiral|field marshal|"
    # "Ambassador X" styles a former envoy as a rank does: a function in apposition before it is the role
    r"ambassadeur|ambassadrice|ambassador)"
    # a nationality may follow the rank: "la générale colombienne X", "le colonel malien X"
    r"(?:[ \u00a0]+(?P<nationality>(?-i:[a-zà-ÿ])[^\W\d_]*(?:-[^\W\d_]+)?))?[ \u00a0]+$",
    re.IGNORECASE,
)
_ROYAL_WORDS = SHEIKH_STYLES | words("prince princesse princess emir roi")
_CREDIT = re.compile(
    r"^\W*(?:Cr[ée]dits?\s+photos?|Photos?|Image|Illustration|Vid[ée]o|Video|Caricature|©)"
    r"(?:\s+d['’]archives?)?\s*:?\s*(?:©\s*)?(?:[^\n:/|]{1,40}/\s*)?$",
    re.IGNORECASE,
)
# Last words that the left-context regexes can end on: they run only when one of these is there.
_ROYAL_STYLE_LAST = words("le la the Majesté Majesty Highness Altesse Royale SM S.M. M. SAR S.A.R. HM HRH")
_HONORIFIC_LAST = words("M. MM. Mme Mmes Mlle Dr Dr. Pr Pr. Mr Mr. Mrs Mrs. Ms Ms. Me")
_RANK_LAST = SHEIKH_STYLES | words(
    "général-major général générale d'armée d’armée division brigade colonel-major lieutenant-colonel colonel "
    "lieutenante-colonelle colonelle commandant commandante "
    "capitaine amiral divisionnaire police sûreté "
    "prince princesse princess émir emir "
    "roi reine sultan gen gen. general col col. colonel capt. captain brig. brigadier commodore admiral marshal "
    # naval ranks: "le contre-amiral X", "l'amiral X", "le capitaine de vaisseau X"
    "contre-amiral vice-amiral l'amiral l’amiral vaisseau frégate corvette "
    "ambassadeur ambassadrice ambassador"
)
# A capitalised word right after "des", "du", "de la", "aux", "à la" is a title's or a body's word.
_PORTFOLIO_LEFT = re.compile(r"(?:\b(?:des|du|aux)|\bde la|\bà la)[ \u00a0]$")
_CHAIN_CUES = frozenset({"honorific", "royal", "rank"})
# "Peace| and Security" after "Commissioner for Political Affairs, ": more of a portfolio list.
_PORTFOLIO_GOES_ON = re.compile(r"[ \u00a0]+(?:and|et|&)[ \u00a0]+[A-Z]")
# "and" and the capitalised words of a title's last portfolio, up to the comma: " and Transport,".
_PORTFOLIOS_TO_COMMA = re.compile(r"[ \u00a0]+(?:and|et|&)[ \u00a0]+[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,3}")
_COUNTRY_TO_COMMA = re.compile(
    r"[ \u00a0]+(?:of|de|du|des)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+|l['’])?[A-Z][\w'’-]*"
    r"(?:[ \u00a0]+(?:of[ \u00a0]+|de[ \u00a0]+)?[A-Z][\w'’-]*){0,5},"
)
_AGENT_LAST = frozenset({"par", "by", "selon", "to"})
_DETERMINER_LEFT = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux|the)[ \u00a0]+|\b[lLdD]['’])$")
_AGENT = re.compile(r"(?:^|\s)(?:par|by|selon|according to)\s+$", re.IGNORECASE)
_VERB_AFTER = re.compile(
    r"^,?\s+(?:(?:a|avait|aurait|a-t-il|ont)\s+(?:\w+\s+)?(?:déclaré|souligné|indiqué|affirmé|estimé|précisé|ajouté|"
    r"noté|relevé|expliqué|rappelé|annoncé|salué|plaidé|insisté|assuré|exprimé|présenté|reçu|remercié|appelé|"
    r"évoqué|formulé|qualifié|félicité|présidé|ouvert|conduit|dirigé|participé|pris|mis|fait|signé|déploré|"
    r"dénoncé|confié|confirmé|réaffirmé|réitéré|répondu|averti|mis en garde)|(?:said|told|added|noted|stressed|"
    r"thanked|warned|announced|welcomed|described|urged|called|chaired|opened|led|addressed|says|explained|"
    r"recalled|praised|pointed|underlined|emphasized|emphasised|declared|stated|signed|met|received|presided|"
    r"presented|outlined|highlighted|proposed|delivered|spoke))\b"
)
# English says "who" of persons only: "Abdourahman Houmed Ali, who heads the centre, said …".
# A verb of succession right before a name: its object is the official whose office passes on.
_SUCCESSION_PHRASES = (
    *("replaces", "replaced", "replacing", "succeeds", "succeeded", "succeeding", "takes over from", "took over from"),
    *("remplace", "remplaçant", "remplacé", "succède à", "succédant à", "succédé à", "en remplacement de"),
    "à la place de",
)
_SUCCEEDS = re.compile(r"\b(?:" + "|".join(map(re.escape, _SUCCESSION_PHRASES)) + r")[ \u00a0]+$")
# Words of the things a text says are replaced (a body, a plan, a law), never of an official's name.
_REPLACED_THINGS = (
    ORG_HEADS
    | FACILITY_WORDS
    | frozenset(
        key(w)
        for w in [
            "operation",
            "system",
            "act",
            "law",
            "decree",
            "directive",
            "mechanism",
            "regulation",
            "platform",
            "code",
        ]
    )
)
# The last words of the succession phrases: `_SUCCEEDS` is run only after one of them.
_SUCCEEDS_LAST = frozenset(phrase.split()[-1] for phrase in _SUCCESSION_PHRASES)
_WHO_AFTER = re.compile(r"^,[ \u00a0]+who[ \u00a0]")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INITIAL = re.compile(r"[A-Z]\.?")
# Auxiliaries that open an English question and are given names too ("Can", "Will", "May").
_AUXILIARIES = frozenset(map(key, ("can", "will", "may", "shall", "should", "could", "would", "might", "must")))
_AFFILIATION_AFTER = re.compile(
    r"[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’\-]*(?:[ \u00a0]+[A-Z][\w'’\-]*){0,3}"
)
# Words that close a name run in English headlines and captions without being part of the name.
_MAX_NAME_TOKENS = 6  # words of a name besides its particles
_PATRONYMIC = frozenset({"bin", "ben", "ibn", "bint", "ould", "mint"})  # (Mauritanian "Mint": daughter of)
# Heads of the names of events and distinctions ("Police Excellence Awards"): never a name's word.
_EVENT_WORDS = frozenset(
    map(
        key,
        words(
            "Awards Prizes Summits Conferences Forums Conventions Meeting Meetings Symposium Seminar Séminaire "
            "Colloque Workshop Exhibition Expo Salon Olympics Championships Cups Games Ceremony Gala Dialogue "
            "Days Week Challenge"
        ),
    )
)
# One-word runs that can never be a name by themselves: skipped before any analysis.
_NEVER_ALONE = (FUNCTION_WORDS - GIVEN_NAMES) | MONTHS | PLACES | ORG_HEADS | FACILITY_WORDS


# A title and its "of" right before a body's name: "Director of the ", "Directeur de la ", "Head of ".
_TITLE_OF_LEFT = re.compile(r"\b([^\W\d_]+)\s+(?:of|de|du|des)(?:\s+(?:the|la|le)\s+|\s+l['’]|\s+)$")


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int
    key: str = field(init=False)  # looked up several times per token

    def __post_init__(self) -> None:
        self.key = key(self.text.rstrip("."))


def _last_word(text: str) -> str:
    parts = text.rsplit(None, 1)
    return parts[-1] if parts else ""


def _place_name(name: str) -> bool:
    """Whether a name is a country's or a city's in the gazetteer."""
    return is_country_name(name) or city_named(name) is not None


def _is_acronym(text: str) -> bool:
    return len(text) > 1 and text.isupper() and not _ROMAN.match(text) and not _INITIALED.match(text)


def _phrase(tokens: Sequence[_Token], i: int, n: int) -> str:
    """The key of n tokens read as one phrase, each without its abbreviation's period ("Pol. Lt. Gen.")."""
    return " ".join([t.key for t in tokens[i : i + n]])


# The first word of every phrase of several words that `_prefix_kind` looks up: a token that opens
# none opens no such phrase, and its phrases are not built (most tokens of a run: a name's words).
_PHRASE_OPENINGS = frozenset(p.partition(" ")[0] for p in RANKS | PLACES | ROLE_HEADS | ROYAL_TITLES if " " in p)


# The first words of hyphenated titles: "Under-Secretary-General", "Vice-President", "Sous-Directeur".
_TITLE_PREFIXES = frozenset({"under", "vice", "deputy", "sous", "co"})


_WORD_BEFORE = re.compile(r"[^\W\d_]+$")


def _prefix_kind(tokens: Sequence[_Token], i: int) -> tuple[str | None, int]:
    """What tokens[i] (and maybe the next few) are when they stand before a name, and how many."""
    for n in (4, 3, 2) if tokens[i].key.partition(" ")[0] in _PHRASE_OPENINGS else ():
        if i + n <= len(tokens):
            p = _phrase(tokens, i, n)
            if p in RANKS:
                return "rank", n
            if p in PLACES:
                return "place", n
            if p in ROLE_HEADS or p in ROYAL_TITLES:
                return ("royal" if p in ROYAL_TITLES else "title"), n
    tok = tokens[i]
    k = tok.key
    if k in STYLES_GIVEN_BEFORE_NASAB and i + 1 < len(tokens) and tokens[i + 1].key in NASAB:
        return None, 0  # "Cheikh Ould Bilal": a Mauritanian "Ould" follows a given name, not a style
    if k in HONORIFICS:
        return "honorific", 1
    if _INITIALED.match(tok.text):
        return None, 0  # "A. Bennis", "A.Bennis": an initial opens the name
    if k in ROYAL_TITLES:
        return "royal", 1
    if k in RANKS:
        return "rank", 1
    if k in ROLE_HEADS or k in TITLE_WORDS:
        return "title", 1
    if k in NATIONALITIES:
        return "nationality", 1
    if " " in k and tok.text[:1].isupper() and all(w in TITLE_WORDS or w in _TITLE_PREFIXES for w in k.split()):
        return "title", 1  # "Under-Secretary-General for Counter-Terrorism"
    if k in PLACES:
        return "place", 1
    if _is_acronym(tok.text):
        return "acronym", 1
    if k in FACILITY_WORDS:
        return "facility", 1
    if k in ORG_HEADS:
        return "org", 1
    if (k in FUNCTION_WORDS or k in MONTHS) and k not in GIVEN_NAMES:
        return "function", 1
    return None, 0


def _split_prefix(
    tokens: list[_Token], *, after_rank: bool = False
) -> tuple[list[tuple[str, _Token]], list[_Token]] | None:
    """Split a run into its prefix (kind, token) pairs and its name tokens; None when the run is no name.
    `after_rank`: a rank or a courtesy title stands before the run ("le colonel Sultan …")."""
    prefix: list[tuple[str, _Token]] = []
    # "Senegal's Interior Minister …": a possessive closes the prefix.
    for j in range(len(tokens) - 2, -1, -1):
        if tokens[j].text.endswith(_POSSESSIVE):
            prefix = [("possessive", t) for t in tokens[: j + 1]]
            tokens = tokens[j + 1 :]
            break
    i = 0
    while i < len(tokens):
        kind, n = _prefix_kind(tokens, i)
        if kind is None or (kind == "royal" and _royal_word_is_given_name(tokens, i, n, prefix, after_rank)):
            break
        prefix.extend((kind, t) for t in tokens[i : i + n])
        i += n
    name = tokens[i:]
    if name and prefix and prefix[-1][0] == "facility" and not _holder_after_english_body(prefix, name):
        return None  # "Complexe Mohammed V": a place named after a person
    return prefix, name


def _holder_after_english_body(prefix: list[tuple[str, _Token]], name: list[_Token]) -> bool:
    """Whether a name after an English body's last word is its head's, not the body's namesake ("Director
    of the Police Academy Hassan Ali": English names an institution after a person before its noun, "the
    Hassan II Academy"; French after it, "l'Académie Hassan II"): a common given name and a surname."""
    return (
        prefix[-1][1].text in _ENGLISH_BODY_LAST
        and len(name) >= 2
        and name[0].key in GIVEN_NAMES
        and not _ROMAN.match(name[-1].text)
    )


_ENGLISH_BODY_LAST = frozenset({"Academy", "Institute", "University", "School", "Headquarters", "College"})
_NASAB_AND_ARTICLE = words("al el bin ben ibn ould")
_NASAB = words("bin ben ibn ould")


def _nasab_or_kunya(name: list[_Token]) -> bool:
    """Whether a name of three words or more holds a patronym after its first word whose father's name is
    a common given name ("Hamoud Ben Fayçal Al-Busaidi"), or a kunya (`_KUNYA`): a person's name, though
    its first word is no listed given name (a place "Ben Arous" has no word before the particle)."""
    if len(name) < 3:
        return False
    kunya = name[1].key in _KUNYA and name[0].key not in _PLACE_OPENERS
    return (name[1].key in _NASAB and name[2].key in GIVEN_NAMES) or kunya


# "Abou"/"Abu" after a first word: a family name that is a kunya ("Mourhaf Abou Qasra", "Talal Abu
# Ghazaleh"), a person's name whatever the first word ("Abou Dhabi" has no word before the particle),
# unless that word opens a place's name ("Port Abou Zenima", "Ras Abu Qamees").
_KUNYA = frozenset({"abou", "abu"})
_PLACE_OPENERS = frozenset(
    {"port", "ras", "oued", "wadi", "bir", "djebel", "jebel", "jabal", "tell", "cap", "mont", "mount", "lac"}
)


_STYLE_KINDS = frozenset({"royal", "honorific", "rank"})
# What opens a name's own run right after a known body: a title, a rank or a style ("… Commander of
# Lekhwiya Force Sheikh Khalifa bin Hamad …").
_AFTER_KNOWN_KINDS = _STYLE_KINDS | {"title"}
ROYAL_GIVEN_NAMES = ROYAL_TITLES & GIVEN_NAMES  # "Sultan"


def _royal_word_is_given_name(tokens: Sequence[_Token], i: int, n: int, prefix: list, after_rank: bool) -> bool:
    """Whether a royal title that is also a given name ("Sultan") opens the name instead: after a
    rank or a courtesy title, which a sovereign's title never follows ("Brigadier Sultan Said Al
    Mazroui", "M. Sultan …"), or right before a family name's particle, where a sovereign's given
    name would stand ("Sultan Al Mazroui"; "Sultan Haitham bin Tarik" keeps its title); `after_rank`:
    what stands before the run makes it a given name (`_given_name_first`)."""
    if n != 1 or tokens[i].key not in ROYAL_GIVEN_NAMES or i + 1 >= len(tokens):
        return False
    if prefix:
        after_rank = prefix[-1][0] in {"rank", "honorific"}
    return after_rank or tokens[i + 1].key.partition(" ")[0] in _NASAB_AND_ARTICLE


def _place_is_surname(out: list[_Token], tok: _Token, name: list[_Token]) -> bool:
    """Whether a place word closes the name as its surname: it follows a lone common given name and
    ends the capitalised run ("le commissaire Mourad Benslimane,"; many family names are towns'
    names), or a given name's initial ("Par K. Benslimane"). A place after a full name ("Abdellatif
    Hammouchi Rabat") or before more capitalised words is not read that way, nor is a place spelled
    with a space."""
    given = len(out) == 1 and (out[0].key in GIVEN_NAMES or _INITIAL.fullmatch(out[0].text) is not None)
    return given and tok is name[-1] and " " not in tok.key


def _org_head(k: str) -> bool:
    """A body's head noun, or its plural ("Offices", "Units")."""
    return k in ORG_HEADS or (k.endswith("s") and k[:-1] in ORG_HEADS)


# A plural title, then persons each after their nationality's adjective: "ses homologues jordanien X,
# irakien Y et syrien Z", up to the adjective before the name being read.
_LISTED_COUNTERPARTS = re.compile(
    r"\b(?:ses|leurs|les|des)\s+(?P<head>homologue|ministre|président|chef)s(?P<of>\s+d[’']État)?\s+"
    # (a comma may follow each adjective: "ses homologues tunisien, X, et libyen, Y")
    r"(?:[a-zà-ÿ]+,?\s+[A-ZÀ-Þ][^,;.()]{2,60}?(?:,?\s+et\s+|,\s*))*[a-zà-ÿ]+,?\s*$"
)
# English compound adjectives made on a name ("Abu Dhabi-based", "Saudi-led", "UN-backed", "Director General-level").
_COMPOUND_ADJECTIVE_ENDS = ("-based", "-led", "-backed", "-funded", "-sponsored", "-owned", "-run", "-level")


def _clean_name(name: list[_Token]) -> list[_Token] | None:
    """Trim what cannot end or sit inside a name; None when nothing name-like remains."""
    if name and name[-1].text.endswith(_POSSESSIVE):
        last = name[-1]
        name = [*name[:-1], _Token(last.text[:-2], last.start, last.end - 2)]
    out: list[_Token] = []
    for i, tok in enumerate(name):
        k = tok.key
        if k in FACILITY_WORDS or k in _EVENT_WORDS or (_org_head(k) and k not in GIVEN_NAMES):
            return None  # "Mohammed V University", "Fondation …", "Liaison Offices": an organization, not a person
        if " " in k and any(p in ORG_HEADS or p in PLACES for p in k.split()):
            return None  # "Interpol-Maroc", "DGSN-DGST"
        if tok.text.lower().endswith(_COMPOUND_ADJECTIVE_ENDS):
            return None  # "the Abu Dhabi-based body", "Moroccan-led": an adjective, no name's word
        after_patronymic = bool(out) and out[-1].key in _PATRONYMIC
        if k in PLACES and _place_is_surname(out, tok, name):
            out.append(tok)  # "Mourad Benslimane": a town's name is a family's name too
            continue
        if k in MONTHS and len(out) == 1 and family_name_first(f"{out[0].text} {tok.text}"):
            out.append(tok)  # "Dong Jun": a pinyin given name after a Chinese surname, no month
            continue
        # (nor "Rashid Sultan Al Khader": a given name that is a title too, between a given name and "Al …")
        in_chain = k in GIVEN_NAMES and i + 1 < len(name) and name[i + 1].key in ("al", "el")
        if (
            (k in ROLE_HEADS or k in TITLE_WORDS or k in PLACES or k in MONTHS)
            and out
            and not (after_patronymic or in_chain)
        ):
            break  # "Abdellatif Hammouchi Director General" ends there; "Khalid bin Sultan" does not
        if _is_acronym(tok.text) or (not tok.text.isalpha() and any(c.isdigit() for c in tok.text)):
            if out:
                break
            return None
        if _ROMAN.match(tok.text) and not out:
            return None
        out.append(tok)
        if _ROMAN.match(tok.text):
            break
    if len(out) < len(name) and any(t.key in FACILITY_WORDS for t in name[len(out) : len(out) + 3]):
        return None  # "the Abdelatif Rahal International Conference Centre": a building's eponym
    while out and out[-1].key in OPENING_PARTICLES:
        out.pop()
    core = sum(1 for t in out if t.key not in PARTICLES)  # Gulf chains: "Saif bin Zayed bin Sultan Al Nahyan"
    if not out or core > _MAX_NAME_TOKENS or all(t.key in PARTICLES for t in out):
        return None
    if len(out) == 1 and (len(out[0].text) < 3 or out[0].key in FUNCTION_WORDS or out[0].key in NATIONALITIES):
        return None
    return out


# A body's head and its "for"/"of" right before a run ("Center for ", "Institute of the "), and "and" then
# another body's capitalised name after it (" and Red Cross Organisation").
_BODY_HEAD_BEFORE = re.compile(
    r"\b([A-Z][\w'’-]*) (?:for|of|pour|de|du|des)(?: the| la| l['’]| les)? ?(?:[A-Z][\w'’-]* ){0,2}$"
)
_AND_BODY_AFTER = re.compile(r" (?:and|et) (?:[A-Z][\w'’-]* ){0,3}([A-Z][\w'’-]*)\b")


def _title_cased(line: str) -> bool:
    """Whether a line is written in title case: five words of four letters or more at least, each
    with its capital (a headline of English pages); a sentence capitalises only its names."""
    long_words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return len(long_words) >= 5 and all(w[0].isupper() for w in long_words)


class LatinPersonFinder:
    """One pass over one text; `find()` returns the mentions in text order."""

    def __init__(self, text: str, known_spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.known_spans = SpanIndex(known_spans)  # asked once per run of capitals
        self.sentences = Sentences(text)
        self.found: list[Candidate] = []
        self._left_rank: str | None = None  # a lower-case rank before the run being read

    def find(self) -> list[PersonMention]:
        for m in matches_at(_RUN, self.text, capitals(self.text)):  # a run opens with a capital
            run = m.group()
            if " " not in run and key(run) in _NEVER_ALONE:
                continue  # most runs: one sentence-initial word, a place, a month, an acronym-like head
            if not self.known_spans.overlaps(m.start(), m.end()):
                self._read_run(m.start(), m.end())
            else:
                self._read_after_known(m.start(), m.end())
        mentions = [
            m
            for m in build_mentions(self.text, self.sentences, self.found)
            if not self._headline_words(m) and not self._words_of_a_body(m)
        ]
        mentions.extend(self._surnames(mentions))
        return sorted(mentions, key=lambda p: p.start)

    def _words_of_a_body(self, mention: PersonMention) -> bool:
        """Capitalised words that go on a body's name: after its head and "for"/"of" ("Global Center for
        Combating Extremist Ideology", "Institute for International Political Studies"), or before "and" and
        another body's name ("Arab Red Crescent and Red Cross Organisation"); never from a given name on."""
        if key(mention.name.split()[0]) in GIVEN_NAMES:
            return False  # "… of the Ministry of Interior Ahmed Saleh": the body, then its officer
        before = _BODY_HEAD_BEFORE.search(self.text, max(0, mention.start - 60), mention.start)
        if before is not None and key(before.group(1)) in ORG_HEADS:
            return True
        after = _AND_BODY_AFTER.match(self.text, mention.end)
        return after is not None and key(after.group(1)) in ORG_HEADS

    def _headline_words(self, mention: PersonMention) -> bool:
        """A "name" read in a line written in title case ("Police Official Showcases Red Notice Record at
        Dubai Summit"), where every word has its capital and a capital says nothing: it is a name only
        with a given name first, or written again elsewhere in the text (the headline's person is the
        story's)."""
        first = mention.name.split()[0]
        if key(first) in GIVEN_NAMES or self.text.count(mention.name) > 1:
            return False
        start = line_start(self.text, mention.start)
        end = self.text.find("\n", mention.end)
        return _title_cased(self.text[start : end if end >= 0 else len(self.text)])

    def _ends_elided_place(self, token: _Token) -> bool:
        """Whether a run's first word closes a place's name after an elided "d'" ("Côte d'Ivoire")."""
        if self.text[token.start - 2 : token.start] not in ("d'", "d’"):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, token.start - 32), token.start - 3)
        return before is not None and _place_name(self.text[before.start() : token.end])

    def _read_after_known(self, start: int, end: int) -> None:
        """A run that holds a known organization ("Europol Executive Director Catherine De Bolle"): the
        part after the organization is read as a run of its own when it opens with a title word, the
        organization then being part of the title, or with a rank ("… of the Ministry of Interior Major
        General Nawaf …": the rank opens the name's own run)."""
        cut = self.known_spans.furthest_end(start, end) or end
        if self.text.startswith(_POSSESSIVE, cut):
            cut += 2  # "AFRIPOL's Executive Director Jalel Chelba": the body's possessive, then the title
        if cut >= end:
            return
        rest = _RUN.match(self.text, cut + 1) if self.text[cut : cut + 1] in (" ", "\u00a0") else None
        if rest is None or rest.end() != end:
            return
        first = _TOKEN.match(self.text, rest.start())
        tokens = [_Token(first.group(), first.start(), first.end())] if first else []
        if tokens and _prefix_kind(tokens, 0)[0] in _AFTER_KNOWN_KINDS:
            self._read_run(rest.start(), end)
        elif tokens and tokens[0].key in GIVEN_NAMES and self.text[first.end() : end].strip():
            # the body as the title, or its person: "le DGSN Karim Ben Ali", "UNODC's Helena Marchi",
            # "Director General of National Security Karim Ben Ali said" (a title the index knows as a body)
            self._read_run(rest.start(), end)
        elif tokens and len(self.text[rest.start() : end].split()) >= 2 and self._known_is_title(start, cut):
            # the same with a given name no list holds ("… of National Security Khelifa Ounissi said"): the
            # known words open with a title word, so two capitalised words after them are its holder's name
            self._read_run(rest.start(), end)

    def _known_is_title(self, start: int, end: int) -> bool:
        """Whether the known words open with a title word, or follow one and its "of" ("Director of the
        RATS Executive Committee Ulugbek Sharipov": the body's name is the title's complement)."""
        first = _TOKEN.match(self.text, start, end)
        if first is not None and _prefix_kind([_Token(first.group(), first.start(), first.end())], 0)[0] == "title":
            return True
        return self._title_of_before(start)

    def _title_of_before(self, start: int) -> bool:
        """Whether a title word and its "of" stand right before `start` ("Director of the ", "directeur de la ")."""
        before = _TITLE_OF_LEFT.search(self.text, max(0, start - 40), start)
        if before is None:
            return False
        return _prefix_kind([_Token(before.group(1), before.start(1), before.end(1))], 0)[0] == "title"

    # -- one run ------------------------------------------------------------------------------------
    def _read_run(self, start: int, end: int) -> None:
        tokens = [_Token(t.group(), start + t.start(), start + t.end()) for t in _TOKEN.finditer(self.text[start:end])]
        if tokens and self._ends_elided_place(tokens[0]):
            tokens = tokens[1:]  # "… of Côte d'Ivoire Alain Koffi Yao": the country's last word, not the name's first
        if self._credited_initials(tokens) or self._credited_capitals(tokens):
            return
        after_rank = bool(tokens) and tokens[0].key in ROYAL_GIVEN_NAMES and self._given_name_first(tokens)
        split = _split_prefix(tokens, after_rank=after_rank)
        if split is None:
            return
        prefix, name = split
        name = self._after_titles_field(start, prefix, name)
        if self._style_inside(name):
            # "Coastguard Commander Brigadier X", "Municipalities Minister X": a body's or a portfolio's
            # words, then the title or rank that opens the name
            self._read_from_style(name, end)
            return
        if not (name and self._surname_in_capitals(name)):
            name = _clean_name(name) if name else None
        if not name:
            self._read_from_style(tokens, end)
            return
        name_start, name_end = name[0].start, name[-1].end
        if self._spelled_by_acronym(name, end):
            return  # "the West African Police Information System (WAPIS)": a body's name, not a person's
        lone = len(name) == 1 and not _INITIALED.match(name[0].text)
        self._left_rank = None
        cues, surface_start, chain_start = self._left_cues(prefix, name_start)
        if not cues and self._caption_credit(name_start, name_end):
            cues.add("credit")
        if not lone and _INITIALED.match(name[0].text) and self._initials_line(name_start):
            cues.add("byline")  # a credit line of its own: "A.Bennis", "A. Bennis | 17/12/2025"
        if (chain_start == name_start or not cues & _CHAIN_CUES) and _PORTFOLIO_LEFT.search(
            self.text, max(0, name_start - 8), name_start
        ):
            return  # "ministre de l'Intérieur, des Collectivités locales": a title's word, not a name
        if lone and not cues & SINGLE_TOKEN_CUES and not self._title_may_precede(chain_start):
            return  # a lone capitalised word with nothing before it that could make it a person
        floor = self.sentences.bounds(name_start)[0]
        if self.found:
            floor = max(floor, self.found[-1].name_end)
        # a rank, a courtesy title or a royal style between role and name ("Secretary General of the Council
        # Dr. X", "Chairman of the Supreme Council of Naif Arab University … (NAUSS) Prince X"): the body
        # named in the role cannot run into the name
        ranked = any(kind in {"rank", "royal"} for kind, _ in prefix) or bool(cues & {"rank", "honorific", "royal"})
        given = len(name) > 1 and name[0].key in GIVEN_NAMES
        before = latin_role_before(self.text, chain_start, min(floor, chain_start), ranked=ranked, given=given)
        if before:
            if lone and not cues and self._portfolio_item(before.text, name_end):
                return  # "Commissioner for Political Affairs, Peace and Security, X": a portfolio's word
            if not cues and before.apposition and name[0].key not in GIVEN_NAMES and self._last_portfolios(name_end):
                return  # "Minister of the Interior, Local Authorities and Transport, X": the title's last items
            cues.add("apposition" if before.apposition else "title")
        if lone and cues == {"title"} and not any(t.key in ROLE_HEADS for _, t in prefix) and not self._headed(before):
            # "… of the National Information and …", "…, Rural Roads and Public Works,": a word after a
            # title's adjectives, no role (or none ending on its head) stated
            return
        after = latin_role_after(self.text, name_end)
        if after:
            cues.add("title-after")
        after_name = self.text[name_end : name_end + 60]
        if _VERB_AFTER.match(after_name) or _WHO_AFTER.match(after_name) or self._verb_after_affiliation(name_end):
            cues.add("verb")
        if len(name) > 1 and name[0].key in GIVEN_NAMES and not self._question_opener(name[0]):
            cues.add("given-name")
        elif _nasab_or_kunya(name):
            cues.add("given-name")  # "Hamoud Ben Fayçal Al-Busaidi": "son of Fayçal", a name whatever the first
        if len(name) > 1 and prefix and prefix[-1][0] == "possessive" and self._country_possessive(prefix):
            cues.add("nationality")  # "Italy's Gianluca Ferretti", "Saudi Arabia's Abdulaziz bin Saud"
        if not cues or (lone and not cues & SINGLE_TOKEN_CUES):
            return
        if "succession" in cues and any(t.key in _REPLACED_THINGS for t in name):
            cues.discard("succession")  # "replaces Operation Sandstorm": a thing replaced, not an official
            if not cues:
                return
        if cues <= {"given-name", "succession"} and _place_name(self.text[name_start:name_end]):
            return  # "Sri Lanka", "Bandar Seri Begawan": a country or a city whose first word is a given name
        if cues == {"byline"} and any(t.key in _DESK_WORDS for t in name):
            return  # "By R. Delgado, Newsroom Panama": the outlet's desk that the credit names beside the reporter
        rank = " ".join(t.text for kind, t in prefix if kind in {"rank", "royal"}) or self._left_rank
        self.found.append(Candidate(surface_start, name_start, name_end, chain_start, cues, lone, before, after, rank))

    def _after_titles_field(self, start: int, prefix: list[tuple[str, _Token]], name: list[_Token]) -> list[_Token]:
        """A run right after a title's "of" ("Director of Criminal Investigations Grace Kamau"): the field
        the title names, then the name from its given name on. The field's words go to the prefix."""
        if len(name) < 3 or name[0].key in GIVEN_NAMES:
            return name
        if not self._title_of_before(start):
            return name
        at = next((i for i in range(1, len(name) - 1) if name[i].key in GIVEN_NAMES), None)
        if at is None or not all(t.key in TITLE_WORDS or t.key in TITLE_FIELD_WORDS for t in name[:at]):
            return name  # ("State Minister of Peace Kebede Worku Alemu": "Kebede" names no field)
        prefix.extend(("title", t) for t in name[:at])
        return name[at:]

    @staticmethod
    def _style_inside(name: list[_Token]) -> bool:
        """Whether a title, rank or style stands inside the run after a word that is none and before
        a name's words (the words before it are no given name: "Ahmed Minister" is no run of a name)."""
        for j in range(1, len(name) - 1):
            if name[j - 1].key in _NASAB_AND_ARTICLE:
                continue  # "Hamdane Ben Sultan …": a father's name, not a title
            if _prefix_kind(name, j)[0] in _AFTER_KNOWN_KINDS:
                while j < len(name) and _prefix_kind(name, j)[0] in _AFTER_KNOWN_KINDS:
                    j += 1  # "Commander Brigadier"
                return j < len(name) and name[0].key not in GIVEN_NAMES
        return False

    def _read_from_style(self, tokens: list[_Token], end: int) -> None:
        """A run that is no name as a whole, whose later words open one with a style or a rank ("…
        Commander of Lekhwiya Force Sheikh Khalifa bin Hamad Al Thani", "Dubai Police Lieutenant General
        X"): the name that style opens, read as a run of its own (the body before it is its role's)."""
        for j in range(1, len(tokens)):
            kind, previous = _prefix_kind(tokens, j)[0], _prefix_kind(tokens, j - 1)[0]
            if (
                kind in _AFTER_KNOWN_KINDS
                and previous not in _AFTER_KNOWN_KINDS
                and tokens[j - 1].key not in _NASAB_AND_ARTICLE
            ):
                self._read_run(tokens[j].start, end)
                return

    def _spelled_by_acronym(self, name: list[_Token], end: int) -> bool:
        """Whether the run ends on words that the acronym in parentheses right after it spells, their
        initials in order ("Information System (WAPIS)"): the name of a body or a system, which a person's
        name never is (a party or a body after a person's name spells other words: "X (ANC)")."""
        m = _ACRONYM_AFTER.match(self.text, end)
        if not m or len(name) < 2 or name[-1].end != end:
            return False
        letters = iter(m.group(1))
        return all(tok.text[0] in letters for tok in name)

    def _credited_initials(self, tokens: list[_Token]) -> bool:
        """A credit that names a person by initials only ("Rédaction – E.D.", "editing by L.B."): the
        run ("E.D") and its closing period are the name. Whether it was one (and was taken)."""
        if len(tokens) == 2 and tokens[0].key in _AGENT_LAST:
            tokens = tokens[1:]  # "Par H.Z.": the lead, capitalized, opens the run
        if len(tokens) != 1:
            return False
        text = tokens[0].text
        if text.endswith(".") and _ONLY_INITIALS.match(text[:-1]):
            start, end = tokens[0].start, tokens[0].end  # the token holds its closing period
        elif _ONLY_INITIALS.match(text) and self.text[tokens[0].end : tokens[0].end + 1] == ".":
            start, end = tokens[0].start, tokens[0].end + 1
        else:
            return False
        line_left = self.text[line_start(self.text, start) : start]
        if len(line_left) > 80 or not credited_after(line_left):
            return False
        self.found.append(Candidate(start, start, end, start, {"byline"}, False, None, None, credit_post(line_left)))
        return True

    def _credited_capitals(self, tokens: list[_Token]) -> bool:
        """A credit that prints the whole name in capitals ("By ADRIAN LIM", "Par AMINATA DIALLO"): two to
        four capitalised words after the credit's lead, none an organization's, a place's or a desk's
        word. Whether it was one (and was taken)."""
        while tokens and tokens[0].key in FUNCTION_WORDS:
            tokens = tokens[1:]  # the lead itself, when capitalised: "By"
        if not 2 <= len(tokens) <= 4 or len(tokens[0].text) < 3:
            return False
        for tok in tokens:
            if not (_CAPITALS_WORD.match(tok.text) and len(tok.text) >= 2) or _ROMAN.match(tok.text):
                return False
            if tok.key in ORG_HEADS or tok.key in PLACES or tok.key in _DESK_WORDS or tok.key in FUNCTION_WORDS:
                return False
        start, end = tokens[0].start, tokens[-1].end
        line_left = self.text[line_start(self.text, start) : start]
        if len(line_left) > 80 or not credited_after(line_left) or self.known_spans.overlaps(start, end):
            return False
        self.found.append(Candidate(start, start, end, start, {"byline"}, False, None, None, credit_post(line_left)))
        return True

    def _surname_in_capitals(self, name: list[_Token]) -> bool:
        """Whether a name is a given name and a surname in capitals, as French papers and bylines print
        it ("Par Leïla BENHADDOU", "M. Karim EL ALAOUI"): the capitals are the surname, not an acronym,
        when the name is credited or opens with a common given name, and no word is an
        organization's."""
        first, rest = name[0], name[1:]
        if not rest or len(rest) > 3 or not first.text[:1].isupper() or first.text.isupper():
            return False
        if first.key in _NEVER_ALONE or first.key in ROLE_HEADS or first.key in TITLE_WORDS:
            return False
        for tok in rest:
            word = tok.text
            if not (word.isupper() and len(word) >= 2 and _CAPITALS_WORD.match(word)) or _ROMAN.match(word):
                return False
            if tok.key in ORG_HEADS or tok.key in PLACES:
                return False
        if first.key in GIVEN_NAMES:
            return True
        line_left = self.text[line_start(self.text, first.start) : first.start]
        return len(line_left) <= 80 and credited_after(line_left)

    @staticmethod
    def _country_possessive(prefix: list[tuple[str, _Token]]) -> bool:
        """Whether the possessive that ends the prefix is a country's name: English press names a
        delegate by the country they speak for, as a nationality word would."""
        words = [t.text for kind, t in prefix if kind == "possessive"]
        return any(len(words) >= n and is_country_name(" ".join(words[-n:])[:-2]) for n in (1, 2, 3))

    def _verb_after_affiliation(self, end: int) -> bool:
        """A reporting verb after the body the person comes from: "X of the OSCE presented …",
        "X from INTERPOL said …" (the body's name is capitalised, one to four words)."""
        m = _AFFILIATION_AFTER.match(self.text, end)
        return bool(m) and bool(_VERB_AFTER.match(self.text[m.end() : m.end() + 60]))

    def _portfolio_item(self, role: str, end: int) -> bool:
        """Whether a lone capitalised word after a title's comma is the next item of the title's
        portfolio: the title ends on capitalised portfolio words ("… for Political Affairs"), or on one
        and its lower-case adjective as French writes them ("commissaire aux Affaires politiques"), and
        the word goes on with "and" and more of them ("Peace and Security", "Paix et Sécurité")."""
        words = role.split()
        last = words[-1]
        capitalised = last[:1].isupper() or (len(words) > 2 and words[-2][:1].isupper() and last.islower())
        return capitalised and key(last) not in ROLE_HEADS and bool(_PORTFOLIO_GOES_ON.match(self.text, end))

    @staticmethod
    def _headed(before: RoleBefore | None) -> bool:
        """Whether a role stated before a name ends on a role's head ("Interior Minister X"), not on a
        portfolio's adjective ("…, Rural Roads and Public X")."""
        return before is not None and key(before.text.split()[-1]) in ROLE_HEADS

    def _last_portfolios(self, end: int) -> bool:
        """Whether a run after a title's comma goes on with "and" and more capitalised words up to a comma
        ("…, Local Authorities and Transport, X") or up to a common given name and its surname ("…, Local
        Authorities and Regional Planning Karim X said"): the title's last portfolios, its holder named after."""
        m = _PORTFOLIOS_TO_COMMA.match(self.text, end)
        if not m:
            return False
        if self.text[m.end() : m.end() + 1] == "," or _COUNTRY_TO_COMMA.match(self.text, m.end()):
            return True  # (or the country the title is of: "… and Town Planning of the People's … of Algeria, X")
        words = m.group().split()[1:]  # the capitalised words after "and"
        return any(key(w) in GIVEN_NAMES for w in words[1:-1])

    def _initials_line(self, pos: int) -> bool:
        """Whether the name at `pos` is a line of its own, or a field of its own between a line's pipes
        ("A. Bennis | 17/12/2025"), made of initials and a surname."""
        line = self._line_of(pos)
        return bool(_INITIALS_LINE.match(line)) or (
            "|" in line and any(_INITIALS_LINE.match(field.strip()) for field in line.split("|"))
        )

    def _line_of(self, pos: int) -> str:
        end = self.text.find("\n", pos)
        return self.text[line_start(self.text, pos) : len(self.text) if end < 0 else end].strip()

    def _left_cues(self, prefix: list[tuple[str, _Token]], name_start: int) -> tuple[set[str], int, int]:
        """Cues found before the name, where the surface starts, and where the honorific chain starts."""
        cues: set[str] = set()
        surface_start = chain_start = name_start
        # walk back over the prefix tokens that belong to the name's honorific chain
        for kind, tok in reversed(prefix):
            if kind not in {"honorific", "royal", "rank", "nationality"}:
                break
            chain_start = tok.start
            if kind in {"honorific", "royal"} and tok.text != "MM.":
                surface_start = tok.start
            cues.add(kind)
        if any(kind == "title" for kind, _ in prefix):
            cues.add("title")
        left = self._left_of(chain_start)
        last = _last_word(left)  # the regexes below run only when the last word can end their match
        if last in _ROYAL_STYLE_LAST and (m := _ROYAL_STYLE.search(left)):
            surface_start = chain_start = chain_start - (len(left) - m.start())
            cues.add("royal")
        elif last in _HONORIFIC_LAST and (m := _HONORIFIC_LEFT.search(left)):
            chain_start -= len(left) - m.start(1)
            if m.group(1) != "MM.":
                surface_start = chain_start
            cues.add("honorific")
        elif (last.lower() in _RANK_LAST or key(last) in NATIONALITIES) and (m := self._rank_left(left)):
            chain_start -= len(left) - m.start(1)
            royal = key(m.group(1)) in _ROYAL_WORDS
            cues.add("royal" if royal else "rank")
            if not royal:
                # "le préfet de police X": the role when no other is stated ("la générale colombienne")
                self._left_rank = left[m.start(1) :].strip()
            if royal:
                surface_start = chain_start
                left = self._left_of(chain_start)
                if m2 := _ROYAL_STYLE.search(left):
                    surface_start = chain_start = chain_start - (len(left) - m2.start())
        elif (
            key(adjective := last.rstrip(",")) in NATIONALITIES  # ("ses homologues tunisien, X, et libyen, Y")
            and adjective.islower()
            and (m := _LISTED_COUNTERPARTS.search(self.text, max(0, chain_start - 250), chain_start))
        ):
            # "ses homologues jordanien X, irakien Y et syrien Z", "des chefs d'État kazakh X, kirghize Y":
            # each name its own nationality, the plural title before the list (its singular with the
            # adjective, the role)
            cues.add("title")
            self._left_rank = f"{m.group('head')}{m.group('of') or ''} {adjective}"
        line_left = self.text[line_start(self.text, name_start) : name_start]
        if (
            (len(line_left) <= 80 and credited_after(line_left))
            or self._signed_first_line(name_start)
            or (not line_left.strip() and signature_name(self._line_of(name_start)))
            or after_agency_code(line_left)
        ):
            cues.add("byline")
            self._left_rank = self._left_rank or credit_post(line_left)  # "Envoyé spécial : X"
        elif len(line_left) <= 80 and _CREDIT.search(line_left) and not self._outlet_after_slash(line_left, name_start):
            cues.add("credit")
        elif _last_word(self.text[max(0, chain_start - 30) : chain_start]).lower() in _AGENT_LAST and _AGENT.search(
            self.text[max(0, chain_start - 30) : chain_start]
        ):
            cues.add("agent")
        elif _last_word(
            self.text[max(0, chain_start - 16) : chain_start]
        ).lower() in _SUCCEEDS_LAST and _SUCCEEDS.search(self.text, max(0, chain_start - 32), chain_start):
            cues.add("succession")  # "Kim replaces Meng Hongwei, whose …": one official takes another's office
        if m := _DETERMINER_LEFT.search(self.text[max(0, chain_start - 8) : chain_start]):
            chain_start -= len(m.group())
        return cues, surface_start, chain_start

    def _question_opener(self, token: _Token) -> bool:
        """Whether a word that is also a given name ("Can", "Will", "May") opens a question ("Can Munich still
        broker …?"): the auxiliary of its sentence, no person's name."""
        if token.key not in _AUXILIARIES:
            return False
        start = line_start(self.text, token.start)
        if self.text[start : token.start].strip():
            return False
        end = self.text.find("\n", token.start)
        line = self.text[token.start : len(self.text) if end < 0 else end]
        return "?" in line

    def _outlet_after_slash(self, line_left: str, name_start: int) -> bool:
        """Whether the name follows a slash in a credit ("Photo: Youssef Alaoui / Atlas Briefing") and opens
        with no common given name: the photographer's agency or outlet, not a second photographer."""
        if not line_left.rstrip().endswith("/"):
            return False
        first = _FIRST_WORD.match(self.text, name_start)
        return first is None or key(first.group()) not in GIVEN_NAMES

    def _given_name_first(self, tokens: list[_Token]) -> bool:
        """Whether the royal title opening the run ("Sultan", "Amir") is its given name by what stands
        before it: a rank or a courtesy title; for "Amir" (the English and French title is "Emir",
        "the Amir" in the Gulf press), no article or style before it and no "Sheikh" after it
        ("Amir Belhouchet, directeur …"; "the Amir Sheikh Tamim" keeps its title)."""
        start = tokens[0].start
        if self._ranked_before(start):
            return True
        if tokens[0].key != "amir" or (len(tokens) > 1 and tokens[1].key in SHEIKH_STYLES):
            return False
        left = self.text[max(line_start(self.text, start), start - 40) : start]
        return not (_DETERMINER_LEFT.search(left) or _ROYAL_STYLE.search(left))

    def _left_of(self, start: int) -> str:
        """The words before `start` on its line where a rank, style or courtesy title is read (60 characters)."""
        return self.text[max(line_start(self.text, start), start - 60) : start]

    def _ranked_before(self, start: int) -> bool:
        """Whether a rank (not a royal title) or a courtesy title ends right before `start`: the same
        patterns `_left_cues` reads, as a yes or no (no spans, no cues)."""
        left = self._left_of(start)
        last = _last_word(left)
        if last in _HONORIFIC_LAST and _HONORIFIC_LEFT.search(left):
            return True
        m = self._rank_left(left) if last.lower() in _RANK_LAST else None
        return m is not None and key(m.group(1)) not in _ROYAL_WORDS and key(m.group(1)) not in ROYAL_TITLES

    @staticmethod
    def _rank_left(left: str) -> re.Match | None:
        """The rank that ends `left`, maybe followed by a nationality adjective in lower case ("la
        générale colombienne"): the rank and the nationality are the name's chain, and a title in
        apposition before them is the role ("La secrétaire exécutive d'X, la générale colombienne Y")."""
        m = _RANK_LEFT.search(left)
        if m and m.group("nationality") and key(m.group("nationality")) not in NATIONALITIES:
            return None
        return m

    def _caption_credit(self, name_start: int, name_end: int) -> bool:
        """A photo caption that ends on its credit, an outlet's code and the photographer's name ("[Photo:
        Delegates pose at the opening. KT/Chor Sokunthea]"): the name closes the caption."""
        if self.text[name_start - 1 : name_start] != "/":
            return False
        line_left = self.text[line_start(self.text, name_start) : name_start]
        return bool(
            len(line_left) <= 300
            and _CAPTION_CODE.search(line_left)
            and _CAPTION_OPENING.match(line_left)
            and _CAPTION_CLOSE.match(self.text, name_end)
        )

    def _signed_first_line(self, name_start: int) -> bool:
        """A name alone on the text's first line, above the dateline ("Joel Fernandes" over "Dubai,
        May 13, 2025"; "Saleem Akhtar Mirza" over "ISLAMABAD: …"): the reporter's signature, as
        papers print it under the headline."""
        begin = line_start(self.text, name_start)
        if begin != name_start or len([x for x in self.text[:begin].split("\n") if x.strip()]) > 1:
            return False  # the name opens the first line, or the one under the headline
        name, _, rest = self.text[begin:].partition("\n")
        name = name.strip()
        if not 2 <= len(name.split()) <= 4 or not all(w[:1].isupper() for w in name.split()):
            return False
        following = rest.lstrip("\n").partition("\n")[0]
        return bool(_DATELINE_OPENING.match(following) or find_dates(following[:40]))

    def _title_may_precede(self, pos: int) -> bool:
        """Cheap test before the role search: a comma, a role word or a nationality right before."""
        left = self.text[max(0, pos - 40) : pos].rstrip()
        if left.endswith(","):
            return True
        k = key(_last_word(left))
        return k in ROLE_HEADS or k in NATIONALITIES or k in TITLE_WORDS

    # -- second pass: lone surnames of the full names found ------------------------------------------
    def _surnames(self, mentions: list[PersonMention]) -> list[PersonMention]:
        taken = SpanIndex((m.start, m.end) for m in mentions)
        surnames = set()
        for m in mentions:
            parts = m.name.split()
            # (a Chinese name's surname comes first: "Dong Jun" is "M. Dong", never "Jun")
            surname = parts[0] if family_name_first(m.name) else parts[-1]
            if len(parts) > 1 and len(surname) > 2 and not _ROMAN.match(surname):
                surnames.add(surname)
        if not surnames:
            return []
        out = []
        for start, end in _whole_words(self.text, sorted(surnames, key=len, reverse=True)):
            if taken.overlaps(start, end) or self.known_spans.overlaps(start, end):
                continue
            if self._inside_longer_run(start, end):
                continue
            out.append(make_mention(self.text, self.sentences, (start, start, end), None, {"surname"}, True))
            taken.add(start, end)
        return out

    def _inside_longer_run(self, start: int, end: int) -> bool:
        """Whether a capitalised word stands right before or after, making a run that was not a name."""
        before = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        after = _WORD_AFTER.match(self.text, end)
        return bool(
            (before and before.group(1)[0].isupper())
            or (after and after.group(1)[0].isupper() and not _is_acronym(after.group(1)))
        )


# Words that name an outlet's desk or staff in a credit line ("Newsroom Panama", "Metro Desk", "Staff").
_DESK_WORDS = frozenset(
    {"newsroom", "desk", "staff", "bureau", "team", "redaction", "newsdesk", "reporters", "correspondents", "writers"}
)
# A photo caption's opening, its credit at its end (an outlet's code and a slash), and its close.
_CAPTION_OPENING = re.compile(r"^\W*(?:photos?|image|caption|l[ée]gende|cr[ée]dits?\s+photos?)\b", re.IGNORECASE)
_CAPTION_CODE = re.compile(r"[\s.]\s*[A-Z]{2,8}[ \u00a0]*/[ \u00a0]*$")
_CAPTION_CLOSE = re.compile(r"[ \u00a0]*(?:[\])]|\n|$)")
# An acronym in parentheses right after a run: "… Information System (WAPIS)".
_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\(([A-Z]{2,8})\)")
# A wire dateline opening a paragraph: "ISLAMABAD:", "KUWAIT CITY, …", "RABAT (MAP) -".
_DATELINE_OPENING = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:\s*\([^)\n]{1,20}\))?\s*[:,—–-]")


# Around a surname repeated alone: no letter, hyphen or apostrophe before it, no letter or hyphen after.
_FREE_BEFORE = re.compile(r"(?<![\w\-'’])")
_FREE_AFTER = re.compile(r"(?![\w\-])")


def _whole_words(text: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """The spans of `(?<![\\w\\-'’])(word1|word2|…)(?![\\w\\-])`.finditer(text), words in that order,
    without compiling a pattern for each article's surnames: they are looked for with str.find."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start < end or not _FREE_BEFORE.match(text, start):
            continue
        for word in words:
            if text.startswith(word, start) and _FREE_AFTER.match(text, start + len(word)):
                end = start + len(word)
                yield start, end
                break


def find_latin_persons(text: str, known_spans: Sequence[tuple[int, int]] = ()) -> list[PersonMention]:
    """Persons named in a French or English (or other Latin-script) text."""
    return LatinPersonFinder(text, known_spans).find()
