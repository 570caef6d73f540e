"""Meeting nouns and the words around them, on folded text, in French, English and Arabic.

A session is named by a meeting noun ("session", "conférence", "الدورة", "المؤتمر", "الندوة"), which falls
in a class (assembly, session, conference, meeting, summit, edition); what follows it is a
complement whose generic heads ("du Conseil", "للمنظمة") also fall in classes. The catalogue's
series list the classes they can be named by.
"""

from __future__ import annotations

import re

from events.detection.ordinals import AR_ORDINAL
from text.normalize import normalize_name
from text.scanning import Anchored
from text.script import ARABIC_LETTERS
from text.wordlists import alternation, fold_all, split_words

LATIN_NOUN = re.compile(
    r"\b(?:(?P<assembly>assemblees? generales?|general assembl(?:y|ies)|assemblees?|assembl(?:y|ies))"
    r"|(?P<session>sessions?)"
    r"|(?P<conference>conferences?|congres|congress(?:es)?)"
    r"|(?P<meeting>reunions?|rencontres?|meetings?|agms?|gatherings?|forums?|rendez vous|conclaves?|conventions?)"
    r"|(?P<summit>sommets?|summits?)"
    r"|(?P<edition>editions?))\b"
)
_AR_PREFIX = rf"(?<![{ARABIC_LETTERS}])[وف]?(?:لل|بال|كال|ال|[بلك])?"
_AR_NOUN = (
    r"(?:(?P<assembly>جمعي(?:ه|ت(?:ها|ه)) العامه)|(?P<session>دوره|دورت(?:ها|هم|يها|ين|ان|ه)|دورات(?:ها)?)"
    r"|(?P<conference>موتمر(?:ات|ين|ها|هم|ه)?|ندوه|ندوت(?:ها|ه))"
    r"|(?P<meeting>اجتماع(?:ات|ها|هم|ه)?|ملتقي|منتدي)"
    r"|(?P<summit>قمه|قمت(?:ها|ه))"
    rf"|(?P<edition>نسخه|نسخت(?:ها|ه)|طبعه|طبعت(?:ها|ه)))(?![{ARABIC_LETTERS}])"
)
# Adjectives between an Arabic noun and its ordinal: "الدورة العادية", "القمة العربية", "المؤتمر
# الإقليمي الإفريقي" (definite nisba adjectives); an ordinal ending the same way is tried first.
# Any other adjective must belong to a series name ("الدورة التدريبية الثالثة" is a training course).
# "العام" (general) is one too: "الاجتماع العام السنوي السادس والعشرين" (an annual general meeting).
# (compounds too, their hyphen folded to a space: "الأورو-إفريقي", Euro-African; "الرفيع المستوى": high-level)
# (a nisba adjective, "العام", "الرفيع", and "المشترك": "الاجتماع المشترك الثالث عشر لمجلسي …", the 13th joint meeting)
_AR_ADJECTIVE = rf"(?:(?:الاورو |الافرو |ال)[{ARABIC_LETTERS}]{{2,}}(?:يه|ي)|العامه?|الرفيعه?|المشتركه?)"
# "الاجتماع الثلاثي الأول لوزراء داخلية تونس والجزائر وليبيا", "الاجتماع الرباعي الثالث …": a meeting of
# three (four) countries, read by events.detection.candidates (`_multilateral_candidate`)
# A meeting of three or four countries said so: "tripartite", "الثلاثي"; "quadripartite", "الرباعي".
MULTILATERAL = (
    (3, "Tripartite", re.compile(r"\b(?:tripartite|trilaterale?|trilateral)\b|(?<![\w])(?:ال)?ثلاثي(?:ه)?(?![\w])")),
    (
        4,
        "Quadrilateral",
        re.compile(r"\b(?:quadripartite|quadrilaterale?|quadrilateral)\b|(?<![\w])(?:ال)?رباعي(?:ه)?(?![\w])"),
    ),
)
_MULTILATERAL_STEMS = ("tri", "quadri", "ثلاثي", "رباعي")


