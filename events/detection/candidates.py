"""Sessions of series the catalogue does not know: candidate series, for editors to confirm.

A numbered meeting of a body outside the catalogue ("the 5th meeting of AFRIPOL", "la 12e session
ordinaire du conseil de Y", "الدورة السابعة لمجلس …") and a meeting named by its year ("Forum
africain de la cybersécurité 2019") are events all the same: the archive keeps them as sessions of
a *candidate* series instead of dropping them. Their identity is the ordinal (or the year) and a
key of the body's name that does not depend on the script: each core word of the name becomes the
consonant skeleton of its Latin form (people.name_keys.token_skeleton, the one used for persons),
so that "AFRIPOL" and "أفريبول" meet; the linker turns a body the knowledge base knows into that
organization's key instead, so a name and its translation meet too (archive.extraction.linking).

A candidate needs a name of its own: a capitalized word or an acronym in Latin script, a word that
is no generic head in Arabic. "la quatrième session de cette Alliance" (a body named earlier),
"session de formation" (a training) and "للمجلس" (refers back) make none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from events.detection.catalogue import Cue
from events.detection.city_forums import _TOPIC_PREPOSITIONS, city_forum, forum_name_end
from events.detection.context import LOCATIVE_BEFORE, CandidateSeries, Context, Resolved
from events.detection.document import inside
from events.detection.meeting_words import (
    ADJECTIVES,
    AR_BARE_NOUN,
    AR_PLAIN_ADJECTIVES,
    AR_POSSESSIVE_NOUN,
    BREAKS,
    CONNECTORS,
    DETERMINERS,
    HEAD_RE,
    HEADS,
    LATIN_NOUN,
    LATIN_NOUNS,
    MULTILATERAL,
    POSSESSIVE_BEFORE,
    POSSESSIVE_LINK,
    POSSESSIVE_LINK_AR,
    PRE_NOUN,
    TOKEN,
    YEAR,
    multilateral_key,
    multilateral_word,
    noun_class_of,
)
from events.detection.ordinals import AR_ORDINAL_RE, latin_ordinal_value, roman_value
from events.detection.references import Reference, note
from people.lexicon import PLACES
from people.name_keys import token_skeleton
from text.dates import is_calendar_word
from text.normalize import normalize_name
from text.places import (
    capital_country,
    city_named,
    country_name,
    country_of_adjective,
    country_of_name,
    english_adjective,
    find_countries,
)
from text.portfolios import MEETING_PORTFOLIOS
from text.scanning import Anchored
from text.wordlists import split_words

# Words that end a body's name: the clause goes on with a venue, a date, a verb or a relative.
_LATIN_STOPS = frozenset(
    split_words(
        "a au aux en in at on sur qui que which that who where ou tenue tenu tenues tenus held hosted "
        "organisee organise organisees organises organized organised prevue prevu prevues scheduled sous under "
        "avec with par by from depuis since et and le les lors during pendant ce cette this to vers "
        "s' est sont ont se sera seront a ete avait avaient etait etaient aura auront fut "
        "was were is are will has have had opened closed began ends ended "
        "concluded convened continued wrapped gathered adopted approved discussed reviewed focused took kicked"
    )
)
_ARABIC_STOPS = frozenset(
    normalize_name(w)
    for w in split_words(
        "في التي الذي الذين يوم خلال تحت بمشاركة بحضور على حول امس أمس اليوم وذلك حيث منذ عن مع إلى "
        # particles that open the clause's verb or a new clause: "… للمنتدى قد اعتمدت", "… ومنها"
        "قد وقد لقد ومنها منها ومن وهي وهو "
        # a date's "year" ("… بالجزائر العاصمة سنة 2026"), and the next or previous session's words
        "سنة عام العام المقبلة المقبل القادمة القادم السابقة السابق الماضية الماضي "
        # where it sits: "… للجنة التوجيهية بمقر الآلية" is the committee's session at the seat
        "بمقر مقر"
    )
)
_ARABIC_THEME = normalize_name("حول")  # "about": a theme, in a name only after a named body
_ON = normalize_name("على")
_SIGNATORIES = frozenset(normalize_name(w) for w in ("الموقعة", "الموقعين", "الموقعون"))
_ARABIC_STOP_PREFIXES = tuple(normalize_name(w) for w in ("المنعقد", "المقرر", "المنظم", "المقام", "برئاسة"))
# Verbs that follow a name ("… انعقد في نيامي"): the clause goes on.
_ARABIC_VERBS = frozenset(
    normalize_name(w)
    for w in split_words(
        "انعقد انعقدت ينعقد تنعقد سينعقد ستنعقد عقد عقدت يعقد تعقد سيعقد ستعقد اختتم اختتمت انطلق انطلقت "
        "بدأ بدأت افتتح افتتحت يختتم تختتم"
    )
)
_ARTICLES_IN_NAMES = frozenset({"le", "les"})
_RESPONSIBLE = frozenset(normalize_name(w) for w in ("مسؤولين", "مسؤولي", "مسؤولون"))


def _goes_on(folded: str, pos: int) -> bool:
    """Whether the word after an article continues a name: a noun, not a day, a date or a verb."""
    token = TOKEN.match(folded, pos)
    word = token.group(1) if token else ""
    return word[:1].isalpha() and not is_calendar_word(word) and word not in _LATIN_STOPS


_GROUP = {"session": "session", "assembly": "session", "meeting": "session", "edition": "session"}


def candidate_kind(noun_class: str) -> str:
    """The kind of candidate series a meeting noun's class makes: "conference", "summit", else "session"."""
    return _GROUP.get(noun_class, noun_class)


_MAX_WORDS = 10
# How far apart two ordinals of one series may be for a bare "la 44e conférence" to be a session of
# the candidate series the article reports on (its 45th): the previous and next sessions, a few back.
_NEIGHBOUR_GAP = 5


BETWEEN_WORD = r"(?:entre|between|بين)"  # "the committee between Rabat and Madrid", "بين الرباط ومدريد"
_IN_BRACKETS = re.compile(r"\s*\([^()]*\)")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{2,14}|[\u0621-\u064a]{3,15})\)")
# A body's acronym in brackets or quotes a few words after where its name was cut ("… رؤساء الشرطة
# في شرق إفريقيا (إيابكو)", "… في الأمريكتين "أمريبول"", "… de l'Afrique de l'Ouest (CCPAO, ou
# WAPCCO selon son sigle anglais)"): the acronym names the body, the same in every language.
_BRACKETED = re.compile(r"[(\"«“]\s*([^()\"«»“”\n]{3,70}?)\s*[)\"»”]")
_LATIN_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,14}(?:-[A-Z0-9]{2,10})?")


def is_acronym(body: str) -> bool:
    """Whether a candidate series' body is a Latin acronym ("AMMTC", "CEN-SAD"): the name it has in
    every language (`acronym_after`)."""
    return _LATIN_ACRONYM.fullmatch(body) is not None


_ARABIC_ACRONYM = re.compile(r"[\u0621-\u064a]{3,15}")
_ENGLISH_SAID = re.compile(r"anglais|english|الإنجليزية|الانجليزية", re.IGNORECASE)
_ACRONYM_GAP = 9  # words between the name as read and its acronym


def _usual(ctx: Context, acronym: str) -> str:
    """A known body's usual acronym for one it has in another language ("OCS": "SCO")."""
    return ctx.catalogue.acronyms.get(acronym, acronym)


# Who holds a meeting, written after its name ("held by", "organisée par", "تنظمها"): the acronym after it is theirs.
_BY_ANOTHER = re.compile(r"\b(?:by|par)\b|(?<!\w)(?:ينظمها|تنظمها|ينظمه|تنظمه|نظمتها|نظمها|نظمته|نظمه)(?!\w)")


def acronym_after(ctx: Context, end: int) -> tuple[str, int] | None:
    """The acronym of a body whose name ends at folded `end` (or was cut there, at a preposition or
    a verb-like word), and the folded end of its brackets: right after the name ("(ASEANAPOL)"), or
    a few words later in the sentence, in brackets or quotes; else None. Of two acronyms in the
    brackets, the one said to be the English one ("(CCPAO, ou WAPCCO selon son sigle anglais)"),
    else the first; a known body's usual acronym for its acronym in another language ("(OCS)": "SCO")."""
    original = ctx.doc.original
    at = ctx.doc.to_original(end, end)[0] if end < len(ctx.doc.folded) else len(original)
    close = _ACRONYM_AFTER.match(original, at)
    if close:
        return _usual(ctx, close.group(1)), ctx.doc.to_folded(close.end())
    stop = ctx.doc.to_original(*ctx.doc.sentence(max(0, end - 1)))[1]
    match = _BRACKETED.search(original, at, min(stop, at + 160))
    if match is None:
        return None
    between = original[at : match.start()]
    if any(c in between for c in ",;.:()\n") or len(between.split()) > _ACRONYM_GAP:
        return None
    if _BY_ANOTHER.search(between):
        return None  # "… Conference on Combating Cybercrime held by the Naif Arab University (NAUSS)": the organiser's
    opening = ctx.doc.to_folded(match.start())
    if any(end <= cue.start and opening - 2 <= cue.end <= opening for cue in ctx.cues):
        return None  # "… commanders of coast guard services in the Gulf Cooperation Council (GCC) states": its
    inner = match.group(1)
    parts = [p.strip() for p in re.split(r",|;|/|\bou\b|\bor\b|\bأو\b", inner)]
    latin = [m.group() for p in parts if (m := _LATIN_ACRONYM.match(p))]
    if latin:
        english = _ENGLISH_SAID.search(inner) is not None
        return _usual(ctx, latin[-1] if english else latin[0]), ctx.doc.to_folded(match.end())
    word = inner.strip()
    place = ctx.doc.to_folded(match.start(1)) in ctx.place_at
    if _ARABIC_ACRONYM.fullmatch(word) and not word.startswith("ال") and not place:
        return word, ctx.doc.to_folded(match.end())
    return None


# What a meeting is called in English, from its noun and the words around it in any language:
# "assemblée générale annuelle", "AGM", "الاجتماع العام السنوي" → "Annual General Meeting".
_MEETINGS_EN = (
    (
        "Annual General Meeting",
        re.compile(
            r"\bagm\b|annual general meeting|assemblee generale annuelle|اجتماع العام السنوي|جمعيه العامه السنويه"
        ),
    ),
    ("General Assembly", re.compile(r"general assembly|assemblee generale|جمعي(?:ه|ت(?:ها|ه)) العامه")),
    ("Conference", re.compile(r"conference|congres|موتمر")),
    ("Summit", re.compile(r"summit|sommet|قمه")),
    ("Meeting", re.compile(r"meeting|reunion|rencontre|اجتماع")),
)


def meeting_english(folded: str) -> str:
    """'Annual General Meeting', 'Conference', … for a reference's folded words, else ''."""
    return next((name for name, words in _MEETINGS_EN if words.search(folded)), "")


def body_key(body: str) -> str:
    """The script-independent key of a body's name: skeletons of its words, connectors left out, in
    alphabetical order: languages order the same words differently ("chefs de police du Sahel",
    "Sahel Police Chiefs")."""
    words = [_strip_clitic(w) for w in normalize_name(body).split()]
    skeletons = [token_skeleton(w) for w in words if w and w not in CONNECTORS and w not in DETERMINERS]
    return " ".join(sorted(s for s in skeletons if s))


def _strip_clitic(word: str) -> str:
    if word.startswith(("وال", "ولل")) and len(word) > 5:  # "والتنمية": "and" before the article
        word = word[1:]
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    if word[:1] in "لب" and len(word) > 3 and word[1:3] != "ال" and word[0] > "z":
        return word[1:]
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    return word


# The keys of names made of a meeting noun and a generic adjective only ("Forum international", "المؤتمر الدولي")
_GENERIC_KEYS = frozenset(
    body_key(w)
    for w in split_words(
        "international internationale régional régionale regional annuel annuelle annual "
        "الدولي الدولية الإقليمي الإقليمية السنوي السنوية"
    )
)


# The words that name what a security body does and who sits in it, in three languages: a body
# named only with them ("chefs des organes de lutte contre le terrorisme", "Heads of Counter-Terrorism
# Agencies", "رؤساء أجهزة مكافحة الإرهاب") is keyed by what they mean, the same in every language. So is
# a meeting named by its region, who meets and its theme ("Forum euro-méditerranéen de police sur le
# trafic de migrants", "Euro-Mediterranean Police Forum on Migrant Smuggling", "المنتدى الأورومتوسطي
# للشرطة حول تهريب المهاجرين"). A word may stand for two concepts ("الأورومتوسطي": "euro-méditerranéen").
_CONCEPTS = {
    "head": "chef chefs head heads chief chiefs leaders dirigeants responsables directeurs directors commandants "
    "commanders officials "
    "رؤساء رئيس قادة مديري مدراء مسؤولين مسؤولي",
    "agency": "organe organes service services agence agences agency agencies bodies body institutions departments "
    "directions أجهزة جهاز هيئات مؤسسات إدارات",
    "counter": "lutte contre counter combating combat fight fighting against anti مكافحة",
    "terrorism": "terrorisme terrorism terrorist terroristes إرهاب",
    "narcotics": "stupefiants stupéfiants drogue drogues narcotics drug drugs مخدرات",
    # the fight and what it fights in one word: "lutte antiterroriste", "counterterrorism", "lutte antidrogue"
    "counter terrorism": "antiterroriste antiterroristes antiterrorisme antiterrorist antiterrorism counterterrorism",
    "counter narcotics": "antidrogue antidrogues antinarcotics",
    "police": "police polices policing policier policiere policiers policieres شرطة الشرطي الشرطية",
    "intelligence": "renseignement renseignements intelligence استخبارات مخابرات",
    "traffic": "circulation traffic مرور",
    # "trafic de migrants" is smuggling; "traffic" alone (English) stays road traffic, above
    "smuggling": "trafic passeurs contrebande smuggling smugglers تهريب",
    "migrants": "migrants migrant migration migrations مهاجرين هجرة",
    "border": "frontiere frontieres frontalier frontaliere border borders حدود",
    "europe": "euro europe europeen europeenne europeens europeennes european أوروبي أوروبية أوروبيين أوروبيون "
    "أورو",  # ("الأورو-إفريقي": Euro-African)
    "europe mediterranean": "أورومتوسطي أورومتوسطية euromed",
    "africa": "afrique africain africaine africains africaines africa african أفريقيا إفريقيا أفريقي إفريقي أفريقية "
    "إفريقية",
    "security": "securite securitaire securitaires security أمن أمني أمنية",
    "internal": "interieure interne internal domestic داخلي داخلية",
    # the police that investigates crimes: "police judiciaire", "judicial police", "الشرطة العدلية/القضائية"
    "judicial": "judiciaire judiciaires judicial عدلية العدلية قضائية القضائية",
    "community": "communautaire proximite community neighbourhood مجتمعية المجتمعية",
    # regions and fields that name forums in every language ("منتدى الأمن الأطلسي" = "Atlantic Security Forum")
    "atlantic": "atlantique atlantic أطلسي الأطلسي الأطلسية",
    "maritime": "maritime maritimes marine naval بحري البحري البحرية",
    "cyber": "cybersecurite cybersecurity cybercriminalite cybercrime cyber سيبراني السيبراني السيبرانية",
    # the world's meetings of an organisation ("INTERPOL Global Cybercrime Conference", "Conférence mondiale
    # d'Interpol sur la cybercriminalité", "المؤتمر العالمي للإنتربول حول الجريمة السيبرانية")
    "global": "global mondial mondiale world عالمي العالمي العالمية",
    # the police organisations whose name is one word in every language (Arabic writes it out)
    "interpol": "interpol إنتربول انتربول أنتربول الإنتربول الانتربول الأنتربول",
    "europol": "europol يوروبول اليوروبول أوروبول",
    "afripol": "afripol أفريبول الأفريبول أفريپول",
    "ameripol": "ameripol أمريبول",
    "aseanapol": "aseanapol",
    "sahel": "sahel saharan saharien sahelien sahelienne الساحل",
    "cooperation": "cooperation التعاون تعاون",
    # a code of conduct ("Code de conduite de Yaoundé", "Djibouti Code of Conduct", "مدونة سلوك جيبوتي")
    "code": "code codes مدونة",
    "conduct": "conduite conduct سلوك",
    # "garde-côtes", "coast guard", "خفر السواحل"; "gardes-frontières", "border guards", "حرس الحدود"
    "coast": "cotes cote coast coastal سواحل",
    "mediterranean": "mediterraneen mediterraneenne mediterranean mediterranee متوسطي متوسط",
    "guard": "garde gardes guard guards guardia خفر حرس",
    # a dialogue named after the city that launched it ("Processus de Rabat", "Rabat Process",
    # "مسلسل الرباط", "Initiative d'Accra", "مبادرة أكرا")
    "process": "processus process مسلسل مسار",
    "initiative": "initiative مبادرة",
    # "services d'investigation criminelle", "criminal investigation agencies", "أجهزة البحث الجنائي"
    "criminal": "criminelle criminel criminelles criminels criminal جنائي الجنائي جنائية الجنائية",
    "investigation": "investigation investigations enquete enquetes بحث تحقيق تحقيقات",
}
# Words that only tie the others together: a theme's preposition ("sur", "on", "حول"), "concerned
# with" ("الأجهزة المعنية بمكافحة الإرهاب" is "أجهزة مكافحة الإرهاب"), "in charge of" ("المسؤولين عن
# مكافحة الإرهاب"), and "Arab", which each language writes in another place ("Arab Officials in Charge
# of …", "المؤتمر … للمسؤولين عن … في الدول العربية", "la conférence arabe des chefs …"), and so
# are the Maghreb's and the Gulf's ("12th Gulf Conference on …", "المؤتمر الخليجي 12 لـ…").
_CONCEPT_FILLERS = frozenset(
    _strip_clitic(normalize_name(word))
    for word in split_words(
        "sur on about حول concernes concernees concerned charges chargees المعنية المختصة in charge عن "
        "arab arabe arabes arabs maghreb maghrebin maghrebine maghrebins maghrebines مغاربي المغاربي المغاربية "
        "golfe gulf خليجي الخليجي الخليجية "
        # the member states of the body the meeting belongs to: "des pays du", "بدول", "member states'"
        "pays etats membres member states countries دول الدول الأعضاء "
        # "the Mediterranean Coast Guard Functions Forum", "منتدى وظائف خفر السواحل للبحر الأبيض المتوسط"
        "fonctions functions وظائف mer sea بحر أبيض الأبيض "
        # "the high-level meeting of the signatory states of the … Code of Conduct"
        "haut niveau high level signatory signatories signataires الموقعة على "
        # "Conférence ministérielle euro-africaine sur la migration et le développement", "المؤتمر الوزاري
        # الأورو-إفريقي … حول الهجرة والتنمية": who meets and the second theme each language may leave out
        "ministerielle ministeriel ministerial الوزاري developpement development التنمية تنمية "
        # what a field's fight is against, which one language says in one word with the field ("Cybercrime",
        # "la cybercriminalité") and another in two ("الجرائم السيبرانية")
        "crime crimes criminalite جرائم الجرائم جريمة الجريمة "
        # "general", "public": "قادة الشرطة والأمن العام" are the police and security chiefs, as "police chiefs"
        "general generale generales generaux public publique العام العامة"
    )
)
_CONCEPT_OF = {
    _strip_clitic(normalize_name(word)): concept for concept, words in _CONCEPTS.items() for word in words.split()
}


