"""Detecting references to events — sessions of recurring meetings — in an article's text.

Articles identify a session the same way in French, Arabic and English: an ordinal, a meeting
noun and the series, named right there or earlier in the article ("la 92ème session de
l'Assemblée générale d'Interpol", "الدورة الحادية والخمسين للمجلس", "the group's fourth
ministerial meeting"). The field is narrow — a few dozen recurring series — so the detector is a
set of rules over a catalogue of series (events/knowledge/series.json, or EventSeries rows turned
into the same dicts), not a statistical model:

1. the text is folded once (text.normalize, offsets kept) and split into sentences;
2. the catalogue's series and organisation names, the cities (text.places) and the dates are
   found once per article;
3. *numbered references* are an ordinal (numerals or words, in three languages) tied to a meeting
   noun ("47e conférence", "الدورة الـ93", "forty-seventh annual conference", "sa 47è édition");
   ordinals of plans, phases, promotions or satellites have no meeting noun and are never read;
4. each numbered reference gets its series from the complement that follows it ("… du Conseil
   des ministres arabes de l'Intérieur", "… لقادة الشرطة والأمن العرب"); a complement that
   names a body outside the catalogue ("la 57e session de la CEA") drops it; a generic one ("du
   Conseil", "للمنظمة", none at all) leaves the choice to the article: the series named nearest
   (before rather than after), compatible with the meeting noun, and plausible for the ordinal at
   the publication date (a council at its 42nd session has no 50th);
5. *unnumbered references* ("la session de Glasgow", "the Interpol assembly in 2007",
   "الجمعية العامة المقبلة المقررة بمراكش سنة 2025") resolve through the series' known editions
   when the text gives their city or year;
6. references are merged per (series, ordinal) — one event whatever the language — with the best
   city and dates, and the event the article reports on is marked "subject", the others "mention".

`detect_events` is the one public entry point; `SeriesCatalogue.from_entries` (or `.from_json`)
builds the catalogue once per run. The steps live in small modules of this package: document (1),
catalogue, text.places and meeting_dates (2), ordinals, meeting_words and references (3),
complements and series_choice (4), unnumbered (5), this module (6); context holds what they
share per article.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from events.detection.candidates import (
    BETWEEN_WORD,
    antecedent_candidate,
    bare_group,
    body_key,
    catalogue_series_of_who_meets,
    folded_arabic_city,
    group_meeting,
    group_subject,
    is_acronym,
    joined_bodies_meeting,
    joint_subject_candidate,
    named_by_another_field,
    numbered_candidate,
    own_named_candidate,
    says_multilateral,
    session_of_candidate,
    session_of_numbered_series,
    sessions_by_acronym,
)
from events.detection.catalogue import Cue, SeriesCatalogue, with_introduced_acronyms
from events.detection.context import LOCATIVE_BEFORE, CandidateSeries, Context, Resolved
from events.detection.document import Document, inside, nearest_to
from events.detection.meeting_dates import date_expressions, dates_for
from events.detection.meeting_words import MEETING_HEADS, POSSESSIVE_BEFORE, YEARS
from events.detection.neighbours import neighbour_sessions
from events.detection.ordinals import arabic_ordinal_value, latin_ordinal_value
from events.detection.references import Reference, note, numbered_references
from events.detection.series_choice import (
    Reading,
    others_subject,
    read_reference,
    resolve_attached,
    resolve_from_context,
)
from events.detection.unnumbered import unnumbered_references
from events.detection.year_named import year_named_candidates
from events.naming import arabic_session_name, ordinal_en, ordinal_fr
from text.datelines import dateline_spans
from text.partial_date import PartialDate
from text.places import PlaceMatch, country_of_adjective, find_places
from text.script import is_arabic_text

__all__ = ["EventMention", "SeriesCatalogue", "arabic_ordinal_value", "detect_events", "latin_ordinal_value"]


# ---------------------------------------------------------------------------------------------
# Public result


@dataclass
class EventMention:
    """One event (a session of a series) that an article refers to, with its best evidence.

    `start`/`end` are offsets of the evidence in the text; `start_date`/`end_date` are the
    event's dates as far as the text states them."""

    series_name: str
    ordinal: int | None
    name: str
    city: str | None
    country: str | None
    start_date: PartialDate | None
    end_date: PartialDate | None
    relation: str  # "subject" or "mention"
    sentence: str
    start: int
    end: int
    surface: str
    method: str = "rule"
    confidence: float = 0.0
    mentions: int = 1  # how many references in the text were merged into this event
    # A series outside the catalogue (events.detection.candidates): its script-independent key and
    # the body's name as written; empty for the catalogue's series.
    candidate_key: str = ""
    candidate_body: str = ""
    candidate_name_en: str = ""  # the series' English name where it can be told (a joint body's)


# ---------------------------------------------------------------------------------------------
# Merging, relation, output

# Heads of a complement that name a meeting, not a body: "la 3e édition du forum" is the forum's.
_ONE_DAY = re.compile(r"d'une (?:seule )?journee|one day|single day|يوم واحد|ليوم واحد")
_ONE_DAY_WORDS = ("journee", "day", "يوم واحد")  # each match of _ONE_DAY holds one (a test before the search)