_MULTILATERAL_BEFORE = 20  # "a quadrilateral meeting": how far before the noun the adjective may stand
_MULTILATERAL_AFTER = 25  # "la prochaine réunion trilatérale", "الاجتماع الرباعي الثالث": after it


def multilateral_word(folded: str, start: int, end: int) -> tuple[int, str] | None:
    """How many countries the meeting noun at [start, end) says its meeting is of, by an adjective
    near it, and the word for it ((3, "Tripartite"), (4, "Quadrilateral")); None when it says no such
    thing (most nouns: the patterns are not run)."""
    lo, hi = max(0, start - _MULTILATERAL_BEFORE), min(len(folded), end + _MULTILATERAL_AFTER)
    if not any(stem in folded[lo:hi] for stem in _MULTILATERAL_STEMS):
        return None
    return next(((n, word) for n, word, mark in MULTILATERAL if mark.search(folded, lo, hi)), None)


def multilateral_key(word: str) -> str:
    """How the keys of the candidate series of meetings of three (four) countries start
    ("session:tripartite ", then the countries and the portfolio)."""
    return f"session:{word.lower()} "


AR_MULTILATERAL = frozenset(fold_all(["الثلاثي", "الثلاثية", "الرباعي", "الرباعية"]))
AR_PLAIN_ADJECTIVES = frozenset(
    fold_all(
        [
            "العادية",
            "العادي",
            "العام",
            "العامة",
            "السنوية",
            "السنوي",
            "الوزارية",
            "الوزاري",
            "الاعتيادية",
            "الحالية",
            "الحالي",
            "العربي",
            "العربية",
            "الإقليمي",
            "الإقليمية",
            # a region's, as "العربي": "الاجتماع المغاربي الحادي عشر لمديري …"
            "المغاربي",
            "المغاربية",
            "الخليجي",
            "الخليجية",
            # "الاجتماع الرفيع المستوى الرابع": the fourth high-level meeting
            "الرفيع",
            "الرفيعة",
            "المستوى",
        ]
    )
)
AR_NUMBERED = re.compile(
    rf"{_AR_PREFIX}{_AR_NOUN}\s(?P<adjectives>(?:{_AR_ADJECTIVE}\s){{0,2}}?)"
    rf"(?P<ordinals>{AR_ORDINAL}(?:\sو\s?{AR_ORDINAL})*)"
)
AR_BARE_NOUN = re.compile(_AR_PREFIX + _AR_NOUN)
# "مؤتمر بغداد الدولي الثاني لمكافحة المخدرات": a meeting named by its city in construct, numbered after
# the city and the meeting's adjectives (events.detection.references checks that the word is a city).
AR_CITY_NUMBERED = re.compile(
    rf"{_AR_PREFIX}{_AR_NOUN}\s(?P<city>[{ARABIC_LETTERS}]{{3,}})\s(?P<adjectives>(?:{_AR_ADJECTIVE}\s){{0,2}}?)"
    rf"(?P<ordinals>{AR_ORDINAL})"
)
# "أول اجتماع", "لأول قمة": "the first" before an indefinite meeting noun in construct (folded "اول").
AR_FIRST_NUMBERED = re.compile(rf"(?<![{ARABIC_LETTERS}])[وف]?[بل]?اول\s{_AR_NOUN}")

# The same patterns, tried only where a meeting noun is written (text.scanning): a Latin noun
# starts its match; an Arabic one comes after at most four letters of clitics ("وبال", "فلل").
LATIN_NOUNS = Anchored(
    LATIN_NOUN,
    split_words(
        "assembl general session conferenc congres reunion rencontre meeting agm gathering forum rendez conclave "
        "convention sommet summit edition"
    ),
)
_AR_NOUN_ANCHORS = split_words("جمعي دور موتمر ندو اجتماع ملتقي منتدي قم نسخ طبع")
_AR_LETTER = re.compile(f"[{ARABIC_LETTERS}]").fullmatch  # what _AR_PREFIX looks behind for
AR_NUMBERED_REFERENCES = Anchored(AR_NUMBERED, _AR_NOUN_ANCHORS, reach=4, word=_AR_LETTER)
AR_CITY_NUMBERED_REFERENCES = Anchored(AR_CITY_NUMBERED, _AR_NOUN_ANCHORS, reach=4, word=_AR_LETTER)
AR_BARE_NOUNS = Anchored(AR_BARE_NOUN, _AR_NOUN_ANCHORS, reach=4, word=_AR_LETTER)

