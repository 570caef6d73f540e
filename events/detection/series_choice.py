"""Choosing the series of a numbered reference: the name attached to it ("la 39ème session du
Conseil des ministres…"), the body named right before it ("l'Alliance (ISA), dans sa quatrième
réunion"), or the series the article names nearest, compatible with the meeting noun and plausible
for the ordinal at the publication date (a council at its 42nd session has no 50th)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from events.detection.catalogue import Cue
from events.detection.complements import Complement
from events.detection.context import Context, Resolved
from events.detection.meeting_words import (
    AR_POSSESSIVE_NOUN,
    HEAD_RE,
    HEADS,
    POSSESSIVE_BEFORE,
    POSSESSIVE_LINK,
    POSSESSIVE_LINK_AR,
)
from events.detection.references import Reference, note
from text.script import ARABIC_LETTERS
from text.wordlists import alternation, split_words


def _proximity(cue: Cue, start: int, end: int) -> float:
    if cue.end <= start:
        distance = start - cue.end
    elif cue.start >= end:
        distance = 3 * (cue.start - end)  # a name after the reference is weaker evidence
    else:
        distance = 0
    return 1.0 / (1.0 + distance / 300.0)


def rank_series(
    ctx: Context, classes: set[str], ordinals: Sequence[int], start: int, end: int
) -> list[tuple[float, int]]:
    """Series named in the article that fit the meeting noun, best first (score, index)."""
    ranked = []
    year = _year_of(ctx, start) if ordinals else None  # the same for every series
    # (and a series a reference established without its name: "مؤتمر وزراء داخلية بلدان الحوار 5+5")
    named = list(ctx.cues_by_series.items()) + [(i, []) for i in sorted(ctx.established - ctx.cues_by_series.keys())]
    for index, cues in named:
        series = ctx.catalogue.series[index]
        compat = series.compat(classes)
        if not compat:
            continue
        nearest = max((weight * _proximity(cue, start, end) for cue, weight in cues), default=0.0)
        dominance = 0.05 * min(len(cues), 6) + (0.3 if index in ctx.established else 0.0)
        fit = series.fit(ordinals, year) if ordinals else 1.0
        score = compat * (0.2 + nearest + dominance) * fit
        if score > 0:
            ranked.append((score, index))
    ranked.sort(key=lambda item: (-item[0], item[1]))  # ties: the catalogue's order
    return ranked


def _year_of(ctx: Context, pos: int) -> int | None:
    """The year a reference is dated to: a date its sentence states ("en 2007", "سنة ٢٠٠٧"; not
    "Vision 2030"), else the article's."""
    start, end = ctx.doc.sentence(pos)
    years = [(abs(d.pos - pos), d.start.year) for d in ctx.dates if start <= d.pos < end and d.kind != "weekday"]
    return min(years)[1] if years else ctx.ref_year


def _attached_series(
    ctx: Context, cue: Cue, classes: set[str], ordinals: Sequence[int], ref: Reference | None = None
) -> int | None:
    """The series a name right after the noun designates, if the noun fits it. An organisation's
    name fits several of its series alike ("المؤتمر الإقليمي … للمنظمة الدولية للشرطة الجنائية
    (الإنتربول) لمنطقة الشرق الأوسط وشمال إفريقيا": one of INTERPOL's regional conferences): the one
    whose own name the reference's words resemble most."""
    scored: list[tuple[float, int]] = []
    for target in cue.targets:
        series = ctx.catalogue.series[target.series]
        compat = series.compat(classes)
        if not compat:
            continue
        score = compat * target.weight
        score *= max(0.05, series.fit(ordinals, _year_of(ctx, cue.start))) if ordinals else 1.0
        scored.append((score, target.series))
    if not scored:
        return None
    best = max(score for score, _ in scored)
    tied = [index for score, index in scored if score == best]
    if len(scored) > 1 and ref is not None:
        # (to the clause's end: "الدورة الثالثة والأربعين لمجلس وزراء الداخلية العرب، على أن ينعقد المؤتمر
        # الخمسون لقادة الشرطة" is the council's session, whatever series the next clause names)
        limit = min(ctx.doc.sentence(ref.start)[1], cue.end + _NAME_REACH)
        clause = _NEXT_CLAUSE.search(ctx.doc.folded, cue.end, limit)
        words = ctx.doc.original_text(ref.start, clause.start() if clause else limit)
        # "the 52nd INTERPOL regional conference" in an article that names the "INTERPOL European
        # Regional Conference": the one of the organisation's series the article names by its own name,
        # when the reference's words resemble it as much as the best fitting one, even if that one fits
        # the number better (a series whose editions the catalogue does not hold fits every number)
        # (words that resemble neither say nothing: "مجلس وزراء الداخلية العرب في دورته الرابعة والأربعين" is the
        # council's own session, in an article that names the police leaders' conference it also holds)
        named = [index for _, index in scored if _named_by_its_name(ctx, index)]
        resembling = ctx.catalogue.resemblance(words, named[0]) if len(named) == 1 else 0
        if resembling >= _RESEMBLES and resembling >= ctx.catalogue.resemblance(words, tied[0]):
            return named[0]
        if len(tied) > 1:
            return max(tied, key=lambda index: ctx.catalogue.resemblance(words, index))  # first on a tie
    return tied[0]


