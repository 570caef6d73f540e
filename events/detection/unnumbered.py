"""References without an ordinal ("la session de Glasgow", "the Interpol assembly in 2007",
"الجمعية العامة المقبلة المقررة بمراكش سنة 2025"), resolved through the series' known editions
when the text gives their city or year."""

from __future__ import annotations

import re
from collections.abc import Iterable

from events.detection.candidates import (
    CLAUSE_END,
    joint_body_after,
    joint_head_after,
    meeting_joint_bodies,
    multilateral_after,
)
from events.detection.catalogue import Edition, Series
from events.detection.context import Context, Resolved
from events.detection.document import Document, inside
from events.detection.meeting_words import (
    DETERMINERS,
    MEETING_HEADS,
    POSSESSIVE_BEFORE,
    YEAR,
    founding_year,
    noun_class_of,
)
from events.detection.neighbours import relative_before, relative_step
from events.detection.series_choice import rank_series
from text.scanning import SpanIndex


def unnumbered_references(
    ctx: Context,
    taken: list[tuple[int, int]],
    numbered: bool = True,
    own_meeting: bool = False,
    numbered_series: frozenset[int] = frozenset(),
) -> list[Resolved]:
    """References without an ordinal that a known edition identifies: a series named with a city
    or a year ("the Interpol assembly in 2007"), or a meeting noun tied to a venue or a year ("la
    session de Glasgow", "دورة فيينا", "the 2025 meeting") in an article naming its series.
    `numbered`: whether the article numbers a session; where it numbers none, "the next session" is
    read by its venue and time too ("AFRIPOL's next General Assembly, due in Algiers in October");
    `own_meeting`: whether it numbers a meeting outside the catalogue (its own forum, say); `numbered_series`:
    the catalogue series it numbers a session of (the next session of another is read by its venue and time)."""
    found = []
    held = SpanIndex(taken)  # asked once per cue and per meeting noun
    noun_starts = {m.start() for m in ctx.meeting_nouns}
    noun_ends = {m.end() for m in ctx.meeting_nouns}
    for cue in ctx.cues:
        own = [t.series for t in cue.targets if t.is_alias]
        if own and not held.contains(cue.start) and relative_before(ctx.doc.folded, cue.start):
            named_meeting = noun_starts & {cue.start, cue.start + 2} or cue.end in noun_ends
            if len(own) == 1 and own[0] not in numbered_series and named_meeting:
                # "le prochain sommet de l'UA, prévu à la mi-février à Addis-Abeba", in an article numbering
                # no session of it: the session of its venue and time, never a known edition of its city
                found.extend(_unknown_edition(ctx, own[0], cue.start, cue.end, set()))
        elif own and not held.contains(cue.start):
            by_year = [i for i in own if ctx.catalogue.series[i].year_named]
            if by_year:
                found.extend(_by_year(ctx, by_year[0], cue.start, cue.end))
            elif ctx.ref_year is None and numbered_series.intersection(own):
                # "مؤتمر قادة الشرطة … بتونس" over "المؤتمر التاسع والأربعين …" in an article that dates
                # nothing: the session it numbers, not whichever edition the catalogue knows in that city
                edition = []
            else:
                edition = _from_editions(ctx, own, cue.start, cue.end)
                # the series' own name is a meeting's ("la conférence régionale africaine d'Interpol",
                # "the INTERPOL African Regional Conference")
                named_meeting = noun_starts & {cue.start, cue.start + 2} or cue.end in noun_ends
                if not edition and len(own) == 1 and named_meeting:
                    edition = _unknown_edition(ctx, own[0], cue.start, cue.end, set())
                found.extend(edition)
    for noun in ctx.meeting_nouns:
        # "leur prochaine session à Tunis": the next or previous session, numbered from the current
        # one (events.detection.neighbours), never a known edition of that city; unless no series the
        # article numbers holds meetings of its kind ("the next General Assembly, due in Hong Kong" in
        # an article on a regional conference): that one is read by its venue and time
        if not held.contains(noun.start()) and (
            not numbered
            or relative_step(ctx.doc.folded, noun)[0] is None
            or _of_another_kind(ctx, noun, numbered_series, own_meeting)
        ):
            found.extend(_unnumbered_noun(ctx, noun, own_meeting))
    pronouns = _STANDS_FOR_NOUN.finditer(ctx.doc.folded) if _may_stand_for_noun(ctx.doc.folded) else ()
    for pronoun in pronouns:
        # "cette session est la première … depuis celle de Santiago du Chili, en 2019": the pronoun stands
        # for the meeting noun before it in its sentence, with its own city or year
        sentence_start = ctx.doc.sentence(pronoun.start())[0]
        before = [n for n in ctx.meeting_nouns if sentence_start <= n.start() < pronoun.start()]
        if before and not held.contains(pronoun.start()):
            found.extend(_unnumbered_noun(ctx, _StandingFor(before[-1], pronoun.start(), pronoun.end())))
    for start, end, joint in meeting_joint_bodies(ctx):
        # "the joint … committee met on Wednesday in Tripoli": that year's session, by its venue and time
        # (the verb that reports it may stand further before: "a coprésidé jeudi à Tunis, avec son
        # homologue, les travaux de la commission …")
        year = None if held.contains(start) else venue_and_year(ctx, start, end, set(), reach=_VERB_REACH)
        if year is not None:
            found.append(Resolved(-1, None, start, end, 0.5, year=year, candidate=joint))
    return found


