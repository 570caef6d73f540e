"""Numbered references: an ordinal tied to a meeting noun ("47e conférence", "الدورة الـ93",
"forty-seventh annual conference", "sa 47è édition"), with a series name when the reference
itself holds one ("93rd INTERPOL General Assembly"). Ordinals of plans, phases, promotions or
satellites have no meeting noun and are never read; extraordinary sessions are no numbered
session of a series.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from events.detection.catalogue import Cue, SeriesCatalogue
from events.detection.document import Document
from events.detection.meeting_words import (
    AR_CITY_NUMBERED_REFERENCES,
    AR_FIRST_NUMBERED,
    AR_MULTILATERAL,
    AR_NUMBERED_REFERENCES,
    AR_PLAIN_ADJECTIVES,
    COORDINATION,
    LATIN_NOUN,
    NOT_NUMBERED_AS_SERIES,
    PRE_NOUN,
    TOKEN,
    noun_class_of,
)
from events.detection.ordinals import (
    AR_ORDINAL,
    AR_ORDINAL_RE,
    ROMAN_ORDINAL,
    arabic_ordinal_value,
    latin_ordinal_value,
    roman_value,
)
from text.dates import is_calendar_word
from text.places import find_places
from text.script import ARABIC_LETTERS


@dataclass
class Reference:
    ordinals: list[int]
    noun_class: str | None  # None: an elliptical "la 92e,"
    start: int  # folded span of ordinal(s) + noun
    end: int
    walk_from: int  # where the complement starts
    cue: Cue | None = None  # a series name inside the reference itself ("93rd INTERPOL General Assembly")
    # A body the catalogue does not know, named between ordinal and noun: "the 12th AMERIPOL Summit".
    named_before: tuple[int, int] | None = None


def numbered_references(
    doc: Document,
    cue_at: dict[int, Cue],
    debug: list[str] | None,
    catalogue: SeriesCatalogue | None = None,
    nouns: Sequence[re.Match[str]] = (),
) -> list[Reference]:
    """The numbered references of a text; given the catalogue and the text's meeting nouns, also
    Arabic series names with their ordinal inside (`_ordinal_inside_name`)."""
    arabic = _arabic_numbered(doc, cue_at, debug) if doc.has_arabic else []
    if doc.has_arabic and catalogue is not None:
        arabic += _ordinal_inside_name(doc, catalogue, arabic, nouns)
    return _latin_numbered(doc, cue_at, debug) + arabic


# One to three words between an Arabic meeting noun and its ordinal: the noun's genitive.
_GENITIVE_THEN_ORDINAL = re.compile(rf"(?:\s[{ARABIC_LETTERS}]+){{1,3}}?\s(?={AR_ORDINAL})")
_NAME_REACH = 160


def _ordinal_inside_name(
    doc: Document, catalogue: SeriesCatalogue, found: list[Reference], nouns: Sequence[re.Match[str]]
) -> list[Reference]:
    """A series' name with its ordinal inside, as Arabic writes an ordinal after the noun and its
    genitive ("مؤتمر الأمم المتحدة الخامس عشر لمنع الجريمة والعدالة الجنائية", "the United Nations'
    fifteenth Congress on Crime Prevention …"): after a meeting noun no numbered reference holds,
    a genitive of a few words and an ordinal, the catalogue's names are looked for in the words from
    the noun on with the ordinal blanked; a series' own name found so, holding the ordinal."""
    refs = []
    folded = doc.folded
    for noun in nouns:
        if noun.group()[0] <= "z" or any(r.start <= noun.start() < r.end for r in found):
            continue
        gap = _GENITIVE_THEN_ORDINAL.match(folded, noun.end())
        ordinal = AR_ORDINAL_RE.match(folded, gap.end()) if gap else None
        if ordinal is None or ordinal.group()[:1].isdigit():
            continue
        start, _ = doc.to_original(noun.start(), noun.end())
        a, b = doc.to_original(ordinal.start(), ordinal.end())
        window = doc.original[start : min(len(doc.original), b + _NAME_REACH)]
        blanked = window[: a - start] + " " * (b - a) + window[b - start :]
        value = arabic_ordinal_value(ordinal.group())
        for cue in catalogue.find_cues(doc, blanked, start) if value else ():
            own = tuple(t for t in cue.targets if t.is_alias)
            if cue.start <= noun.start() < ordinal.end() < cue.end and own:
                refs.append(
                    Reference([value], noun_class_of(noun), cue.start, cue.end, cue.end, Cue(cue.start, cue.end, own))
                )
                break
    return refs


# Adjectives that leave a numbered meeting to be read as the others are ("العادية", and "الثلاثي" or
# "الرباعي", whose three or four countries events.detection.candidates reads)
_PLAIN_OR_MULTILATERAL = AR_PLAIN_ADJECTIVES | AR_MULTILATERAL


def _ordinals_of(match: re.Match[str]) -> list[int]:
    """The ordinals an Arabic reference's "ordinals" group writes ("السابع والأربعين", "الـ93")."""
    values = (arabic_ordinal_value(m.group()) for m in AR_ORDINAL_RE.finditer(match.group("ordinals")))
    return [v for v in values if v]


def _arabic_numbered(doc: Document, cue_at: dict[int, Cue], debug: list[str] | None) -> list[Reference]:
    """Noun, then ordinal(s): "الدورة الـ93", "المؤتمر السابع والأربعين", "الدورتين الثامنة
    والثلاثين والتاسعة والثلاثين", "القمة العربية الـ33" (the series named by noun and adjective)."""
    refs = []
    skipped = []
    for match in AR_NUMBERED_REFERENCES.finditer(doc.folded):
        noun_class = noun_class_of(match)
        ordinals = _ordinals_of(match)
        if not ordinals or next_word(doc.folded, match.end()) in NOT_NUMBERED_AS_SERIES:
            note(debug, f"skipped {match.group()!r}: no ordinal or an extraordinary session")
            continue
        cue = cue_at.get(match.start())
        cue = cue if cue is not None and cue.end <= match.start("ordinals") else None
        named = cue is not None and cue.end >= match.end("adjectives") - 1
        plain = set(match.group("adjectives").split()) <= _PLAIN_OR_MULTILATERAL
        if not named and not plain and not _named_meeting(doc, match, noun_class, cue_at):
            skipped.append((match, ordinals, noun_class))
            continue
        refs.append(Reference(ordinals, noun_class, match.start(), match.end(), match.end(), cue))
    for match, ordinals, noun_class in skipped:
        # "… في الاجتماع المشترك الثاني عشر المنعقد بتونس" after "الاجتماع المشترك الثالث عشر لمجلسي …": the
        # same noun and adjectives as a meeting the article numbers with its body, another of its sessions
        if _same_kind_numbered(doc, match, refs):
            refs.append(Reference(ordinals, noun_class, match.start(), match.end(), match.end(), None))
        else:
            note(debug, f"skipped {match.group()!r}: a kind of session no series of the catalogue has")
    for match in AR_CITY_NUMBERED_REFERENCES.finditer(doc.folded):
        # "مؤتمر بغداد الدولي الثاني": the city between the noun and the ordinal (candidates.city_forums)
        a, b = doc.to_original(match.start("city"), match.end("city"))
        ordinals = _ordinals_of(match)
        if ordinals and match.start() not in cue_at and find_places(doc.original[a:b]):
            refs.append(Reference(ordinals, noun_class_of(match), match.start(), match.end(), match.end()))
    for match in AR_FIRST_NUMBERED.finditer(doc.folded) if "اول " in doc.folded else ():
        # "أول اجتماع ثلاثي لوزراء داخلية …": "the first" before its noun, in construct
        refs.append(Reference([1], noun_class_of(match), match.start(), match.end(), match.end(), None))
    return refs


def _same_kind_numbered(doc: Document, match: re.Match[str], refs: list[Reference]) -> bool:
    """Whether a numbered reference kept writes the same noun and adjectives as `match`."""
    head = doc.folded[match.start() : match.start("ordinals")].strip()
    if " " not in head:
        return False  # a noun alone ("الاجتماع") is no kind of its own
    return any(r.start != match.start() and r.cue is None and doc.folded.startswith(head, r.start) for r in refs)


# Meetings that an adjective names ("المنتدى الأورومتوسطي الرابع للشرطة …", "المؤتمر الدولي الثالث
# لقادة …", "الاجتماع الدولي الثاني عشر للممثلين السامين …"), unlike a session ("الدورة التدريبية
# الثالثة" is a training course).
_NAMED_BY_ADJECTIVE = frozenset({"conference", "summit", "forum", "meeting"})
_ABOUT = "حول"
_BETWEEN = "بين"
_AR_FORUM = re.compile(r"[وفبلك]?(?:ال|لل)?(?:منتدي|ملتقي)")


def _named_meeting(doc: Document, match: re.Match[str], noun_class: str, cue_at: dict[int, Cue]) -> bool:
    """A conference, summit or forum with adjectives of its own, followed by who or what it gathers
    ("للشرطة", "لقادة …") that no series of the catalogue names: a session of a candidate series."""
    kind = "forum" if _AR_FORUM.match(doc.folded, match.start()) else noun_class
    token = TOKEN.match(doc.folded, match.end())
    if token is not None and token.group(1) == _BETWEEN:
        return True  # "الاجتماع التشاوري الأول بين قادة …": a meeting between the countries named next
    if kind not in _NAMED_BY_ADJECTIVE or token is None or token.start(1) in cue_at:
        return False
    # ("المؤتمر الوزاري الأورو-إفريقي السادس حول الهجرة": or what it is about)
    return (token.group(1).startswith("ل") and len(token.group(1)) > 3) or token.group(1) == _ABOUT


def _latin_numbered(doc: Document, cue_at: dict[int, Cue], debug: list[str] | None) -> list[Reference]:
    refs = []
    ordinals = sorted([*doc.latin_ordinals, *_roman_ordinals(doc)], key=lambda m: m.start())
    i = 0
    while i < len(ordinals):
        group = [ordinals[i]]
        while i + 1 < len(ordinals):
            link = COORDINATION.match(doc.folded, group[-1].end())
            if not link or link.end() != ordinals[i + 1].start():
                break
            i += 1
            group.append(ordinals[i])
        i += 1
        values = [_latin_value(m) for m in group]
        if not all(values):
            continue
        ref = _latin_reference(doc, group, [v for v in values if v], cue_at, debug)
        if ref is not None:
            refs.append(ref)
    return refs


def _roman_ordinals(doc: Document) -> list[re.Match[str]]:
    """Roman numerals with an ordinal suffix, the numeral in capitals and the suffix not ("XIIe",
    not "vie"); a lone C or L is a word's capital ("Ce conclave", "Le comité")."""
    found = []
    for match in ROMAN_ORDINAL.finditer(doc.folded):
        if match.group("roman") in ("c", "l"):  # most matches: "le", "ce" (tested first, the cheapest)
            continue
        a, b = doc.to_original(match.start("roman"), match.end())
        numeral, suffix = (
            doc.original[a : a + len(match.group("roman"))],
            doc.original[a + len(match.group("roman")) : b],
        )
        if not numeral.isupper() or suffix.isupper():
            continue
        if roman_value(match.group("roman")):
            found.append(match)
    return found


def _latin_value(match: re.Match[str]) -> int | None:
    if match.re is ROMAN_ORDINAL:
        return roman_value(match.group("roman"))
    if match.group("num"):
        return int(match.group("num")) or None
    return latin_ordinal_value(match.group("words"))


_BRACKETED_ACRONYM = re.compile(r"\(\s?[^\W\d_]{2,10}\s?\)")
# Tokens read after an ordinal to its noun: a body's name of seven words may stand between ("the 9th
# Ethio-Djibouti Joint Border Security Commission meeting").
_NAME_TOKENS = 9


def _latin_reference(
    doc: Document, group: list[re.Match[str]], values: list[int], cue_at: dict[int, Cue], debug: list[str] | None
) -> Reference | None:
    """The meeting noun after French/English ordinals, past a comma ("the next, 48th, conference"),
    a few modifiers ("annual", "ministerial") or a series name ("the fourth ISA meeting")."""
    start, pos = group[0].start(), group[-1].end()
    owner = doc.folded[max(0, start - 8) : start].split()
    if owner and owner[-1] in _PERSONAL_POSSESSIVES:
        note(debug, f"skipped {doc.folded[start:pos]!r}: a person's count, not a meeting's number")
        return None  # "attending his first African Regional Conference": his, not the series' first
    cue: Cue | None = None
    named: list[int] = []  # where a capitalized name the catalogue does not know starts and ends
    for _ in range(_NAME_TOKENS):
        token = TOKEN.match(doc.folded, pos)
        if not token:
            break
        at = token.start(1)
        if named and token.group(1) in ("of", "de", "des", "du") and _capital_after(doc, token.end()):
            pos = token.end()  # "the 45th ASEAN Chiefs of Police Conference": a name holds "of"
            continue
        noun = LATIN_NOUN.match(doc.folded, at)
        if noun:
            ref = _with_noun(doc, values, start, noun, cue or cue_at.get(at), debug)
            if ref is not None and named and ref.cue is None:
                ref.named_before = (named[0], named[1])
            return ref
        if at in cue_at:
            cue = cue_at[at]
            inner = LATIN_NOUN.search(doc.folded, at, cue.end)
            if inner:  # "93rd INTERPOL General Assembly": the series name carries the noun
                return Reference(values, noun_class_of(inner), start, inner.end(), cue.end, cue)
            pos = cue.end
        elif named and (bracket := _BRACKETED_ACRONYM.match(doc.folded, token.start(1))):
            pos = bracket.end()  # "the 56th Director General (DG) level border conference": the acronym aside
        elif token.group(1) == "," or token.group(1) in PRE_NOUN:
            if named and token.group(1) == ",":
                break
            if named:
                named[1] = token.end(1)
            pos = token.end()
        elif token.group(1)[0].isalpha() and doc.is_capitalized(at) and not is_calendar_word(token.group(1)):
            named[:] = [named[0] if named else at, token.end(1)]  # "the 45th ASEANAPOL Conference"
            pos = token.end()
        else:
            break
    if _elliptical(doc, group, start):
        kind = _OF_ITS_KIND.match(doc.folded, group[-1].end())
        if kind and (noun := _meeting_counted(doc, start)):
            # "la rencontre maghrébine des directeurs …, la onzième du genre": the meeting's number
            return _with_noun(doc, values, noun.start(), noun, cue_at.get(noun.start()), debug)
        if not kind and (noun := _apposed_noun(doc, start)):
            # "la précédente session, la 42e, tenue à Tunis": the number of the meeting named right before
            return _with_noun(doc, values, noun.start(), noun, cue_at.get(noun.start()), debug)
        end = kind.end() if kind else group[-1].end()
        return Reference(values, None, start, end, end)
    return None


# Between a meeting noun and an ordinal in apposition to it ("la précédente session, la 42e", "the last
# meeting, the 12th", "la session précédente, la 42e"): an adjective at most, a comma, the article.
_APPOSITION = re.compile(r"(?: [^\W\d_]+)?, (?:la|le|the) ")


def _apposed_noun(doc: Document, start: int) -> re.Match[str] | None:
    """The meeting noun an ordinal at `start` stands in apposition to, else None."""
    nouns = list(LATIN_NOUN.finditer(doc.folded, max(0, start - 40), start))
    if nouns and _APPOSITION.fullmatch(doc.folded, nouns[-1].end(), start):
        return nouns[-1]
    return None


def _meeting_counted(doc: Document, start: int) -> re.Match[str] | None:
    """The meeting noun an apposition counts ("la onzième du genre" at `start`): the first of the
    clause before it, in the same sentence ("La rencontre maghrébine des directeurs de la police
    judiciaire, la onzième du genre, …")."""
    sentence_start = doc.sentence(start)[0]
    clause = max(sentence_start, start - 160)
    nouns = list(LATIN_NOUN.finditer(doc.folded, clause, start))
    return nouns[0] if nouns else None


def _capital_after(doc: Document, pos: int) -> bool:
    token = TOKEN.match(doc.folded, pos)
    return token is not None and token.group(1)[0].isalpha() and doc.is_capitalized(token.start(1))


def _with_noun(
    doc: Document, values: list[int], start: int, noun: re.Match[str], cue: Cue | None, debug: list[str] | None
) -> Reference | None:
    before = doc.folded[start : noun.start()].split()
    if NOT_NUMBERED_AS_SERIES & set(before) or next_word(doc.folded, noun.end()) in NOT_NUMBERED_AS_SERIES:
        note(debug, f"skipped {doc.folded[start : noun.end()]!r}: an extraordinary session")
        return None
    if len(values) == 1 and doc.folded[noun.end() - 1 : noun.end()] == "s" and noun.group().endswith(_PLURALS):
        note(debug, f"skipped {doc.folded[start : noun.end()]!r}: the first of several, not a numbered meeting")
        return None  # "the first sessions would be held in Algiers": of courses, not a session's number
    if values == [1] and _FIRST_SINCE.match(doc.folded, noun.end()):
        note(debug, f"skipped {doc.folded[start : noun.end()]!r}: the first since another, not the series' first")
        return None
    # "47e conférence des dirigeants arabes…": a series name may start at the noun itself
    walk_from = cue.end if cue is not None and cue.start == noun.start() else noun.end()
    return Reference(values, noun_class_of(noun), start, noun.end(), walk_from, cue)


# A person's possessive before an ordinal: the person's count ("his first conference"), not the series'.
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})
# Plural meeting nouns: one ordinal before them counts several ("the first sessions", "les premières réunions").
_PLURALS = ("sessions", "meetings", "reunions", "conferences", "rounds")


