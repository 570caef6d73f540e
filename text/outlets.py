"""Credit lines that name a news outlet: the shape of a newspaper's or a site's name standing apart.

News pages credit their outlet on a line of its own ("Gulf Courier", "الوطن نيوز"), in a wire pair
("AFP/APS", "Le Petit Journal/LPJ"), after a staff byline ("Sahel Times Staff"), or at the head of a
line before a date ("Nile Online , Monday 3 Mar 2025") or before the story ("Delta News/ The
ministers …"). What marks an outlet there is a word that outlets' names are made of (News, Times,
Online, Hebdo, Courrier, Médias, ميديا, بوابة…), never a list of outlets. The clean stage keeps
such a line in the body (`archive.importer.cleaning`), and organization discovery
(`people.discovery.orgs`) reads the names from it: one rule for both.
"""

from __future__ import annotations

import re

from text.scanning import may_hold


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words that outlets' names are made of; a name must hold one (folded: no case, no accents).
_OUTLET_WORDS = _words(
    "news times online hebdo post daily tribune herald gazette journal express observer monitor courier "
    "courrier presse press medias media mediaz info infos magazine quotidien chronicle telegraph mirror "
    "dispatch reporter weekly standard watch tv radio actu actualites review digest wire sentinel echo"
) | _words("ميديا نيوز بوابة بريس أونلاين اونلاين تيفي بوست")
# The words a site's sections are named with ("Accueil", "Politique", "World", "الرئيسية"), folded: a
# menu's first item that opens with one is a section, not the site's name (`archive.importer.cleaning`).
_SECTION_WORDS = _words(
    "accueil home homepage الرئيسية الصفحة actualites actualite news أخبار اخبار une a politique economie "
    "societe monde world "
    "nation national international local sport sports culture regions business opinion opinions politics "
    "videos video contact "
    "عاجل سياسة اقتصاد مجتمع دولي محليات رياضة ثقافة وطني"
)
# Words that open a section's or a widget's label, not an outlet's name ("Latest News", "World News").
_LABEL_WORDS = _SECTION_WORDS | _words("latest breaking top related more other follow our your fake")
_ARTICLES = _words("le la les the al el")
_FOLD = str.maketrans("éèêëàâäîïôöûüç", "eeeeaaaiioouuc")
# A staff byline's tail: "Sahel Times Staff", "Sahel Times Staff Reporter".
_STAFF = re.compile(
    r"\s+(?:staff|correspondents?|reporters?|report)(?:\s+(?:writer|reporter)s?)?\s*$", re.IGNORECASE
)  # and "Saudi Gazette report"
# A word every match of _STAFF writes (`text.scanning.may_hold`: a line without one is not searched).
_STAFF_WORDS = ("staff", "correspondent", "report")
# The dash that opens a closing credit: "— Times of Oman / ONA", "-ONA".
_LEADING_DASH = re.compile(r"^[-–—]+\s*")
_CODE = re.compile(r"^[A-Z]{2,6}$")
_LATIN_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w’'\-]*|du|de|des|la|le|les|el|al|of|the|d['’]\w+|l['’]\w+)$")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Where an outlet's name opens a line: before a date ("Nile Online , Monday 3 Mar 2025",
# "الوطن نيوز | الخميس 15 مايو 2025") or before the story ("Delta News/ The ministers …").
_HEAD_OF_LINE = re.compile(
    r"^(?P<name>[^\W\d_][^,،|/\n—–]{1,48}?)\s*(?P<sep>[,،|]|/(?=\s)|(?<=\s)[—–](?=\s))\s*(?P<rest>.*)$"
)


def _has_separator(line: str) -> bool:
    """Whether `line` holds one of the separators a match of `_HEAD_OF_LINE` needs after the name
    (a loop of `in`, each a fast search)."""
    for separator in ",،|/—–":  # noqa: SIM110 (any() over a generator costs more than the searches)
        if separator in line:
            return True
    return False


def _fold(word: str) -> str:
    return word.casefold().translate(_FOLD).strip(".,:;")


def is_section_word(word: str) -> bool:
    """Whether `word` names a site's section ("Politique", "Actualités", "World")."""
    return _fold(word) in _SECTION_WORDS


def outlet_shaped(name: str) -> bool:
    """Whether `name` (one to five words) can be a news outlet's name: it holds an outlet word and
    its other words are a name's (capitalised Latin words and particles, or Arabic words)."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not any(_fold(w) in _OUTLET_WORDS for w in words):
        return False
    if all(_ARABIC_WORD.match(w) for w in words):
        return len(words) >= 2  # "بوابة" alone is a common noun
    if len(words) < 2 or not words[0][0].isupper() or _fold(words[0]) in _LABEL_WORDS:
        return False  # "News" alone is a word; "Latest News", "World News" are section labels
    own = [w for w in words if _fold(w) not in _OUTLET_WORDS and w[0].isupper()]
    # the outlet word closes the name ("Nile Online") or follows its article ("The Daily Star", "Le
    # Courrier du Sud"); in the middle it is a headline's word ("Ministers Discuss Online Crime")
    placed = _fold(words[-1]) in _OUTLET_WORDS or (_fold(words[1]) in _OUTLET_WORDS and _fold(words[0]) in _ARTICLES)
    # "Times of Oman", "Gazette of Kuwait": the outlet word, then the country it serves
    placed = placed or (_fold(words[0]) in _OUTLET_WORDS and len(words) == 3 and words[1] == "of")
    return len(words) <= 4 and placed and bool(own) and all(_LATIN_NAME_WORD.match(w) for w in words)


# A copyright line's holder: "© Kuwait Times", "Copyright 2025 La Presse de Tunisie. All rights reserved".
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*[,:]?\s*(?P<name>[^.,|\n]{3,48}?)"
    r"\s*(?:[.,|]\s*)?(?:tous droits r[ée]serv[ée]s|all rights reserved)?\.?\s*$",
    re.IGNORECASE,
)


def copyright_holder(line: str) -> str | None:
    """The outlet a copyright line names ("© La Presse de Tunisie", "Copyright 2025 Gulf Courier. All
    rights reserved."), else None: a page's owner, where no masthead names it."""
    m = _COPYRIGHT_HOLDER.match(line.strip())
    return m.group("name").strip() if m and outlet_shaped(m.group("name").strip()) else None


# A page's own promotion names its outlet: "Follow Kuwait Times on WhatsApp", "Suivez Le Quotidien
# d'Oran sur Facebook", "More from Gulf Daily News: …", "تابعوا الوطن نيوز على واتساب".
_NETWORKS = (
    r"(?:whatsapp|twitter|x|facebook|telegram|instagram|linkedin|youtube|tiktok|google news|threads"
    r"|واتساب|واتس آب|تويتر|فيسبوك|فيس بوك|تلغرام|تيليغرام|انستغرام|إنستغرام|يوتيوب|جوجل نيوز|غوغل نيوز)"
)
# "More from Gulf Daily News:": also a related link's label, which the clean stage drops with its line.
MORE_FROM = r"(?:more(?: news| stories)?|read more) from\s+(?P<more>[^:\n]{3,48}?)\s*:"
_PROMOTION = re.compile(
    rf"^(?:(?:follow|suivez|suivre|تابعوا|تابع)\s+(?P<followed>.{{3,48}}?)\s+(?:on|sur|via|على|عبر)\s+{_NETWORKS}\b"
    rf"|{MORE_FROM})",
    re.IGNORECASE,
)


def promoted_outlet(line: str) -> str | None:
    """The outlet a page's promotion of itself names ("Follow Kuwait Times on WhatsApp for breaking
    news", "More from Gulf Daily News: …"), else None: the page's owner, where no masthead names it."""
    m = _PROMOTION.match(line.strip())
    if not m:
        return None
    name = (m.group("followed") or m.group("more")).strip()
    return name if outlet_shaped(name) else None


def credit_line_outlets(line: str) -> list[str]:
    """The outlets a whole credit line names ("Gulf Courier", "Sahel Times Staff", "AFP/APS",
    "Le Petit Journal/LPJ"); [] when the line is something else. A wire code of a pair is taken
    when the line is a pair of codes or its other part is an outlet's name."""
    line = _LEADING_DASH.sub("", line.strip())
    if may_hold(line, _STAFF_WORDS):
        line = _STAFF.sub("", line)
    if not line or len(line) > 70 or line[-1] in ".!?؟:;،,":
        return []
    parts = [p.strip() for p in line.split("/")]
    if len(parts) > 3 or not all(parts):
        return []
    named = [p for p in parts if outlet_shaped(p)]
    codes = [p for p in parts if _CODE.match(p)]
    if len(named) + len(codes) != len(parts) or (not named and len(codes) < 2):
        return []
    return parts


# A section and a reading time after an outlet's name: "Security", "Security | 3 min read".
_SHORT_FIELDS = re.compile(r"[^|\n]{1,24}(?:\|[^|\n]{1,24}){0,2}")


_STAMP_SEPARATORS = "|—–"


def news_agency_line(line: str) -> bool:
    """Whether a line is a news agency's name alone ("Ghana News Agency", "Agence Tunis Afrique Presse",
    "Agence Mauritanienne d'Information", "وكالة جيبوتي للأنباء", "الوكالة الموريتانية للأنباء"): the site's
    name above the headline, never the headline."""
    return len(line) <= 60 and _NEWS_AGENCY.match(line.strip()) is not None


_NEWS_AGENCY = re.compile(
    r"(?:[A-Z][\w'’-]*\s){1,3}News\sAgency"
    r"|Agence\s(?:[\w'’-]+\s){0,3}(?:Presse|de\spresse|d['’][Ii]nformations?)"
    r"|(?:ال)?وكالة\s(?:[^\s\d]+\s){1,3}للأنباء|وكالة\sالأنباء\s[^\s\d]+(?:\s[^\s\d]+)?"
    r"$"
)


def section_stamp(line: str) -> str | None:
    """The outlet of a line that is its name and its section alone ("Sahel Hebdo — Sécurité",
    "West Africa Watch | Security"): the page's stamp above the headline, no date in it."""
    name = outlet_opening_line(line)
    if name is None or _YEAR.search(line):
        return None
    sep = line.strip()[len(name) :].lstrip()[:1]
    return name if sep in _STAMP_SEPARATORS else None


def outlet_opening_line(line: str) -> str | None:
    """The outlet whose name opens `line` before a date or the story ("Nile Online , Monday 3 Mar
    2025", "Delta News/ The ministers met …"), else None."""
    stripped = line.strip()
    # The separator stands within the name's 49 characters, or after white space that starts there:
    # most lines have neither, where the lazy name would be tried at each of its 48 lengths for nothing.
    head = stripped[:50]
    if not _has_separator(head) and not head[49:].isspace():
        return None
    m = _HEAD_OF_LINE.match(stripped)
    if not m or not outlet_shaped(m.group("name").strip()):
        return None
    rest = m.group("rest")
    if m.group("sep") == "/":
        return m.group("name").strip() if rest[:1].isupper() or _ARABIC_WORD.match(rest[:1]) else None
    if m.group("sep") in _STAMP_SEPARATORS and _SHORT_FIELDS.fullmatch(rest):
        # "West Africa Watch | Security | 3 min read", "Sahel Hebdo — Sécurité": the page's stamp
        return m.group("name").strip()
    return m.group("name").strip() if len(rest) <= 40 and _YEAR.search(rest) else None


# A date, then the outlet: "20 November 2026 | Global Policing Review", "3 mars 2025 – Sahel Hebdo".
_DATE_THEN_NAME = re.compile(r"^(?P<date>[^|–—\n]{6,40}?)\s+[|–—]\s+(?P<name>[^|–—\n]{3,48})$")


def outlet_after_date(line: str) -> str | None:
    """The outlet a line names after its date ("20 November 2026 | Global Policing Review"), else
    None: the page's stamp of the story, its date first."""
    m = _DATE_THEN_NAME.match(line.strip()) if ("|" in line or "–" in line or "—" in line) else None
    if m is None or not _YEAR.search(m.group("date")) or not outlet_shaped(m.group("name").strip()):
        return None
    return m.group("name").strip()


def staff_credit(line: str) -> bool:
    """Whether `line` credits an outlet's staff ("Lusaka Post Reporter", "Sahel Times Staff", "Gulf
    Courier report"): a byline, which may open the article as well as close it."""
    return may_hold(line, _STAFF_WORDS) and bool(_STAFF.search(line)) and bool(credit_line_outlets(line))