def _place_for(ctx: Context, res: Resolved, others: Sequence[tuple[int, int]] = ()) -> PlaceMatch | None:
    """The city of the reference's sentence, the dateline's excepted; a known edition's city wins,
    and contradicts others. A city nearer one of `others` (references to other meetings) is theirs
    ("… the decisions of its 44th meeting, to be submitted to the 25th summit due in Tianjin")."""
    start, end = ctx.doc.sentence(res.start)
    places = ctx.places_between(start, end)
    if not places:
        return None
    edition = ctx.catalogue.series[res.series].edition(res.ordinal) if res.candidate is None else None
    if edition is not None and edition.city:
        return next((p for p in places if p.city == edition.city), None)
    # A dateline ("Tunis, 2 mars (MAP) –") is the place of publication, not a venue; nor is a city
    # in the meeting's own name ("… of the Djibouti Code of Conduct").
    # Nor is a city naming a process, an initiative or a text ("Processus de Rabat", "the Accra
    # Initiative", "مسلسل الرباط"): the meeting of the Rabat Process is held elsewhere.
    folded = ctx.doc.folded
    sides = _sides(folded, places)
    places = [
        p
        for p in places
        if not inside(p.start, ctx.datelines)
        and not res.start <= p.start < res.end
        and not _names_a_text(folded, p)
        and p not in sides
    ]
    # Nor is the city of another meeting the sentence brings in after the reference ("le lieu de la
    # septième conférence sera arrêté lors d'une réunion des hauts fonctionnaires à Madrid").
    other = next(
        (n for n in ctx.noun_starts_between(res.end, end) if _INDEFINITE.search(folded, max(0, n - 7), n)), None
    )
    if other is not None:
        places = [p for p in places if p.start < other]
    rivals = [(a, b) for a, b in others if start <= a < end]
    if rivals:
        places = [p for p in places if nearest_to(p.start, (res.start, res.end), rivals)]
    if not places:
        return None
    # A venue is where the meeting is held ("à Saint-Louis", "in Doha", "في الدوحة", "dans la ville
    # andalouse de Cadix", "بمدينة قادس"); a capital without a locative word often stands for its
    # government ("Nouakchott et Dakar ouvrent …")
    venues = [
        p
        for p in places
        if LOCATIVE_BEFORE.search(folded, max(0, p.start - 6), p.start)
        or _CITY_OF_BEFORE.search(folded, max(0, p.start - 40), p.start)
        or _SCHEDULED_FOR_BEFORE.search(folded, max(0, p.start - 16), p.start)
    ]
    res.at_venue = bool(venues)
    return min(
        venues or places, key=lambda p: abs(p.start - res.end) if p.start >= res.end else 2 * (res.start - p.end)
    )


def _forum_city(ctx: Context, res: Resolved) -> PlaceMatch | None:
    """The city a city's forum is named by, written in the reference ("la troisième édition du Forum
    de Malaga sur la sécurité", its venue unnamed otherwise: "dans la ville andalouse"): such a forum
    is held in its city. None for any other meeting, or a reference that does not write the city
    ("l'édition 2024 du forum")."""
    candidate = res.candidate
    if candidate is None or not candidate.english or not candidate.key.startswith("year:"):
        return None
    return next((p for p in ctx.places_between(res.start, res.end) if p.city and p.city.lower() in candidate.key), None)


_BETWEEN_BEFORE = re.compile(rf"(?:\b|(?=بين)){BETWEEN_WORD} $")  # ("وبين": glued to "and")