# "the first session of the committee since the third round", "la première réunion depuis 2019", "the
# first meeting in five years", "in nearly eight years": the first after a pause, not the first of the series.
# ("since its creation", "depuis sa création": the first of the series after all)
_FIRST_SINCE = re.compile(
    r"[^.;:!?]{0,70}?\b(?:since|depuis|in (?:\w+ ){0,2}(?:years|decades|months))\b"
    r"(?! (?:its|their|sa|son|leur) (?:creation|inception|founding|establishment|fondation|mise en place)\b)"
)


# An ordinal in apposition that counts the meeting among its kind: "la onzième du genre", "the 12th
# in the series", "the fifth of its kind", "la troisième de cette série".
_OF_ITS_KIND = re.compile(r" (?:du genre|de (?:la|cette) serie|of (?:its|this) kind|in (?:the|this|a) series)\b")


# "The first was held in Tangier": the ordinal, the subject of a verb of meeting.
_HELD_AFTER = re.compile(
    r" (?:was held|had been held|took place|had taken place|s'est tenue?|s'etait tenue?|a eu lieu|avait eu lieu)\b"
)


def _elliptical(doc: Document, group: list[re.Match[str]], start: int) -> bool:
    """'La suivante, la 92e, aura lieu…', "un an après la troisième, tenue à …", "la onzième du
    genre", "The first was held in …": an ordinal (a numeral or a word) standing for a session
    named just before."""
    if len(group) != 1 or group[0].re is ROMAN_ORDINAL:
        return False
    after = doc.folded[group[0].end() : group[0].end() + 2].strip()
    previous = doc.folded[max(0, start - 6) : start].split()
    if not previous or previous[-1] not in ("la", "le", "the", "sa", "son"):
        return False
    if (
        not (after and after[0] in ",;.)")
        and not _OF_ITS_KIND.match(doc.folded, group[0].end())
        and not _HELD_AFTER.match(doc.folded, group[0].end())
    ):
        return False
    window = doc.folded[max(0, start - 250) : start]
    return bool(LATIN_NOUN.search(window))


def next_word(text: str, pos: int) -> str:
    token = TOKEN.match(text, pos)
    return token.group(1) if token else ""


def note(debug: list[str] | None, message: str) -> None:
    if debug is not None:
        debug.append(message)