def _of_another_kind(ctx: Context, noun: re.Match[str], numbered_series: frozenset[int], own_meeting: bool) -> bool:
    """Whether the meeting noun names a kind of meeting that none of the catalogue series the article
    numbers holds (an assembly where it numbers a conference), the article numbering no meeting of
    its own: its next or previous one is not theirs."""
    if own_meeting or not numbered_series:
        return False
    kind = {noun_class_of(noun)}
    return not any(ctx.catalogue.series[index].compat(kind) for index in numbered_series)


# A pronoun standing for a meeting noun named before it: "celle de Glasgow", "that of Vienna", "that held in …".
_STANDS_FOR_NOUN = re.compile(r"\b(?:celle|celui)(?= (?:de|d'|tenue|organisee) )|\bthat(?= (?:of|held) )")


def _may_stand_for_noun(folded: str) -> bool:
    """Whether the text holds one of `_STANDS_FOR_NOUN`'s words (tested before the pattern is run)."""
    return "celle " in folded or "celui " in folded or "that of " in folded or "that held " in folded


class _StandingFor:
    """A pronoun read as the meeting noun it stands for: the noun's words and class, the pronoun's span."""

    def __init__(self, noun: re.Match[str], start: int, end: int) -> None:
        self._noun, self._start, self._end = noun, start, end

    def group(self, *args):
        return self._noun.group(*args)

    def groupdict(self) -> dict:
        return self._noun.groupdict()

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _by_year(ctx: Context, series: int, start: int, end: int) -> list[Resolved]:
    """A session of a series named by its year ("World Police Summit 2024"): the year written
    with the name, else a dated expression of its sentence, else the publication year."""
    folded = ctx.doc.folded
    after = YEAR.match(folded, end + 1) if folded[end : end + 1] == " " else None
    before = _YEAR_AT_END.search(folded[max(0, start - 6) : start].rstrip())
    edition = _EDITION_OF_YEAR.search(folded, max(0, start - 30), start)
    if after or before:
        year = int((after or before).group())
    else:
        year = int(edition.group(1) or edition.group(2)) if edition else None
    if year is None:
        sent_start, sent_end = ctx.doc.sentence(start)
        dated = [d.start.year for d in ctx.dates if sent_start <= d.pos < sent_end and d.start]
        year = dated[0] if dated else (ctx.published.year if ctx.published else None)
    if year is None:
        return []
    return [Resolved(series, None, start, end + (len(after.group()) + 1 if after else 0), 0.6, year=year)]