def _sides(folded: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """Cities "between" which a meeting or a body stands ("le comité mixte entre Rabat et Madrid",
    "اللجنة المشتركة بين الرباط ومدريد"): capitals standing for their governments, not the venue."""
    sides = []
    for a, b in itertools.pairwise(places):
        gap = folded[a.end : b.start]
        if _BETWEEN_BEFORE.search(folded, max(0, a.start - 9), a.start) and (
            gap in (" et ", " and ") or (gap == " " and folded.startswith("و", b.start))
        ):
            sides += [a, b]
    return sides


# "scheduled for Djibouti", "slated for Accra", "set for Rabat": the venue of a meeting to come.
_SCHEDULED_FOR_BEFORE = re.compile(r"\b(?:scheduled|slated|set|planned) for $")
_INDEFINITE = re.compile(r"(?:\b(?:une?|an?|d'une?)) $")
# "dans la ville (andalouse) de", "in the (Spanish) city of", "في مدينة", "بالعاصمة": a locative
# before a city's common noun, one adjective allowed between.
_CITY_OF_BEFORE = re.compile(
    r"\b(?:dans|a|en) la (?:ville|capitale|cite)(?: [\w-]+)? (?:de |d')$"
    r"|\b(?:in|at) the (?:[\w-]+ )?(?:city|capital|town|port city|resort) of $"
    r"|(?:\bفي |(?:^|\s)[وف]?ب)(?:مدينه|العاصمه)(?: [\w-]+)? $"
)
# A city naming a process, an initiative or a text: "Processus de Rabat", "Initiative d'Accra",
# "Rabat Process", "Accra Initiative", "مسلسل الرباط", "إعلان مراكش".
_TEXT_BEFORE_CITY = re.compile(
    r"\b(?:processus|initiative|declaration|programme|pacte|plan d'action|strategie|charte|protocole|traite"
    r"|accords?|convention|code de conduite) (?:de |d')$"
    r"|(?:^|\s)[وفل]?(?:ال)?(?:مسلسل|مسار|عمليه|مبادره|اعلان|برنامج|ميثاق|اتفاق|اتفاقيه|مدونه سلوك|خطه عمل) $"
)
_TEXT_AFTER_CITY = re.compile(
    r" (?:process|initiative|declaration|programme|program|pact|action plan|plan of action|strategy|charter"
    r"|protocol|treaty|accords?|agreement|convention|code of conduct)\b"
)


def _names_a_text(folded: str, place: PlaceMatch) -> bool:
    """Whether the city at `place` names a process, an initiative or a text rather than a venue."""
    return bool(
        _TEXT_BEFORE_CITY.search(folded, max(0, place.start - 30), place.start)
        or _TEXT_AFTER_CITY.match(folded, place.end)
    )


def _merge(ctx: Context, resolved: list[Resolved]) -> list[EventMention]:
    groups: dict[tuple, list[Resolved]] = {}
    for res in resolved:
        others = [(r.start, r.end) for r in resolved if r.group != res.group]
        res.city = _place_for(ctx, res, others) or _forum_city(ctx, res)
        res.start_date, res.end_date = dates_for(ctx, res, others)
        groups.setdefault(res.group, []).append(res)
    _undate_previous(ctx, resolved)
    _year_named_into_numbered(ctx, groups)
    # the year of one numbered session of a series named by its year dates its others: "الدورة الرابعة"
    # in a report on the fifth, "القمة العالمية للشرطة 2026", is the 2025 summit (and "last year's
    # edition" is that one too)
    anchors = _year_anchors(ctx, groups)
    if anchors:
        _year_named_into_numbered(ctx, groups, anchors)
        anchors = _year_anchors(ctx, groups)
    events = [_event_of(ctx, key, refs, anchors) for key, refs in groups.items()]
    # A session named only as the next or previous one is never what the article reports on.
    eligible = [e for e, refs in zip(events, groups.values(), strict=True) if not all(r.relative for r in refs)]
    _mark_subject(ctx, eligible)
    _venue_here(ctx, events)
    events.sort(key=lambda e: e.start)
    return events


def _undate_previous(ctx: Context, resolved: list[Resolved]) -> None:
    """A previous session (a relative reference numbered before a session the article numbers) was held
    before the article appeared: a date of its sentence after the publication date is another's ("Cette
    session, qui se poursuivra jusqu'au mercredi 22 octobre, doit examiner le plan adopté lors de la
    précédente session")."""
    if ctx.published is None:
        return
    published = (ctx.published.year, ctx.published.month or 12, ctx.published.day or 31)
    for res in resolved:
        dates = [d for d in (res.start_date, res.end_date) if d is not None]
        if not res.relative or not dates or res.ordinal is None:
            continue
        if not any(
            not r.relative
            and r.series == res.series
            and r.candidate == res.candidate
            and (r.ordinal or 0) > res.ordinal
            for r in resolved
        ):
            continue
        if any((d.year, d.month or 0, d.day or 0) > published for d in dates):
            res.start_date = res.end_date = None


def _year_anchors(ctx: Context, groups: dict[tuple, list[Resolved]]) -> dict[int, tuple[int, int]]:
    """The (ordinal, year) that one of the article's numbered sessions of a catalogue series named by
    its year gives (the year it is named by, else the year it is dated in), by series."""
    anchors = {}
    for key, refs in groups.items():
        if not isinstance(key[0], int) or key[0] < 0 or key[1] is None or not ctx.catalogue.series[key[0]].year_named:
            continue
        year = next((r.year for r in refs if r.year is not None), None)
        year = year or next((r.start_date.year for r in refs if r.start_date is not None and not r.relative), None)
        if year is not None:
            anchors.setdefault(key[0], (key[1], year))
    return anchors


def _year_named_into_numbered(
    ctx: Context, groups: dict[tuple, list[Resolved]], anchors: dict[int, tuple[int, int]] | None = None
) -> None:
    """A meeting named by its year ("Marrakech Security Forum 2017") is the one numbered session of
    its series the article dates in that year ("la 8e édition du Forum …, les 17 et 18 février
    2017"), or the one it numbers without a date ("الدورة الثالثة للمنتدى …" and "المنتدى … 2026"
    in one report): one event, not two."""
    for key in [k for k in groups if k[1] is None and k[2] is not None]:
        series, _, year = key
        numbered = [k for k in groups if k[1] is not None and _same_series(series, k[0])]
        dated = [
            k
            for k in numbered
            if any(r.start_date is not None and r.start_date.year == year for r in groups[k])
            or (isinstance(k[0], int) and ctx.catalogue.series[k[0]].year_of(k[1]) == year)
            or (k[0] in (anchors or {}) and anchors[k[0]][1] + k[1] - anchors[k[0]][0] == year)
        ]
        undated = [k for k in numbered if all(r.start_date is None and not r.relative for r in groups[k])]
        # (or the one whose reference the name completes: "الدورة العاشرة من "القمة العالمية للشرطة 2031"", or
        # that follows the name as its own: ""قمة شرطة العالم 2031" في دورتها العاشرة")
        completed = [
            k
            for k in numbered
            if any(0 <= y.start - r.end <= 8 or 0 <= r.start - y.end <= 8 for r in groups[k] for y in groups[key])
        ]
        if len(completed) == 1 and len(dated) != 1:
            dated = completed
        if len(dated) == 1:
            groups[dated[0]].extend(groups.pop(key))
        elif not dated and len(numbered) == 1 and undated:
            groups[undated[0]].extend(groups.pop(key))


def _same_series(year_named: object, numbered: object) -> bool:
    """Whether a series met named by its year is the one met numbered: the same series, or two
    candidate series whose keys differ only by the meeting's noun, which an edition's complement
    leaves out ("la 3e édition du Forum africain de …" keys the forum by what follows its noun)."""
    if year_named == numbered:
        return True
    if not (isinstance(year_named, str) and isinstance(numbered, str)):
        return False
    year_words = year_named.partition(":")[2].split()
    numbered_words = numbered.partition(":")[2].split()
    if len(year_words) == len(numbered_words) + 1 and set(numbered_words) < set(year_words):
        return True
    # a city's forum named short by its year ("Forum de Dakar 2025") and in full with its number ("la
    # dixième édition du Forum international de Dakar sur la paix …"): both keyed by the city's forum
    both_city_forums = year_named.startswith("year:") and numbered.startswith("year:")
    return both_city_forums and set(year_words) < set(numbered_words)


_HERE = re.compile(r"\b(?:here|ici)\b")
# "in the Nigerien capital", "dans la capitale mauritanienne", "في العاصمة الموريتانية": the capital of the
# country an adjective names, which the dateline's city is when it is that country's.
_THE_CAPITAL = re.compile(
    r"\b(?:in|at) the (?P<en>[\w-]+) capital\b|\b(?:dans|a) la capitale (?P<fr>[\w-]+)"
    r"|(?:\bفي |(?:^|\s)[وف]?ب)العاصمه (?P<ar>[\w-]+)"
)


def _venue_here(ctx: Context, events: list[EventMention]) -> None:
    """A wire's lead that says a meeting opened "here" ("NOUAKCHOTT, Oct. 15 (Xinhua) -- Police chiefs
    opened a two-day conference here on Tuesday"), or in the capital of the dateline city's country
    ("… wrapping up a two-day meeting in the Nigerien capital"), places it in its dateline's city: the
    subject, when no sentence gave it a venue. A dateline alone stays the place of publication."""
    subject = next((e for e in events if e.relation == "subject"), None)
    if subject is None or subject.city or not ctx.datelines:
        return
    # (the first dateline with a city: a byline with its date above it is read as one too)
    place = next((p for p in ctx.places if p.city and inside(p.start, ctx.datelines)), None)
    if place is None:
        return
    lead_start, lead_end = ctx.doc.sentence(place.start)
    here = _HERE.search(ctx.doc.folded, lead_start, lead_end)
    capital = _THE_CAPITAL.search(ctx.doc.folded, lead_start, lead_end)
    if capital is not None and country_of_adjective(next(w for w in capital.groups() if w)) == place.country:
        here = here or capital
    said_here = here is not None and any(lead_start <= noun.start() < here.start() for noun in ctx.meeting_nouns)
    if said_here or _held_today_here(ctx, place, lead_start, lead_end):
        subject.city, subject.country = place.city, place.country


def _held_today_here(ctx: Context, place: PlaceMatch, lead_start: int, lead_end: int) -> bool:
    """A lead that says, after its dateline, that a meeting was held, opened or closed today and names
    no other city ("أديس أبابا – عقد مجلس السلم والأمن … اليوم الإثنين اجتماعه رقم 1290"): it was held
    in the dateline's city (a minister who "took part today" somewhere else names that place)."""
    folded = ctx.doc.folded
    return (
        _TODAY.search(folded, lead_start, lead_end) is not None
        and _HELD.search(folded, lead_start, lead_end) is not None
        and any(lead_start <= noun.start() < lead_end for noun in ctx.meeting_nouns)
        and all(p.city == place.city for p in ctx.places if lead_start <= p.start < lead_end)
    )


_TODAY = re.compile(r"\b(?:today|aujourd'hui)\b|(?<!\S)اليوم(?!\S)")
_HELD = re.compile(
    r"\b(?:held|opened|convened|hosted|s'est ouverte?|s'est tenue?|a tenu|a abrite|a accueilli)\b"
    r"|(?<!\S)[وف]?(?:عقد|عقدت|انعقد|انعقدت|احتضن|احتضنت|افتتح|افتتحت|اختتم|اختتمت|انطلق|انطلقت)(?!\S)"
)


def _precision_rank(date: PartialDate | None) -> int:
    return 0 if date is None else {"year": 1, "month": 2, "day": 3}[date.precision]


def _event_of(
    ctx: Context, key: tuple, refs: list[Resolved], anchors: dict[int, tuple[int, int]] | None = None
) -> EventMention:
    candidate = refs[0].candidate
    year = None
    if candidate is None:
        series = ctx.catalogue.series[key[0]]
        # (a numbered session of a series named by its year: "la 21e édition" of the Manama Dialogue is its
        # 2025's, or the year the article names it by: "الدورة الخامسة من القمة العالمية للشرطة 2026")
        year = key[2]
        if year is None and key[1] is not None and series.year_named:
            year = series.year_of(key[1]) or next((r.year for r in refs if r.year is not None), None)
            anchor = (anchors or {}).get(key[0])
            if year is None and anchor is not None:
                year = anchor[1] + key[1] - anchor[0]
        series_name, name = series.name, series.event_name(key[1], year)
    else:
        series_name = candidate.label
        name = _candidate_session_name(candidate.label, key[1], key[2])
    best = max(refs, key=lambda r: (r.confidence, -r.start))
    # a city written as the venue wins over a bare one ("Rabat et Madrid tiennent la 15e réunion …" in
    # the headline, "… s'est tenue à Rabat" below: the two capitals stand for their governments)
    with_city = [r.city for r in refs if r.city and r.at_venue] or [r.city for r in refs if r.city]
    city = Counter((p.city, p.country) for p in with_city).most_common(1)[0][0] if with_city else (None, None)
    start_date = max((r.start_date for r in refs), key=_precision_rank, default=None)
    end_date = max((r.end_date for r in refs), key=_precision_rank, default=None)
    if candidate is None and start_date is None and year is not None and ctx.catalogue.series[key[0]].year_named:
        # a session of a series named by its year is of that year, whichever date its sentence gives:
        # linking joins it to the same session another article names by its number or its year
        start_date = PartialDate(year)
    if start_date and end_date and end_date.first_day() < start_date.first_day():
        end_date = None
    orig_start, orig_end = ctx.doc.to_original(best.start, best.end)
    sent_start, sent_end = ctx.doc.sentence(best.start)
    confidence = min(0.99, best.confidence + 0.02 * (len(refs) - 1))
    return EventMention(
        series_name=series_name,
        ordinal=key[1],
        name=name,
        city=city[0],
        country=city[1],
        start_date=start_date,
        end_date=end_date,
        relation="mention",
        sentence=ctx.doc.original_text(sent_start, sent_end).strip()[:2000],
        start=orig_start,
        end=orig_end,
        surface=ctx.doc.original[orig_start:orig_end],
        confidence=round(confidence, 2),
        mentions=len(refs),
        candidate_key=candidate.key if candidate else "",
        candidate_body=candidate.body if candidate else "",
        candidate_name_en=candidate.english if candidate else "",
    )


def _candidate_session_name(label: str, ordinal: int | None, year: int | None) -> str:
    """'45th ASEANAPOL Conference', 'المؤتمر 44 لرؤساء أجهزة الشرطة' (events.naming), a session
    named by its year 'X 2025'."""
    if not ordinal:
        return f"{label} {year}"
    if is_arabic_text(label):
        return arabic_session_name(label, ordinal)
    if _FRENCH_LABEL.search(label):
        return f"{ordinal_fr(ordinal)} {label}"  # "7e réunion ministérielle du Processus de Nouakchott"
    return f"{ordinal_en(ordinal)} {label}"


# A label written in French, as a French article names a meeting outside the catalogue: its function words.
_FRENCH_LABEL = re.compile(r"(?:^|\s)(?:du|des|de|de la|la|le|les|pour|sur|et)\s|(?:^|\s)[dl]['’]")


def _period(ctx: Context, event: EventMention) -> tuple[dt.date, dt.date] | None:
    index = ctx.catalogue.index_of(event.series_name)
    edition = ctx.catalogue.series[index].edition(event.ordinal) if index is not None and event.ordinal else None
    first = (edition.start if edition else None) or event.start_date
    last = (edition.end if edition else None) or event.end_date or first
    first = first or last  # "jusqu'au 18 juin": a session known by its last day only
    if first is None or last is None:
        return None
    return first.first_day(), _last_day(last)


def _last_day(date: PartialDate) -> dt.date:
    if date.day:
        return date.first_day()
    if date.month:
        following = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(date.year, 12, 31)


def _mark_subject(ctx: Context, events: list[EventMention]) -> None:
    """The event the article reports on: happening around the publication date, named early,
    named often. Exactly one per article; the others are mentions."""
    if not events:
        return
    order = sorted(events, key=lambda e: e.start)
    published = _published_period(ctx.published)
    scores = []
    for event in events:
        score = 1.5 if event is order[0] else 0.0
        score += 0.5 * min(event.mentions, 4)
        period = _period(ctx, event)
        if published and period:
            if period[0] - dt.timedelta(days=60) <= published[1] and published[0] <= period[1] + dt.timedelta(days=30):
                score += 3.0
            else:
                score -= 3.0
        scores.append(score)
    events[scores.index(max(scores))].relation = "subject"


def _published_period(published: PartialDate | None) -> tuple[dt.date, dt.date] | None:
    if published is None or published.month is None:
        return None
    return published.first_day(), _last_day(published)


def _reference_year(doc: Document, published: PartialDate | None) -> int | None:
    if published is not None:
        return published.year
    years = Counter(int(m.group(1)) for m in YEARS.finditer(doc.folded))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _one_day_subject(ctx: Context, events: list[EventMention]) -> None:
    for event in events:
        one_day = event.start_date and event.start_date.day and event.end_date is None
        if event.relation == "subject" and one_day and _says_one_day(ctx.doc.folded):
            event.end_date = event.start_date


def _says_one_day(folded: str) -> bool:
    """`_ONE_DAY.search(folded)`, skipped in a text without its words: the pattern's first letters
    are common ones, and the regex engine tries it at each of them."""
    return any(word in folded for word in _ONE_DAY_WORDS) and _ONE_DAY.search(folded) is not None


# ---------------------------------------------------------------------------------------------
# The entry point


def detect_events(
    text: str,
    language: str,
    *,
    published: PartialDate | None,
    catalogue: SeriesCatalogue,
    debug: list[str] | None = None,
) -> list[EventMention]:
    """The events (sessions of the catalogue's series) that `text` refers to, one per
    (series, ordinal), in order of first mention. `language` is informative: French, Arabic and
    English rules all run, since articles quote names in other languages. Pass a list as `debug`
    to collect why candidate references were dropped."""
    del language  # every language's rules run on every text
    doc = Document.of(text)
    cues = with_introduced_acronyms(doc, catalogue.find_cues(doc))
    ctx = Context(
        doc=doc,
        catalogue=catalogue,
        cues=cues,
        cue_at=_longest_at(cues),
        cues_by_series=_by_series(cues),
        places=[PlaceMatch(doc.to_folded(p.start), doc.to_folded(p.end), p.city, p.country) for p in find_places(text)],
        dates=date_expressions(doc, published),
        published=published,
        ref_year=_reference_year(doc, published),
        debug=debug,
        datelines=[(doc.to_folded(a), doc.to_folded(b)) for a, b in dateline_spans(text)],
    )
    readings = [
        read_reference(ctx, ref) for ref in numbered_references(doc, ctx.cue_at, debug, catalogue, ctx.meeting_nouns)
    ]
    resolved: list[Resolved] = []
    taken: list[tuple[int, int]] = []
    bare: list[Reading] = []  # numbered meetings named by no body: an edition of the article's forum, below
    guessed: list[Resolved] = []  # editions naming no body, their series guessed from the article's context
    # References naming their series first, then those naming a body outside the catalogue: the
    # series they establish guide the others.
    of_this: list[Reading] = []  # "la première réunion de ce format": the series of a session numbered before
    # (then those whose complement names a body before the bare ones, "دورتها الخامسة" in a headline
    # above "الدورة الخامسة للجنة الأمنية المشتركة …": the bare one is then the session named)
    for reading in sorted(readings, key=lambda r: (r.cue is None, not r.foreign, _bare(ctx, r), r.ref.start)):
        if (reading.foreign or reading.cue is None) and _OF_THIS.match(doc.folded, reading.ref.end):
            # ("la 53e édition de ce rendez-vous des polices européennes": no body of its own, the series
            # numbered before)
            of_this.append(reading)
            continue
        if reading.foreign:
            found = []
        elif folded_arabic_city(ctx, reading.ref):
            # "مؤتمر بغداد الدولي الثاني لمكافحة المخدرات": the city's own conference, whatever series its
            # theme's words may name (candidates.numbered_candidate)
            found = numbered_candidate(ctx, reading.ref, resolved)
        elif reading.cue:
            # "قادة الشرطة بدول مجلس التعاون … اجتماعهم السادس والعشرين": the organisation named before "their"
            # meeting, by who meets in it: theirs, not the organisation's series (as in the branch below)
            before = reading.cue is not reading.ref.cue and reading.complement.cue is None
            others = others_subject(ctx, reading.ref) if before else None
            found = group_meeting(ctx, reading.ref, *others) if others else []
            found = found or joined_bodies_meeting(ctx, reading.ref, reading.cue) or resolve_attached(ctx, reading)
        else:
            # "of the forum", "de la conférence" refer back to the meeting the article reports on, "de la
            # huitième session du groupe" to the group whose session it reports on
            back = _bare(ctx, reading)
            found = session_of_candidate(reading.ref, resolved, reading.complement.heads) if back else []
            found = found or own_named_candidate(ctx, reading.ref, resolved)
            found = found or antecedent_candidate(ctx, reading.ref, resolved)
            found = found or joint_subject_candidate(ctx, reading.ref)
            if not found and says_multilateral(ctx, reading.ref):
                # "their third quadrilateral meeting": the countries' own series, not one the context guesses
                found = numbered_candidate(ctx, reading.ref, resolved)
            if not found and (others := others_subject(ctx, reading.ref)):
                # "Police chiefs of the GCC states held their 41st meeting": theirs, not the Council's
                found = numbered_candidate(ctx, reading.ref, resolved) or group_meeting(ctx, reading.ref, *others)
            if not found and group_subject(ctx, reading.ref, bodies_only=True) is not None:
                # "La veille, le Comité de pilotage d'X avait tenu sa 14e session": the subject's own
                # meeting, not a series the article's context guesses
                found = numbered_candidate(ctx, reading.ref, resolved)
            if not found and back:
                # (a session the article numbers itself, not one its context guessed)
                anchors = [r for r in resolved if all(r is not g for g in guessed)]
                found = session_of_numbered_series(ctx, reading.ref, reading.classes, anchors)
            if not found:
                # "Interior ministers of the Western Mediterranean "5+5" group … their 20th conference": the
                # catalogue's series the reference's own sentence names by who meets, before one the context guesses
                found = catalogue_series_of_who_meets(ctx, reading.ref)
            if not found:
                found = resolve_from_context(ctx, reading)
                found = named_by_another_field(ctx, reading.ref, found, resolved)
                if reading.ref.noun_class == "edition":
                    guessed.extend(found)
        possessive = POSSESSIVE_BEFORE.search(doc.folded, max(0, reading.ref.start - 8), reading.ref.start)
        if not found and reading.cue is not None and possessive:
            # "The Peace and Security Council (PSC) of the African Union (AU), at its 1247th meeting":
            # the Union holds no such meeting, the body named first with its acronym does.
            found = numbered_candidate(ctx, reading.ref, resolved)
        if not found and reading.cue is None:
            # A body outside the catalogue named with the reference: a session of a candidate series.
            found = numbered_candidate(ctx, reading.ref, resolved)
            if not found:
                note(debug, f"dropped {doc.folded[reading.ref.start : reading.ref.end]!r}: no series and no body named")
                if not reading.complement.heads - MEETING_HEADS:
                    bare.append(reading)
        resolved.extend(found)
        if found:
            taken.append((reading.ref.start, reading.complement.end))
    _one_candidate_per_session(resolved)
    _catalogue_session_named_otherwise(ctx, resolved)
    for reading in of_this:
        # (none numbered before: "the first trilateral meeting of its kind between the three": its own)
        found = _of_the_series_before(reading.ref, resolved) or numbered_candidate(ctx, reading.ref, resolved)
        resolved.extend(found)
        if found:
            taken.append((reading.ref.start, reading.complement.end))
    numbered = list(resolved)
    own_meeting = any(r.candidate is not None for r in numbered)
    numbered_series = frozenset(r.series for r in numbered if r.candidate is None)
    resolved.extend(
        unnumbered_references(
            ctx, taken, numbered=bool(numbered), own_meeting=own_meeting, numbered_series=numbered_series
        )
    )
    resolved.extend(neighbour_sessions(ctx, numbered, taken + [(r.start, r.end) for r in resolved]))
    resolved.extend(year_named_candidates(ctx, taken + [(r.start, r.end) for r in resolved]))
    resolved.extend(sessions_by_acronym(ctx, resolved, taken + [(r.start, r.end) for r in resolved]))
    if guessed and any(r.year is not None and r.candidate is not None for r in resolved):
        # "la deuxième édition du « Forum X 2025 »": in an article on a meeting named by its year, an
        # edition naming no body is that meeting's, not a catalogue series' guessed from the context
        dropped = {id(g) for g in guessed}
        resolved = [r for r in resolved if id(r) not in dropped]
    resolved.extend(_editions_by_year(ctx, resolved))
    resolved.extend(_editions_of_year_named(bare, resolved))
    events = _merge(ctx, resolved)
    _one_day_subject(ctx, events)
    return events


def _bare(ctx: Context, reading: Reading) -> bool:
    """Whether a reference names no body of its own: its complement a meeting's noun at most, or a
    group's common noun ("de la sixième session du groupe": the group named before)."""
    heads = reading.complement.heads - MEETING_HEADS
    return not heads or (heads == {"organization"} and bare_group(ctx, reading.ref))


def _editions_of_year_named(bare: list[Reading], resolved: list[Resolved]) -> list[Resolved]:
    """Numbered editions that name no body ("the fourth edition would take place in 2027", "la
    prochaine, la 5e édition") in an article whose one meeting outside the catalogue is named by its
    year ("the African X Forum 2026"): editions of that forum's series, as `session_of_candidate`
    reads them after a numbered one."""
    if not bare or any(r.candidate is None or r.ordinal is not None for r in resolved):
        return []
    series = {r.candidate.key: r.candidate for r in resolved if r.year is not None}
    if len(series) != 1:
        return []
    (candidate,) = series.values()
    return [
        Resolved(-1, ordinal, reading.ref.start, reading.ref.end, 0.55, candidate=candidate)
        for reading in bare
        if reading.ref.noun_class == "edition"
        for ordinal in reading.ref.ordinals
    ]


# Another year's edition of a meeting named by its year, by its year alone: "l'édition 2022", "the 2022
# edition", "le sommet de 2026", "the 2026 summit", "نسخة 2022", "دورة 2022".
_EDITION_OF_YEAR = re.compile(
    r"\b(?:edition|session|sommet|summit|forum) (?:de |of )?(?P<after>(?:19|20)\d\d)\b"
    r"|\b(?P<before>(?:19|20)\d\d) (?:edition|session|summit|forum)\b"
    r"|(?:نسخه|دوره) (?P<ar>(?:19|20)\d\d)\b"
)


# The edition of the year before or after the one the article names: "last year's edition", "l'édition
# de l'an dernier", "la session de l'année prochaine", "نسخة العام الماضي", "دورة العام المقبل".
_EDITION_OF_LAST_YEAR = re.compile(
    r"\b(?:last|(?P<next_en>next)) year's (?:edition|session|summit|forum)\b"
    r"|\b(?:edition|session|sommet|forum) de l'(?:an|annee) "
    r"(?:dernier|derniere|passee|(?P<next_fr>prochain|prochaine))\b"
    r"|(?:نسخه|دوره) العام (?:الماضي|المنصرم|السابق|(?P<next_ar>المقبل|القادم))"
)


def _editions_by_year(ctx: Context, resolved: list[Resolved]) -> list[Resolved]:
    """Editions of the article's one year-named series that it names by their year alone ("Le World
    Police Summit 2023 … L'édition 2022 avait attiré …"): mentions of that series' other years."""
    named = [r for r in resolved if r.year is not None and r.ordinal is None]
    if not named and not ctx.established:
        # ("la quatrième édition du Forum de Nouakchott …" and "l'édition 2024 du forum": the editions of
        # the one meeting outside the catalogue the article numbers, by their year)
        numbered = [r for r in resolved if r.candidate is not None and r.ordinal is not None and not r.relative]
        if len({r.candidate.key for r in numbered}) == 1:
            years = {r.start_date.year for r in numbered if r.start_date is not None}
            current = years.pop() if len(years) == 1 else ctx.published.year if ctx.published else None
            if current is not None:
                named = [replace(numbered[0], year=current)]
    if not named or len({r.group[0] for r in named}) != 1:
        return []
    first, years = named[0], {r.year for r in named}
    found = []
    relative = [
        (m, first.year + (1 if m.group("next_en") or m.group("next_fr") or m.group("next_ar") else -1))
        for m in _EDITION_OF_LAST_YEAR.finditer(ctx.doc.folded)
    ]
    stated = [
        (m, int(m.group("after") or m.group("before") or m.group("ar")))
        for m in _EDITION_OF_YEAR.finditer(ctx.doc.folded)
    ]
    for m, year in sorted(stated + relative, key=lambda item: item[0].start()):
        if year not in years:
            years.add(year)
            found.append(Resolved(first.series, None, m.start(), m.end(), 0.5, year=year, candidate=first.candidate))
    return found


def _one_candidate_per_session(resolved: list[Resolved]) -> None:
    """One session of an article named twice, once short and once whole ("la 26e Assemblée générale
    annuelle des chefs de police d'Afrique de l'Est", then "la 26e Assemblée générale annuelle de
    l'Organisation de coopération des chefs de police d'Afrique de l'Est (EAPCCO)"): the same kind
    and ordinal, and every word of the short name in the whole one. The short one takes the whole
    one's series, so that the article has one event and its key is the one other articles share (the
    same name given once with its acronym: the acronym's)."""
    candidates = [r for r in resolved if r.candidate is not None and r.ordinal is not None]
    words = {id(r): set(body_key(r.candidate.label).split()) for r in candidates}
    # a body's acronym in the short name stands for words the whole name spells out: "la 44e
    # Conférence des chefs de police de l'ASEAN", then "… de l'Association des nations de l'Asie du
    # Sud-Est (ASEANAPOL)"; with two words at least shared besides
    acronyms = {id(r): {body_key(w) for w in r.candidate.label.split() if _ACRONYM_WORD.search(w)} for r in candidates}
    whole: dict[str, CandidateSeries] = {}  # the short name's key → the whole name's series
    for short in candidates:
        wider = [
            r
            for r in candidates
            if r.candidate.key != short.candidate.key
            and r.ordinal == short.ordinal
            and r.candidate.kind == short.candidate.kind
            and (
                words[id(short)] < words[id(r)]
                # the same name, once with its acronym ("(AMMTC)"): the acronym keys the series
                or (words[id(short)] == words[id(r)] and is_acronym(r.candidate.body))
                or (
                    words[id(short)] - words[id(r)] <= acronyms[id(short)]
                    and len(words[id(short)] & words[id(r)]) >= 2
                    and words[id(short)] - words[id(r)]
                )
            )
        ]
        if len({r.candidate.key for r in wider}) == 1:
            whole[short.candidate.key] = wider[0].candidate
    for res in resolved:  # its other sessions too ("la 25e Assemblée, tenue à Kigali")
        if res.candidate is not None and res.candidate.key in whole:
            res.candidate = whole[res.candidate.key]


# A meeting's complement that points back: "de ce format", "of this mechanism", "لهذه الآلية".
# (or "of its kind": "à l'issue de la quatrième rencontre du genre"; "of the format", "du format")
_OF_THIS = re.compile(
    r" (?:de (?:ce|cet|cette)|of (?:this|that)|du meme|of the same) |\s?(?:لهذا|لهذه) "
    r"| (?:du genre|of (?:its|this) kind|(?:du|of the) format)\b"
)


def _of_the_series_before(ref: Reference, resolved: list[Resolved]) -> list[Resolved]:
    """ "La première réunion de ce format s'était tenue à Amman": a session of the series whose session
    the article numbered last before it (a body outside the catalogue or the catalogue's)."""
    before = [r for r in resolved if r.start < ref.start and r.ordinal is not None]
    if not before:
        return []
    last = max(before, key=lambda r: r.start)
    return [Resolved(last.series, n, ref.start, ref.end, 0.55, candidate=last.candidate) for n in ref.ordinals]


def _catalogue_session_named_otherwise(ctx: Context, resolved: list[Resolved]) -> None:
    """A session of a body outside the catalogue whose every word one name of a catalogue series
    holds, that series numbering the same session in the article ("the 52nd meeting of Naif Arab
    University's Supreme Council" in a headline, "the 52nd session of the Supreme Council of Naif Arab
    University for Security Sciences" below it): that series' session, and its other sessions too."""
    known: dict[int, set[int]] = {}
    for res in resolved:
        if res.candidate is None and res.ordinal is not None:
            known.setdefault(res.ordinal, set()).add(res.series)
    series_of: dict[str, int] = {}
    for res in resolved:
        if res.candidate is None or res.ordinal is None or len(known.get(res.ordinal, ())) != 1:
            continue
        (series,) = known[res.ordinal]
        words = frozenset(_possessive_key(res.candidate.body).split())
        if len(words) >= 2 and ctx.catalogue.named_holding(series, words, _possessive_key):
            series_of[res.candidate.key] = series
    for res in resolved:
        if res.candidate is not None and res.candidate.key in series_of:
            res.series, res.candidate = series_of[res.candidate.key], None


def _possessive_key(name: str) -> str:
    """`body_key` of a name, an English possessive's "'s" left out ("University's": "University")."""
    return body_key(_POSSESSIVE_S.sub("", name))


_POSSESSIVE_S = re.compile(r"['’]s\b")


# A word in capitals, three letters or more, after an elided article or not ("l'ASEAN", "SADC").
_ACRONYM_WORD = re.compile(r"(?:^|['’])[A-Z]{3,}$")


def _longest_at(cues: list[Cue]) -> dict[int, Cue]:
    """Cues by their start (the name index never returns overlapping names)."""
    return {cue.start: cue for cue in cues}


def _by_series(cues: list[Cue]) -> dict[int, list[tuple[Cue, float]]]:
    by: dict[int, list[tuple[Cue, float]]] = {}
    for cue in cues:
        for target in cue.targets:
            by.setdefault(target.series, []).append((cue, target.weight))
    return by