_AND = frozenset({"and", "et"})  # "coast guard and border guard": concepts tied together


def concept_key(body: str) -> str:
    """'agency counter head terrorism' for a body named only with `_CONCEPTS`' words (two at
    least, connectors and fillers aside), else ''."""
    concepts = _concepts_of(body)
    if concepts and {"head", "agency"} <= concepts and len(concepts) > 2:
        # the heads of a field's agencies are that field's heads: "chefs des services des garde-côtes" and
        # "chefs des garde-côtes", "رؤساء أجهزة خفر السواحل" and "قادة خفر السواحل" are one conference
        concepts.discard("agency")
    return "concepts " + " ".join(sorted(concepts)) if concepts and len(concepts) >= 2 else ""


def _all_concepts(body: str) -> bool:
    """Whether a body's words are `_CONCEPTS`' (one at least) and fillers only."""
    return bool(_concepts_of(body))


def _concepts_of(body: str) -> set[str] | None:
    """The concepts a body's words stand for, connectors and fillers aside; None when a word is
    none of them."""
    concepts = set()
    for word in normalize_name(body).split():
        if word[1:2] == "'" and word[:1] in ("l", "d"):  # "d'Accra", "l'Union"
            word = word[2:]
        if word in CONNECTORS or word in DETERMINERS or word in ("l", "d", "le", "la", "les"):
            continue
        if word in _CONCEPT_FILLERS or _strip_clitic(word) in _CONCEPT_FILLERS or word in _AND:
            continue
        concept = _CONCEPT_OF.get(_strip_clitic(word)) or _CONCEPT_OF.get(word) or _city_concept(word)
        if concept is None and word[:1] == "و" and len(word) > 3:  # "وحرس الحدود": "and" glued to a concept
            concept = _CONCEPT_OF.get(_strip_clitic(word[1:])) or _CONCEPT_OF.get(word[1:])
        if concept is None:
            return None
        concepts.update(concept.split())
    return concepts


def _first_item(body: str) -> str:
    """A body's name before a second item joined by "and" ("… مدونة سلوك جيبوتي وتعديل جدة", "… Code
    of Conduct and its Jeddah Amendment") or before its remit ("Processus de Nouakchott sur le
    renforcement de la coopération sécuritaire …"): what it is named after first, keyed when the whole
    is not."""
    words = body.split()
    for i, word in enumerate(words[1:], 1):
        if word in ("and", "et", "sur", "on", "حول") or (word[:1] == "و" and len(word) > 3):
            return " ".join(words[:i])
    return body


_CITY_PROCESS = re.compile(
    r"\b(?:processus|initiative) d(?:e |')(?P<after>[^\W\d_]+)|\b(?P<before>[^\W\d_]+) (?:process|initiative)\b"
    r"|(?:مسلسل|مسار|مبادره) (?P<ar>[^\s]+)"
)


def _process_named_before(ctx: Context, body: str, pos: int) -> str:
    """The key of the city's process or initiative the article named before a bare "du Processus",
    "of the Initiative" ("la 4e réunion ministérielle du Processus" after "le Processus de
    Nouakchott"), else ''."""
    if _concepts_of(body) not in ({"process"}, {"initiative"}):
        return ""
    kind = next(iter(_concepts_of(body)))  # "process" or "initiative": the same one named before
    keys = [
        concept_key(f"{kind} {city}")
        for m in _CITY_PROCESS.finditer(ctx.doc.folded, 0, pos)
        if (city := m.group("after") or m.group("before") or m.group("ar")) and _city_concept(city)
    ]
    return keys[-1] if keys else ""


def _city_concept(word: str) -> str | None:
    """'at-yaounde' for a city's name in any language ("Code de conduite de Yaoundé", "Yaoundé Code
    of Conduct", "مدونة سلوك ياوندي"): a meeting or a body named after its city, the same everywhere."""
    city = city_named(word) or (city_named(_strip_clitic(word)) if word[:1] > "z" else None)
    return "at-" + normalize_name(city.name).replace(" ", "-") if city else None


def _organised_key(ctx: Context, start: int, end: int) -> str:
    """'concepts coast guard head of Gulf Cooperation Council' for a body named by who meets and
    the organisation they meet in ("قادة خفر السواحل بدول مجلس التعاون", "commandants des
    garde-côtes des pays du Conseil de coopération du Golfe", "GCC coast guard commanders"): the
    same in every language, as the organisation is the catalogue's. '' for any other body."""
    cues = [cue for cue in ctx.cues if start <= cue.start and cue.end <= end]
    organisation = _organisation_of(ctx, cues)
    if organisation is None:
        return ""
    rest = _original(ctx, start, end)
    for cue in cues:
        rest = rest.replace(_original(ctx, cue.start, cue.end), " ")
    concepts = concept_key(rest)
    return f"{concepts} of {organisation}" if concepts else ""


def _organisation_closing(ctx: Context, start: int, end: int) -> str | None:
    """The organised key (`_organised_key`) of who meets named by concepts from folded `start` to `end`
    and the catalogue organisation named a little after, only concepts and connectors between ("the
    commanders of coast guard | and border guard services in the | Gulf Cooperation Council (GCC) states");
    else None."""
    sentence_end = ctx.doc.sentence(max(start, end - 1))[1]
    # (the organisation's name may also run past the body's end: "… بدول مجلس التعاون لدول الخليج | العربية")
    cue = next((c for c in ctx.cues if start < c.start <= end + 60 and end < c.end <= sentence_end), None)
    if cue is None or _organisation_of(ctx, [cue]) is None:
        return None
    if cue.start > end and _concepts_of(_original(ctx, end, cue.start)) is None:
        return None
    return _organised_key(ctx, start, cue.end) or None


def _organisation_of(ctx: Context, cues: list[Cue]) -> str | None:
    """The one organisation the catalogue's series that `cues` name belong to, else None."""
    organisations = {ctx.catalogue.series[t.series].organization for cue in cues for t in cue.targets}
    return organisations.pop() if len(organisations) == 1 and None not in organisations else None


# A bilateral joint body: its name changes with the language ("commission sécuritaire mixte
# maroco-qatarie", "Qatari-Moroccan Joint Security Committee", "اللجنة الأمنية المشتركة القطرية
# المغربية"), its identity does not: a joint body of two countries. Its key is the pair's codes,
# and "group" for a group ("Groupe migratoire mixte permanent maroco-espagnol", "مجموعة الهجرة
# المختلطة الدائمة"), which the same two countries may hold beside their committee.
_JOINT_GROUPS = frozenset(normalize_name(w) for w in split_words("groupe group مجموعة المجموعة لمجموعة للمجموعة"))
_JOINT_HEADS = (
    frozenset(normalize_name(w) for w in split_words("commission commissions comite committee لجنة اللجنة للجنة"))
    | _JOINT_GROUPS
)
_JOINT_MARKS = frozenset(
    normalize_name(w)
    for w in split_words(
        "mixte mixtes joint conjointe conjoint bilateral bilatérale bilatéral مشتركة المشتركة المشترك مشترك "
        "الثنائية ثنائية coordination التنسيق تنسيق مختلطة المختلطة"
    )
)
# A joint body named by "the two countries" ("de la commission mixte entre les deux pays", "للجنة
# الأمنية المشتركة بين البلدين", "of the two countries' joint committee"): the pair is named elsewhere.
_TWO_COUNTRIES = re.compile(r"\b(?:deux pays|two countries|البلدين|للبلدين)\b")
_WORD = re.compile(r"[^\W\d_]+")
_JOINT_WINDOW = 140
_JOINT_GAP = 3  # other words a joint body's name holds in a row ("… de sécurité frontalière")
# "اجتماعها الثالث", "دورتها الثانية": the meeting noun with a pronoun points back to a body named before.
_POSSESSIVE_NOUNS = frozenset(normalize_name(w) for w in split_words("اجتماعها دورتها اجتماعه دورته"))
_POSSESSIVES = frozenset(normalize_name(w) for w in split_words("leur leurs their its sa son ses"))
_SECURITY_WORDS = re.compile(r"securit|\bsecurity|امن")
# The stems of `_JOINT_MARKS`, folded ("ثنائي" is "ثنايي"): a joint body's, a coordination body's,
# and the Arabic "mixed" ("المختلطة") that names joint groups only.
_BILATERAL_STEMS = ("bilateral", normalize_name("ثنائي"))
_MIXED_STEMS = ("mixte", "joint", "مشترك")  # a joint body's mark other than "bilateral"
_JOINT_STEMS = (*_MIXED_STEMS, *_BILATERAL_STEMS)
_COORDINATION_STEMS = ("coordination", "تنسيق")
# A standing body of two countries is theirs jointly, though it does not say so: "le Groupe permanent
# maroco-espagnol sur la migration", "the Spain-Morocco Permanent Migration Group" (its two countries
# named with it, as every joint body's are, `_joint_body`).
_STANDING_MARKS = frozenset(normalize_name(w) for w in split_words("permanent permanente الدائمة الدائم"))
_JOINT_MARK_STEMS = (*_JOINT_STEMS, *_COORDINATION_STEMS, "مختلط", "permanent", normalize_name("الدائم"))
# (looked for before any joint body is read)
_COORDINATION_WORDS = re.compile("|".join(_COORDINATION_STEMS))
_JOINT_WORDS = re.compile("|".join(_JOINT_STEMS))
_MIXED_WORDS = re.compile("|".join(_MIXED_STEMS))
_BORDER_WORDS = re.compile(r"frontier|frontalier|\bborder|حدود")
_MIGRATION_WORDS = re.compile(r"migrat|هجره")
_DEVELOPMENT_WORDS = re.compile(r"developpement|development|تنميه")
_BILATERAL_WORDS = re.compile("|".join(_BILATERAL_STEMS))
_PERMANENT_WORDS = re.compile(r"\bpermanente?\b|الدايم")  # "Groupe mixte permanent", "المجموعة … الدائمة"


def _joint_body(
    ctx: Context, start: int, end: int, *, around: int | None = None
) -> tuple[int, int, tuple[str, ...]] | None:
    """(start, end, the two countries) of a joint body named in the folded range, else None. Its
    words (head, joint mark, the two adjectives) stand close together: more than _JOINT_GAP other
    words end the name, or start it again when it was not whole yet."""
    head = mark = False
    countries: dict[str, None] = {}  # in the order written
    spans: list[tuple[int, int]] = []  # the words that make the name: head, mark, adjectives
    gap = 0
    for word in _WORD.finditer(ctx.doc.folded, start, end):
        w = word.group()
        country = None
        if w not in _JOINT_HEADS and w not in _JOINT_MARKS and w not in _STANDING_MARKS:
            # an adjective ("maroco-mauritanienne") or a country's name ("the Mauritania-Morocco joint …")
            country = country_of_adjective(w.removeprefix("و")) or country_of_name(w)
            if country is None:
                if head and mark and len(countries) == 2:
                    if around is None or spans[0][0] <= around < spans[-1][1]:
                        break  # the name is whole: "… Joint Security Committee in Dammam"
                    head = mark = False  # a whole name, but not the one asked about: read on
                    countries, spans, gap = {}, [], 0
                    continue
                gap += 1
                if gap > _JOINT_GAP and spans:
                    if head and mark and len(countries) == 2:
                        break
                    head = mark = False
                    countries, spans = {}, []
                continue
        gap = 0
        head = head or w in _JOINT_HEADS
        mark = mark or w in _JOINT_MARKS or w in _STANDING_MARKS
        if country:
            countries[country] = None
        spans.append(word.span())
    if not (head and mark) or len(countries) != 2:
        return None
    if around is not None and not spans[0][0] <= around < spans[-1][1]:
        return None
    remit = _REMIT_AFTER.match(ctx.doc.folded, spans[-1][1])  # "… hispano-mauritanien de sécurité"
    return spans[0][0], remit.end() if remit else spans[-1][1], tuple(countries)


# What a joint body's name says it deals with after its countries: "Comité mixte hispano-mauritanien
# de sécurité", "… de sécurité frontalière", "… for security cooperation", "… sur la migration".
_REMIT_AFTER = re.compile(
    r" (?:de la |de |du |des |for |on |sur la |sur les |sur )"
    r"(?:(?:securite|securitaire|security|cooperation|frontaliere|frontalier|frontieres|border|migration"
    r"|migratoire)\b ?){1,3}(?<! )"
    # "… pour le développement (et la promotion) des zones frontalières", "… for the Development of Border Areas"
    r"| (?:pour le|for the) (?:developpement|development)(?: et (?:de )?la promotion| and (?:the )?promotion)?"
    r" (?:des (?:zones|regions) frontalieres|of (?:the )?border (?:areas|regions|zones))"
)


# What a joint body's name may open with before its head or mark: "of their Permanent Joint Migration Group".
_STANDING = frozenset(split_words("permanent permanente high haute"))


