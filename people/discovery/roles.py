"""The role a text states next to a person's name, in the text's own words.

Editors rely on these to tell people apart and to review candidates, so a role is the phrase as
written ("wali, directeur de la coopération internationale", "INTERPOL President", "وزير الداخلية"),
lightly trimmed, or None. Two shapes cover news prose: the title before the name, in apposition or
directly attached ("le ministre de l'Intérieur, Abdelouafi Laftit", "Italian Interior Minister Luciana
Lamorgese"), and the title after the name and a comma ("Mohamed Moufakir, wali, directeur de …").
A role phrase starts at a role head word (minister, directeur, وزير…) and never runs over a verb, a
relative pronoun or the next person of a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from people.lexicon import (
    AR_COUNTERPART,
    AR_PLACES,
    AR_ROLE_BASE,
    AR_ROLE_POSSESSED,
    AR_ROLE_WORDS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    NATIONALITIES,
    ORG_HEADS,
    RANKS,
    ROLE_HEADS,
    SHEIKH_STYLES,
    TITLE_FIELD_WORDS,
    TITLE_WORDS,
    akey,
    ar_word_key,
    key,
    without_conjunction,
)
from people.lexicon import (
    words as _words,
)
from text.dates import is_calendar_word

# Words of a Latin-script role phrase, French elisions split off ("d'Interpol" → "d'", "Interpol").
_WORD = re.compile(r"(?:[LlDdJjNnMmSsTt]|[Qq]u)['’](?=[^\W\d_])|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")
# Where a role phrase stops: [.;:!?] before a space or the end, a line break, a dash between spaces.
# (Written to open with one character class, so that the regex engine skips to those characters.)
_BOUNDARY = re.compile(r"[.;:!?\n ](?:(?<=[.;:!?])(?=\s|$)|(?<=\n)|(?<= )(?:--|[–—-]) )")
# The same, searched for the first one only: the marks by a regex that skips to them, the dashes between
# spaces with str.find (spaces are too many for the regex to skip to).
_BOUNDARY_MARK = re.compile(r"[.;:!?\n](?:(?<=[.;:!?])(?=\s|$)|(?<=\n))")
_BOUNDARY_DASHES = (" -- ", " – ", " — ", " - ")
_DETERMINERS = _words(
    "le la les l du de des d au aux un une son sa ses leur the a an his her its their our par avec by with"
)
# Words that a role phrase cannot contain: auxiliaries, relatives, the agent of a passive.
_VERBISH = _words(
    "a ont est sont était étaient avait avaient sera seront fut aura serait qui que dont où lequel "
    "laquelle par has have had is are was were will would who which whom whose by said says told"
)
_CONTINUATION = _words("de du des d a au aux aupres charge chargee en pour sur of for at in on to with within")
_CLAUSE_OPENERS = frozenset({"en remplacement", "en presence", "en marge", "en vue", "en raison", "in place"})
DANGLING_WORDS = _DETERMINERS | _CONTINUATION  # what an attached title (or a body's name) cannot end on
ENDS_WITH_JOINER = re.compile(r"(?:^|[\s,])(?:et|and|ainsi que|as well as|ou|or)$", re.IGNORECASE)
_JOINER_REACH = 16  # longer than any match of it: searched from there, not from the window's start
_LIST_JOINERS = re.compile(r",?\s+(?:et|and|ainsi que|as well as|ou|or)\s+(?=\S)")
_MAX_ROLE_WORDS = 30
# A whole word: "Saudi Arabia's Interior Minister" keeps its "Sa", "Laayoune …" its "La".
_LEADING_DETERMINERS = re.compile(r"^(?:(?:le|la|les|the|son|sa|his|her|an?|une?)\s+|l['’]\s*)+", re.IGNORECASE)
# Where a sentence goes on after the office given ("was elected President … at the close of …").
_PREDICATE_GOES_ON = re.compile(
    r"\s+(?:at|during|after|following|by|lors|apr[èe]s|par|[àa][ \u00a0]+l['’]issue|au[ \u00a0]+(?:cours|terme))\b",
    re.IGNORECASE,
)
_COMMA_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*")
# A role named after the name without a comma: "confirmé X au poste de secrétaire général", "elected X as President",
# or the office the name was given: "X was elected President of …", "X a été nommé directeur général …".
_LEAD_IN_AFTER = re.compile(
    r"[ \u00a0]+(?:au poste d[e']|en qualit[ée] d[e']|en tant que|as"
    r"|(?P<given>(?:was|has been|had been)[ \u00a0]+(?:re-?)?(?:elected|appointed|named)(?:[ \u00a0]+as)?"
    r"|(?:a|avait)[ \u00a0]+[ée]t[ée][ \u00a0]+(?:r[ée])?(?:[ée]lue?|nomm[ée]e?|d[ée]sign[ée]e?)"
    r"(?:[ \u00a0]+(?:au poste d[e']|en qualit[ée] d[e']|comme))?))[ \u00a0]*",
    re.IGNORECASE,
)
# Where the person comes from, between the name and the comma of the role: "X of Morocco, INTERPOL's …",
# or the "as" that names it: "elected X of France as President".
# (the body's name may hold "of", "for" or "and": "X of the Presidency of State Security, an expert …")
_FROM_THEN_COMMA = re.compile(
    r"[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’\-]*"
    r"(?:[ \u00a0](?:(?:of|for|and)[ \u00a0](?:the[ \u00a0])?)?[A-Z][\w'’\-]*){0,4}"
    r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+as[ \u00a0]+)"
)
# A role stated in a relative clause after the name, as the capacity the person acts in: "X, who led
# the delegation in her capacity as …", "X, qui conduisait la délégation en sa qualité de …".
_CAPACITY_AFTER = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:who|qui)\b[^,.;:()\n]{0,80}?[ \u00a0](?:in[ \u00a0]+(?:his|her|their)[ \u00a0]+capacity"
    r"[ \u00a0]+as|en[ \u00a0]+(?:sa|leur)[ \u00a0]+qualit[ée][ \u00a0]+d[e'’])[ \u00a0]*",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"[()]")
_DANGLING_JOINERS = re.compile(r"(?:[\s,]+(?:et|and|ainsi que|as well as|de|du|des|d['’]|of|with|avec))+[\s,]*$")
_ARABIC_COMMA_AFTER = re.compile(r"\s*[،,]\s*")
_AR_SPACE_AFTER = re.compile(r"[ \u00a0]+")
# Words that open a clause after a role: adverbial accusatives, relatives, reporting verbs.
_AR_CLAUSE_OPENERS = frozenset(
    akey(w)
    for w in (
        *("خلفا", "بدلا", "عوضا", "تقديرا", "تأكيدا", "تعبيرا", "نظرا", "استنادا", "انطلاقا", "تنفيذا", "دعما"),
        *("تعزيزا", "الذي", "التي", "الذين", "حيث", "عندما", "بينما", "وقد", "فقد", "قال", "أكد", "أوضح"),
        *("أشار", "أضاف", "دعا", "أعلن", "وذلك"),
        # a role without a comma runs into the clause of the sentence: "قال X رئيس الهيئة إن …"
        *("إن", "أن", "بأن", "إنه", "أنه", "بأنه", "لأن", "كما", "يوم", "اليوم", "أمس", "خلال"),
        *("بمناسبة", "بحضور", "بمشاركة", "قبل", "بعد"),
        # "أجرى الوزير مباحثات مع وزير الداخلية الإسباني X": the role is the one after "with"
        *("مع", "ومع", "برفقة", "رفقة"),
        # "جمع الاجتماع الوزير X بكل من وزير الداخلية الجزائري Y": the role is the one after "each of"
        "من",
    )
)
_RANK_WORDS = RANKS | SHEIKH_STYLES | {"major", "lieutenant", "general"}


def _word_key(word: str) -> str:
    """A word of a role phrase as looked up: an elided article loses its apostrophe ("l’" is "l",
    as in "…, l’ambassadeur du Royaume")."""
    return key(word).rstrip("'’")


def _is_role_head(words: list[str], i: int) -> int:
    """Length (1 or 2 words) of the role head starting at words[i], 0 when there is none."""
    w = words[i]
    first, _, rest = w.partition(" ")
    if first not in _HEAD_OPENINGS:
        return 0  # most words: no head (of one word or two, nor a hyphenated one) opens with it
    if i + 1 < len(words) and f"{w} {words[i + 1]}" in ROLE_HEADS:
        return 2
    return 1 if w in ROLE_HEADS or (first in _HEAD_PREFIXES and rest in ROLE_HEADS) else 0


# Hyphenated before a role head, they make another head: "ex-ministre", "Vice-Chair", "co-président".
_HEAD_PREFIXES = frozenset({"ex", "vice", "co", "deputy", "sous", "sub", "under"})
# The first word of every role head, and the prefixes: a word that is none of them opens no head.
_HEAD_OPENINGS = frozenset(head.partition(" ")[0] for head in ROLE_HEADS) | _HEAD_PREFIXES


# Adjectives that can stand between a determiner and a title: "le nouveau ministre", "the former minister".
# "le haut commandant de la Gendarmerie nationale", "the senior adviser": part of the title itself
_HIGH = _words("haut haute senior")
_PRE_TITLE = (
    _words(
        "nouveau nouvel nouvelle ancien ancienne actuel actuelle futur future new former outgoing incoming acting "
        "interim ex"
    )
    | _HIGH
)
# Words that open the next piece of a title cut by commas: "… aux Affaires politiques, à la Paix et …".
_TITLE_PIECE = _words("a au aux de des du d et and of for to la le l")


def _trim(role: str) -> str | None:
    role = role.strip(" ,;:–—-\u00a0\n")
    role = _LEADING_DETERMINERS.sub("", role)
    role = " ".join(role.split()).strip(" ,")  # (str.split and \s: the same white space)
    return role or None


def _drop_trailing_ranks(role: str) -> str:
    """'INTERPOL President Major General' → 'INTERPOL President' (the rank is said again by the cue)."""
    words = role.split()
    while len(words) > 1 and key(words[-1]) in _RANK_WORDS and key(" ".join(words[-2:])) not in ROLE_HEADS:
        words.pop()
    return " ".join(words)


def _ad_interim(words: list[str], j: int) -> bool:
    """Whether words[j] is the "par" of "par intérim" (acting), a part of the title, not an agent."""
    return words[j] == "par" and j + 1 < len(words) and words[j + 1] in ("intérim", "interim")


def _role_in_part(part: str) -> int | None:
    """Offset in `part` where the role phrase that ends `part` starts (at a role head), or None."""
    matches = list(_WORD.finditer(part))
    words = [_word_key(m.group()) for m in matches]
    i = 0
    while i < len(words):
        size = _is_role_head(words, i)
        owner = _possessive_before(matches, i) if size else None
        if not size or (
            i > 0
            and owner is None
            and words[i - 1] not in _DETERMINERS
            and words[i - 1] not in _PRE_TITLE
            and not matches[i - 1].group()[0].isupper()
            and not matches[i].group()[0].isupper()  # "Trainers included Inspector X": a capitalised title
            and words[i - 1] not in TITLE_WORDS  # "its security minister, General X": a portfolio's word
            and words[i - 1] not in TITLE_FIELD_WORDS  # "the police's international relations chief X"
        ):
            i += 1
            continue
        rest = [m.group().lower() for m in matches[i + size :]]
        blocked = next((j for j, w in enumerate(rest) if w in _VERBISH and not _ad_interim(rest, j)), None)
        if blocked is not None:
            i += size + blocked + 1
            continue
        start = i if owner is None else owner
        while (
            owner is None
            and start > 0
            and (words[start - 1] in TITLE_WORDS or words[start - 1] in TITLE_FIELD_WORDS)
            and words[start - 1] not in _PRE_TITLE  # (an "ancien ministre" is none now: office_roles)
            and matches[start - 1].group().islower()
        ):
            start -= 1  # "its security minister", "the police chief": the portfolio's words are the title's
        if owner is None and start > 0 and words[start - 1] in _HIGH:
            start -= 1  # "haut commandant", "senior adviser": the adjective is the title's
        # English pre-modifiers: "Moroccan Interior Minister", "INTERPOL Secretary General", "Senegal's …".
        while start > 0 and matches[start - 1].group()[0].isupper() and words[start - 1] not in _DETERMINERS:
            start -= 1
        if len(words) - start > _MAX_ROLE_WORDS:
            # too long to be one title ("The General Assembly met under director X"): a later head's
            i += size
            continue
        return matches[start].start()
    return None


def _possessive_before(matches: list[re.Match], i: int) -> int | None:
    """Index of an owner's possessive that one or two lower-case words separate from the head at i
    ("UNODC's regional representative", "Senegal's police chief"): the owner opens the role."""
    for j in (i - 2, i - 3):
        if j < 0:
            break
        if matches[j].group().endswith(_POSSESSIVES) and matches[j].group()[0].isupper():
            between = matches[j + 1 : i]
            if all(m.group().islower() and m.group() not in _VERBISH for m in between):
                return j
            break
    return None


_POSSESSIVES = ("'s", "’s")


def _attached_ok(role: str, *, ranked: bool = False, given: bool = False) -> bool:
    """A title attached to a name without a comma must end on a title word, not on a preposition
    ("secrétaire général de la Ligue des | Etats") nor hold an organization's name ("président de
    l'Université arabe | Naif"), unless the body's head noun closes it before a given name ("Secretary of
    the Russian Security Council | Nikolai X", `given`)."""
    matches = list(_WORD.finditer(role))
    if not matches or key(matches[-1].group()).rstrip("'’") in DANGLING_WORDS:
        return False
    if (
        len(matches) > 1
        and key(matches[-1].group()) in _TITLE_ADJECTIVES
        and _word_key(matches[-2].group()) in _DETERMINERS
    ):
        return False  # "Head of the National | Information …": an adjective after its article opens a body's name
    if ranked:
        return True
    words = [key(m.group()) for m in matches]
    if given and matches[-1].group()[0].isupper() and words[-1] in ORG_HEADS:
        return True
    head = next((i for i in range(len(words)) if _is_role_head(words, i)), 0)
    return not any(
        m.group()[0].isupper()
        and key(m.group()) in ORG_HEADS
        and not _bare_service(words, i)
        and not _of_state(words, i)
        for i, m in enumerate(matches[head + 1 :], head + 1)
    )


def _of_state(words: list[str], i: int) -> bool:
    """Whether words[i] is the "State" of a "Secretary of State", a "Minister of State": part of the title."""
    return words[i] == "state" and i >= 2 and words[i - 1] == "of" and _is_role_head(words, i - 2) > 0


# Adjectives that open the name of a body after its article ("the National …", "la Nationale …").
_TITLE_ADJECTIVES = _words(
    "national nationale international internationale regional regionale federal federale central centrale"
)


def _bare_service(words: list[str], i: int) -> bool:
    """Whether words[i] is a service named bare at the end of a title ("Commissioner of Police",
    "Inspector General of Police"): no article, no name after it, so no body's name runs on into the
    person's ("président de l'Université arabe Naif")."""
    return i == len(words) - 1 and words[i - 1] in _BARE_OF


_BARE_OF = _words("of for")


def _portfolio_items(part: str) -> bool:
    """Whether a piece between commas is only capitalised portfolio words and their joiners ("Peace and
    Security" in "Commissioner for Political Affairs, Peace and Security,"): more of the title."""
    found = [m.group() for m in _WORD.finditer(part)]
    return (
        bool(found)
        and found[0][:1].isupper()
        and all(w[:1].isupper() or key(w).rstrip("'’") in _TITLE_PIECE for w in found)
        and not any(key(w) in GIVEN_NAMES for w in found)
    )


def _joined_portfolios(part: str) -> bool:
    """Whether a piece after a title's comma is portfolios joined by "and" ("…, Commissioner for
    Political Affairs, Peace and Security, said"): the title's last items, where a lone capitalised
    piece ("…, Lagos,") may as well be a place the sentence goes on with. A lone word may be a given
    name ("Peace"); a conjunct of several words opened by one is a person of a list."""
    conjuncts = [c.split() for c in re.split(r"\b(?:and|et)\b", part)]
    return (
        len(conjuncts) > 1
        and all(conjuncts)
        and all(w[:1].isupper() or key(w).rstrip("'’") in _TITLE_PIECE for c in conjuncts for w in c)
        and not any(len(c) > 1 and key(c[0]) in GIVEN_NAMES for c in conjuncts)
    )


def _opens_title_piece(part: str) -> bool:
    """Whether a piece between commas goes on with a title's portfolios ("…, des Collectivités
    locales", "…, à la Paix"): a bare article must open a capitalised portfolio ("…, la Paix"), not a
    common noun of the clause ("dont un nouveau président, le mandat du général …")."""
    found = list(islice(_WORD.finditer(part.lstrip()), 2))
    if not found or _word_key(found[0].group()) not in _TITLE_PIECE:
        return False
    if _word_key(found[0].group()) in _BARE_ARTICLES_AND_JOINERS:
        # (and "and"/"et" must join a capitalised portfolio, "…, and Security", not open a clause: "…
        # Minister of Interior, and included Major General X")
        return len(found) > 1 and found[1].group()[:1].isupper()
    return True


_BARE_ARTICLES_AND_JOINERS = _words("le la l et and")


@dataclass(frozen=True, slots=True)
class RoleBefore:
    text: str
    start: int
    apposition: bool


def latin_role_before(
    text: str, start: int, floor: int, *, ranked: bool = False, given: bool = False
) -> RoleBefore | None:
    """Role written before the name whose honorific chain starts at `start` (no earlier than `floor`):
    in apposition closed by a comma ("le président d'Interpol, M. …") or attached ("Interior Minister …").
    `ranked`: a rank stands between the role and the name, so an attached role may end on a body's
    name ("Undersecretary of the Ministry of Interior Major General X": the body cannot run into the name).
    `given`: the name opens with a common given name, so an attached role may end on a body's head noun
    ("Secretary of the Russian Security Council Nikolai X": the head closes the body's name)."""
    window = text[floor:start].rstrip()
    if ENDS_WITH_JOINER.search(window, max(0, len(window) - _JOINER_REACH)):
        return None  # "…, ministre des Affaires étrangères, et Fouzi Lekjaa": that title is the previous name's
    apposition = window.endswith(",")
    if apposition:
        window = window[:-1]
    base = floor
    cuts = list(_BOUNDARY.finditer(window)) if _may_hold_boundary(window) else None
    if cuts:
        base += cuts[-1].end()
        window = window[cuts[-1].end() :]
    comma = window.rfind(",")
    offset = _role_in_part(window[comma + 1 :])
    for _ in range(3):  # a long title cut by commas: "ministre de l'Intérieur, des Collectivités …"
        piece = window[comma + 1 :]
        if (
            offset is not None
            or comma <= 0
            or not (_opens_title_piece(piece) or _portfolio_items(piece) or _joined_portfolios(piece))
        ):
            break
        comma = window.rfind(",", 0, comma)
        offset = _role_in_part(window[comma + 1 :])
    if offset is not None:
        offset += comma + 1
    elif not apposition and comma > 0 and window[comma + 1 :].strip()[:1].isupper():
        offset = _role_in_part(window[window.rfind(",", 0, comma) + 1 :])
        if offset is not None:
            offset += window.rfind(",", 0, comma) + 1
    if offset is None:
        return None
    raw = window[offset:]
    for _ in range(3):
        if apposition or _attached_ok(raw, ranked=ranked, given=given):
            break
        # "The General Assembly met under director X": the first head's phrase is no title; a later head's may be
        cut = raw.find(" ", 1)
        later = _role_in_part(raw[cut:]) if cut > 0 else None
        if later is None:
            return None
        offset += cut + later
        raw = window[offset:]
    else:
        return None
    role = _trim(_drop_trailing_ranks(raw.strip(" ,")))
    if not role:
        return None
    lead = len(raw) - len(raw.lstrip(" ,"))
    return RoleBefore(role, base + offset + lead, apposition)


def _starts_with_role(segment: str) -> bool:
    """Whether a segment opens a role phrase: optional determiner or pre-modifiers, then a role head."""
    words = [_word_key(m.group()) for m in islice(_WORD.finditer(segment[:120]), 6)]  # five, one after a head
    written: list[str] | None = None  # the segment's words as written, split when first asked
    for i, w in enumerate(words[:5]):
        if _is_role_head(words, i):
            return True
        if w in _DETERMINERS or w in TITLE_WORDS or w in NATIONALITIES or w.endswith(" s"):
            continue
        if written is None:
            written = segment.split()
        raw = written[i] if i < len(written) else ""
        if raw.isupper() or raw.endswith(("'s", "’s")):
            continue
        if i and raw[:1].isupper() and w in ORG_HEADS:
            continue  # "African Union Commissioner for …", "Arab League Secretary-General": the body named before
        return False
    return False


def _continues_role(segment: str) -> bool:
    words = [_word_key(m.group()) for m in islice(_WORD.finditer(segment[:60]), 3)]
    if not words or words[0] in {"et", "and", "ainsi", "as", "ou", "or"}:
        return False
    if " ".join(words[:2]) in _CLAUSE_OPENERS:
        return False  # ", en remplacement de …", ", en présence de …": a clause, not more of the title
    if is_calendar_word(words[0]) or (len(words) > 1 and words[0] in _DATE_OPENERS and is_calendar_word(words[1])):
        return False  # ", on Monday", ", le 3 mars", ", lundi": when, not more of the title
    head = 1 + (len(words) > 2 and words[1] in _DETERMINERS)
    if words[0] in _TO and head < len(words) and _is_role_head(words, head):
        return False  # "reçu par X, patron de la DGSN, au secrétaire général …": whom the verb reaches
    return _starts_with_role(segment) or words[0] in _CONTINUATION


_TO = _words("a au aux to")
_DATE_OPENERS = _words("on le ce this last next in en")


def _cut_at_next_person(role: str) -> str:
    """Cut 'directeur des frontières et Mohamed Moufakir' before the next person of a list."""
    for m in _LIST_JOINERS.finditer(role):
        nxt = role[m.end() :].split(maxsplit=1)[0] if role[m.end() :].split() else ""
        k = key(nxt)
        if _names_a_body(role[m.end() :]):
            continue  # "… of the National Information and Analytical Centre on …": one body's name goes on
        if nxt[:1].isupper() and (
            k in GIVEN_NAMES or not (k in ROLE_HEADS or k in TITLE_WORDS or k in ORG_HEADS or k in FUNCTION_WORDS)
        ):
            return role[: m.start()]
    return role


def _names_a_body(rest: str) -> bool:
    """Whether the capitalised words that open `rest` end on an organization's head ("Analytical Centre"):
    more of a body's name, not the next person of a list."""
    for word in rest.split()[:6]:
        if not word[:1].isupper():
            return False
        if key(word.strip(",;:")) in ORG_HEADS:
            return True
    return False


def _cut_at_when(role: str) -> str:
    """Cut "President of INTERPOL on Wednesday", "directrice générale de l'Office le 3 mars" before when
    (an opener, perhaps a day's number, then a calendar word): a date is never a title's word."""
    words = list(_WORD.finditer(role))
    for i in range(1, len(words) - 1):
        if _word_key(words[i].group()) not in _DATE_OPENERS:
            continue
        after = words[i + 1].group()
        if after.isdigit() and i + 2 < len(words):
            after = words[i + 2].group()
        if is_calendar_word(_word_key(after)):
            return role[: words[i].start()]
    return role


def _cut_at_verb(role: str) -> str:
    for m in _WORD.finditer(role):
        if m.group().lower() in _VERBISH and m.start() > 0:
            return role[: m.start()]
    return role


@dataclass(frozen=True, slots=True)
class RoleAfter:
    text: str
    start: int
    end: int
    by_verb: bool = False  # "X, who chairs the Y": an office a title before the name states better


# A list of guests in the genitive ("en présence du ministre, A, du président de …, B"): a title that
# opens with "du"/"de la"/"des" after a name's comma is the next guest's, never this one's.
_GENITIVE_OPENING = re.compile(r"\s*(?:du|des|de la|de l['’]|d['’])\s*(?=[^\W\d_])", re.IGNORECASE)


def _may_hold_boundary(window: str) -> bool:
    """Whether `window` holds a character that a `_BOUNDARY` opens on or reads after its space: most
    windows before a name hold none, and the regex stops at every space."""
    return any(c in window for c in _BOUNDARY_CHARS)


_BOUNDARY_CHARS = (".", ";", ":", "!", "?", "\n", " -", " –", " —")


def _first_boundary(tail: str) -> int:
    """Where `_BOUNDARY.search(tail)` would start, len(tail) when nowhere."""
    mark = _BOUNDARY_MARK.search(tail)
    first = mark.start() if mark else len(tail)
    for dash in _BOUNDARY_DASHES:
        at = tail.find(dash, 0, first + len(dash) - 1)
        if at >= 0:
            first = at
    return first


# An office stated by its verb in a relative clause after the name: "X, who chairs the Steering Committee,",
# "X, qui préside le comité directeur,": the verb and what it heads, up to the clause's end, is the role.
_HEADS_AFTER = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:who|qui)[ \u00a0]+(?=(?:heads|chairs|leads|directs|coordinates|commands|préside|dirige"
    r"|coordonne|commande)[ \u00a0])"
)
_HEADED_WORDS = 16  # a longer clause goes on past the office ("…, who chairs X and said that …")


def _office_by_verb(text: str, end: int) -> RoleAfter | None:
    """The office a relative clause's verb states after the name ending at `end` (`_HEADS_AFTER`)."""
    m = _HEADS_AFTER.match(text, end, end + 40)
    if m is None:
        return None
    tail = text[m.end() : m.end() + 240]
    clause = tail[: min(_first_boundary(tail), *(i for i in (tail.find(","), len(tail)) if i >= 0))]
    role = _trim(clause)
    if role is None or len(role.split()) > _HEADED_WORDS or len(role.split()) < 2:
        return None
    return RoleAfter(role, m.end(), m.end() + len(clause.rstrip()), by_verb=True)


def latin_role_after(text: str, end: int) -> RoleAfter | None:
    """Role written after the name ending at `end` and a comma ("Mohamed Moufakir, wali, directeur …"), or
    stated by its verb ("X, who chairs the Steering Committee,")."""
    by_verb = _office_by_verb(text, end)
    if by_verb is not None:
        return by_verb
    m = (
        _CAPACITY_AFTER.match(text[end : end + 160])
        or _COMMA_AFTER.match(text[end : end + 4])
        or _LEAD_IN_AFTER.match(text[end : end + 48])
        or _FROM_THEN_COMMA.match(text[end : end + 60])
    )
    if not m:
        return None
    base = end + m.end()
    tail = text[base : base + 500]
    tail = tail[: _first_boundary(tail)]
    if m.re is _LEAD_IN_AFTER and m.group("given"):
        # "X was elected President of INTERPOL at the close of …": the sentence goes on after the office
        cut = _PREDICATE_GOES_ON.search(tail)
        tail = tail[: cut.start()] if cut else tail
    depth = 0
    for paren in _PARENTHESES.finditer(tail):  # cut at a closing bracket opened before the role
        if paren.group() == "(":
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                tail = tail[: paren.start()]
                break
    segments = tail.split(",")
    if _GENITIVE_OPENING.match(segments[0]) or not _starts_with_role(segments[0]):
        return None  # "…, Koman, du président de l'Organisation, Al-Raisi": the next item's title
    kept, portfolios = [segments[0]], None  # where pieces of portfolios joined by "and" begin
    for seg in segments[1:]:
        if sum(len(k.split()) for k in kept) + len(seg.split()) > _MAX_ROLE_WORDS:
            break  # a title of several offices is kept up to the length a role can have, whole pieces only
        if not _continues_role(seg):
            if not _joined_portfolios(seg):
                break
            portfolios = len(kept) if portfolios is None else portfolios
        kept.append(seg)
    before = ",".join(kept[:portfolios])
    listed = _cut_at_next_person(before)  # (the portfolios' "and" joins no next person)
    role = _cut_at_when(_cut_at_verb(",".join(kept) if listed == before else listed))
    trimmed = _trim(role)
    if not trimmed or len(role.split()) > _MAX_ROLE_WORDS:
        return None
    named = _NAME_IN_APPOSITION.match(text, base + len(kept[0])) if len(kept) == 1 else None
    if named and _ARTICLE_OPENING.match(kept[0]) and not _starts_with_role(text[named.end() : named.end() + 80]):
        # "le président Tinubu, le conseiller …, Nuhu Ribadu, a dit": a title with its article, then a
        # name that no title follows, is that name's (in a list, "X, l'ambassadeur …, Y, wali …", each
        # name's title follows it)
        return None
    return RoleAfter(trimmed, base, base + len(role.rstrip()))


_ARTICLE_OPENING = re.compile(r"\s*(?:le|la|l['’]|the|son|sa|leur)\b", re.IGNORECASE)
# A name in apposition after a title, closed by a comma or a full stop: the title is its own.
_NAME_IN_APPOSITION = re.compile(r",\s*(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\s*[,.]")


# A role that is no office held now: a former one ("ancien vice-président", "a former Vice-President",
# "ex-ministre"), a candidacy ("candidat de la DGSN", "Morocco's candidate", "مرشح المملكة") or a stand-in's
# capacity, an accusative of state ("مندوبا عن وزير الداخلية", "ممثلا لـ…": on someone else's behalf).
_NOT_HELD = re.compile(
    r"(?:an?\s+|the\s+|l['’]\s*|[\w'’]+['’]s\s+)?"
    r"(?:ancienn?e?\b|former\b|ex-|ex\s|candidate?s?\b|مرشح|(?:مندوبا|ممثلا|مندوبة|ممثلة)\s+(?:عن|ل))",
    re.IGNORECASE,
)


def office_roles(roles: list[str]) -> list[str]:
    """The roles that name an office held now, when there are such among several stated ones (the
    others all, when none is): a former office or a candidacy gives way ("Le secrétaire général X,
    ancien vice-président …"; "X, candidat de la DGSN" elsewhere "le préfet de police X"); so does a
    description with an indefinite article beside a title ("AMERIPOL Executive Secretary X, a Brazilian
    police officer, …": the title names the office, the description what the person is)."""
    held = [r for r in roles if held_office(r)] or roles
    titles = [r for r in held if not _DESCRIPTION.match(r)]
    return titles or held


_DESCRIPTION = re.compile(r"(?:an?|une?)\s", re.IGNORECASE)


# A counterpart named by the relation alone ("son homologue équatorien", "his Kenyan counterpart"): it
# says whose peer the person is, not the office held; a rank or another title says more.
_COUNTERPART_ONLY = re.compile(
    r"^(?:[^\W\d_]+\s+)?(?:homologues?|counterparts?|نظيره|نظيرها|نظيرته)(?:\s+[^\W\d_]+)?$", re.IGNORECASE
)


@lru_cache(maxsize=16384)
def held_office(role: str) -> bool:
    """Whether a role names an office held now (not a former one, not a candidacy, not a bare
    counterpart). Cached: a person's role is asked again when the article's mentions are grouped,
    and roles repeat from article to article."""
    return not _NOT_HELD.match(role) and not _COUNTERPART_ONLY.match(role)


def trim_role(role: str) -> str | None:
    """A role cut short (before the next person of a list) without its dangling joiners."""
    role = _DANGLING_JOINERS.sub("", role)
    return _trim(role)


# --------------------------------------------------------------------------------------------------
# Arabic
# --------------------------------------------------------------------------------------------------

# A punctuation sign or line break, or a dash between spaces (opening with one class, as _BOUNDARY).
# "عن" and a noun with a possessive pronoun ("عن تقديره", "عن أملها"): a verb's complement, not a title's.
_AN = akey("عن")
_AR_HIS = ("ه", "ها", "هم", "هما")
_AR_BOUNDARY = re.compile(r"[.،؛:!؟?()\"«»\n ](?:(?<! )|[–—-] )")
_AR_WORD = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+")


_AR_TRAILING_NAME = re.compile(r"\s*(?:\([^()\n]{1,40}\)|\"[^\"\n]{1,40}\"|«[^«»\n]{1,40}»)$")


def arabic_role_before(text: str, start: int, floor: int) -> RoleBefore | None:
    """The role phrase between the last boundary and the name: 'وزير الداخلية عبد الوافي لفتيت',
    'رئيس المنظمة، اللواء أحمد ناصر الريسي' (apposition). An assistant's title opens the role
    ('مساعد وزير الداخلية …'): without it the role would name the one assisted."""
    window = text[floor:start].rstrip()
    apposition = window.endswith(("،", ","))
    if apposition:
        window = window[:-1].rstrip()
    base = floor
    # the body's short name in quotes or brackets closing the role: 'رئيس المنظمة "إنتربول" اللواء X'
    named = _AR_TRAILING_NAME.search(window)
    head = window[: named.start()] if named else window
    cuts = list(_AR_BOUNDARY.finditer(head))
    if cuts:
        base += cuts[-1].end()
        window = window[cuts[-1].end() :]
    opener = None
    for m in _AR_WORD.finditer(window):
        if akey(m.group()) in _AR_CLAUSE_OPENERS:
            opener = m  # "… رئيسا للمنظمة خلفا للسيد X": the role before the clause is the previous name's
    if opener:
        base += opener.end()
        window = window[opener.end() :]
    words = list(_AR_WORD.finditer(window))
    # a title with its pronoun names a second person, the one the name is: "استقبل الوزير نظيره التونسي
    # X" is the counterpart's role, not the minister's
    # (a ta marbuta is no pronoun: "ومراقبة الحدود" is "and border control", though folded as "مراقبه")
    possessed = [
        m
        for m in words[1:]
        if without_conjunction(ar_word_key(m.group())) in AR_ROLE_POSSESSED and not m.group().endswith("ة")
    ]
    for m in possessed[-1:] or words:
        k = ar_word_key(m.group())
        if k in AR_ROLE_WORDS or _assistant_of(window, m):
            offset, article = m.start(), ""
            if k[0] == "و" and (k[1:] in AR_ROLE_WORDS or k[1:] in _AR_ASSISTANT):
                offset += 1  # "ووزير الخارجية …": the conjunction is not part of the role
            elif k[0] in "لب" and k[1:] in AR_ROLE_BASE:
                offset += 1  # "بكلمة لوزير الداخلية": nor is a preposition
            elif k.startswith("لل") and "ال" + k[2:] in AR_ROLE_BASE:
                offset, article = offset + 2, "ال"  # "للمدير العام": the title is "المدير العام"
            role = article + window[offset:].strip()
            if len(role.split()) > _MAX_ROLE_WORDS:
                return None
            if k in AR_ROLE_POSSESSED and k not in AR_COUNTERPART:
                role = _possessor_named(role, text, base + offset)
            return RoleBefore(role, base + offset, apposition)
    return None


# The bodies a title's pronoun stands for ("لأعمال الجامعة الذي قدمه رئيسها": the university's president).
_AR_BODY_NOUNS = frozenset(
    akey(w)
    for w in (
        *("الجامعة", "المنظمة", "الهيئة", "اللجنة", "الأكاديمية", "المديرية", "الوكالة", "الآلية", "المفوضية"),
        *("الأمانة", "الإدارة", "الشرطة", "الوزارة", "المحكمة", "المجلس", "المكتب", "الاتحاد", "المركز", "المعهد"),
    )
)
_AR_BODY_NOUN = re.compile(r"(?<![\w])(?P<clitic>ال|لل|بال|وال)[\u0621-\u064a]+")


def _possessor_named(role: str, text: str, at: int) -> str:
    """The title whose pronoun stands for a body named just before, written with that body's name
    ("رئيسها" after "الجامعة" is "رئيس الجامعة", "أمينه العام" after "المجلس" is "أمين المجلس العام"),
    as a reader states it; the title as written when no body of the pronoun's gender is named before."""
    first, _, rest = role.partition(" ")
    if first.endswith(("هم", "هما")) or not first.endswith(("ه", "ها")):
        return role
    feminine = first.endswith("ها")
    stem = first[: -2 if feminine else -1]
    stem = stem[:-1] + "ة" if stem.endswith("ت") else stem  # "مديرتها": the title is "مديرة"
    for m in reversed(list(_AR_BODY_NOUN.finditer(text, max(0, at - 300), at))):
        noun = "ال" + m.group()[len(m.group("clitic")) :]  # "للجامعة", "بالمجلس": the noun with its article
        if akey(noun) in _AR_BODY_NOUNS and noun.endswith("ة") == feminine:
            return f"{stem} {noun} {rest}".strip()
    return role


# "Assistant" is a given name too (مساعد): a title only before the title it assists ("مساعد المفتش العام").
_AR_ASSISTANT = frozenset(akey(w) for w in ("مساعد", "مساعدة"))


def _assistant_of(tail: str, first: re.Match) -> bool:
    """Whether the first word of `tail` is "assistant" before a title word: "مساعد المفتش العام للشرطة"."""
    key = akey(first.group())
    if key not in _AR_ASSISTANT and not (key[0] == "و" and key[1:] in _AR_ASSISTANT):
        return False  # "مساعد" or, in a list, "ومساعد"
    second = _AR_WORD.match(tail, first.end() + 1)
    return second is not None and tail[first.end() : second.start()] == " " and akey(second.group()) in AR_ROLE_WORDS


# What a verb of presenting or chairing has as its object after its subject's title.
_AR_MEETING_OBJECTS = frozenset(
    akey(w) for w in ("الجلسة", "الاجتماع", "الدورة", "المؤتمر", "الندوة", "الورشة", "أشغال", "أعمال", "الوفد")
)


_ILA = akey("إلى")
# What goes on a title after its country's name: "سفير المملكة في تونس", "لدى مصر", "بالمملكة المغربية",
# "وليبيا", "لشؤون …" (folded).
_AR_AFTER_PLACE_PREFIXES = ("ال", "و", "ب", "ل")
_AR_AFTER_PLACE = frozenset(akey(w) for w in ("في", "لدى", "سابقا"))


def _indefinite_object(word: str) -> bool:
    """An indefinite noun in the accusative ("عرضا", "كلمةً"): a verb's object, never a title's word."""
    return word.endswith(("اً", "ةً")) or (len(word) > 3 and word.endswith("ا") and not word.startswith("ال"))


def arabic_role_after(text: str, end: int) -> RoleAfter | None:
    """Role written after the name, with or without a comma: 'عبد اللطيف حموشي، المدير العام للأمن الوطني'. A role
    word glued to a conjunction ('، ووزير …') opens the next item of a list instead."""
    m = _ARABIC_COMMA_AFTER.match(text[end : end + 4]) or _AR_SPACE_AFTER.match(text[end : end + 4])
    if not m:
        return None
    base = end + m.end()
    tail = text[base : base + 400]
    stop = _AR_BOUNDARY.search(tail)
    if stop:
        tail = tail[: stop.start()]
    first = _AR_WORD.match(tail)
    if not first or (ar_word_key(first.group()) not in AR_ROLE_BASE and not _assistant_of(tail, first)):
        return None
    # Without a comma the role still follows ("اللواء X رئيس الهيئة …", "انتخاب X رئيسا للمنظمة"); when it
    # opens the next person's title ("التقى X رئيس الوزراء Y"), candidates.build_mentions gives it to them.
    previous = first.group()
    words = list(islice(_AR_WORD.finditer(tail), 1, None))
    for n, word in enumerate(words):
        k = akey(word.group())
        if k in _AR_CLAUSE_OPENERS:
            tail = tail[: word.start()]  # "رئيسا للمنظمة خلفا لـ…": the role ends where a clause opens
            break
        if k == _AN and n + 1 < len(words) and words[n + 1].group().endswith(_AR_HIS):
            tail = tail[: word.start()]  # "أعرب X الأمين العام عن تقديره": the verb's "عن", then its object
            break
        if (k == _ILA or (k.startswith("ب") and not k.startswith("بال"))) and akey(previous).startswith("لل"):
            # "أشاد X المدير العام للأكاديمية بمستوى …", "دعت X المديرة التنفيذية للوكالة إلى تسريع …": the
            # verb's "بـ" or "إلى" after the title's body
            tail = tail[: word.start()]
            break
        if k[:1] == "و" and k[1:] in _AR_MEETING_OBJECTS:
            tail = tail[: word.start()]  # "الأمين العام للمنظمة والوفد المرافق له": the verb's next object
            break
        if akey(previous).startswith("لل") and (_indefinite_object(word.group()) or k in _AR_MEETING_OBJECTS):
            # "وقدم X الأمين العام للمنظمة عرضا", "وترأست X المديرة التنفيذية للوكالة الجلسة الأولى": the
            # verb's object after the title's body
            tail = tail[: word.start()]
            break
        if akey(previous) in AR_PLACES and not k.startswith(_AR_AFTER_PLACE_PREFIXES) and k not in _AR_AFTER_PLACE:
            # "مدير الأمن العام بالمملكة العربية السعودية تجربة المملكة …": after its country, a title goes
            # on only with an adjective, a preposition or "and"; a bare noun is the verb's object (or a name)
            tail = tail[: word.start()]
            break
        if k[:1] == "و" and k[1:] in AR_PLACES and akey(previous) not in AR_PLACES:
            # "أمينا عاما للإنتربول والمغرب يتسلم …": a country after "and" opens the next clause, unless it
            # goes on a list of places ("سفير المملكة في تونس وليبيا")
            tail = tail[: word.start()]
            break
        previous = word.group()
    tail = tail.rstrip()
    if len(tail.split()) > _MAX_ROLE_WORDS:
        return None
    return RoleAfter(tail, base, base + len(tail))