def _named_by_its_name(ctx: Context, index: int) -> bool:
    """Whether the article names the series by one of its own names, not only by its organisation's."""
    return any(
        target.is_alias
        for cue, _ in ctx.cues_by_series.get(index, ())
        for target in cue.targets
        if target.series == index
    )


# How much of a series' own name a reference's words must share to name it (rapidfuzz's token_set_ratio:
# words in common score high; unrelated Arabic words still score 40 to 60 on their letters).
_RESEMBLES = 75
# How far after an organisation's name a reference's words may still name its series: to a comma at
# most (not a bracket: "للمنظمة الدولية للشرطة الجنائية (الإنتربول) لمنطقة الشرق الأوسط" goes on).
_NAME_REACH = 60
_NEXT_CLAUSE = re.compile(r"[,;،؛]")


def _preceding(ctx: Context, ref: Reference) -> tuple[Cue | None, set[str]]:
    """A body named right before the reference that the reference belongs to: a series or
    organisation name, or a generic head ("الجمعية العامة في دورتها السادسة والسبعين")."""
    window_start = max(ctx.doc.sentence(ref.start)[0], ref.start - 40)
    link = POSSESSIVE_LINK_AR if AR_POSSESSIVE_NOUN.match(ctx.doc.folded, ref.start) else POSSESSIVE_LINK
    cue = ctx.last_cue_ending(window_start, ref.start)
    if cue is not None and link.fullmatch(ctx.doc.folded, cue.end, ref.start):
        return cue, set()
    if link is POSSESSIVE_LINK and not _ends_on_possessive(ctx.doc.folded, ref.start):
        return None, set()  # (most references: no head can be linked, the heads are not looked for)
    heads = [h for h in HEAD_RE.finditer(ctx.doc.folded, window_start, ref.start) if h.end() <= ref.start]
    if heads and link.fullmatch(ctx.doc.folded, heads[-1].end(), ref.start):
        return None, {HEADS[heads[-1].group("lat") or heads[-1].group("ar")]}
    return None, set()


_POSSESSIVES = ("sa", "son", "ses", "its", "their")


def _ends_on_possessive(folded: str, pos: int) -> bool:
    """Whether the text before `pos` ends on one of `POSSESSIVE_LINK`'s possessives, one white space
    after it at most: without one, that pattern matches no text ending at `pos`."""
    before = folded[max(0, pos - 7) : pos]
    if before[-1:].isspace():  # (str.isspace and the regex \s read the same characters)
        before = before[:-1]
    return before.endswith(_POSSESSIVES)


@dataclass
class Reading:
    """A numbered reference with what surrounds it: the name it is attached to, if any."""

    ref: Reference
    complement: Complement
    classes: set[str]
    cue: Cue | None
    foreign: bool = False  # the complement names a body outside the catalogue (events.detection.candidates)


def read_reference(ctx: Context, ref: Reference) -> Reading:
    complement = ctx.walk(ref.walk_from)
    if ref.cue is None and (complement.outcome == "foreign" or ref.named_before):
        surface = ctx.doc.folded[ref.start : ref.end]
        note(ctx.debug, f"{surface!r}: the session of a body outside the catalogue")
        return Reading(ref, complement, {ref.noun_class or "edition"}, None, foreign=True)
    if complement.cue is not None and _others_of_the_organisation(ctx, complement.cue):
        note(ctx.debug, f"{ctx.doc.folded[ref.start : ref.end]!r}: the meeting of a group of the organisation's")
        return Reading(ref, complement, {ref.noun_class or "edition"}, None, foreign=True)
    before_cue, before_heads = _preceding(ctx, ref)
    classes = {ref.noun_class or "edition"} | complement.heads | before_heads
    return Reading(ref, complement, classes, ref.cue or complement.cue or before_cue)


# Who meets, written after the organisation's name in English ("the GCC coast guard commanders"):
# a few words ending on a plural of persons.
_GROUP_AFTER = re.compile(
    r" ((?:[a-z][\w-]* ){0,3}(?:commanders|chiefs|heads|directors|officials|ministers|experts|leaders"
    r"|representatives|delegates|prosecutors|governors|inspectors))\b"
)