def _joint_words(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """A joint body's head and mark right at `start`, after connectors and a possessive ("de leur
    commission sécuritaire mixte", "of their joint security committee"): its span, else None."""
    head = mark = False
    first = last = standing = None
    gap = skipped = 0
    for word in _WORD.finditer(ctx.doc.folded, start, end):
        w = word.group()
        if first is None and (w in CONNECTORS or w in DETERMINERS or w in _POSSESSIVES or w in _STANDING):
            skipped += 1
            if skipped > 3:
                return None
            standing = word.start() if w in _STANDING and standing is None else standing
            continue
        if w in _JOINT_HEADS or w in _JOINT_MARKS:
            head, mark = head or w in _JOINT_HEADS, mark or w in _JOINT_MARKS
            first = (word.start() if standing is None else standing) if first is None else first
            last, gap = word.end(), 0
        elif first is None:
            return None
        else:
            gap += 1
            if gap > _JOINT_GAP:
                break
    if not (head and mark) or first is None or last is None:
        return None
    remit = _REMIT_AFTER.match(ctx.doc.folded, last)  # "… their Joint Commission on Security Cooperation"
    return first, remit.end() if remit else last


def _joint_of_countries(ctx: Context, start: int, end: int) -> tuple[int, int, tuple[str, ...]] | None:
    """A joint body written without its countries' adjectives, in a sentence that names exactly
    two countries ("Le Maroc et l'Espagne ont tenu … de leur comité mixte de sécurité", "Jordan and
    Iraq held the third meeting of their joint security committee"), or that calls them "the two
    countries" (`_pair_named_before`)."""
    span = _joint_words(ctx, start, end)
    if span is None:
        return None
    sent_start, sent_end = ctx.doc.sentence(span[0])
    named = _joint_body(ctx, sent_start, sent_end, around=span[0])
    if named is not None:
        return named  # "The Tunisian-Libyan Security Coordination Committee": its adjectives name it
    # the two sides named before the body, by name or adjective ("Spanish and Moroccan officials met
    # … of their joint group, as arrivals on Spain's Canary Islands …"), else the sentence's countries
    countries = tuple(dict.fromkeys(_countries_in(ctx, sent_start, span[0]))) or _capitals_after(ctx, span[1])
    if len(countries) != 2:
        a, b = ctx.doc.to_original(sent_start, sent_end)
        countries = tuple(dict.fromkeys(code for _, _, code in find_countries(ctx.doc.original[a:b])))
    if len(countries) == 2:
        return (*span, countries)
    if len(countries) < 2 and _TWO_COUNTRIES.search(ctx.doc.folded, span[1], min(sent_end, span[1] + 50)):
        pair = _pair_named_before(ctx, sent_start, sent_end)
        return (*span, pair) if pair else None
    return None


# "… للجنة الأمنية المشتركة بين الرباط ومدريد", "le comité mixte entre Rabat et Madrid": two capitals
# after the body's name stand for their countries.
_BETWEEN_CAPITALS = re.compile(rf" {BETWEEN_WORD} ")
_CAPITALS_REACH = 40


def _capitals_after(ctx: Context, end: int) -> tuple[str, ...]:
    """The countries of the two capitals "between" which a joint body stands, its name ending at
    `end`, else ()."""
    between = _BETWEEN_CAPITALS.match(ctx.doc.folded, end)
    if between is None:
        return ()
    stop = min(ctx.doc.sentence(end)[1], between.end() + _CAPITALS_REACH)
    capitals = [capital_country(p.city) for p in ctx.places if between.end() <= p.start < stop][:2]
    if len(capitals) == 2 and None not in capitals and capitals[0] != capitals[1]:
        return tuple(capitals)
    return ()


def _countries_in(ctx: Context, start: int, end: int) -> list[str]:
    """The countries a folded range names, by name or by nationality adjective, in order."""
    a, b = ctx.doc.to_original(start, end)
    found = [(ctx.doc.to_folded(a + s), code) for s, _, code in find_countries(ctx.doc.original[a:b])]
    for word in _WORD.finditer(ctx.doc.folded, start, end):
        country = country_of_adjective(word.group().removeprefix("و"))
        if country:
            found.append((word.start(), country))
    return [code for _, code in sorted(found)]


_COORDINATED = re.compile(r"(?<![\w'])([^\W\d_]+) (?:and|et) ([^\W\d_]+)\b")


def _coordinated_pair(ctx: Context, start: int, end: int) -> tuple[str, ...] | None:
    """The two countries a clause's subject coordinates before "their" joint body, by their names or
    their capitals ("Tunis and Tripoli had agreed, at the fifth session of their joint security
    committee"), whatever other countries the sentence names: the last such pair before `end`."""
    capitals = {p.start: capital_country(p.city) for p in ctx.places_between(start, end)}
    for match in reversed(list(_COORDINATED.finditer(ctx.doc.folded, start, end))):
        sides = [country_of_name(match.group(n)) or capitals.get(match.start(n)) for n in (1, 2)]
        if all(sides) and sides[0] != sides[1]:
            return tuple(sides)
    return None


def _pair_named_before(ctx: Context, sent_start: int, sent_end: int) -> tuple[str, ...] | None:
    """The two countries "the two countries" stand for: those the sentence names ("his Iraqi
    counterpart"), then the country of the sentence's venue ("a reçu à Rabat le ministre espagnol":
    a bilateral meeting is held on one side), then of the city the article was written in (its
    dateline's: a bilateral meeting is reported from one side), then the countries the article names
    by their names, in order ("Mauritanie-Sénégal : …" in its headline); a country's name that stands
    for its capital ("à Tunis", "الجزائر" in a dateline) is a city, not a side."""
    pair = dict.fromkeys(_countries_in(ctx, sent_start, sent_end))
    folded = ctx.doc.folded
    venue = [
        p.country
        for p in ctx.places_between(sent_start, sent_end)
        if not inside(p.start, ctx.datelines) and LOCATIVE_BEFORE.search(folded, max(0, p.start - 6), p.start)
    ]
    dateline = [p.country for p in ctx.places if inside(p.start, ctx.datelines) and p.country]
    cities = ctx.place_at
    named = [
        code
        for start, _, code in find_countries(ctx.doc.original)
        if ctx.doc.to_folded(start) not in cities and not inside(ctx.doc.to_folded(start), ctx.datelines)
    ]
    for country in [*venue[:1], *dateline[:1], *named]:
        if len(pair) >= 2:
            break
        pair.setdefault(country, None)
    return tuple(pair) if len(pair) == 2 else None


CLAUSE_END = re.compile(r"[,;:.!?،؛؟()]")


def _clause_end(ctx: Context, end: int) -> int:
    """Where the clause after a joint body's name ends (80 characters at most): what it says the
    body is about may follow the name ("commission mixte algéro-tunisienne chargée de la sécurité
    des frontières, qui …")."""
    limit = min(len(ctx.doc.folded), end + 80, ctx.doc.sentence(end)[1])
    stop = CLAUSE_END.search(ctx.doc.folded, end, limit)
    return max(stop.start() if stop else limit, min(limit, end + 25))


def joint_english_name(countries: tuple[str, ...], words: str, *, group: bool = False) -> str:
    """'Jordanian-Iraqi Joint Security Committee': the countries' adjectives (or names) in the order
    written, and what the body's words say it is about (security, borders, migration)."""
    names = "-".join(english_adjective(c) or country_name(c) or c for c in countries)
    if _PERMANENT_WORDS.search(words):
        names += " Permanent"  # as stated: "Groupe migratoire mixte permanent", "Comité permanent mixte"
    if group:
        return f"{names} Joint {'Migration ' if _MIGRATION_WORDS.search(words) else ''}Group"
    security = _SECURITY_WORDS.search(words) is not None
    border = _BORDER_WORDS.search(words) is not None
    if border and not security and _DEVELOPMENT_WORDS.search(words):
        # "la commission bilatérale … pour le développement et la promotion des zones frontalières"
        mark = "Bilateral" if _BILATERAL_WORDS.search(words) else "Joint"
        return f"{names} {mark} Committee for the Development of Border Areas"
    about = ("Border " if border else "") + ("Security " if security else "")
    if _COORDINATION_WORDS.search(words) and not _JOINT_WORDS.search(words):
        return f"{names} {about}Coordination Committee"  # "لجنة التنسيق الأمني السعودية الكويتية"
    # (as stated: "Comité bilatéral frontalier algéro-mauritanien" is a Bilateral Border Committee)
    mark = "Bilateral" if _BILATERAL_WORDS.search(words) and not _MIXED_WORDS.search(words) else "Joint"
    return f"{names} {mark} {about}Committee"


def bare_group(ctx: Context, ref: Reference) -> bool:
    """Whether the reference's body is a group's head alone, in lower case and going on with nothing
    ("la huitième session du groupe, tenue à Rabat"): the group the article reports on, not one
    named there ("de l'Organisation de coopération …")."""
    words = [w for w in _WORD.finditer(ctx.doc.folded, ref.walk_from, min(len(ctx.doc.folded), ref.walk_from + 60))]
    words = [w for w in words if w.group() not in CONNECTORS and w.group() not in DETERMINERS]
    if not words or words[0].group() not in ("groupe", "group") or ctx.doc.is_capitalized(words[0].start()):
        return False
    return len(words) == 1 or ctx.doc.folded[words[0].end() : words[1].start()].strip() != ""


def _names_bare_head(ctx: Context, ref: Reference) -> bool:
    """Whether the reference's body is a joint body's head alone: "de la commission", "للجنة", "the
    committee's second meeting"."""
    folded = ctx.doc.folded
    end = min(ctx.doc.sentence(ref.walk_from)[1], ref.walk_from + 60)
    after = [w.group() for w in _WORD.finditer(folded, ref.walk_from, end)][:6]
    after = [w for w in after if w not in CONNECTORS and w not in DETERMINERS]
    if any(w in _JOINT_HEADS for w in after[:4]) and (after[0] in _JOINT_HEADS or after[0] in _JOINT_MARKS):
        return True  # "de la commission", "of joint border security committee", "للجنة"
    before = folded[max(0, ref.start - 30) : ref.start].split()
    return len(before) >= 1 and before[-1].removesuffix("'s").removesuffix("s'") in _JOINT_HEADS


def _names_no_body(ctx: Context, ref: Reference) -> bool:
    """Whether the reference names no body at all: no complement follows its noun ("الدورة الخامسة
    المنعقدة بتونس", "la 5e session, tenue à Tunis", "the fifth meeting in Kuwait")."""
    token = TOKEN.match(ctx.doc.folded, ref.walk_from)
    if token is None:
        return True
    word = token.group(1)
    if word in CONNECTORS or word in DETERMINERS:
        return False  # "de la commission …": a complement, read by the rules above
    return not (word[0] > "z" and word[0] == "ل")  # "للجنة …" opens an Arabic complement


def _only_joint_body(ctx: Context) -> tuple[int, int, tuple[str, ...]] | None:
    """The joint body the article names, when it names exactly one (by its pair of countries)."""
    folded = ctx.doc.folded
    found: dict[tuple[str, ...], tuple[int, int, tuple[str, ...]]] = {}
    for head in _WORD.finditer(folded):
        if head.group() not in _JOINT_HEADS and head.group() not in _JOINT_MARKS:
            continue
        start, end = ctx.doc.sentence(head.start())
        body = None
        if head.group() in _JOINT_HEADS:
            body = _joint_body(ctx, max(start, head.start() - 80), min(end, head.end() + 120), around=head.start())
        if body is None:  # "de leur comité mixte" in a sentence naming the two countries
            body = _joint_of_countries(ctx, head.start(), min(end, head.end() + 60))
        pair = tuple(sorted(body[2])) if body is not None else ()
        if body is not None and (pair not in found or body[1] - body[0] < found[pair][1] - found[pair][0]):
            found[pair] = body  # the shortest name of the pair: "Saudi-Kuwaiti Joint Security Committee"
    return next(iter(found.values())) if len(found) == 1 else None


def joint_head_after(folded: str, noun: re.Match[str]) -> bool:
    """Whether a joint body's head noun ("commission", "committee", "لجنة") follows the meeting noun
    closely: only then is a joint body looked for (`joint_body_after`). The pattern is searched only
    when one of its words is written in the window (`str.find`, a memchr): most meeting nouns have none,
    and the pattern's leading word boundary has the engine enter it at every character."""
    start, end = noun.end(), noun.end() + _JOINT_WINDOW
    if not any(folded.find(word, start, end) >= 0 for word in _JOINT_HEADS_WRITTEN.anchors):
        return False
    return _JOINT_HEAD_NEAR.search(folded, start, end) is not None


# The heads of `_JOINT_HEADS`: the Latin ones as words, the Arabic ones by their stem (it carries the
# glued article or preposition: "اللجنه", "للجنه").
_JOINT_HEAD_WORDS = sorted(w for w in _JOINT_HEADS if w.isascii())
_JOINT_HEAD_STEMS = [normalize_name(w) for w in ("لجنة", "مجموعة")]
_JOINT_HEAD_NEAR = re.compile(r"\b(?:" + "|".join(_JOINT_HEAD_WORDS) + r")\b|" + "|".join(_JOINT_HEAD_STEMS))
# The same over a whole text, tried only where one of its words is written (every match starts with
# one, text.scanning.Anchored): its leading word boundary had the engine enter it at every character.
_JOINT_HEADS_WRITTEN = Anchored(_JOINT_HEAD_NEAR, [*_JOINT_HEAD_WORDS, *_JOINT_HEAD_STEMS])


def joint_body_after(ctx: Context, noun: re.Match[str]) -> CandidateSeries | None:
    """The joint body a meeting noun without a number names ("la dernière session de la commission
    mixte sécuritaire avec le Maroc", "the latest session of the Mauritania-Morocco joint security
    committee"), else None."""
    ref = Reference([], noun_class_of(noun), noun.start(), noun.end(), noun.end())
    return _joint_candidate(ctx, ref, only_named=True)


def _joint_candidate(ctx: Context, ref: Reference, *, only_named: bool = False) -> CandidateSeries | None:
    """The joint body a reference names (`only_named`: written with it, not the one the article
    names elsewhere), else None."""
    folded = ctx.doc.folded
    end = min(ctx.doc.sentence(ref.walk_from)[1], ref.walk_from + _JOINT_WINDOW)
    found = _joint_body(ctx, ref.walk_from, end) or _joint_of_countries(ctx, ref.walk_from, end)
    noun = folded[ref.start : ref.end].split()
    if found is None and noun and noun[0] in _POSSESSIVE_NOUNS:
        start = max(ctx.doc.sentence(ref.start)[0], ref.start - _JOINT_WINDOW)
        found = _joint_body(ctx, start, ref.start)
    # "la première session de la commission": the joint body the article names elsewhere; a joint
    # body holds sessions and meetings, never a conference or a summit
    if (
        found is None
        and not only_named
        and ref.noun_class not in ("conference", "summit")
        and (_names_bare_head(ctx, ref) or _names_no_body(ctx, ref))
    ):
        found = _only_joint_body(ctx)  # "la première session de la commission": the one the article names
    if found is None and not only_named and ref.noun_class not in ("conference", "summit"):
        found = _joint_body_of_the_pair(ctx, ref, ref.walk_from)
    if found is None:
        return None
    return _joint_series(ctx, found)


def joint_subject_candidate(ctx: Context, ref: Reference) -> list[Resolved]:
    """ "the bilateral border committee held its fifth session in Algiers": a joint body named without
    its countries as the subject of the clause that says "its"/"sa"/"leur" before the reference, in a
    report on two countries' meeting (`_joint_body_of_the_pair`); not a series the article names
    elsewhere."""
    folded = ctx.doc.folded
    before = folded[max(0, ref.start - 6) : ref.start].split()
    if not before or before[-1] not in _POSSESSIVES or ref.noun_class in ("conference", "summit"):
        return []
    start = max(ctx.doc.sentence(ref.start)[0], ref.start - _JOINT_WINDOW)
    words = list(_WORD.finditer(folded, start, ref.start))
    heads = [n for n, w in enumerate(words) if w.group() in _JOINT_HEADS]
    if not heads:
        return []
    first = heads[-1]  # the name's first word: English puts the mark and the remit before the head
    while first > 0 and (
        words[first - 1].group() in _JOINT_MARKS
        or _REMIT_WORDS.search(words[first - 1].group())
        or country_of_adjective(words[first - 1].group())
        or _PERMANENT_WORDS.match(words[first - 1].group())
    ):
        first -= 1
    # (its countries written with it: "the Moroccan-Spanish permanent joint migration group, …, had held its")
    sentence_start = ctx.doc.sentence(ref.start)[0]
    found = _joint_body(ctx, sentence_start, ref.start) or _joint_body_of_the_pair(ctx, ref, words[first].start())
    if found is None:
        return []
    candidate = _joint_series(ctx, found)
    return [Resolved(-1, ordinal, ref.start, ref.end, 0.6, candidate=candidate) for ordinal in ref.ordinals]


# What a joint body's name says it is about, after its head and mark ("Comité bilatéral frontalier").
_REMIT_WORDS = re.compile("|".join(p.pattern for p in (_SECURITY_WORDS, _BORDER_WORDS, _MIGRATION_WORDS)))


def _joint_body_of_the_pair(ctx: Context, ref: Reference, at: int) -> tuple[int, int, tuple[str, ...]] | None:
    """ "la cinquième session du Comité bilatéral frontalier": a joint body named at `at` (right after
    the reference, or as the subject before "its") without its countries (its head, its mark, what it is
    about), in a report on two countries' meeting: theirs (`_pair_named_before`)."""
    folded = ctx.doc.folded
    sent_start, sent_end = ctx.doc.sentence(ref.start)
    words = list(_WORD.finditer(folded, at, min(sent_end, at + 60)))
    while words and (words[0].group() in CONNECTORS or words[0].group() in _BODY_OPENERS):
        words.pop(0)  # "du", "de la", "of the"
    name = []  # head, mark and remit in any order: "Comité bilatéral frontalier", "bilateral border committee"
    for word in words[:4]:
        w = word.group()
        if w not in _JOINT_HEADS and w not in _JOINT_MARKS and not _REMIT_WORDS.search(w):
            break
        name.append(word)
    heads = [w for w in name if w.group() in _JOINT_HEADS]
    if len(heads) != 1 or not any(w.group() in _JOINT_MARKS for w in name):
        return None
    name = name[: name.index(heads[0]) + 1] if name[0] is not heads[0] else name  # English: the head ends it
    pair = _coordinated_pair(ctx, sent_start, ref.start) or _pair_named_before(ctx, sent_start, sent_end)
    return (name[0].start(), name[-1].end(), pair) if pair else None


def _joint_series(ctx: Context, found: tuple[int, int, tuple[str, ...]]) -> CandidateSeries:
    """The candidate series of the joint body at `found` ((start, end, its two countries))."""
    folded = ctx.doc.folded
    start, end, countries = found
    body = _original(ctx, start, end)
    if body.startswith("للجنة"):
        body = "ال" + body[1:]  # "للجنة": ل + اللجنة
    elif body.startswith("للمجموعة"):
        body = "ال" + body[2:]  # "للمجموعة": ل + المجموعة
    elif body.startswith("لمجموعة"):
        body = body[1:]  # "لمجموعة": ل + مجموعة
    elif folded[start : start + 1] > "z" and folded[start:].split(" ", 1)[0] not in _JOINT_HEADS:
        body = _unclitic(body)  # "لجنة التنسيق …" is the head itself, no clitic
    # a joint body holds sessions, whatever noun a text gives them ("اجتماع", "réunion", a palace of
    # "المؤتمرات" nearby): one series per body
    kind = "session"
    group = any(w.group() in _JOINT_GROUPS for w in _WORD.finditer(folded, start, end))
    english = joint_english_name(countries, folded[start : _clause_end(ctx, end)], group=group)
    key = f"{kind}:joint {'-'.join(sorted(countries))}{' group' if group else ''}"
    return CandidateSeries(key, body, body, kind, english)


def meeting_joint_bodies(ctx: Context) -> list[tuple[int, int, CandidateSeries]]:
    """Joint bodies the text says met, with no meeting noun: "the joint Libyan-Tunisian security
    committee met on Wednesday in Tripoli", "la commission mixte … s'est réunie", "اجتمعت اللجنة
    الأمنية المشتركة …", "les travaux de la commission bilatérale algéro-tunisienne", "أشغال اللجنة
    المشتركة …": (start, end, series) of each, for `events.detection.unnumbered` to date."""
    folded = ctx.doc.folded
    found = []
    if not any(head in folded for head in ("comite", "committee", "commission", "group", "لجنه", "مجموعه")):
        return found  # (most articles name no joint head: the text is not scanned for one)
    if not any(mark in folded for mark in _JOINT_MARK_STEMS):
        return found  # (nor a joint body's mark)
    for head in _JOINT_HEADS_WRITTEN.finditer(folded):
        if not _SAID.search(folded, max(0, head.start() - _SAID_REACH), head.end() + _SAID_REACH):
            continue  # (most joint heads are named with no verb of meeting near: no body read)
        sent_start, sent_end = ctx.doc.sentence(head.start())
        window = max(sent_start, head.start() - 80), min(sent_end, head.end() + 120)
        body = _joint_body(ctx, *window, around=head.start())
        if body is None or (found and found[-1][0] == body[0]):
            continue
        before = folded[max(sent_start, body[0] - 30) : body[0]]
        after = folded[body[1] : min(sent_end, body[1] + 30)]
        if _MEETING_BEFORE.search(before) or _MEETING_AFTER.match(after):
            found.append((body[0], body[1], _joint_series(ctx, body)))
    return found


# A meeting said with a verb or "the proceedings of", right before or after a joint body's name.
_PROCEEDINGS = r"\btravaux (?:de la|du|de l')|\bproceedings of the|اشغال|اجتمعت|عقدت"
# (holding is meeting: "la commission mixte … a tenu, mercredi à Rabat, une réunion", "the joint group held
# its meeting", "عقدت اللجنة المشتركة اجتماعها")
_MET = r"met\b|meets\b|convened\b|s'est reunie?\b|se reunit\b|s'est tenue?\b|a tenu\b|held\b|اجتمعت|عقدت"
_MEETING_BEFORE = re.compile(rf"(?:{_PROCEEDINGS})\s?(?:\S+\s?)?$")
_MEETING_AFTER = re.compile(rf"\s?(?:\(\S+\)\s?)?(?:{_MET})")
# The same words anywhere near a head (a body reaches 80 characters before it and 120 after, its
# words 30 further): a cheap test before the body is read, which most heads fail.
_SAID = re.compile(rf"{_PROCEEDINGS}|\b(?:{_MET})")
_SAID_REACH = 160


# A group of countries named by a formula ("Dialogue 5+5", "5+5 Dialogue", "مجموعة 5+5", "حوار
# 5 + 5"): the same formula in every language, so it keys the group's meetings; the ministers who
# meet (interior, defence, foreign affairs) tell its series apart.
_FORMULA = re.compile(r"(?<![\d+])(\d{1,2}) ?\+ ?(\d{1,2})(?![\d+])")
_DIALOGUE = re.compile(r"(?:\bdialogue|حوار)\s?\"?\s?\d{1,2} ?\+ ?\d{1,2}|\d{1,2} ?\+ ?\d{1,2}\s?\"?\s?dialogue\b")
_KIND_EN = {"conference": "Conference", "summit": "Summit", "session": "Meeting"}


def says_multilateral(ctx: Context, ref: Reference) -> bool:
    """Whether a reference's own words say its meeting is of three or four countries ("their third
    quadrilateral meeting"): its series is theirs (`numbered_candidate`), not one the context guesses."""
    return multilateral_word(ctx.doc.folded, ref.start, ref.end) is not None


def _multilateral_candidate(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """A meeting of three (or four) countries' ministers, said tripartite (quadripartite), in a sentence
    that names exactly that many countries ("la première réunion tripartite des ministres de l'Intérieur
    de Tunisie, d'Algérie et de Libye", "الاجتماع الثلاثي الأول لوزراء داخلية تونس والجزائر وليبيا", "a
    quadrilateral meeting" of four): one series per countries and portfolio, whatever the language."""
    found = multilateral_word(ctx.doc.folded, ref.start, ref.end)
    if found is None:
        return _meeting_between(ctx, ref)
    size, word = found
    start, end = ctx.doc.sentence(ref.start)
    # by their names or their adjectives ("des ministres de l'Intérieur algérien, tunisien et libyen")
    countries = list(dict.fromkeys(_countries_in(ctx, start, end)))
    if len(countries) != size:
        countries = _countries_on_one_side(ctx, ref, start, end, size)
    if len(countries) != size:
        # "مخرجات الاجتماع الثلاثي الأول الذي احتضنته عمّان": the countries another sentence of the article
        # names with its tripartite meeting, when it names one such group only
        countries, start, end = _article_multilateral(ctx, size)
        if not countries:
            return None
    return _multilateral_series(ctx, word, countries, start, end)


def _countries_on_one_side(ctx: Context, ref: Reference, start: int, end: int, size: int) -> list[str]:
    """The countries written before the reference in its sentence ("the police chiefs of A, B, C and D
    met … for their third quadrilateral meeting, … the Strait of E"), or after it to its clause's end,
    when one side names exactly `size` of them; else []."""
    before = list(dict.fromkeys(_countries_in(ctx, start, ref.start)))
    stop = _CLAUSE_STOP.search(ctx.doc.folded, ref.end, end)
    after = list(dict.fromkeys(_countries_in(ctx, ref.end, stop.start() if stop else end)))
    return next((side for side in (after, before) if len(side) == size), [])


# "la première réunion consultative entre les dirigeants de la Tunisie, de l'Algérie et de la Libye",
# "الاجتماع التشاوري الأول بين قادة الجزائر وتونس وليبيا": a meeting between the leaders (or the
# ministers) of the countries the clause then names, an adjective or two after the noun at most.
_BETWEEN = re.compile(rf" (?:[^\W\d_]+ ){{0,2}}?{BETWEEN_WORD} ")
_BETWEEN_REACH = 120


def _meeting_between(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """A numbered meeting "between" three or four countries the clause after it names: tripartite
    (quadripartite) though it does not say so, one series with the meetings that say it."""
    folded = ctx.doc.folded
    between = _BETWEEN.match(folded, ref.end)
    if between is None:
        return None
    end = min(ctx.doc.sentence(ref.start)[1], between.end() + _BETWEEN_REACH)
    stop = _CLAUSE_STOP.search(folded, between.end(), end)
    end = stop.start() if stop else end
    countries = list(dict.fromkeys(_countries_in(ctx, between.end(), end)))
    word = next((w for n, w, _ in MULTILATERAL if n == len(countries)), None)
    if word is None:
        return None
    return _multilateral_series(ctx, word, countries, *ctx.doc.sentence(ref.start))


# `CLAUSE_END` but for commas, which go on a list of countries ("du Mali, du Niger et …")
_CLAUSE_STOP = re.compile(CLAUSE_END.pattern.replace(",", "").replace("،", ""))


def _multilateral_series(ctx: Context, word: str, countries: list[str], start: int, end: int) -> CandidateSeries:
    """The series of a meeting of these countries, keyed by them and the portfolio its sentence names."""
    folded = ctx.doc.folded
    portfolio = next((name for name, words in MEETING_PORTFOLIOS if words.search(folded[start:end])), "")
    names = [country_name(code) or code for code in countries]
    ministers = f" of the {portfolio} Ministers of" if portfolio else " of"
    english = f"{word} Meeting{ministers} {', '.join(names[:-1])} and {names[-1]}"
    key = f"{multilateral_key(word)}{'-'.join(sorted(countries))} {portfolio.lower()}".strip()
    return CandidateSeries(key, english, ", ".join(names), "session", english)


def _article_multilateral(ctx: Context, size: int) -> tuple[list[str], int, int]:
    """The one group of `size` countries the article's sentences name with a tripartite (quadripartite)
    meeting, and the first such sentence's span; ([], 0, 0) when it names none or several."""
    key = f"multilateral {size}"
    if key not in ctx.memo:
        mark = next(mark for n, _, mark in MULTILATERAL if n == size)
        groups: dict[tuple[str, ...], tuple[int, int]] = {}
        for match in mark.finditer(ctx.doc.folded):
            start, end = ctx.doc.sentence(match.start())
            countries = tuple(dict.fromkeys(_countries_in(ctx, start, end)))
            if len(countries) == size:
                groups.setdefault(tuple(sorted(countries)), (start, end))
        if len(groups) == 1:
            ((countries, (start, end)),) = groups.items()
            ctx.memo[key] = (list(countries), start, end)
        else:
            ctx.memo[key] = ([], 0, 0)
    return ctx.memo[key]


def multilateral_after(ctx: Context, noun: re.Match[str]) -> CandidateSeries | None:
    """The three or four countries' meeting an unnumbered noun names ("une réunion quadripartite des
    ministres de l'Intérieur de la Jordanie, de l'Irak, …", "at a quadrilateral meeting"), else None."""
    return _multilateral_candidate(ctx, Reference([], noun_class_of(noun), noun.start(), noun.end(), noun.end()))


# The ministers of the countries around one country, who meet as a group ("la 13e réunion des ministres de
# l'Intérieur des pays voisins de la Libye", "the 13th meeting of interior ministers of Libya's neighbouring
# countries", "الاجتماع الثالث عشر لوزراء داخلية دول جوار ليبيا"): keyed by that country and the portfolio.
_NEIGHBOURS = re.compile(
    r"\bpays voisins (?:de la |de l'|du |de )|\bneighbou?ring (?:countries|states) of (?:the )?"
    r"|(?<!\S)دول (?:ال)?جوار |(?P<before>'s neighbou?r(?:ing countries|ing states|s)\b)"
)
_NEIGHBOURS_REACH = 90  # from the end of the numbered reference to the group's country


def _neighbours_candidate(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """A numbered meeting of the ministers of one country's neighbours, named right after the reference."""
    folded = ctx.doc.folded
    sent_start, sent_end = ctx.doc.sentence(ref.start)
    end = min(sent_end, max(ref.end, ref.walk_from) + _NEIGHBOURS_REACH)
    mark = _NEIGHBOURS.search(folded, ref.end, end)
    if mark is None:
        return None
    if mark.group("before"):  # "Libya's neighbouring countries": the country right before
        words = _WORD.findall(folded, max(ref.end, mark.start() - 30), mark.start())
        country = country_of_name(words[-1]) if words else None
    else:  # the country (or its adjective: "دول الجوار الليبي") right after
        after = _countries_in(ctx, mark.end(), min(sent_end, mark.end() + 30))
        country = after[0] if after else None
    if country is None:
        return None
    portfolio = next((name for name, words in MEETING_PORTFOLIOS if words.search(folded[sent_start:sent_end])), "")
    ministers = f"{portfolio} Ministers" if portfolio else "Ministers"
    english = f"Meeting of {ministers} of {country_name(country) or country}'s Neighbouring Countries"
    key = f"neighbours {country} {portfolio.lower()}".strip()
    return CandidateSeries(key, english, country_name(country) or country, "session", english)


# A high-level meeting of two governments ("la 12e Réunion de haut niveau (RAN) Maroc-Espagne", "the 12th
# Spain-Morocco High-Level Meeting", "الدورة الثانية عشرة للاجتماع رفيع المستوى بين المغرب وإسبانيا").
_HIGH_LEVEL = re.compile(r"\b(?:de haut niveau|high level)\b|(?<![\w])(?:ال)?رفيع(?:ه)? المستوي(?![\w])")
_HIGH_LEVEL_REACH = 60  # how far before the mark and after it the two countries are written


def _high_level_candidate(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """A high-level meeting of the two countries written around its name: one series per pair,
    whatever the language (the pair's names in the order written); else None."""
    folded = ctx.doc.folded
    mark = _HIGH_LEVEL.search(folded, ref.start, min(len(folded), max(ref.end, ref.walk_from) + 40))
    if mark is None:
        return None
    start, end = ctx.doc.sentence(ref.start)
    lo, hi = max(start, ref.start - _HIGH_LEVEL_REACH), min(end, mark.end() + _HIGH_LEVEL_REACH)
    countries = list(dict.fromkeys(_countries_in(ctx, lo, hi)))
    if len(countries) != 2:
        return None
    # the pair in the order written, or in the order a catalogue series of the pair is named by
    orders = [[country_name(code) or code for code in pair] for pair in (countries, countries[::-1])]
    names = next(("-".join(o) for o in orders if ctx.catalogue.own_named(f"{'-'.join(o)} High-Level Meeting")), None)
    names = names or "-".join(orders[0])
    english = f"{names} High-Level Meeting"
    key = f"session:high-level {'-'.join(sorted(countries))}"
    return CandidateSeries(key, english, names, "session", english)


# The adjectives of a pair right after a summit's noun: "27e sommet franco-espagnol", "the 12th
# Spanish-Moroccan summit" (before it, in English: read from the noun's start).
_PAIR_REACH = 32


def _pair_summit_candidate(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """A numbered summit of two countries named by their adjectives joined ("le 27e sommet
    franco-espagnol", "the 12th Spanish-Moroccan summit", "القمة الفرنسية الإسبانية السابعة
    والعشرين"): one series per pair, whatever the language, named in English in the order written."""
    if ref.noun_class != "summit":
        return None
    folded = ctx.doc.folded
    start, end = ctx.doc.sentence(ref.start)
    lo, hi = max(start, ref.start - 4), min(end, max(ref.end, ref.walk_from) + _PAIR_REACH)
    clause = CLAUSE_END.search(folded, ref.end, hi)
    countries = list(dict.fromkeys(_countries_in(ctx, lo, clause.start() if clause else hi)))
    if len(countries) != 2:
        return None
    names = "-".join(country_name(code) or code for code in countries)
    english = f"{names} Summit"
    return CandidateSeries(f"summit:pair {'-'.join(sorted(countries))}", english, names, "summit", english)


# A summit's sides after its noun: "entre l'ASEAN et le CCG", "between ASEAN and the GCC", or joined by
# hyphens ("sommet trilatéral ASEAN-CCG-Chine"); each an acronym or a country's name.
_BETWEEN_SIDES = re.compile(
    r"\s+(?:(?:trilat[ée]ral|trilateral|tripartite|conjoint|joint)\s+)?(?:(?P<between>entre|between)\s+)?"
)
_SIDES_END = re.compile(r"[,;.!?]|\s(?:a|ont|s'est|se|was|were|has|have|held|tenu)\s")
_SIDE = re.compile(r"\b[A-Z]{2,6}\b|\b[A-Z][a-zé]+\b")


def _bodies_summit_candidate(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """A numbered summit of two or three bodies or countries named after its noun ("le deuxième
    sommet entre l'Association … (ASEAN) et le Conseil … (CCG)", "a first ASEAN-GCC-China summit" is
    read by its sides before the noun in English, not here): one series per set of sides, by their
    usual acronyms ("CCG" is "GCC") and countries' English names, in the order written."""
    if ref.noun_class != "summit":
        return None
    original = ctx.doc.original
    _, b = ctx.doc.to_original(ref.start, max(ref.end, ref.walk_from))
    lead = _BETWEEN_SIDES.match(original, b)
    if lead is None:
        return None
    window = original[lead.end() : lead.end() + 160]
    window = _SIDES_END.split(window, maxsplit=1)[0]
    sides: list[str] = []
    for m in _SIDE.finditer(window):
        word = m.group()
        if word.isupper():
            sides.append(ctx.catalogue.acronyms.get(word, word))
        elif (code := country_of_name(word)) is not None:
            sides.append(country_name(code) or code)
    sides = list(dict.fromkeys(sides))
    between = lead.group("between") is not None
    hyphenated = bool(window.split()) and "-" in window.split()[0]
    if not 2 <= len(sides) <= 3 or not (between or hyphenated):
        return None
    names = "-".join(sides)
    english = f"{names} Summit"
    key = f"summit:sides {'-'.join(sorted(side.lower() for side in sides))}"
    return CandidateSeries(key, english, names, "summit", english)


def joined_bodies_meeting(ctx: Context, ref: Reference, cue: Cue) -> list[Resolved]:
    """A numbered meeting named by two bodies joined by a hyphen ("the 12th INTERPOL-Europol
    Cybercrime Conference", "la 12e conférence Interpol-Europol"): the two bodies' own series, a
    candidate keyed by both, neither body's (`cue`, the name the reference is read with, is one of
    them); [] for any other reference."""
    if ref.noun_class is None:
        return []
    near = (c for c in ctx.cues if cue.start - 4 < c.end <= cue.start or cue.end <= c.start < cue.end + 4)
    other = next((c for c in near if c is not cue and _JOINED.fullmatch(_between(ctx, c, cue))), None)
    if other is None or {t.series for t in other.targets} & {t.series for t in cue.targets}:
        return []
    first, second = sorted((other, cue), key=lambda c: c.start)
    sides = [_original(ctx, c.start, c.end) for c in (first, second)]
    sides = [ctx.catalogue.acronyms.get(side, side) if side.isupper() else side for side in sides]
    kind = candidate_kind(ref.noun_class)
    named_before = second.end <= ref.end  # English: the bodies, then the noun
    english = _original(ctx, first.start, ref.end) if named_before else f"{'-'.join(sides)} {_KIND_EN.get(kind, '')}"
    key = f"{kind}:sides {'-'.join(sorted(side.lower() for side in sides))}"
    candidate = CandidateSeries(key, english.strip(), "-".join(sides), kind, english.strip())
    end = max(ref.end, second.end)
    return [Resolved(-1, ordinal, ref.start, end, 0.6, candidate=candidate) for ordinal in ref.ordinals]


def _between(ctx: Context, a: Cue, b: Cue) -> str:
    first, second = sorted((a, b), key=lambda c: c.start)
    return ctx.doc.original_text(first.end, second.start) if first.end <= second.start else "x"


_JOINED = re.compile(r"\s?[-–/]\s?")


def _group_candidate(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """The meeting of a group named by a formula in the reference's sentence ("la XIIe conférence
    des ministres de l'Intérieur (Dialogue 5+5)", "المؤتمر الثاني عشر لوزراء داخلية مجموعة 5+5",
    "ministers of the 5+5 Dialogue met for their twelfth conference"), else None."""
    start, end = ctx.doc.sentence(ref.start)
    folded = ctx.doc.folded
    formulas = {f"{m.group(1)}+{m.group(2)}": m for m in _FORMULA.finditer(folded, start, end)}
    if len(formulas) != 1 or ref.noun_class is None:
        return None
    formula, match = next(iter(formulas.items()))
    sentence = folded[start:end]
    portfolio = next((name for name, words in MEETING_PORTFOLIOS if words.search(sentence)), "")
    kind = _GROUP.get(ref.noun_class, ref.noun_class)
    group = "Dialogue" if _DIALOGUE.search(folded) else "Group"
    noun = _KIND_EN.get(kind, kind.title())
    english = f"{noun} of {portfolio} Ministers of the {formula} {group}" if portfolio else f"{formula} {group} {noun}"
    body = _original(ctx, match.start(), match.end())
    # a group's ministers meet in sessions, whatever noun a text gives them ("la 20e conférence",
    # "الاجتماع العشرين", "the 20th meeting"): one series per group and portfolio
    key = f"session:group {formula} {portfolio.lower()}".strip()
    return CandidateSeries(key, english, body, "session", english)


def _meeting_body(body: str) -> tuple[str, str] | None:
    """(kind, body) when the body of a session or an edition is itself a conference, a summit or a
    meeting ("الدورة السابعة لمؤتمر قادة الشرطة", "la 7e session de la Conférence des chefs de police",
    "the 3rd edition of the Summit of Border Guards", "la 8e édition du Forum de Marrakech sur la
    sécurité"): the numbered meeting is that conference's, named by what follows the noun. None for
    any other body."""
    words = body.split()
    if len(words) < 2:
        return None
    first = normalize_name(words[0])
    match = (AR_BARE_NOUN if first > "z" else LATIN_NOUN).fullmatch(first)
    last = LATIN_NOUN.fullmatch(normalize_name(words[-1])) if words[-1][:1].isupper() else None
    if match is None and last is not None and noun_class_of(last) in ("conference", "summit", "meeting"):
        # English puts the noun last: "the 14th plenary session of the Mediterranean Coast Guard Forum"
        return noun_class_of(last), " ".join(words[:-1])
    if match is None or noun_class_of(match) not in ("conference", "summit", "meeting"):
        return None
    rest = words[1:]
    while rest and normalize_name(rest[0]) in _BODY_OPENERS:
        rest = rest[1:]
    if rest and rest[0][:2].lower() in ("l'", "d'", "l’", "d’"):
        rest[0] = rest[0][2:]
    return (noun_class_of(match), _unclitic(" ".join(rest))) if rest else None


_BODY_OPENERS = frozenset(CONNECTORS | DETERMINERS | {"l", "d", "le", "la", "les", "des"})
# Meeting nouns that name a meeting of its own, as a conference's do, not a body's sitting ("réunion").
_FORUM_STEMS = frozenset(_strip_clitic(normalize_name(w)) for w in split_words("forum forums منتدى ملتقى"))


def _meeting_kind(ctx: Context, ref: Reference) -> str | None:
    """The kind of the series a numbered reference is a session of: a forum's for a forum ("le 14e
    Forum des garde-côtes …" is the forum's 14th, as "la 14e session du Forum …" is), else its noun's
    (a body's "réunion" or "meeting" is one of its sessions)."""
    words = ctx.doc.folded[_noun_start(ctx, ref) : ref.end].split()
    if words and _strip_clitic(words[0]) in _FORUM_STEMS:
        return "meeting"
    return _GROUP.get(ref.noun_class, ref.noun_class)


def group_meeting(ctx: Context, ref: Reference, group: str, cue: Cue) -> list[Resolved]:
    """The numbered meeting of who meets, named by their function ("police chiefs" of an organisation
    none of whose series is theirs, `cue`: `series_choice.others_subject`), keyed by the concepts of that
    function and the organisation, as the same meeting named after its noun is (`_organised_key`: "the
    26th meeting of GCC police chiefs", "الاجتماع السادس والعشرين لقادة الشرطة بدول مجلس التعاون"); none
    when the words are no concepts."""
    concepts = concept_key(group)
    kind = _meeting_kind(ctx, ref)
    if not concepts or kind is None:
        return []
    organisation = _organisation_of(ctx, [cue])
    concepts = f"{concepts} of {organisation}" if organisation else concepts
    start, end = _group_span(ctx, ref, group)
    who = _original(ctx, min(start, cue.start), max(end, cue.end))
    if who[:1] > "z":  # "الاجتماع لقادة الشرطة بدول مجلس التعاون", numbered after its noun
        of_who = f"لل{who[2:]}" if who.startswith("ال") else f"ل{who}"
        candidate = CandidateSeries(f"{kind}:{concepts}", f"الاجتماع {of_who}", who, kind)
    else:
        candidate = CandidateSeries(f"{kind}:{concepts}", f"Meeting of {who}", group, kind, english=f"Meeting of {who}")
    return [Resolved(-1, ordinal, ref.start, ref.end, 0.55, candidate=candidate) for ordinal in ref.ordinals]


def _group_span(ctx: Context, ref: Reference, group: str) -> tuple[int, int]:
    """Where `group` (folded) is written last before the reference, in its sentence."""
    start = ctx.doc.folded.rfind(group, ctx.doc.sentence(ref.start)[0], ref.start)
    return start, start + len(group)


def _who_meets(ctx: Context, ref: Reference) -> CandidateSeries | None:
    """The series of the countries, group or bodies a numbered meeting gathers, as its sentence names them."""
    return (
        _joint_candidate(ctx, ref)
        or _group_candidate(ctx, ref)
        or _multilateral_candidate(ctx, ref)
        or _neighbours_candidate(ctx, ref)
        or _high_level_candidate(ctx, ref)
        or _pair_summit_candidate(ctx, ref)
        or _bodies_summit_candidate(ctx, ref)
    )


def _catalogue_session_of(ctx: Context, ref: Reference, joint: CandidateSeries | None) -> list[Resolved]:
    """The sessions of the catalogue's series that is the meeting of who meets (`_who_meets`), by its English
    name ("la 18e conférence des ministres de l'Intérieur (Dialogue 5+5)": the catalogue's conference), else []."""
    known = ctx.catalogue.own_named(joint.english) if joint is not None and joint.english else None
    if known is None or not _plausible(ctx, known, ref.noun_class or "edition", ref):
        return []
    ctx.established.add(known)
    return [Resolved(known, ordinal, ref.start, max(ref.end, ref.walk_from), 0.7) for ordinal in ref.ordinals]


def catalogue_series_of_who_meets(ctx: Context, ref: Reference) -> list[Resolved]:
    """A numbered meeting whose sentence names who meets as a catalogue series names them ("Interior ministers
    of the Western Mediterranean "5+5" group … their 20th conference"), else []: asked before the series the
    article's other names make the context guess."""
    return _catalogue_session_of(ctx, ref, _who_meets(ctx, ref))


def numbered_candidate(ctx: Context, ref: Reference, resolved: list[Resolved] | None = None) -> list[Resolved]:
    """A numbered reference whose complement names a body outside the catalogue (`resolved`: the
    article's references resolved so far)."""
    joint = _who_meets(ctx, ref)
    known = _catalogue_session_of(ctx, ref, joint)
    if known:
        return known
    if joint is not None:
        end = max(ref.end, ref.walk_from)
        return [Resolved(-1, ordinal, ref.start, end, 0.6, candidate=joint) for ordinal in ref.ordinals]
    noun_start = _noun_start(ctx, ref)
    named_noun = ctx.doc.folded[noun_start : noun_start + 1] <= "z" and ctx.doc.is_capitalized(noun_start)
    span = _body_span(ctx, ref.walk_from, named_noun, _adjective_concepts(ctx, ref))
    group = None
    themed = _theme_after(ctx.doc.original, ctx.doc.to_original(ref.start, ref.end)[1]) is not None
    if (span is None or themed) and ref.named_before and ref.noun_class is not None:
        # "the 12th AMERIPOL Summit": the body before the noun, the series is both
        start, end = ref.named_before
        body = _IN_BRACKETS.sub("", _original(ctx, start, end))  # "Director General (DG) level": the acronym aside
        # "the 45th ASEAN Chiefs of Police Conference (ASEANAPOL)": the acronym names the body (after
        # its theme too: "the 19th ASEAN Ministerial Meeting on Transnational Crime (AMMTC)")
        after = ctx.doc.to_original(ref.start, ref.end)[1]
        acronym = _ACRONYM_AFTER.match(ctx.doc.original, after)
        label = _original(ctx, start, ref.end)
        theme = None if acronym else _theme_after(ctx.doc.original, after)
        themed = _ACRONYM_AFTER.match(ctx.doc.original, theme.end()) if theme else None
        if acronym:  # the series goes by the acronym's name in every language: "ASEANAPOL Conference"
            body = acronym.group(1)
            label = f"{body} {_original(ctx, _noun_start(ctx, ref), ref.end)}"
        elif themed:  # keyed by the acronym, named as written
            body, acronym = themed.group(1), themed
            label = f"{label} {theme.group(1)} {theme.group(2)}"
        elif theme:  # "the 4th Euro-Mediterranean Police Forum on Migrant Smuggling": the theme names it too
            body = f"{body} {theme.group(1)} {theme.group(2)}"
            label = f"{label} {theme.group(1)} {theme.group(2)}"
        kind = _meeting_kind(ctx, ref)
        key = concept_key(body) or body_key(body)
        # "the 60th Munich Security Conference": a city's meeting, keyed as its editions named otherwise are
        # ("sa 60e édition" of "la Conférence de Munich sur la sécurité", city_forums)
        # ("the 3rd Baghdad International Conference on Combating Drugs": with its theme)
        forum_end = ctx.doc.to_folded(theme.end()) if theme else ref.end
        forum = None if acronym else _city_forum_at(ctx, start, forum_end, label)
        candidate = forum or CandidateSeries(f"{kind}:{key}", label, body, kind)
        return [Resolved(-1, ordinal, ref.start, ref.end, 0.6, candidate=candidate) for ordinal in ref.ordinals]
    if folded_arabic_city(ctx, ref):
        # "مؤتمر بغداد الدولي الثاني لمكافحة المخدرات": the city's conference, as its French and English
        # editions are keyed (city_forums), the ordinal inside its name
        end = forum_name_end(ctx, ref.end)
        ordinal = AR_ORDINAL_RE.search(ctx.doc.folded, ref.start, ref.end)
        label = f"{_original(ctx, ref.start, ordinal.start())} {_original(ctx, ordinal.end(), end)}".strip()
        forum = _city_forum_at(ctx, ref.start, end, label)
        if forum is not None:
            return [Resolved(-1, ordinal, ref.start, end, 0.6, candidate=forum) for ordinal in ref.ordinals]
    if span is None and ref.named_before is None and ref.noun_class is not None:
        # "la deuxième Conférence internationale de Bagdad sur la lutte contre les stupéfiants": a city's
        # meeting named after its noun, keyed as its editions named otherwise are (city_forums)
        end = forum_name_end(ctx, ref.end)
        forum = _city_forum_at(ctx, noun_start, end, _original(ctx, noun_start, end)) if end > ref.end else None
        if forum is not None:
            return [Resolved(-1, ordinal, ref.start, end, 0.6, candidate=forum) for ordinal in ref.ordinals]
    if span is None and ref.noun_class not in (None, "edition"):  # "sa 3e édition des portes ouvertes"
        owner = _possessor(ctx, ref)
        if owner is not None:
            return owner
        subject = _acronym_subject(ctx, ref)
        if subject is not None:
            kind = _meeting_kind(ctx, ref)
            label = f"{subject} {_original(ctx, _noun_start(ctx, ref), ref.end)}"
            candidate = CandidateSeries(f"{kind}:{body_key(subject)}", label, subject, kind)
            return [Resolved(-1, ordinal, ref.start, ref.end, 0.6, candidate=candidate) for ordinal in ref.ordinals]
        span = group = group_subject(ctx, ref)
    if span is None or ref.noun_class is None:
        return []
    start, end = span
    body = _original(ctx, start, end)
    if ctx.doc.folded[start : start + 1] > "z":
        body = _unclitic(body)
    kind = _meeting_kind(ctx, ref)
    inner = _meeting_body(body) if ref.noun_class in ("session", "edition") else None
    if ref.noun_class in ("session", "edition"):
        # "the third edition of the Lome Forum on Security": the city's forum, keyed as its editions named
        # otherwise are ("la troisième édition du Forum de Lomé sur la sécurité", city_forums)
        forum = _city_forum_at(ctx, start, end, body)
        if forum is not None:
            return [Resolved(-1, ordinal, ref.start, end, 0.6, candidate=forum) for ordinal in ref.ordinals]
    if inner is not None:  # "الدورة السابعة لمؤتمر قادة الشرطة" is the seventh conference
        kind, body = inner
    # "la Conférence des chefs de police de l'ASEAN (ASEANAPOL)": the body goes by its acronym, the
    # name it has in every language ("the 45th ASEANAPOL Conference").
    acronym = acronym_after(ctx, end)
    english, name_end = "", end
    if acronym:
        body, end = acronym[0], max(end, acronym[1])
        name_end = end if ctx.doc.folded[start : start + 1] > "z" else name_end
        meeting = meeting_english(ctx.doc.folded[ref.start : ref.end + 12])  # "… générale annuelle"
        english = f"{body} {meeting}" if meeting and body.isascii() else ""
    key = concept_key(body) or _organised_key(ctx, start, end) or concept_key(_first_item(body))
    key = key or _process_named_before(ctx, body, ref.start) or body_key(body)
    if key.startswith("concepts ") and not acronym and (closing := _organisation_closing(ctx, start, end)):
        key = closing  # "… commanders of coast guard and border guard services in the GCC states"
    if not key or key in _GENERIC_KEYS:
        return []  # (a name of a generic word alone, "la 3e édition du Forum international", names no series)
    if ctx.doc.folded[start : start + 1] > "z":
        # Arabic: the noun and its adjectives, then the body; the ordinal between is left out
        # ("المؤتمر العربي الخامس عشر لرؤساء أجهزة المرور" → "المؤتمر العربي لرؤساء أجهزة المرور").
        ordinal = AR_ORDINAL_RE.search(ctx.doc.folded, ref.start, ref.end)
        noun_end = ordinal.start() if ordinal else ctx.doc.folded.find(" ", ref.start)
        if inner is not None:  # "الدورة الثالثة للمنتدى …": the forum's name, without the session's noun
            label = _unclitic(_original(ctx, start, name_end))
        else:
            label = _unclitic(f"{_original(ctx, ref.start, noun_end)} {_original(ctx, start, name_end)}")  # "للاجتماع"
        # An adjective other than "العربي", "العادية" names the meeting too, as it does before the noun
        # in English ("المنتدى الأورومتوسطي … للشرطة" is the "Euro-Mediterranean Police Forum").
        adjectives = [w for w in ctx.doc.folded[ref.start : noun_end].split()[1:] if w not in AR_PLAIN_ADJECTIVES]
        key = (concept_key(" ".join([*adjectives, body])) if adjectives else "") or key
    else:
        # "la 8e édition du Forum de Marrakech": the forum's name, without the edition's noun
        if inner is not None:
            label = _original(ctx, start, name_end)
        elif group is not None and ctx.doc.folded[start:end].split()[0] in _SUBJECT_BODIES:
            label = body  # "Le Groupe permanent … a tenu sa neuvième réunion": the group's sessions
        elif group is not None:  # "leur neuvième réunion": the meeting "des chefs …", "of the chiefs …"
            of = "of the" if ctx.doc.folded[max(0, ref.start - 8) : ref.start].rstrip().endswith("their") else "des"
            label = f"{_original(ctx, _after_ordinal(ctx, ref), ref.end)} {of} {body}"
        else:
            label = _original(ctx, noun_start, name_end) if noun_start < start else body
    known = _known_series(ctx, label, ref)
    if known is None:
        known = _series_of_concepts(ctx, body, ref, kind)
    if known is None:
        known = _same_session_renamed(ctx, label, ref, resolved or [])
    if known is None:
        known = _series_of_named_organisation(ctx, label, ref, start, end)
    if known is not None:  # the catalogue's series, written a little differently
        ctx.established.add(known)  # ("… leur vingtième conférence annuelle …; la 21e conférence se tiendrait à Rome")
        return [Resolved(known, ordinal, ref.start, end, 0.7) for ordinal in ref.ordinals]
    if inner is not None:
        # "la 8e édition du Forum de Marrakech sur la sécurité": the city's forum, the series its
        # year-named editions have ("Marrakech Security Forum 2017")
        forum = _city_forum_at(ctx, start, name_end, label)
        if forum is not None:
            return [Resolved(-1, ordinal, ref.start, end, 0.6, candidate=forum) for ordinal in ref.ordinals]
    if not english:
        arab = _ARAB.search(ctx.doc.folded, ref.start, end) is not None
        english = concept_english_name(key, ref.noun_class, arab=arab)  # key: "concepts …" or a skeleton
        english = english or theme_english_name(key, ref.noun_class, label)
    candidate = CandidateSeries(f"{kind}:{key}", label, body, kind, english)
    return [Resolved(-1, ordinal, ref.start, end, 0.6, candidate=candidate) for ordinal in ref.ordinals]


# "le Conseil de médiation et de sécurité, qui doit tenir sa 53e session", "the Mediation and
# Security Council, which will hold its 53rd session", "le Processus de Rabat, dont le Maroc a accueilli
# la cinquième conférence": the meeting is the relative clause's antecedent's.
_RELATIVE_POSSESSIVE = re.compile(
    r" ?, (?:(?:qui|which|that) (?:[^\W\d_]+ ){0,3}(?:sa|son|its) |whose |dont (?:[^\W\d_']+ ){0,4}(?:la |le |l'))$"
)
_NAME_LINKS = frozenset({*_AND, *CONNECTORS}) - {"من"}


def sessions_by_acronym(ctx: Context, resolved: list[Resolved], taken: list[tuple[int, int]]) -> list[Resolved]:
    """ "lors de la 18e AMMTC", "the 20th AMMTC will be held in Manila": an ordinal right before the
    acronym by which the article named a candidate series' body ("la 19e réunion ministérielle … sur la
    criminalité transnationale (AMMTC)") is a session of that series, and before a catalogue series'
    own acronym ("la 19e CIMO") one of that series; not a reference already read."""
    series = {
        normalize_name(r.candidate.body): r.candidate
        for r in resolved
        if r.candidate is not None and is_acronym(r.candidate.body)
    }
    folded, found = ctx.doc.folded, []
    for ordinal in ctx.doc.latin_ordinals if series or ctx.cues else ():
        word = TOKEN.match(folded, ordinal.end())
        if word is None or any(a <= ordinal.start() < b for a, b in taken):
            continue
        candidate = series.get(word.group(1))
        # (or a catalogue series' own acronym: "depuis la 19e CIMO, tenue à Rome")
        cue = ctx.cue_at.get(word.start(1)) if candidate is None else None
        own = [t.series for t in cue.targets if t.is_alias] if cue is not None and cue.end == word.end(1) else []
        acronym = is_acronym(ctx.doc.original_text(word.start(1), word.end(1)))
        if candidate is None and not (len(own) == 1 and acronym):
            continue
        value = int(ordinal.group("num")) if ordinal.group("num") else latin_ordinal_value(ordinal.group("words"))
        if value and candidate is not None:
            found.append(Resolved(-1, value, ordinal.start(), word.end(), 0.6, candidate=candidate))
        elif value:
            found.append(Resolved(own[0], value, ordinal.start(), word.end(), 0.7))
    return found + _sessions_by_numbered_acronym(ctx, resolved, taken)


# A meeting's own acronym and its Roman number: "(MISPA X)" after its name, "la MISPA IX" later on.
# (The word boundary before the acronym is written as a look-behind after its first capital, as
# `\b([A-Z]{3,8})…` reads: opening on the class [A-Z], the pattern lets the regex engine skip to the
# capitals, where a leading \b had it entered at every character of the article: 0.07 ms an article.)
_ACRONYM_ROMAN = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{2,7})\s([IVXLC]{1,7})\b")


def _sessions_by_numbered_acronym(
    ctx: Context, resolved: list[Resolved], taken: list[tuple[int, int]]
) -> list[Resolved]:
    """ "La dixième Réunion des ministres … (MISPA X)", then "les recommandations de la MISPA IX": the
    acronym written with a session's Roman number right after the session's name is its series', and
    the same acronym with another number is another session of that series."""
    original = ctx.doc.original
    if not resolved or not _ACRONYM_ROMAN.search(original):
        return []
    series: dict[str, Resolved] = {}
    for res in resolved:
        if res.ordinal is None:
            continue
        start, end = ctx.doc.to_original(res.start, res.end)
        # in brackets, closing the session's name or right after it
        m = _ACRONYM_ROMAN.search(original, start, end + 12)
        if m is not None and original[m.start() - 1 : m.start()] == "(" and roman_value(m.group(2)) == res.ordinal:
            series.setdefault(m.group(1), res)
    found = []
    for m in _ACRONYM_ROMAN.finditer(original):
        res = series.get(m.group(1))
        value = roman_value(m.group(2)) if res is not None else None
        start, end = ctx.doc.to_folded(m.start()), ctx.doc.to_folded(m.end())
        if not value or value == res.ordinal or any(a <= start < b for a, b in taken):
            continue
        found.append(Resolved(res.series, value, start, end, 0.6, candidate=res.candidate))
    return found


def antecedent_candidate(ctx: Context, ref: Reference, resolved: list[Resolved]) -> list[Resolved]:
    """A numbered meeting that a relative clause gives its subject ("X, qui tiendra sa 53e
    session"): a session of X, the catalogue's series when X names a catalogue body's."""
    folded = ctx.doc.folded
    clause = _RELATIVE_POSSESSIVE.search(folded, max(0, ref.start - 60), ref.start)
    if ref.noun_class is None or clause is None:
        return []
    span = _antecedent_span(ctx, clause.start())
    if span is None:
        return []
    start, end = span
    joint = _joint_body(ctx, start, end, around=start)
    if joint is not None:  # "le Comité bilatéral frontalier algéro-nigérien, dont la quatrième session": the pair's
        return [Resolved(-1, o, ref.start, ref.end, 0.6, candidate=_joint_series(ctx, joint)) for o in ref.ordinals]
    body = _original(ctx, start, end)
    label = f"{body} {_original(ctx, _after_ordinal(ctx, ref), ref.end)}"
    known = _series_of_named_organisation(ctx, label, ref, start, end)
    if known is not None:
        return [Resolved(known, ordinal, ref.start, ref.end, 0.7) for ordinal in ref.ordinals]
    key = concept_key(body) or _organised_key(ctx, start, end) or body_key(body)
    if not key:
        return []
    kind = _meeting_kind(ctx, ref)
    candidate = CandidateSeries(f"{kind}:{key}", label, body, kind)
    return [Resolved(-1, ordinal, ref.start, ref.end, 0.6, candidate=candidate) for ordinal in ref.ordinals]


def _antecedent_span(ctx: Context, comma: int) -> tuple[int, int] | None:
    """The folded span of the body's name that ends at `comma`: a run of capitalized words (English
    "the ECOWAS Mediation and Security Council"), or a capitalized head and the lower-case words
    after it (French "le Conseil de médiation et de sécurité"); at most eight words, in one sentence."""
    folded = ctx.doc.folded
    sentence_start = ctx.doc.sentence(comma)[0]
    words = [
        (t.start(1), t.end(1), t.group(1))
        for t in TOKEN.finditer(folded, max(sentence_start, comma - 120), comma)
        if t.group(1)[:1].isalnum()
    ][-8:]
    if not words or folded[words[-1][0] : words[-1][0] + 1] > "z":
        return None
    if ctx.doc.is_capitalized(words[-1][0]):  # English: the run of capitalized words and their links
        start = words[-1][0]
        for at, _, word in reversed(words):
            if ctx.doc.is_capitalized(at):
                start = at
            elif word not in _NAME_LINKS:
                break
        return start, words[-1][1]
    for at, _, word in reversed(words):  # French: back to the capitalized head
        if ctx.doc.is_capitalized(at):
            if HEADS.get(word) in ("council", "committee", "organization", "assembly"):
                return at, words[-1][1]
            return None
    return None


# "the organisation's 26th Annual General Meeting", "the committee's 12th meeting": a body named
# before by a head word and its possessive.
_POSSESSOR = re.compile(r"([^\W\d_]+)(?:'s|s')\s*$")
_NAMED_WITH_ACRONYM = re.compile(r"((?:[^\W\d_]+[ '-]){1,10})\(([A-Z][A-Z0-9]{2,14})\)")
_POSSESSOR_REACH = 600
# Bodies whose name's head is no head of a complement (a forum is a meeting there, "of the forum"), though
# the body holds meetings: "the Forum's 15th Ministerial Plenary Meeting", "the Network's 7th meeting".
_POSSESSOR_BODIES = frozenset({"forum", "network", "partnership", "platform", "initiative", "process"})


def possessor_acronym(ctx: Context, start: int) -> str | None:
    """The acronym of "the organisation's" right before folded `start` (a head word with a
    possessive): the body the text named before with that head word and its acronym ("the Eastern
    Africa Police Chiefs Cooperation Organisation (EAPCCO)"), the nearest; else None."""
    folded = ctx.doc.folded
    possessor = _POSSESSOR.search(folded, max(0, start - 30), start)
    head = possessor.group(1) if possessor else ""
    if HEADS.get(head) not in ("organization", "committee", "council") and head not in _POSSESSOR_BODIES:
        return None
    a, _ = ctx.doc.to_original(possessor.start(), possessor.end())
    before = ctx.doc.original[max(0, a - _POSSESSOR_REACH) : a]
    named = [m for m in _NAMED_WITH_ACRONYM.finditer(before) if _head_word(m.group(1), head)]
    return named[-1].group(2) if named else None


def _possessor(ctx: Context, ref: Reference) -> list[Resolved] | None:
    """A numbered meeting of "the organisation's" (`possessor_acronym`): a session of that body."""
    folded = ctx.doc.folded
    acronym = possessor_acronym(ctx, ref.start)
    if acronym is None:
        return None
    kind = _GROUP.get(ref.noun_class or "", ref.noun_class or "session")
    meeting = meeting_english(folded[ref.start : ref.end])
    label = f"{acronym} {_original(ctx, _after_ordinal(ctx, ref), ref.end)}"
    english = f"{acronym} {meeting}" if meeting else ""
    candidate = CandidateSeries(f"{kind}:{body_key(acronym)}", label, acronym, kind, english)
    return [Resolved(-1, ordinal, ref.start, ref.end, 0.6, candidate=candidate) for ordinal in ref.ordinals]


def _head_word(name: str, head: str) -> bool:
    """Whether a body's name holds the head word ('organisation' for 'organization' too)."""
    stems = {token_skeleton(w).replace("z", "s") for w in normalize_name(name).split()}
    return token_skeleton(head).replace("z", "s") in stems


def _after_ordinal(ctx: Context, ref: Reference) -> int:
    """Where the words after a Latin reference's ordinal start ("26th |Annual General Meeting")."""
    token = TOKEN.match(ctx.doc.folded, ref.start)
    return TOKEN.match(ctx.doc.folded, token.end()).start(1) if token else ref.start


_ARAB = re.compile(r"\barabes?\b|\barab\b|(?<![\w])العربي(?:ه)?(?![\w])")
# The English of a conference of heads of agencies, field by field: the concepts they stand for.
_FIELDS_EN = (
    (("counter", "terrorism"), "Counter-Terrorism"),
    (("counter", "narcotics"), "Anti-Narcotics"),
    (("narcotics",), "Narcotics"),
    (("criminal", "investigation"), "Criminal Investigation"),
    (("police",), "Police"),
    (("intelligence",), "Intelligence"),
    (("traffic",), "Traffic"),
    (("border",), "Border"),
)
_MEETING_EN = {"conference": "Conference", "summit": "Summit", "meeting": "Meeting", "assembly": "Assembly"}


def concept_english_name(key: str, noun_class: str | None, *, arab: bool = False) -> str:
    """'Arab Conference of Heads of Counter-Terrorism Agencies': the English name of a meeting of
    heads of agencies keyed by its concepts (`concept_key`), the same whatever the language it was
    met in, so that a series met only in Arabic is named as the catalogue's are; '' for others."""
    concepts = set(key.partition("concepts ")[2].split()) if key.startswith("concepts ") else set()
    noun = _MEETING_EN.get(noun_class or "")
    if not noun or "head" not in concepts:
        return ""
    rest, fields = concepts - {"head", "agency"}, []
    for needed, english in _FIELDS_EN:
        if rest and set(needed) <= rest:
            fields.append(english)
            rest -= set(needed)
    if rest or not fields:
        return ""  # a concept the names above do not say: no English name rather than a wrong one
    return f"{'Arab ' if arab else ''}{noun} of Heads of {' '.join(fields)} Agencies"


# The regions and themes a meeting named by its theme is said in English by (concepts, English).
_REGIONS_EN = (
    (("europe", "africa"), "Euro-African"),
    (("europe", "mediterranean"), "Euro-Mediterranean"),
    (("africa",), "African"),
    (("europe",), "European"),
    (("mediterranean",), "Mediterranean"),
    (("atlantic",), "Atlantic"),
)
# Regions English names after the theme: "Ministerial Meeting on Security Cooperation in the Sahel".
_REGIONS_AFTER_EN = ((("sahel",), "in the Sahel"),)
_THEMES_EN = (
    (("counter", "terrorism"), "Counter-Terrorism"),
    (("terrorism",), "Terrorism"),
    (("smuggling", "migrants"), "Migrant Smuggling"),
    (("migrants",), "Migration"),
    (("counter", "narcotics"), "Drug Control"),
    (("narcotics",), "Drugs"),
    (("cyber",), "Cybercrime"),
    (("border", "security"), "Border Security"),
    (("maritime", "security"), "Maritime Security"),
    (("security", "cooperation"), "Security Cooperation"),
    (("security",), "Security"),
    (("cooperation",), "Cooperation"),
)
_MINISTERIAL = re.compile(r"\bministeriel|\bministerial|الوزاري")
_REGIONAL = re.compile(r"\bregional|الاقليمي")
_FORUM = re.compile(r"\bforum|منتدى|ملتقى")


def theme_english_name(key: str, noun_class: str | None, label: str) -> str:
    """'Euro-African Ministerial Conference on Migration': the English name of a meeting named by its
    region and theme, keyed by their concepts (`concept_key`: "Conférence ministérielle
    euro-africaine sur la migration", "المؤتمر الوزاري الأورو-إفريقي حول الهجرة"), the same in every
    language; '' where a concept is none of the regions, themes and the police these names say."""
    concepts = set(key.partition("concepts ")[2].split()) if key.startswith("concepts ") else set()
    folded = normalize_name(label)
    noun = "Forum" if _FORUM.search(folded) else _MEETING_EN.get(noun_class or "")
    if not noun or not concepts or {"head", "agency"} <= concepts:
        return ""
    words = []
    for needed, english in _REGIONS_EN:
        if set(needed) <= concepts:
            words.append(english)
            concepts -= set(needed)
            break
    after = ""
    for needed, english in _REGIONS_AFTER_EN if not words else ():
        if set(needed) <= concepts:
            after, concepts = f" {english}", concepts - set(needed)
            break
    if _REGIONAL.search(folded) and not words:
        words.append("Regional")
    if _MINISTERIAL.search(folded):
        words.append("Ministerial")
    if "police" in concepts:
        words.append("Police")
        concepts.discard("police")
    themes = []
    for needed, english in _THEMES_EN:
        if set(needed) <= concepts:
            themes.append(english)
            concepts -= set(needed)
    if concepts or not themes:
        return ""  # a concept these names do not say: no English name rather than a wrong one
    return f"{' '.join([*words, noun])} on {' and '.join(themes)}{after}"


# A theme after a name written before its noun: "… Police Forum on Migrant Smuggling".
_THEME_AFTER = re.compile(r"\s+(on|sur)\s+((?:[A-Z][\w-]*\s?){1,4})(?<!\s)")


def _theme_after(original: str, pos: int) -> re.Match[str] | None:
    """The capitalized theme after a meeting's name ("… Police Forum on Migrant Smuggling"), never a day or a
    month ("… Security Forum on Wednesday")."""
    theme = _THEME_AFTER.match(original, pos)
    return None if theme is None or is_calendar_word(theme.group(2).split()[0]) else theme


# The possessive that opens a reference ("sa 26e assemblée", "its 12th meeting") and the body that
# holds it, named earlier in the sentence with its acronym: "Le Comité … (CCPAO) a tenu jeudi à
# Abidjan sa 26e assemblée générale".
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Z0-9]{2,14})\)")


def _acronym_subject(ctx: Context, ref: Reference) -> str | None:
    """The acronym of the body a possessive reference belongs to: the last one in parentheses
    earlier in its sentence; else the only one later in it ("Police chiefs ended their 26th Annual
    General Meeting in Djibouti, where … of the … Cooperation Organisation (EAPCCO)"); else None."""
    sent_start, sent_end = ctx.doc.sentence(ref.start)
    if not POSSESSIVE_BEFORE.search(ctx.doc.folded, max(sent_start, ref.start - 8), ref.start):
        return None
    a, b = ctx.doc.to_original(sent_start, ref.start)
    acronyms = [
        m.group(1)
        for m in _ACRONYM_IN_PARENTHESES.finditer(ctx.doc.original, a, b)
        if not inside(ctx.doc.to_folded(m.start()), ctx.datelines)  # "Nouakchott, 18/11/2025 (AMI) –": the wire's
    ]
    if acronyms:
        return acronyms[-1]
    c, d = ctx.doc.to_original(ref.end, sent_end)
    later = set(_ACRONYM_IN_PARENTHESES.findall(ctx.doc.original, c, d))
    return later.pop() if len(later) == 1 else None


# The officials a sentence opens with, who then hold "their" numbered meeting: "Les chefs des services
# de renseignement … ont entamé à Niamey leur neuvième réunion", "The interior ministers of the Sahel
# states opened their fifth meeting". Their group names the meeting's series, as "la neuvième réunion
# des chefs des services …" would.
_GROUP_SUBJECT = re.compile(
    r"(?:les |the )?(?P<body>(?:(?<=the )(?:[^\W\d_]+ ){1,2}?)?(?:chefs|ministres|directeurs|responsables"
    r"|commandants|dirigeants|heads|ministers|chiefs|directors|commanders|leaders)\b[^.;:!?]{3,160}?)"
    r" (?:ont|have|se sont|sont|are|were|met|opened|began|held|concluded|ended|wrapped)\b"
    # a body: "Le Groupe permanent maroco-espagnol sur la migration a tenu … sa neuvième réunion"
    r"|(?:le |la |the )(?P<named>(?:(?<=the )(?:[^\W\d_]+ ){1,2}?)?(?:groupe|comite|commission|conseil|group|committee"
    r"|council)\b[^.;:!?]{3,120}?)"
    r" (?:(?:a|avait) (?:tenu|cloture|ouvert)|tiendra|tient|held|holds|opened|closed|will hold|(?:has|had) held)\b"
)
# a short phrase of time before the subject ("La veille, le Comité … avait tenu sa 14e session", "On Monday, the
# council held its …"): the sentence still opens with it
_TIME_OPENING = re.compile(r"[^,;:]{1,24}, ")


_SUBJECT_BODIES = frozenset({"groupe", "comite", "commission", "conseil", "group", "committee", "council"})


def group_subject(ctx: Context, ref: Reference, *, bodies_only: bool = False) -> tuple[int, int] | None:
    """The folded span of the officials whose possessive meeting `ref` is (`_GROUP_SUBJECT`), when
    its sentence opens with them (a dateline or a phrase of time before them aside), else None.
    `bodies_only`: a body named as such ("le Comité de pilotage de X"), not officials ("les chefs de
    police africains", whose meeting the article's context may name: AFRIPOL's General Assembly)."""
    folded = ctx.doc.folded
    sent_start, _ = ctx.doc.sentence(ref.start)
    if not POSSESSIVE_BEFORE.search(folded, max(sent_start, ref.start - 8), ref.start):
        return None
    m = _GROUP_SUBJECT.search(folded, sent_start, ref.start)
    if m is None:
        return None
    opening = (
        m.start() == sent_start
        or any(a <= sent_start + 1 and m.start() <= b + 2 for a, b in ctx.datelines)
        or _TIME_OPENING.fullmatch(folded, sent_start, m.start()) is not None
    )
    group = "body" if m.group("body") is not None else "named"
    if bodies_only and group == "body":
        return None
    return (m.start(group), m.end(group)) if opening else None


def own_named_candidate(ctx: Context, ref: Reference, resolved: list[Resolved]) -> list[Resolved]:
    """A numbered meeting written with a capital and named by the words that follow it ("le 4e
    Forum euro-méditerranéen de police sur le trafic de migrants", "la deuxième Conférence régionale
    sur la sécurité des frontières"): a series of its own, before any series the article names
    elsewhere (a co-organiser's), unless its name is a catalogue series' (`numbered_candidate`)."""
    if ref.noun_class is None or ref.named_before:
        return []
    if before := _city_meeting_before(ctx, ref):
        return before
    noun_start = _noun_start(ctx, ref)
    if ctx.doc.folded[noun_start : noun_start + 1] > "z":
        return []
    if ref.noun_class == "edition" and (of := _EDITION_OF_NAMED.match(ctx.doc.folded, ref.end)):
        # "la quatrième édition du Forum de Nouakchott sur la sécurité", "the third edition of the Lome
        # Forum": the edition's meeting is named after it, with its capital (a city's forum, read by
        # `numbered_candidate`), whatever series the article's context would guess
        noun = next((n for n in ctx.meeting_nouns if of.end() <= n.start() <= of.end() + 20), None)
        if noun is None or noun_class_of(noun) == "edition" or not ctx.doc.is_capitalized(noun.start()):
            return []
        start = _capitalized_before(ctx, of.end(), noun.start())
        end = forum_name_end(ctx, noun.end())
        named = city_forum(ctx, noun, start, end, _original(ctx, start, end))
        return numbered_candidate(ctx, ref, resolved) if named is not None else []
    if not ctx.doc.is_capitalized(noun_start):
        return []
    if _body_span(ctx, ref.walk_from, True) is None and not _city_named(ctx, ref, noun_start):
        return []
    return numbered_candidate(ctx, ref, resolved)


def _city_named(ctx: Context, ref: Reference, noun_start: int) -> bool:
    """Whether a numbered meeting's name after its noun is a city's meeting ("la 61e Conférence de
    Munich sur la sécurité", city_forums): named by no body, but its own all the same."""
    end = forum_name_end(ctx, ref.end)
    return end > ref.end and _city_forum_at(ctx, noun_start, end, _original(ctx, noun_start, end)) is not None


def _city_meeting_before(ctx: Context, ref: Reference) -> list[Resolved]:
    """A possessive's numbered session of the city's meeting (city_forums) named right before it in its
    sentence ("مؤتمر ميونيخ للأمن في دورته الحادية والستين", "the Lome Forum on Security, in its third
    edition"): that meeting's edition, not a series the article's context guesses."""
    folded = ctx.doc.folded
    arabic = AR_POSSESSIVE_NOUN.match(folded, ref.start) is not None
    if not arabic and not POSSESSIVE_BEFORE.search(folded, max(0, ref.start - 8), ref.start):
        return []
    link = POSSESSIVE_LINK_AR if arabic else POSSESSIVE_LINK
    floor = max(ctx.doc.sentence(ref.start)[0], ref.start - 80)
    for noun in reversed([n for n in ctx.meeting_nouns if floor <= n.start() and n.end() < ref.start]):
        end = forum_name_end(ctx, noun.end())
        if not link.fullmatch(folded, end, ref.start):
            continue
        start = noun.start() if folded[noun.start()] > "z" else _capitalized_before(ctx, floor, noun.start())
        if start == noun.start() and folded[start] <= "z" and not ctx.doc.is_capitalized(start):
            return []  # "the forum, in its third edition": no name
        forum = city_forum(ctx, noun, start, end, _original(ctx, start, end))
        if forum is None:
            return []
        return [Resolved(-1, ordinal, ref.start, ref.end, 0.6, candidate=forum) for ordinal in ref.ordinals]
    return []


# An edition's preposition and article before the name of its meeting (folded)
_EDITION_OF_NAMED = re.compile(r" (?:du|de la|de l'|des|of the|of) ")


def _capitalized_before(ctx: Context, floor: int, noun_start: int) -> int:
    """Where a name opening on capitalized words before its noun starts ("the Lome Forum"): `noun_start`
    when none."""
    start = noun_start
    for word in reversed(list(_WORD.finditer(ctx.doc.folded, floor, noun_start))):
        if not ctx.doc.is_capitalized(word.start()):
            break
        start = word.start()
    return start


def folded_arabic_city(ctx: Context, ref: Reference) -> bool:
    """Whether an Arabic reference holds a city between its noun and its ordinal ("مؤتمر بغداد الدولي الثاني")."""
    if ctx.doc.folded[ref.start : ref.start + 1] <= "z":
        return False
    ordinal = AR_ORDINAL_RE.search(ctx.doc.folded, ref.start, ref.end)
    return ordinal is not None and bool(ctx.places_between(ref.start, ordinal.start()))


def _city_forum_at(ctx: Context, start: int, end: int, label: str) -> CandidateSeries | None:
    """The city's meeting (`city_forums.city_forum`) a name spanning [start, end) is, by the first meeting
    noun in it (an Arabic one after its clitics: "لمؤتمر ميونخ للأمن"), else None."""
    # (the forum's noun, not an edition's: "the third edition of the Lome Forum on Security")
    noun = next((n for n in ctx.meeting_nouns if start <= n.start() < end and noun_class_of(n) != "edition"), None)
    return city_forum(ctx, noun, start, end, label) if noun is not None else None


def _known_series(ctx: Context, label: str, ref: Reference) -> int | None:
    """A series of the catalogue whose name the label resembles, when it holds such meetings and
    such an ordinal is plausible for it."""
    index = ctx.catalogue.resembling(label)
    if index is None and label[:1] > "z":
        index = ctx.catalogue.resembling(_arabic_construct(label))
    if index is not None and not _same_fields(label, ctx.catalogue.own_names(index)):
        index = None  # "… de lutte contre le terrorisme" is not "… contre les stupéfiants", one word apart
    if index is not None and not _same_places(label, ctx.catalogue.own_names(index)):
        index = None  # "… des ministres de l'Intérieur des pays du Sahel" is not "… des pays du CCG"
    if index is not None and not _same_acronyms(label, ctx.catalogue.own_names(index)):
        index = None  # "… des chefs de police de l'OPNE" is not "… de l'ASEAN", one word apart
    if index is None:
        index = _series_holding(ctx, label)
    if index is None:
        return None
    return index if _plausible(ctx, index, ref.noun_class or "edition", ref) else None


def _arabic_construct(label: str) -> str:
    """An Arabic meeting's name with its noun and who meets in construct, as the catalogue writes it:
    "الاجتماع لوزراء داخلية …" (the noun, then "لـ") is "اجتماع وزراء داخلية …"."""
    words = label.split()
    if len(words) < 2 or not words[1].startswith("ل"):
        return label
    noun = words[0][2:] if words[0].startswith("ال") and len(words[0]) > 4 else words[0]
    who = "ال" + words[1][2:] if words[1].startswith("لل") else words[1][1:]
    return " ".join([noun, who, *words[2:]])


def _plausible(ctx: Context, index: int, kind: str, ref: Reference) -> bool:
    """Whether a catalogue series holds meetings of this kind and such an ordinal is plausible for it."""
    series = ctx.catalogue.series[index]
    return bool(series.compat({kind})) and series.fit(ref.ordinals, ctx.ref_year) > 0.3


# What a body fights or deals with: two names that differ in it name two bodies.
_FIELDS = frozenset({"terrorism", "narcotics", "intelligence", "traffic", "smuggling", "migrants", "border", "cyber"})


def _series_of_concepts(ctx: Context, body: str, ref: Reference, kind: str) -> int | None:
    """The one catalogue series whose own name, its meeting noun aside, means what the body's
    name means, word for word in `_CONCEPTS` ("المؤتمر الأوروبي لقادة الشرطة" and "European Police
    Chiefs Convention"), when it holds such meetings and such an ordinal is plausible for it."""
    key = _name_concepts(normalize_name(body))
    found = ctx.catalogue.keyed(_name_concepts).get(key, []) if key else []
    if len(found) != 1:
        return None
    # the kind of meeting the reference names ("الدورة 14 للمؤتمر …" is the conference's 14th)
    return found[0] if _plausible(ctx, found[0], kind, ref) else None


def _name_concepts(name: str) -> str:
    """`concept_key` of a series' own name without its meeting noun ("convention", "مؤتمر")."""
    words = [w for w in name.split() if not (AR_BARE_NOUN if w[0] > "z" else LATIN_NOUN).fullmatch(w)]
    return concept_key(" ".join(words))


_AFTER_NAME = re.compile(r"\s(?:in|at|a|au|with|avec|focusing|focused|consacree?s?|centree?s?)\s")


def _fields(name: str) -> frozenset[str]:
    concepts = (_CONCEPT_OF.get(_strip_clitic(w)) or _CONCEPT_OF.get(w) or "" for w in normalize_name(name).split())
    return frozenset(c for found in concepts for c in found.split() if c in _FIELDS)


def _same_fields(label: str, names: list[str]) -> bool:
    """Whether one of `names` deals with what the label deals with (both may deal with nothing)."""
    fields = _fields(label)
    return any(_fields(name) == fields for name in names)


_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,}\b")


def _same_acronyms(label: str, names: list[str]) -> bool:
    """Whether every acronym the label writes (a body's: "OPNE", "ASEAN") is in one of `names`."""
    acronyms = {a.lower() for a in _ACRONYM_WORD.findall(label)}
    return not acronyms or any(acronyms <= set(re.findall(r"[a-z]+", name)) for name in names)


def _same_places(label: str, names: list[str]) -> bool:
    """Whether one of `names` says every place or region the label says (the label may say none):
    a meeting of the Sahel's ministers is no meeting of the Gulf's, however alike their names."""
    places = {w for w in normalize_name(label).split() if w in PLACES}
    return not places or any(places <= set(name.split()) for name in names)


# The honorifics Gulf and Arab press put before the ministers a meeting gathers ("اجتماع أصحاب السمو
# والمعالي وزراء الداخلية"): forms of address, no part of the body's name.
_AR_HONORIFIC_STEMS = frozenset(
    _strip_clitic(normalize_name(w)) for w in split_words("أصحاب صاحب السمو المعالي الفخامة السعادة")
)


def name_word(word: str) -> str:
    """A word of a series' name as `_series_holding` compares it: clitics off, connectors and
    honorifics dropped."""
    if word in CONNECTORS or word in DETERMINERS or word in ("l", "d", "le", "la", "les", "ل"):
        return ""
    stem = _strip_clitic(word)
    if stem in _AR_HONORIFIC_STEMS or (word[:1] == "و" and _strip_clitic(word[1:]) in _AR_HONORIFIC_STEMS):
        return ""
    if word in _LATIN_HONORIFIC_WORDS:
        return ""
    return stem


def _series_holding(ctx: Context, label: str) -> int | None:
    """The one series whose own name holds every word of the label, a shorter way of writing it
    ("la 51e session du Conseil supérieur de l'Université Naïf", "الاجتماع الحادي والأربعين لوزراء
    الداخلية" for "اجتماع وزراء الداخلية بدول مجلس التعاون"): four words at least, or three when
    the article names that series or its body elsewhere."""
    words = frozenset(w for w in map(name_word, normalize_name(label).split()) if w)
    if len(words) < 3:
        return None
    found = ctx.catalogue.holding(words, name_word)
    if len(found) != 1 or (len(words) < 4 and found[0] not in ctx.cues_by_series):
        return None
    return found[0]


# How many words (rapidfuzz's token_set_ratio) a name must share with a series' own name to be that
# series' session the article numbers already, with the same ordinal and kind of meeting.
_RENAMED = 80
# The other words of a name beside an organisation's: those of one of the series' own names, but a
# word or two (catalogue.RESEMBLING).
_SAME_NAME = 88


def _same_session_renamed(ctx: Context, label: str, ref: Reference, resolved: list[Resolved]) -> int | None:
    """The series of a session the article already numbers by the catalogue's name, named again
    with other words and the same ordinal ("la 49e Conférence des chefs de police et de sécurité
    arabes" in the headline, "la 49e Conférence des commandants de police et de sécurité arabes"
    below): one meeting, not a second series."""
    for other in resolved:
        if other.candidate is not None or other.ordinal not in ref.ordinals:
            continue
        series = ctx.catalogue.series[other.series]
        if series.compat({ref.noun_class or "edition"}) and ctx.catalogue.resemblance(label, other.series) >= _RENAMED:
            return other.series
    return None


def _series_of_named_organisation(ctx: Context, label: str, ref: Reference, start: int, end: int) -> int | None:
    """A series of the organisation the body's name holds, written with the organisation's long
    name where the series' own names have another ("the 42nd meeting of the Interior Ministers of
    the Gulf Cooperation Council" for "Meeting of GCC Interior Ministers"): the label's other words
    are that series' name but for the organisation's."""
    for cue in ctx.cues:
        if cue.start < start or cue.end > end:
            continue
        rest = label.replace(_original(ctx, cue.start, cue.end), " ")
        for target in cue.targets:
            fits = _plausible(ctx, target.series, ref.noun_class or "edition", ref)
            if fits and ctx.catalogue.resemblance(rest, target.series) >= _SAME_NAME:
                return target.series
    return None


def named_by_another_field(
    ctx: Context, ref: Reference, guess: list[Resolved], resolved: list[Resolved]
) -> list[Resolved]:
    """A numbered meeting the context's guess (`guess`, a catalogue series the article names
    elsewhere) would make a session of, though the words after it name a field of its own:
    "الملتقى الدولي الثالث لمكافحة تمويل الإرهاب", "the fifth forum on countering terrorist financing" in
    an article naming the interior ministers' council, whose conference is on drugs. A session of
    the series those words name when they name a body (a candidate), else no session at all (None):
    the guess stands when the words name no field, or the series'."""
    if not guess or guess[0].candidate is not None:
        return guess
    names = ctx.catalogue.own_names(guess[0].series)
    clause = re.split(r"[,.;:!?،؛؟()«»\"]", ctx.doc.folded[ref.end : ref.end + 100])[0]
    # (the words naming it, not a place or a theme told after them: "open 43rd session in Tunis with
    # focus on drugs")
    clause = _AFTER_NAME.split(clause, maxsplit=1)[0]
    if not _fields(clause) or _same_fields(clause, names):
        return guess
    own = numbered_candidate(ctx, ref, resolved)
    if own and own[0].candidate is not None:
        return own
    note(ctx.debug, f"dropped {ctx.doc.folded[ref.start : ref.end]!r}: its own field is not its guessed series'")
    return []


def session_of_numbered_series(
    ctx: Context, ref: Reference, classes: set[str], resolved: list[Resolved]
) -> list[Resolved]:
    """A numbered reference naming no body ("la mise en œuvre des recommandations de la 37e conférence")
    in an article that numbers a session of a catalogue series holding such meetings (`classes`: the
    noun's and its complement's) a few ordinals away, its 38th conference: a session of that series,
    the nearest in ordinal. What `session_of_candidate` does for series outside the catalogue; the
    series the article merely names elsewhere (an observer's, a co-organiser's) are a worse guess."""
    near = _nearest_in_ordinal(
        ref,
        (
            other
            for other in resolved
            if other.candidate is None
            and other.ordinal is not None
            and other.series >= 0
            and ctx.catalogue.series[other.series].compat(classes)
        ),
    )
    if near is None:
        return []
    return [Resolved(near[1].series, ordinal, ref.start, ref.end, 0.6) for ordinal in ref.ordinals]


def _nearest_in_ordinal(ref: Reference, sessions: Iterable[Resolved]) -> tuple[int, Resolved] | None:
    """The session of `sessions` nearest in ordinal to any of the reference's, with the gap, when it is
    at most `_NEIGHBOUR_GAP` (the first of equals); the sessions have ordinals."""
    near: tuple[int, Resolved] | None = None
    for other in sessions:
        gap = min(abs(other.ordinal - n) for n in ref.ordinals)
        if gap <= _NEIGHBOUR_GAP and (near is None or gap < near[0]):
            near = (gap, other)
    return near


def session_of_candidate(ref: Reference, resolved: list[Resolved], heads: set[str] | None = None) -> list[Resolved]:
    """A numbered reference that names no body ("la 44e conférence", "the 46th conference", "du
    11e Sommet", a headline's "المؤتمر العربي السادس عشر") in an article about a session of a
    candidate series of the same kind, a few ordinals away or the same: a session of that series.
    The catalogue's series are the other guess, and a worse one: the article does not name them
    with this meeting. A complement of generic heads ("la 45e édition de la conférence") names the
    kind: the head's, not the noun's ("du Conseil" is no conference's)."""
    kinds = {_GROUP.get(h, h) for h in heads} if heads else {_GROUP.get(ref.noun_class or "", ref.noun_class)}
    if heads and "organization" in heads:
        kinds.add("session")  # "la huitième session du groupe": the group's sessions
    if kinds & {"conference", "session"}:
        # a conference's sittings are its sessions: "الدورة الحادية والعشرين للمؤتمر", "the 19th
        # conference" in an article on the "20th session of the conference of interior ministers …"
        kinds |= {"conference", "session"}
    if "session" in kinds:
        kinds.add("meeting")  # "the 7th edition of the forum": a forum's meeting
    if not heads and ref.noun_class in ("edition", "session"):
        # "la sixième édition, tenue à Bamako", "الدورة الثانية والعشرين التي احتضنتها عمان" (after "the
        # 23rd session of the regional conference"): an edition or a session of whatever meeting it is
        kinds = {None}
    # the nearest session of a catalogue series the article numbers: nearer, the reference is its
    # ("the 41st meeting in Doha" beside the ministers' 42nd, not the police chiefs' 37th)
    catalogued = min(
        (abs(o.ordinal - n) for o in resolved if o.candidate is None and o.ordinal is not None for n in ref.ordinals),
        default=None,
    )
    assembly = "assembly" in (heads or {ref.noun_class})
    near = _nearest_in_ordinal(
        ref,
        (
            other
            for other in resolved
            if other.candidate is not None
            and other.ordinal is not None
            # (a city's meeting, "year", is of any kind: "مؤتمر بغداد الدولي الثاني" … "المؤتمر الأول")
            and (None in kinds or other.candidate.kind in kinds or other.candidate.kind == "year")
            # "الجمعية العامة الثامنة" in an article on a steering committee's session: not its
            and (not assembly or _holds_assembly(other.candidate.label))
        ),
    )
    if near is None or (catalogued is not None and catalogued < near[0]):
        return []
    return [Resolved(-1, ordinal, ref.start, ref.end, 0.55, candidate=near[1].candidate) for ordinal in ref.ordinals]


def _holds_assembly(label: str) -> bool:
    """Whether a series' name is an assembly's ("Assemblée générale de …", "الجمعية العامة لـ…")."""
    return any(
        HEADS.get(_strip_clitic(w)) == "assembly" or HEADS.get(w) == "assembly" for w in normalize_name(label).split()
    )


def _noun_start(ctx: Context, ref: Reference) -> int:
    """Where the meeting noun of a reference starts (the label begins there): after a Latin
    ordinal, at an Arabic reference's start."""
    folded = ctx.doc.folded
    if folded[ref.start : ref.start + 1] > "z":
        return ref.start
    # The nouns of the reference's span alone, read from its start: no noun read from earlier can
    # run into it, since a reference starts on its ordinal, never in the second word of a noun
    # ("assemblee generale", "rendez vous"). (`\b` at `pos` sees the character before it.)
    nouns = list(LATIN_NOUNS.pattern.finditer(folded, ref.start, ref.end))
    return nouns[-1].start() if nouns else ref.start


def _original(ctx: Context, start: int, end: int) -> str:
    return " ".join(ctx.doc.original_text(start, end).split()).strip(" ,.;:-–")


def _unclitic(body: str) -> str:
    """ "لمجلس وزراء …" → "مجلس وزراء …", "للجنة …" → "اللجنة …", "لـ أفريبول" → "أفريبول"; a meeting noun
    with its possessive takes the article: "مؤتمرها الدولي …" → "المؤتمر الدولي …"."""
    body = body.replace("ـ", "")
    body = _POSSESSED_NOUN.sub(lambda m: f"ال{m.group(1)}" if m.group(1) else f"ال{m.group(2)}ة", body, count=1)
    if body.startswith("ل "):
        return body[2:]
    if body.startswith("لل"):
        return "ال" + body[2:]
    if body.startswith("ل") and len(body.split()[0]) > 3:
        return body[1:]
    return body


# A meeting noun opening a name with a possessive suffix ("مؤتمرها", "اجتماعه"; "دورته", "قمتها": a feminine
# noun's ending written "ت" before the suffix): its stem.
_POSSESSED_NOUN = re.compile(r"^(?:(مؤتمر|اجتماع|ملتقى|منتدى)|(دور|قم|نسخ|طبع|ندو)ت)(?:ها|هم|ه)(?=\s|$)")


# The forms of address English and French put before the ministers a meeting gathers ("meeting of
# Their Highnesses and Excellencies the Interior Ministers", "réunion de Leurs Altesses et Excellences
# les ministres"): no part of the body's name, as the Arabic ones (`_AR_HONORIFIC_STEMS`).
_LATIN_HONORIFIC_WORDS = frozenset(
    split_words("their leurs highnesses highness altesses excellencies excellency excellences")
)
_LATIN_HONORIFICS = re.compile(
    r"(?:their|leurs) (?:royal |royales )?(?:highnesses|altesses|excellencies|excellences)"
    r"(?: (?:and|et) (?:excellencies|excellences))?(?: (?:the|les|des) ?)?"
)


def _adjective_concepts(ctx: Context, ref: Reference) -> bool:
    """Whether an Arabic reference's adjectives, between its noun and its ordinal, name a region or
    a field ("المؤتمر الوزاري الأورو-إفريقي السادس"): a theme after it then names the meeting."""
    folded = ctx.doc.folded
    if folded[ref.start : ref.start + 1] <= "z":
        return False
    ordinal = AR_ORDINAL_RE.search(folded, ref.start, ref.end)
    words = folded[ref.start : ordinal.start() if ordinal else ref.end].split()[1:]
    return any(_CONCEPT_OF.get(_strip_clitic(w)) for w in words)


def _body_span(
    ctx: Context, pos: int, named_noun: bool = False, adjective_concepts: bool = False
) -> tuple[int, int] | None:
    """The folded span of the body's name after a meeting noun (and its ordinal, in Arabic), or
    None when the complement names no body of its own. `named_noun`: the noun is capitalized
    ("la 9e Convention des chefs…"), the complement may then be lower-case words;
    `adjective_concepts`: an Arabic noun's adjectives name a region or field, a theme of one
    concept then names the meeting with them ("… الأورو-إفريقي السادس حول الهجرة")."""
    folded = ctx.doc.folded
    words: list[tuple[int, int, str]] = []
    seen_connector = head = themed = on_theme = False
    proper = named_noun
    limit = min(len(folded), pos + 160, ctx.doc.sentence(pos)[1])  # a name never runs on into the next sentence
    while pos < limit and sum(w[2] not in CONNECTORS and w[2] not in DETERMINERS for w in words) < _MAX_WORDS:
        token = TOKEN.match(folded, pos)
        if not token:
            break
        word, at = token.group(1), token.start(1)
        arabic = word[0] > "z"
        if word in BREAKS or word == "," or YEAR.fullmatch(word) or word.isdigit():
            break
        if words and "\n" in ctx.doc.original[ctx.doc.offsets[pos] : ctx.doc.offsets[at]]:
            break  # a name never runs on past its line: "… de leur comité mixte" / "NOUAKCHOTT (AMI) –"
        if at in ctx.place_at:
            if arabic and not words:
                return None
            if arabic and word[:1] == "ب":
                break  # a venue ("… بأبيدجان"; "في" stopped the name already); a bare place is the name's
            # "la session de Glasgow": a venue, no body; a place in a name ("Code de conduite de Yaoundé",
            # "… of the Djibouti Code of Conduct") or opening a theme is the name's
            # ("of the Rabat Process", "of the Djibouti Code of Conduct": a capital after the place goes on)
            named = (proper and words) or themed or ((words or seen_connector) and _capital_follows(ctx, token.end()))
            if not arabic and not head and not named:
                return None
        if arabic:
            theme = word == _ARABIC_THEME and words and (named_noun or proper)  # "… للشرطة حول تهريب المهاجرين"
            # "… للمسؤولين عن مكافحة الإرهاب": those responsible for a field, the field named after "عن"
            theme = theme or (word == "عن" and words and _strip_clitic(words[-1][2]) in _RESPONSIBLE)
            if not words and word == _ARABIC_THEME and not themed:
                themed = True  # "المؤتمر الوزاري الثالث حول مدونة سلوك ياوندي": named by its theme (below)
                pos = token.end()
                continue
            # "للدول الموقعة على مدونة سلوك جيبوتي": the signatories of a text, named after "على"
            theme = theme or (word == _ON and bool(words) and words[-1][2] in _SIGNATORIES)
            if not theme and (word in _ARABIC_STOPS or word in _ARABIC_VERBS or word.startswith(_ARABIC_STOP_PREFIXES)):
                break
            if _another_meeting(word):
                break
            if not words and not themed and not (word[0] == "ل" or word == "ل"):
                return None  # no "لـ": the words after an Arabic ordinal are no complement
            if word == "ل":
                pos = token.end()
                continue
            if HEAD_RE.fullmatch(folded, at, token.end()):
                head = True
            else:
                proper = True
            words.append((at, token.end(), word))
        else:
            compass = words and words[-1][2] in ("l'", "the") and ctx.doc.is_capitalized(at)  # "de l'Est"
            # the second half of a hyphenated word ("l'Asie du Sud-Est", "Asie-Pacifique") is no stop word
            compass = compass or (words and ctx.doc.original[ctx.doc.offsets[at] - 1 : ctx.doc.offsets[at]] == "-")
            # A meeting named by its theme: "la 2e Conférence régionale sur la sécurité des frontières",
            # "Forum … de police sur le trafic de migrants" (after a capitalized noun, or in a name).
            theme = word in _TOPIC_PREPOSITIONS and (named_noun or words) and _theme_follows(folded, token.end())
            if theme and not words:
                seen_connector = themed = True
                pos = token.end()
                continue
            # (an article opens the name after a theme's preposition too: "… régionale sur le trafic …",
            # "… Conference on the Yaoundé Code …")
            in_name = theme or (
                (word in _ARTICLES_IN_NAMES or (themed and not words and word in DETERMINERS))
                and (words or seen_connector)
                and _goes_on(folded, token.end())
            )
            in_name = in_name or (word == "in" and words and folded.startswith("in charge of ", at))
            if word in _THEME_PREPOSITIONS_SEEN and words:
                on_theme = True
            # a second theme joined to the first: "… de Dakar sur la paix et la sécurité", "on peace and security"
            in_name = in_name or (word in ("et", "and") and on_theme and _concept_follows(folded, token.end()))
            if word in _LATIN_STOPS and not in_name and not compass:
                break  # "… de X le 12 mai" ends the name, "lutte contre les stupéfiants" does not
            style = _LATIN_HONORIFICS.match(folded, at) if not words else None
            if style:  # "the 40th meeting of Their Highnesses and Excellencies the Interior Ministers of …"
                pos = style.end()
                continue
            leading = word in ADJECTIVES or word in PRE_NOUN
            if not words and (word in DETERMINERS or (leading and not ctx.doc.is_capitalized(at))):
                pos = token.end()  # "de la réunion annuelle …"; a capital is the name's: "of the African Union …"
                continue
            if not words and word in CONNECTORS:
                seen_connector = True
                pos = token.end()
                continue
            if not words and not seen_connector and named_noun and _names_on(folded, token.end(), word):
                # "le 4e Forum euro-méditerranéen de police …": the capitalized noun's own adjective
                words.append((at, token.end(), word))
                pos = token.end()
                continue
            if not words and not seen_connector:
                return None  # "the 5th meeting held…": no complement
            is_head = HEAD_RE.match(folded, at) is not None and HEAD_RE.match(folded, at).end() >= token.end() - 1
            head = head or is_head
            capital = ctx.doc.is_capitalized(at) and word not in DETERMINERS and word not in CONNECTORS
            if capital and (not is_head or not words):
                # "… du Forum africain de la sécurité intérieure", "du Groupe migratoire mixte permanent":
                # French capitalizes a name's first word only (a head alone is no name: below)
                proper = True
            words.append((at, token.end(), word))
        pos = token.end()
    while words and (words[-1][2] in CONNECTORS or words[-1][2] in DETERMINERS):
        words.pop()
    if not words:
        return None
    arabic_theme = themed and folded[words[0][0] : words[0][0] + 1] > "z"  # only what it means names it
    named = concept_key(folded[words[0][0] : words[-1][1]]) or (
        adjective_concepts and arabic_theme and _all_concepts(folded[words[0][0] : words[-1][1]])
    )
    if (not proper or arabic_theme) and not named:
        # lower-case words name a body only when they say who meets and on what, which newspapers
        # write in lower case ("la 37e conférence arabe des chefs des services de lutte contre les stupéfiants")
        return None
    if all(w[2] in HEADS or normalize_name(w[2]) in HEADS for w in words):
        return None
    return words[0][0], words[-1][1]


def _capital_follows(ctx: Context, pos: int) -> bool:
    """Whether a capitalized word that is no place follows at folded `pos`: a name goes on."""
    token = TOKEN.match(ctx.doc.folded, pos)
    return (
        token is not None
        and token.group(1)[:1].isalpha()
        and token.start(1) not in ctx.place_at
        and ctx.doc.is_capitalized(token.start(1))
    )


def _another_meeting(word: str) -> bool:
    """A folded Arabic word that opens a second meeting coordinated with the first ("… العرب ومنتدى
    الرباط …", "الندوة والمؤتمر …"): the first meeting's name ends before it."""
    return word[:1] in ("و", "ف") and AR_BARE_NOUN.fullmatch(word) is not None


# The prepositions a name's theme opens with, met inside the name ("Forum … de Dakar sur la paix"): a
# topic's (`city_forums`) and a purpose's ("… pour la sécurité").
_THEME_PREPOSITIONS_SEEN = _TOPIC_PREPOSITIONS | {"pour", "for"}


def _concept_follows(folded: str, pos: int) -> bool:
    """Whether a theme's word (a concept: "la sécurité", "security") follows, after an article."""
    token = TOKEN.match(folded, pos)
    if token is not None and token.group(1) in DETERMINERS | _ARTICLES_IN_NAMES:
        token = TOKEN.match(folded, token.end())
    return token is not None and token.group(1) in _CONCEPT_OF


def _theme_follows(folded: str, pos: int) -> bool:
    """Whether a theme follows a preposition: a noun, after an article ("sur le trafic …")."""
    token = TOKEN.match(folded, pos)
    if token is not None and token.group(1) in DETERMINERS | _ARTICLES_IN_NAMES:
        pos = token.end()
    return _goes_on(folded, pos)


def _names_on(folded: str, pos: int, word: str) -> bool:
    """Whether `word` (lower-case, after a capitalized meeting noun) is that name's adjective: a
    connector or a theme's preposition follows it, or a second such word and then one ("Forum
    euro-méditerranéen de police …")."""
    if word in _LATIN_STOPS or word in DETERMINERS or not word.isalpha():
        return False
    for _ in range(2):
        token = TOKEN.match(folded, pos)
        if token is None:
            return False
        if token.group(1) in CONNECTORS or token.group(1) in _TOPIC_PREPOSITIONS:
            return True
        if not token.group(1).isalpha() or token.group(1) in _LATIN_STOPS or token.group(1) in DETERMINERS:
            return False
        pos = token.end()
    return False