def _unnumbered_noun(ctx: Context, noun: re.Match[str], own_meeting: bool = False) -> list[Resolved]:
    doc = ctx.doc
    if noun.group()[0] <= "z" and _proper_name_before(doc, noun.start()):
        return []  # "World Government Summit 2022": a meeting outside the catalogue
    complement = ctx.walk(noun.end())
    year = YEAR.match(doc.folded, noun.end() + 1) if doc.folded[noun.end() : noun.end() + 1] == " " else None
    if complement.cue is None and year is not None:
        complement = ctx.walk(year.end())  # "l'édition 2024 de la Convention européenne des chefs de police"
    joint = joint_body_after(ctx, noun) if complement.cue is None and joint_head_after(ctx.doc.folded, noun) else None
    if joint is not None:
        # "la dernière session de la commission mixte maroco-mauritanienne, tenue à Nouakchott en
        # janvier": a joint body's session, by its venue and its time
        end = max(noun.end(), complement.end)
        year = venue_and_year(ctx, noun.start(), end, set())
        return [] if year is None else [Resolved(-1, None, noun.start(), end, 0.5, year=year, candidate=joint)]
    multilateral = multilateral_after(ctx, noun) if complement.cue is None else None
    if multilateral is not None:
        # "une réunion quadripartite des ministres de l'Intérieur de …, à Amman mardi": by its venue and time
        end = max(noun.end(), complement.end)
        year = venue_and_year(ctx, noun.start(), end, set(), reach=_SENTENCE_REACH)
        return [] if year is None else [Resolved(-1, None, noun.start(), end, 0.5, year=year, candidate=multilateral)]
    if complement.outcome == "foreign":
        return []
    classes = {noun_class_of(noun)} | complement.heads
    cue = complement.cue or _possessor_cue(ctx, noun)
    if cue is None and own_meeting and not ctx.established and complement.heads and complement.heads <= MEETING_HEADS:
        # "Lors de l'édition 2024 du forum": the forum the article numbers, outside the catalogue
        # (events.detection._editions_by_year), not a series its other names would guess
        return []
    # "l'Assemblée générale" or a named series is specific enough to take a city or a year from
    # its sentence; "la session", "the meeting" must have them attached.
    specific = "assembly" in classes or cue is not None
    attached, years = _attached_venue_or_year(ctx, noun)
    if not specific and not attached:
        return []
    if cue is not None:
        candidates = [t.series for t in cue.targets if ctx.catalogue.series[t.series].compat(classes)]
    elif classes == {"edition"}:
        # "after an inaugural edition held in Sharm El-Sheikh in 2023": an edition of the forum the article
        # is about, named nowhere with it; no series of the catalogue is to be guessed from other names
        return []
    elif ctx.ref_year is None and not years:
        # "les chefs de police … en conclave à Yaoundé" in an article dated nowhere: the series is a
        # guess from the article's other names, and a city alone would pick any of its editions
        # held there, decades ago
        return []
    else:
        candidates = [index for _, index in rank_series(ctx, classes, (), noun.start(), noun.end())]
    start, end = noun.start(), max(noun.end(), complement.end)
    found = _from_editions(ctx, candidates[:3], start, end, years)
    if not found and cue is not None:
        weights = sorted(((t.weight, t.series) for t in cue.targets if t.series in candidates), reverse=True)
        if weights and (len(weights) == 1 or weights[0][0] > weights[1][0]):
            found = _unknown_edition(ctx, weights[0][1], start, end, years)  # the series the body holds first
    return found