# Who meets, written before the organisation's name: the heads of a service ("police chiefs of the GCC
# states", "coast guard commanders of …"), folded. (Ministers, officials or experts "of" an organisation
# are most often those its own series gather.)
_SERVICES = r"(?:police|security|customs|border|coast guard|intelligence|gendarmerie|immigration|narcotics|drug)"
_SERVICE_HEADS_BEFORE = re.compile(rf"\b({_SERVICES} (?:commanders|chiefs|heads|directors|leaders)) of (?:the )?$")
# ... and after it ("the GCC police chiefs"), and in Arabic before "the states of" ("قادة الشرطة والأمن العام
# بدول مجلس التعاون"), folded.
_SERVICE_HEADS_AFTER = re.compile(rf" ({_SERVICES} (?:commanders|chiefs|heads|directors|leaders))\b")
_AR_SERVICES = r"(?:الشرطه|الامن|الجمارك|الحدود|خفر السواحل|المخابرات|الاستخبارات|الدرك|الهجره|المخدرات)"
_AR_SERVICE_HEADS_BEFORE = re.compile(
    rf"(?<![\w])((?:قاده|رؤساء|مديري|مدراء) {_AR_SERVICES}(?: و{_AR_SERVICES})?(?: العام)?) (?:ب|في |ل)?(?:ال)?دول $"
)


def others_subject(ctx: Context, ref: Reference) -> tuple[str, Cue] | None:
    """Whether the reference's sentence opens, before it, on who meets and the organisation they are
    of ("Police chiefs of the Gulf Cooperation Council states held their 41st meeting", "GCC police chiefs
    held their 26th meeting", "قادة الشرطة بدول مجلس التعاون … اجتماعهم السادس والعشرين"), and none of the
    organisation's series is theirs (`_others_of_the_organisation` for the group after the name in a
    complement). Returns who meets ("police chiefs") and the organisation's cue, else None."""
    sentence_start = ctx.doc.sentence(ref.start)[0]
    folded = ctx.doc.folded
    for cue in ctx.cues:
        if not sentence_start <= cue.start < ref.start or any(t.is_alias for t in cue.targets):
            continue
        group = _SERVICE_HEADS_BEFORE.search(folded, max(sentence_start, cue.start - 50), cue.start)
        group = group or _AR_SERVICE_HEADS_BEFORE.search(folded, max(sentence_start, cue.start - 50), cue.start)
        group = group or _SERVICE_HEADS_AFTER.match(folded, cue.end)
        if group is not None and group.end() <= ref.start and _none_names_them(ctx, cue, group.group(1)):
            return group.group(1), cue
    return None


# Words for who leads a service, one for another in the series' names ("police chiefs" hold the "Conference
# of Police and Security Leaders"), folded.
_HEAD_WORDS = frozenset({"chiefs", "leaders", "heads", "directors", "commanders", "chief", "leader", "head"})


def _none_names_them(ctx: Context, cue: Cue, group: str) -> bool:
    """Whether none of the organisation's series is a meeting of `group`, its words (a head's word standing
    for any other) all in the series' name."""

    def words(text: str) -> set[str]:
        return {"head" if w in _HEAD_WORDS else w for w in text.split()}

    wanted = words(group)
    return not any(wanted <= words(name) for target in cue.targets for name in ctx.catalogue.own_names(target.series))


def _others_of_the_organisation(ctx: Context, cue: Cue) -> bool:
    """Whether an organisation's name is followed by who meets, and none of its series is theirs:
    "the 15th meeting of the GCC coast guard commanders" is not the "Meeting of GCC Interior
    Ministers" (a body outside the catalogue, events.detection.candidates); "the GCC interior
    ministers" is."""
    if any(target.is_alias for target in cue.targets):
        return False  # a series' own name: "the 40th GCC Summit"
    group = _GROUP_AFTER.match(ctx.doc.folded, cue.end)
    if group is None:
        return False
    words = set(group.group(1).split())
    return not any(
        words <= set(name.split()) for target in cue.targets for name in ctx.catalogue.own_names(target.series)
    )


