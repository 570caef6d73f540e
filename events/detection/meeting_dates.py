"""Dates of meetings: text.dates finds the dates of the text; here they become date
expressions (ranges, days, months, years, bare weekdays) and the start and end of a reference."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from events.detection.catalogue import Edition
from events.detection.context import Context, DateExpr, Resolved
from events.detection.document import Document, inside, nearest_to
from text.dates import find_dates, month_names, parse_date_range
from text.normalize import normalize_name
from text.partial_date import PartialDate
from text.scanning import Anchored, SpanIndex
from text.wordlists import fold_all, split_words

# Monday is 0, as datetime counts.
_WEEKDAY_NUMBER = {
    normalize_name(word): number % 7
    for number, word in enumerate(
        split_words(
            "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday "
            "sunday الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
        )
    )
}
_WEEKDAYS = fold_all(_WEEKDAY_NUMBER)
# Tried only where a weekday or a year (its first two digits, after "en "/"سنه ") is written.
_WEEKDAY_ONLY = Anchored(re.compile(rf"(?<![\w])(?:{'|'.join(_WEEKDAYS)})(?![\w])(?!\s\d)"), _WEEKDAYS)
_YEAR_ONLY = Anchored(
    re.compile(r"(?<![\w])(?:en|in|سنه|عام|de|of)\s(?P<year>(?:19|20)\d\d)(?:م)?(?![\w])"), ["19", "20"], reach=4
)
# A month named without a day or a year after "en", "in", "في" ("tenue à Nouakchott en janvier",
# "held in January", "في يناير الماضي"): its year is the publication's (or the next or previous one).
_MONTH_BY_NAME = {normalize_name(name): month for name, month in month_names().items()}
# The words that name a month or a day of the week (folded): a date's, never a word of a meeting's name ("last
# November's Dakar Forum" is the Dakar Forum).
CALENDAR_WORDS = frozenset(_MONTH_BY_NAME) | frozenset(_WEEKDAY_NUMBER)
_BARE_MONTH = re.compile(
    r"(?<![\w])(?:en|in|during|au mois de|في|خلال|في شهر|خلال شهر"
    # a part of the month: "à la mi-février", "mid-February", "early March", "fin juin", "منتصف فبراير"
    r"|mi|mid|early|late|debut|fin|منتصف|مطلع|اواخر|بدايه|اوائل"
    r"|(?:a la |au )?(?:fin |debut |mi )?du mois de)\s"
    rf"(?P<month>{'|'.join(sorted(map(re.escape, _MONTH_BY_NAME), key=len, reverse=True))})(?![\w])(?!\s?\d)"
)
_BARE_MONTHS = Anchored(
    _BARE_MONTH,
    [f"{word} " for word in split_words("en in during في خلال mi mid early late debut fin منتصف مطلع اواخر بدايه")]
    + ["au mois", "du mois", "اوائل "],
)
# A month said by where it stands from the publication's (folded): "last month", "le mois dernier", "الشهر
# الماضي" (the month before), "next month", "le mois prochain", "الشهر المقبل" (the month after), "this month",
# "هذا الشهر" (the publication's), and a month
# named after "last"/"next" ("last November's Dakar Forum": the last November before the article).
_RELATIVE_MONTH = re.compile(
    r"(?<![\w])(?:(?P<last>last month|le mois (?:dernier|passe)|الشهر (?:الماضي|المنصرم))"
    r"|(?P<next>next month|le mois prochain|الشهر (?:المقبل|القادم))"
    r"|(?P<this>this month|ce mois(?:-ci)?|هذا الشهر|الشهر الجاري)"
    rf"|(?P<rel>last|next) (?P<month>{'|'.join(sorted(map(re.escape, _MONTH_BY_NAME), key=len, reverse=True))}))"
    r"(?![\w])(?!\s?\d)"
)
_RELATIVE_MONTHS = Anchored(_RELATIVE_MONTH, ["last ", "next ", "this ", "le mois", "ce mois", "الشهر ", "هذا "])
# "du 4 au 7 novembre": what stands before the date that ends a range, or between two dates.
_RANGE_BEFORE = re.compile(r"(?<![\d])\d{1,2}(?:\s?er)?\s*(?:au|à|a|to|through|and|et|-|–|إلى|الى|حتى|و)\s*$", re.I)
_RANGE_BETWEEN = re.compile(r"\s*(?:au|à|a|to|through|until|-|–|إلى|الى|حتى)\s*(?:le\s+)?", re.I)
_RANGE_AFTER = re.compile(r"\s?[-–]\s?\d{1,2}(?!\d)")
_NEXT = re.compile(r"^\W*(?:prochaine?|next|coming|المقبل|القادم)", re.I)
# A month of the year after or before the publication's, said so: "mai de l'année prochaine", "May next year",
# "مايو من العام المقبل", "مارس من السنة الماضية" (original or folded text).
_OF_NEXT_YEAR = re.compile(
    r"^\W*(?:(?:de |of )?(?:l'ann[ée]e prochaine|l'an prochain|next year)|من (?:العام|السن[ةه]) (?:المقبل|القادم))",
    re.I,
)
_OF_LAST_YEAR = re.compile(
    r"^\W*(?:(?:de |of )?(?:l'ann[ée]e (?:derni[èe]re|pass[ée]e)|l'an dernier|last year)"
    r"|من (?:العام|السن[ةه]) (?:الماضي|المنصرم|السابق))",
    re.I,
)
_NEXT_BEFORE = re.compile(r"(?:next|coming|this)\s$")  # "next Wednesday" (folded text)
# A sentence that speaks of a session to come: a bare weekday in it dates something else (the
# announcement), never the session. Folded forms.
_FUTURE = re.compile(
    r"(?<![\w])(?:se tiendr\w*|aura lieu|auront lieu|se deroulera\w*|accueillera\w*|abritera\w*|prochaine?|will|"
    r"shall|to be held|next|upcoming|ستعقد|سيعقد|ستنعقد|سينعقد|ستحتضن|سيحتضن|المقبله|المقبل|القادمه|القادم)(?![\w])"
)
# What every match of `_FUTURE` opens with (its words, up to the first optional part).
_FUTURE_OPENINGS = (
    *split_words("will shall next upcoming prochain accueillera abritera ستعقد سيعقد ستنعقد سينعقد ستحتضن سيحتضن"),
    *("se tiendr", "aura lieu", "auront lieu", "se deroulera", "to be held", "المقبل", "القادم"),
)
_FUTURES = Anchored(_FUTURE, _FUTURE_OPENINGS)
_PAST = re.compile(r"^\W*(?:derni[eè]re?|last|المنصرم|الماضي)", re.I)
# (the Latin words whole: "se tiendra le 1er mars" holds "end")
_END_CUE = re.compile(
    r"(?:(?<![a-z])(?:jusqu'?(?:au|a)?|until|till|s'acheve\w*|clotur\w*|closed?|wrap\w*|ends?)"
    r"|اختتم\w*|اسدل\w*|الي غايه|حتي)"
    r"\s?(?:\S+\s){0,3}$"
)


def date_expressions(doc: Document, published: PartialDate | None) -> list[DateExpr]:
    """Date ranges, days, months, years and bare weekdays, each at the precision written; a
    missing year comes from the publication date ("novembre prochain" may move it by one)."""
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    mentions = find_dates(doc.original)
    i = 0
    while i < len(mentions):
        first, a, b = mentions[i], mentions[i].start, mentions[i].end
        before = _RANGE_BEFORE.search(doc.original, max(0, a - 25), a)
        if before:
            a = before.start()
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following and _RANGE_BETWEEN.fullmatch(doc.original, b, following.start):
            b, i = following.end, i + 1
        elif after := _RANGE_AFTER.match(doc.original, b):
            b = after.end()
        i += 1
        at = doc.to_folded(a)
        year = _context_year(first.month, doc.original[b : b + 30], published, *_tense(doc.folded, at))
        start, end = parse_date_range(doc.original[a:b], context_year=year)
        if start is not None:
            kind = "range" if end else str(start.precision)
            found.append(DateExpr(doc.to_folded(a), start, end, kind))
            taken.append((doc.to_folded(a), doc.to_folded(b)))
    held = SpanIndex(taken)  # asked once per year and per weekday of the text
    for match in _YEAR_ONLY.finditer(doc.folded):
        if not held.contains(match.start("year")):
            year = PartialDate(int(match.group("year")))
            found.append(DateExpr(match.start(), year, year, "year"))
    for m in _BARE_MONTHS.finditer(doc.folded):
        if published is not None and not held.contains(m.start("month")):
            number = _MONTH_BY_NAME[m.group("month")]
            year = _context_year(number, doc.folded[m.end() : m.end() + 30], published, *_tense(doc.folded, m.start()))
            month = PartialDate(year, number)
            found.append(DateExpr(m.start("month"), month, month, "month"))
    for m in _RELATIVE_MONTHS.finditer(doc.folded) if published is not None and published.month else ():
        if not held.contains(m.start()):
            month = _relative_month(m, published)
            found.append(DateExpr(m.start(), month, month, "month"))
    for m in _WEEKDAY_ONLY.finditer(doc.folded):
        if not held.contains(m.start()):
            after, before = doc.folded[m.end() : m.end() + 20], doc.folded[max(0, m.start() - 10) : m.start()]
            ahead = bool(_NEXT.match(after) or _NEXT_BEFORE.search(before))
            month = _weekday_month(published, _WEEKDAY_NUMBER[m.group()], ahead=ahead)
            if month is not None:
                found.append(DateExpr(m.start(), month, None, "weekday", ahead))
    found.sort(key=lambda d: d.pos)
    return found


def _relative_month(m: re.Match[str], published: PartialDate) -> PartialDate:
    """The month a `_RELATIVE_MONTH` match says, from the publication's month."""
    year, month = published.year, published.month
    if m.group("month"):
        named = _MONTH_BY_NAME[m.group("month")]
        if m.group("rel") == "last":
            return PartialDate(year if named < month else year - 1, named)
        return PartialDate(year if named > month else year + 1, named)
    step = -1 if m.group("last") else 0 if m.group("this") else 1
    index = year * 12 + month - 1 + step
    return PartialDate(index // 12, index % 12 + 1)


def _weekday_month(published: PartialDate | None, weekday: int, *, ahead: bool) -> PartialDate | None:
    """The month of a bare weekday: the publication's. Known to the day, the publication fixes the
    weekday's date (the last such day up to it, or the next one after it for "mercredi prochain");
    when that date falls in another month, the weekday gives no date at all: no weekday
    arithmetic across months."""
    if published is None or published.month is None:
        return None
    month = PartialDate(published.year, published.month)
    if published.day is None:
        return month
    day = published.first_day()
    shift = ((weekday - day.weekday()) % 7 or 7) if ahead else -((day.weekday() - weekday) % 7)
    return month if (day + dt.timedelta(days=shift)).month == day.month else None


def _tense(folded: str, pos: int) -> tuple[bool, bool]:
    """Whether the clause of the date at folded `pos` says, before it, that what it dates is to come ("the plan
    would be presented at the AU summit in February", "le sommet, prévu à la mi-février"), and whether it says
    it was held ("the forum, held in the Senegalese capital in November", "الذي احتضنته العاصمة في نونبر")."""
    clause = _CLAUSE_BREAK.search(folded, max(0, pos - _TO_COME_REACH), pos)
    start = clause.end() if clause else max(0, pos - _TO_COME_REACH)
    return _TO_COME.search(folded, start, pos) is not None, _WAS_HELD.search(folded, start, pos) is not None


_TO_COME_REACH = 120
_CLAUSE_BREAK = re.compile(r"[.;,:!?()\n،؛؟](?!.*[.;,:!?()\n،؛؟])", re.S)
# Words saying a meeting is to come (folded): a future (`_FUTURE`), a schedule, an expectation.
_TO_COME = re.compile(
    rf"{_FUTURE.pattern}|(?<![\w])(?:would|due|scheduled|expected|planned|forthcoming|prevue?s?|programmee?s?"
    r"|devrai\w*|devra\w*|ستعرض|سيعرض|من المقرر|المرتقبه?|المزمعه?)(?![\w])"
)


# Words saying a meeting was held (folded), before its date in its clause.
_WAS_HELD = re.compile(
    r"(?<![\w])(?:held|took place|hosted|convened|organi[sz]ed|tenue?s?|deroulee?s?|organisee?s?|reunie?s?"
    r"|accueillie?s?|احتضن\w*|انعقد\w*|عقد(?:ت)?|نظم\w*|استضاف\w*)(?![\w])"
)


def _context_year(
    month: int | None, after: str, published: PartialDate | None, to_come: bool = False, held: bool = False
) -> int | None:
    """The year of a date written without one: the article's, or the next/previous one for
    "novembre prochain"/"نونبر المنصرم" when the month has passed/not come yet, the next one for a
    month already passed of a meeting said to come ("the summit due in February", in December), and the
    previous one for a month still to come of a meeting said held ("held in November", in January)."""
    if published is None:
        return None
    if _OF_NEXT_YEAR.match(after):
        return published.year + 1
    if _OF_LAST_YEAR.match(after):
        return published.year - 1
    if month and published.month:
        if (_NEXT.match(after) or to_come) and month < published.month:
            return published.year + 1
        if (_PAST.match(after) or (held and not to_come)) and month > published.month:
            return published.year - 1
    return published.year


def dates_for(
    ctx: Context, res: Resolved, others: Sequence[tuple[int, int]] = ()
) -> tuple[PartialDate | None, PartialDate | None]:
    """Start and end from the reference's sentence: the nearest range, else its days (an opening
    and a closing day), else a month or a year, else a weekday (the publication month, see
    `_weekday_month`; for a session to come, only a weekday of the coming week). A date nearer one
    of `others` (the spans of references to other meetings) is that meeting's: "the second
    conference comes two years after the first, held in Baghdad in 2023"."""
    start, end = ctx.doc.sentence(res.start)
    edition = ctx.catalogue.series[res.series].edition(res.ordinal) if res.candidate is None else None
    candidates = [d for d in ctx.dates if start <= d.pos < end and _consistent(d, edition)]
    rivals = [(a, b) for a, b in others if start <= a < end]
    if rivals:
        candidates = [d for d in candidates if nearest_to(d.pos, (res.start, res.end), rivals)]
    if res.year is not None:  # a session known by its year: no date of another year in its sentence is its
        candidates = [d for d in candidates if d.start is None or d.start.year == res.year]
    candidates.sort(key=lambda d: abs(d.pos - res.end))
    if speaks_of_future(ctx, start, end):
        # A session to come: the week gone by (a bare weekday) and the dateline's date are when it
        # was announced, not when it is held.
        candidates = [d for d in candidates if (d.kind != "weekday" or d.ahead) and not inside(d.pos, ctx.datelines)]
    for kind in ("range", "day", "month", "year", "weekday"):
        found = [d for d in candidates if d.kind == kind]
        if not found:
            continue
        if kind == "range":
            return found[0].start, found[0].end
        if kind == "day":
            roles = [_day_role(ctx, d, edition) for d in found]
            first = next((a for a, _ in roles if a), None)
            return first, next((b for _, b in roles if b and (first is None or b != first)), None)
        return found[0].start, (found[0].start if kind != "weekday" else None)
    return None, None


def speaks_of_future(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence [start, end) speaks of a session to come (`_FUTURE`). The article's
    words of the future are found once, the pattern tried only where one of its openings stands
    (its look-behind would have the regex engine enter it at every character); each sentence then
    asks whether one lies in it (a match never crosses a sentence's end: it is words and spaces)."""
    spans = ctx.memo.get("future")
    if spans is None:
        spans = ctx.memo["future"] = SpanIndex([m.span() for m in _FUTURES.finditer(ctx.doc.folded)])
    return spans.overlaps(start, end)


def _consistent(date: DateExpr, edition: Edition | None) -> bool:
    if edition is None or date.start is None:
        return date.start is not None
    if edition.year and date.start.year != edition.year:
        return False
    if edition.start and edition.start.month and date.start.month:
        last = edition.end or edition.start
        first_month = (edition.start.year, edition.start.month)
        last_month = (last.year, last.month or edition.start.month)
        return first_month <= (date.start.year, date.start.month) <= last_month
    return True


def _day_role(ctx: Context, date: DateExpr, edition: Edition | None) -> tuple[PartialDate | None, PartialDate | None]:
    day = date.start
    if edition is not None and edition.start and edition.start.day:
        if day == edition.start:
            return day, None
        if edition.end and day == edition.end:
            return None, day
        return None, None  # a day during the session, neither its first nor its last
    if _END_CUE.search(ctx.doc.folded[max(0, date.pos - 40) : date.pos]):
        return None, day
    return day, None