def _possessor_cue(ctx: Context, noun: re.Match[str]):
    """The body a possessive before the noun refers to: the name that ends nearest before it in its
    sentence ("les dirigeants du CCG … lors de leur sommet prévu à Doha": the GCC's summit)."""
    genitive = _GENITIVE_BEFORE.search(ctx.doc.folded, max(0, noun.start() - 24), noun.start())
    if genitive is not None:  # "AFRIPOL's next General Assembly": the body the genitive names
        cue = ctx.last_cue_ending(genitive.start(), genitive.start())
        if cue is None and _BODY_WORD_BEFORE.search(ctx.doc.folded, max(0, genitive.start() - 24), genitive.start()):
            # "… with the Eastern Africa Police Chiefs Cooperation Organization (EAPCCO) ahead of that body's
            # annual general meeting": the body named last in the sentence
            cue = ctx.last_cue_ending(ctx.doc.sentence(noun.start())[0], genitive.start())
        return cue
    if not POSSESSIVE_BEFORE.search(ctx.doc.folded, max(0, noun.start() - 8), noun.start()):
        return None
    return ctx.last_cue_ending(max(ctx.doc.sentence(noun.start())[0], noun.start() - 60), noun.start())


# A body referred back to by a demonstrative or the article, before a genitive ("that body's", "the
# organisation's", folded).
_BODY_WORD_BEFORE = re.compile(r"\b(?:that|this|the) (?:body|organi[sz]ation|bloc|agency|group)$")
# A name's genitive before a meeting noun, a relative word or an adjective between ("AFRIPOL's next").
_GENITIVE_BEFORE = re.compile(r"'s (?:(?:next|upcoming|previous|last|annual|general|ordinary) ){0,2}$")


def _unknown_edition(ctx: Context, series: int, start: int, end: int, years: set[int]) -> list[Resolved]:
    """A session the text names by its series, its venue and its time but not its number, which
    no known edition fits ("la session annuelle du Conseil des ministres arabes de l'Intérieur,
    tenue mercredi à Tunis"): a session of that year, which linking joins to the numbered session
    of the series that another article dates in that year (archive.extraction.linking); the session
    of that year by its number, for a series meeting once a year ("the SCO summit due in Bishkek
    later in 2026", its 26th). Without a venue and a time in its sentence, a mention of the series
    is no report of a meeting."""
    if ctx.catalogue.series[series].year_named:
        return []
    year = venue_and_year(ctx, start, end, years)
    if year is None:
        return []
    ordinal = ctx.catalogue.series[series].ordinal_in(year)
    return [Resolved(series, ordinal, start, end, 0.5, year=None if ordinal else year)]


def venue_and_year(ctx: Context, start: int, end: int, years: set[int], *, reach: int = 60) -> int | None:
    """The one year of a reference whose sentence also names its venue (a dateline's city aside),
    within `reach` characters before it, else None."""
    lo, hi = _window(ctx, start, end, reach)
    if all(inside(p.start, ctx.datelines) for p in ctx.places_between(lo, hi)):
        return None
    near = [d for d in ctx.dates if lo <= d.pos < hi]
    stated = years | {
        d.start.year for d in near if d.kind != "weekday" and d.start and not founding_year(ctx.doc.folded, d.pos)
    }
    if not stated and ctx.published and any(d.kind == "weekday" for d in near):
        stated = {ctx.published.year}  # "tenue mercredi à Tunis": this week's session
    if len(stated) > 1 and not years:
        # "… المنعقد بروما في 23 جويلية 2023، وبالتوصيات الصادرة عن مؤتمر … الذي احتضنته نواكشوط في أفريل
        # الماضي": the other meeting's date stands before; the one in the clause after the name is this one's
        clause = CLAUSE_END.search(ctx.doc.folded, end, hi)
        after = {d.start.year for d in near if end <= d.pos < (clause.start() if clause else hi) and d.start}
        stated = after if len(after) == 1 else stated
    return stated.pop() if len(stated) == 1 else None


def _window(ctx: Context, start: int, end: int, reach: int = 60) -> tuple[int, int]:
    """Where the cities and dates of a reference are looked for: its sentence, near it."""
    sent_start, sent_end = ctx.doc.sentence(start)
    return max(sent_start, start - reach), min(sent_end, end + 90)


def _proper_name_before(doc: Document, pos: int) -> bool:
    words = doc.folded[max(0, pos - 30) : pos].split()
    if not words or not doc.is_capitalized(pos):
        return False
    previous_start = pos - len(words[-1]) - 1
    return words[-1] not in DETERMINERS and previous_start >= 0 and doc.is_capitalized(previous_start)