def resolve_attached(ctx: Context, reading: Reading) -> list[Resolved]:
    """A reference whose series is named with it: "la 39ème session du Conseil des ministres…"."""
    ref, cue = reading.ref, reading.cue
    assert cue is not None
    index = _attached_series(ctx, cue, reading.classes, ref.ordinals, ref)
    if index is None and POSSESSIVE_BEFORE.search(ctx.doc.folded, max(0, ref.start - 8), ref.start):
        # "The Peace and Security Council of the African Union (AU), at its 1247th meeting": the
        # Union holds no such meeting; the body it is the complement of, named before it, does
        sentence_start = ctx.doc.sentence(ref.start)[0]
        for other in sorted(ctx.cues, key=lambda c: -c.start):
            if sentence_start <= other.start and other.end <= cue.start:
                index = _attached_series(ctx, other, reading.classes, ref.ordinals, ref)
                if index is not None:
                    break
    if index is None:
        names = ctx.doc.folded[cue.start : cue.end]
        note(ctx.debug, f"dropped {ctx.doc.folded[ref.start : ref.end]!r}: {names!r} holds no such meeting")
        return []
    ctx.established.add(index)
    return [Resolved(index, ordinal, ref.start, ref.end, 0.95) for ordinal in ref.ordinals]


def resolve_from_context(ctx: Context, reading: Reading) -> list[Resolved]:
    """A reference whose series the article names elsewhere: "cette quarante et unième session"."""
    ref = reading.ref
    surface = ctx.doc.folded[ref.start : ref.end]
    # (the conference of an organisation is its assembly: "الدورة العادية 38 لمؤتمر الاتحاد", "la 38e
    # session ordinaire de la Conférence de l'Union")
    heads = reading.complement.heads
    # (Arabic "الدورة" is a conference's edition, never a sitting: "الدورة الحادية والعشرين للمؤتمر")
    arabic = surface[:1] > "z"
    if ref.noun_class == "session" and heads & {"conference", "meeting"} and "organization" not in heads and not arabic:
        note(ctx.debug, f"dropped {surface!r}: a sitting of a conference, not a session of a series")
        return []
    ranked = rank_series(ctx, reading.classes, ref.ordinals, ref.start, ref.end)
    if not ranked or ranked[0][0] < 0.12:
        note(ctx.debug, f"dropped {surface!r}: no series of the catalogue fits")
        return []
    index, confidence = ranked[0][1], 0.55 + 0.4 * min(1.0, ranked[0][0])
    if ref.noun_class is None:
        confidence = min(confidence, 0.6)
    if ref.noun_class == "edition" and _edition_of_a_work(ctx, ref.start):
        note(ctx.debug, f"dropped {surface!r}: the edition of a guide, report, plan or fair")
        return []
    if _WORK_POSSESSIVE.search(ctx.doc.folded, max(0, ref.start - 30), ref.start):
        note(ctx.debug, f"dropped {surface!r}: the meeting of a project, not a session of a series")
        return []
    if _far_past_without_year(ctx, index, ref):
        note(ctx.debug, f"dropped {surface!r}: far below the series' current session and no year")
        return []
    return [Resolved(index, ordinal, ref.start, ref.end, confidence) for ordinal in ref.ordinals]


# Works and fairs that have editions too: "le guide … dans sa deuxième édition", "الدليل العربي
# الموحد … في نسخته الثانية", "the 5th edition of the exhibition".
_WORKS = re.compile(
    rf"(?<![{ARABIC_LETTERS}\w])(?:[وف]?(?:لل|بال|ال|[بلك])?)?(?:"
    + alternation(
        split_words(
            "guide guides manuel rapport report plan plans strategie strategy manual handbook document publication "
            "salon salons foire fair exhibition exposition festival prix award tournoi tournament championnat "
            "championship marathon concours competition magazine revue journal livre book "
            "دليل تقرير خطة خطه استراتيجية وثيقة إصدار معرض مهرجان مسابقة بطولة جائزة كتاب مجلة"
        )
    )
    + rf")(?![{ARABIC_LETTERS}\w])"
)


# A project's or a programme's own meetings: "the initiative's first regional meeting", "the
# project's third steering meeting" are none of the series the article names.
_WORK_POSSESSIVE = re.compile(
    r"\b(?:initiative|project|programme|program|plan|strategy|campaign|network|partnership)(?:'s|s')\s?$"
)


def _edition_of_a_work(ctx: Context, pos: int) -> bool:
    """A work or a fair named shortly before the edition noun, in the same clause."""
    sent_start, _ = ctx.doc.sentence(pos)
    window = ctx.doc.folded[max(sent_start, pos - 70) : pos]
    window = re.split(r"[.;:!?،؛؟()]", window)[-1]
    return _WORKS.search(window) is not None


def _far_past_without_year(ctx: Context, index: int, ref: Reference) -> bool:
    """'the first session of the conference' is a sitting, not the series' first session —
    unless the sentence dates it ('le premier Congrès, en avril 1914')."""
    expected = ctx.catalogue.series[index].expected_ordinal(ctx.ref_year) if ctx.ref_year else None
    if expected is None or min(ref.ordinals) >= expected - 15:
        return False
    start, end = ctx.doc.sentence(ref.start)
    return not any(start <= d.pos < end and d.kind != "weekday" for d in ctx.dates)