# Words allowed between an ordinal and its noun ("forty-seventh annual conference").
# Who meets, in Arabic (plural, in construct after a glued lām): "مؤتمر لقادة …", "اجتماع لوزراء …".
PARTICIPANTS = frozenset(
    normalize_name(w)
    # "أصحاب السمو والمعالي وزراء …": the ministers, by their honorific
    for w in split_words("قادة رؤساء وزراء مديري مدراء أمناء ممثلي خبراء مسؤولي قضاة نواب رؤساء مفوضي أصحاب")
)
PRE_NOUN = frozenset(
    split_words(
        "annual annuelle annuel ordinary ordinaire regular ministerial ministerielle regional regionale international "
        "internationale plenary pleniere joint conjointe arab arabe african africaine police security consultative "
        "general generale tripartite trilateral trilaterale quadripartite quadrilateral quadrilaterale bilateral "
        "bilaterale "
        # "the fourth high-level meeting", "the 5th extraordinary session"
        "high level high-level extraordinary extraordinaire "
        # "the 56th DG-level border conference", "la 3e réunion frontalière"
        "border frontaliere frontalier"
    )
)
NOT_NUMBERED_AS_SERIES = frozenset(
    fold_all(["extraordinaire", "extraordinary", "special", "spéciale", "emergency", "urgence", "استثنائية", "طارئة"])
)
COORDINATION = re.compile(r"\s?(?:,|et|and|&|و)\s?(?:(?:la|le|les|the|l')\s?)?")
TOKEN = re.compile(r"\s*([^\W_]+'?|[^\w\s])")
CONNECTORS = frozenset(["de", "du", "des", "d'", "of", "for", "من"])
DETERMINERS = frozenset(
    split_words("la le l' les the this that its their sa son ses leur ce cet cette meme same dite said هذه هذا ذات نفس")
)
ADJECTIVES = frozenset(
    fold_all(
        split_words(
            "ordinaire ordinaires annuelle annuelles annuel ordinary annual regular ministerielle ministerial generale "
            "general superieur supreme internationale international regionale regional africaine african arabe arab "
            "pleniere plenary permanente permanent actuelle current prochaine next suivante precedente last "
            "العادية العادي السنوية السنوي الأعلى العامة الدولية الوزاري الوزارية العربي العربية الإقليمي "
            "الإفريقي الحالية الحالي "
            # a region's adjective: "la rencontre maghrébine des directeurs …", "الاجتماع المغاربي الحادي عشر"
            "maghrebine maghrebin المغاربي المغاربية golfe gulf الخليجي الخليجية"
        )
    )
)
# Heads of a complement that refer back to a body without naming it ("du Conseil", "للمنظمة").
HEADS: dict[str, str] = {
    **dict.fromkeys(["assemblee generale", "general assembly", "assemblee", "assembly"], "assembly"),
    **dict.fromkeys(["conseil", "council"], "council"),
    **dict.fromkeys(["conference", "congres", "congress"], "conference"),
    # ("de ce rendez-vous annuel", "of this gathering": the meeting named before)
    **dict.fromkeys(["reunion", "rencontre", "meeting", "forum", "rendez vous", "conclave", "gathering"], "meeting"),
    **dict.fromkeys(["sommet", "summit"], "summit"),
    **dict.fromkeys(["session"], "session"),
    **dict.fromkeys(["comite", "committee", "commission", "bureau", "office", "agence", "agency"], "committee"),
    **dict.fromkeys(
        split_words(
            "organisation organization alliance union universite university mecanisme mechanism groupe group "
            "coalition institution instance association"
        ),
        "organization",
    ),
    **{normalize_name(k): v for k, v in {"جمعية العامة": "assembly", "جمعية": "assembly"}.items()},
    **{normalize_name(k): "council" for k in ["مجلس"]},
    **{normalize_name(k): "conference" for k in ["مؤتمر", "ندوة"]},
    **{normalize_name(k): "meeting" for k in ["اجتماع", "ملتقى", "منتدى"]},
    **{normalize_name(k): "summit" for k in ["قمة"]},
    **{normalize_name(k): "session" for k in ["دورة"]},
    **{normalize_name(k): "committee" for k in ["لجنة", "مكتب", "وكالة"]},
    **{normalize_name(k): "organization" for k in ["مجموعة"]},  # as "groupe", "group"
    # a working group ("لفريق العمل العربي الأوروبي"), not "فريق" alone: also a general's rank
    **{normalize_name(k): "organization" for k in ["فريق العمل"]},
    **{normalize_name(k): "organization" for k in ["منظمة", "تحالف", "اتحاد", "جامعة", "آلية", "هيئة"]},
}
HEAD_RE = re.compile(
    rf"(?:(?<![{ARABIC_LETTERS}])(?P<clitic>[وف]?(?:لل|بال|ال|ل)?)(?P<ar>{alternation(k for k in HEADS if k[0] > 'z')})"
    rf"(?![{ARABIC_LETTERS}])|\b(?P<lat>{alternation(k for k in HEADS if k[0] <= 'z')})\b)"
)
# The possessive that opens a reference ("sa 26e assemblée", "its 12th meeting", "leur 21e conférence"),
# searched for with the reference's start as the end position.
POSSESSIVE_BEFORE = re.compile(r"\b(?:sa|son|ses|its|their|leur)\s?$")
# What may stand between a body (or a meeting named) and "its" session after it: "l'Alliance (ISA), dans sa",
# "its fourth"; in Arabic the possessive is the noun's suffix: "المجلس في دورته", "مؤتمر … في دورته".
POSSESSIVE_LINK = re.compile(
    r"\W*(?:(?:dans|lors de|lors d'|au cours de|pendant|during|at|in|a)\s?)?(?:sa|son|ses|its|their)\s?"
)
POSSESSIVE_LINK_AR = re.compile(r"\W*(?:في\s?)?")
AR_POSSESSIVE_NOUN = re.compile(rf"[وفبلك]?(?:دورت|موتمر|اجتماع|قمت|نسخت)(?:ها|هم|ه)(?![{ARABIC_LETTERS}])")
BREAKS = frozenset('.;:!?،؛؟()«»"|')
YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
YEARS = Anchored(YEAR, ["19", "20"])  # every year written in a text, tried where "19" or "20" is