_VERB_REACH = 120
# A meeting of named countries is its sentence's subject: its venue and time anywhere in the sentence.
_SENTENCE_REACH = 300
_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")
# "l'édition 2024 de la Convention …", "the 2024 edition of the …": the year of the edition named before
_EDITION_OF_YEAR = re.compile(
    r"(?:edition|session) ((?:19|20)\d\d) (?:de la|de l'|du|des|de|d')\s?$|((?:19|20)\d\d) edition of (?:the )?$"
)
# (or a participle of holding before it: "la session organisée à Marrakech", "the meeting held in Rabat")
_PLACE_LINK = re.compile(
    r"\s?(?:(?:tenue?s?|organisee?s?|held|hosted|convened|organi[sz]ed|المنعقده|المنظمه)\s)?(?:(?:de|d'|of|in|a|at|في)\s?)?"
)


def _attached_venue_or_year(ctx: Context, noun: re.Match[str]) -> tuple[bool, set[int]]:
    """Whether a city or a year is attached to the noun ('la session de Glasgow', 'دورة فيينا',
    'the Marrakech meeting', 'the 2025 meeting', 'Summit 2022'), and the attached years."""
    after = _PLACE_LINK.match(ctx.doc.folded, noun.end())
    at = after.end() if after else noun.end()
    year_after = YEAR.match(ctx.doc.folded, at)
    year_before = _YEAR_AT_END.search(ctx.doc.folded[max(0, noun.start() - 12) : noun.start()].rstrip())
    years = {int(m.group()) for m in (year_after, year_before) if m}
    place = bool(ctx.places_between(noun.end() + 1, at + 2)) or noun.start() - 1 in ctx.place_ends
    return place or bool(years), years


def _from_editions(
    ctx: Context, candidates: Iterable[int], start: int, end: int, years: set[int] | None = None
) -> list[Resolved]:
    """The known edition that the cities and years around a reference (same sentence) identify."""
    lo, hi = _window(ctx, start, end)
    cities = {p.city for p in ctx.places_between(lo, hi)}
    dated = [d for d in ctx.dates if lo <= d.pos < hi and d.kind != "weekday" and d.start]
    years = (years or set()) | {d.start.year for d in dated}
    months = {(d.start.year, d.start.month) for d in dated if d.start.month}
    if not cities and not years:
        return []
    for index in candidates:
        fitting = _fitting_editions(ctx.catalogue.series[index], cities, years, months, ctx.ref_year)
        if len(fitting) == 1:
            return [Resolved(index, fitting[0].ordinal, start, end, 0.7 if cities and years else 0.6)]
        if fitting:
            # The likelier series met there or then several times ("the session in Tunis", where
            # the council meets every year): a less likely series whose one edition fits is a guess.
            return []
    return []


def _in_months(edition: Edition, months: set[tuple[int, int | None]], *, strict: bool) -> bool:
    """Whether the edition's start or end month is one of `months`; an edition whose month is
    unknown is in (unless `strict`: several editions of the year, the month must tell them apart)."""
    known = [(d.year, d.month) for d in (edition.start, edition.end) if d and d.month]
    return any(m in months for m in known) if known else not strict


def _fitting_editions(
    series: Series, cities: set[str], years: set[int], months: set[tuple[int, int | None]], ref_year: int | None
) -> list[Edition]:
    """The series' editions that the cities, years and months around a reference fit."""
    editions = list(series.editions)
    if cities and years:
        return [e for e in editions if e.city in cities and e.year in years]
    if years:
        same_year = [e for e in editions if e.year in years]
        if months:  # a month the text gives that the edition's dates contradict: another session
            same_year = [e for e in same_year if _in_months(e, months, strict=len(same_year) > 1)]
        return same_year
    in_city = [e for e in editions if e.city in cities]
    if ref_year is not None:
        in_city = [e for e in in_city if e.year is None or abs(e.year - ref_year) <= 2]
    return in_city