_NOUN_CLASSES = ("assembly", "session", "conference", "meeting", "summit", "edition")
# The heads of a complement that name a meeting, no body ("of the forum", "de la conférence").
MEETING_HEADS = frozenset({"meeting", "conference", "summit", "session", "assembly"})


def noun_class_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(name for name in _NOUN_CLASSES if groups.get(name))


_SAID_MEETING = re.compile(
    r"\b(?:reunions?|rencontres?|meetings?)\b|(?<![\w])[وف]?(?:لل|بال|ال|[بل])?اجتماع(?:ات|ها|هم|ه)?(?![\w])"
)


def body_session_noun(surface: str) -> str:
    """How a body's numbered session is named in English, after what the text calls it: "Meeting"
    for "la neuvième réunion", "the 9th meeting", "الاجتماع التاسع"; else "Session" ("la 5e session",
    "الدورة الخامسة")."""
    return "Meeting" if _SAID_MEETING.search(normalize_name(surface)) else "Session"


# A founding year, no edition's: "مؤتمر ميونخ، الذي انطلق عام 1963", "founded in 1963", "créé en 1963".
_FOUNDED = re.compile(
    r"(?:\b(?:founded|created|launched|established|since|cree|creee|fonde|fondee|lance|lancee|depuis)"
    r"|(?<![\w])(?:انطلق|تاسس|انشي|منذ))\s(?:in\s|en\s|عام\s|سنه\s)?$"
)


def founding_year(folded: str, pos: int) -> bool:
    """Whether the date at folded `pos` is said to be a founding's ("founded in", "انطلق عام"): no meeting's year."""
    return _FOUNDED.search(folded, max(0, pos - 24), pos) is not None
