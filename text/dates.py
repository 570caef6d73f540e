"""Dates in running text: French, Arabic (Moroccan, Mashriq, Levantine, Algerian), English, Spanish.

Scraped news rarely carries a clean publication date, and event dates ("du 4 au 7 novembre")
sit next to it in the same sentences. This module finds every date mention with month tables
and one compiled pattern, tried only where a number stands (Arabic-Indic digits are mapped to
ASCII first, one character for one, so offsets stay valid), and decides the publication date
by explicit, ordered rules that follow the corpus annotation conventions: never invent a day
or a month, and never take the date of an event reported in the text for the date of the
article.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from text.digits import normalize_digits
from text.hijri import blank_hijri, find_hijri_dates, hijri_as_gregorian
from text.partial_date import PartialDate
from text.scanning import digit_runs, may_hold
from text.sentences import first_sentence

# --- tables ---------------------------------------------------------------------------------

_LATIN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv", "january", "jan", "enero"),
    2: ("février", "fevrier", "févr", "fevr", "fév", "fev", "february", "feb", "febrero"),
    3: ("mars", "march", "mar", "marzo"),
    4: ("avril", "avr", "april", "apr", "abril"),
    5: ("mai", "may", "mayo"),
    6: ("juin", "june", "jun", "junio"),
    7: ("juillet", "juil", "july", "jul", "julio"),
    8: ("août", "aout", "august", "aug", "agosto"),
    9: ("septembre", "sept", "september", "sep", "septiembre", "setiembre"),
    10: ("octobre", "oct", "october", "octubre"),
    11: ("novembre", "nov", "november", "noviembre"),
    12: ("décembre", "decembre", "déc", "dec", "december", "diciembre"),
}
_ENGLISH_MONTHS = {
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
    "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
    "nov", "december", "dec",
}  # fmt: skip
_ARABIC_MONTHS: dict[int, tuple[str, ...]] = {
    # Moroccan, Egyptian/standard, Algerian, Levantine (Mashriq) names
    1: ("يناير", "جانفي", "كانون الثاني"),
    2: ("فبراير", "فيفري", "شباط"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "إبريل", "أفريل", "نيسان"),
    5: ("ماي", "مايو", "أيار"),
    6: ("يونيو", "يونية", "جوان", "حزيران"),
    7: ("يوليوز", "يوليو", "يولية", "جويلية", "تموز"),
    8: ("غشت", "أغسطس", "أوت", "آب"),
    9: ("شتنبر", "سبتمبر", "أيلول"),
    10: ("أكتوبر", "تشرين الأول"),
    11: ("نونبر", "نوفمبر", "تشرين الثاني"),
    12: ("دجنبر", "ديسمبر", "كانون الأول"),
}


def month_names() -> dict[str, int]:
    """Every month name written in full (French, English, Spanish, and the Arabic names of the
    Maghreb and the Mashriq) → its number: what a reader of "en janvier", "in May", "في يناير" looks
    up. Latin three-letter abbreviations are left out ("mar", "jun"), but for "mai" and "may"; the
    Arabic names are all whole words, however short ("غشت", "أوت", "ماي", "آب")."""
    return {
        name: month
        for table in (_LATIN_MONTHS, _ARABIC_MONTHS)
        for month, names in table.items()
        for name in names
        if len(name) > 3 or name in ("mai", "may") or table is _ARABIC_MONTHS
    }


def moroccan_month_name(month: int) -> str:
    """The month's name as Moroccan readers write it ("نونبر" for November): the first of its
    Arabic names above, the form the public pages show."""
    return _ARABIC_MONTHS[month][0]


_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("lundi", "monday", "lunes", "الاثنين", "الإثنين", "الأثنين", "الاتنين"),
    1: ("mardi", "tuesday", "martes", "الثلاثاء"),
    2: ("mercredi", "wednesday", "miércoles", "miercoles", "الأربعاء", "الاربعاء"),
    3: ("jeudi", "thursday", "jueves", "الخميس"),
    4: ("vendredi", "friday", "viernes", "الجمعة"),
    5: ("samedi", "saturday", "sábado", "sabado", "السبت"),
    6: ("dimanche", "sunday", "domingo", "الأحد", "الاحد"),
}


@lru_cache(maxsize=512)
def _fold(word: str) -> str:
    """Lookup key of a month or weekday name: lower case, no accents, one alef, no tatweel."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("\u0640", ""))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(folded.replace("ى", "ي").rstrip(".").split())


_MONTH_BY_KEY: dict[str, int] = {}
for _month, _names in (*_LATIN_MONTHS.items(), *_ARABIC_MONTHS.items()):
    for _name in _names:
        _MONTH_BY_KEY[_fold(_name)] = _month
_WEEKDAY_BY_KEY = {_fold(name): day for day, names in _WEEKDAYS.items() for name in names}
_ENGLISH_MONTH_KEYS = frozenset(_fold(name) for name in _ENGLISH_MONTHS)


def is_calendar_word(word: str) -> bool:
    """Whether a word is the name of a month or a weekday, in any of the three languages."""
    key = _fold(word)
    return key in _MONTH_BY_KEY or key in _WEEKDAY_BY_KEY or key in _ENGLISH_MONTH_KEYS


def _variants(name: str) -> str:
    """Regex for a name, tolerant of hamza/alef and accent spelling variants."""
    return "".join(_atoms(name))


def _atoms(name: str) -> list[str]:
    """The regex of each character of a name (`_variants`): a class of its spelling variants, the
    character itself, or white space for a space."""
    out = []
    for ch in name:
        if ch in "اأإآ":
            out.append("[اأإآ]")
        elif ch in "يى":
            out.append("[يى]")
        elif ch == " ":
            out.append(r"\s+")
        elif ch in "éèêe":
            out.append("[éèêe]")
        elif ch in "ûu":
            out.append("[ûu]")
        elif ch in "áa":
            out.append("[áa]")
        else:
            out.append(re.escape(ch))
    return out


def _alternation(names: Iterable[str], *, guard: bool = True) -> str:
    """The names, longest first; `guard` opens with a look-ahead for their first letters, so that
    the regex engine rejects a number or another word at one step, not at one step per name (the
    names are read case-insensitively: no quick first-letter test otherwise), and factors the
    names by their first letters (`_factored`): the same matches."""
    names = sorted(set(names), key=len, reverse=True)
    if not guard:
        return "|".join(_variants(n) for n in names)
    firsts = {c for n in names for c in _VARIANT_CLASSES.get(n[0], n[0])}
    return f"(?=[{re.escape(''.join(sorted(firsts)))}])(?:{_factored(names)})"


def _factored(names: list[str]) -> str:
    """The alternation of `names` (regexes of `_atoms`) with the names that open alike written
    once up to where they part: "m(?:a(?:rs|i)|…)" for "mars|mai|…". The regex engine tries an
    alternation's branches one by one, and the comparisons of a case-insensitive pattern are
    costly: a month name was compared with each of some seventy names.

    The matches are the same: the characters are factored only up to a name's first space (after
    it, white space of any length), the branches that part on one character are tried in their order
    in `names`, and branches open with characters no one character matches two of (a letter, or one
    class of its spelling variants); a name that ends where others go on (shorter: later in `names`,
    longest first) is tried after them."""
    return "|".join(_factor([(_name_head(n), _name_tail(n)) for n in names]))


def _name_head(name: str) -> list[str]:
    return _atoms(name.split(" ", 1)[0])


def _name_tail(name: str) -> str:
    return "".join(_atoms(name[name.index(" ") :])) if " " in name else ""


def _factor(branches: list[tuple[list[str], str]]) -> list[str]:
    """The branches (the atoms still to factor, the rest of the name) as regexes, grouped by their
    first atom (in order of first appearance), the ended ones last, in their order."""
    groups: dict[str, list[tuple[list[str], str]]] = {}
    ended = []
    for atoms, tail in branches:
        if atoms:
            groups.setdefault(atoms[0], []).append((atoms[1:], tail))
        elif tail not in ended:  # (one of two names spelt alike by `_atoms` is tried in vain)
            ended.append(tail)
    out = []
    for atom, rest in groups.items():
        parts = _factor(rest)
        out.append(atom + (parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"))
    return out + ended


_VARIANT_CLASSES = {c: group for group in ("اأإآ", "يى", "éèêe", "ûu", "áa") for c in group}  # as _variants
_ALL_MONTH_NAMES = [n for names in (*_LATIN_MONTHS.values(), *_ARABIC_MONTHS.values()) for n in names]
_NOT_LETTER_AFTER = r"(?![^\W\d_])"


def _names_re(*, guard: bool = True) -> tuple[str, str, str]:
    """Patterns of month names, English month names and weekday names."""
    month = rf"(?:{_alternation(_ALL_MONTH_NAMES, guard=guard)})\.?{_NOT_LETTER_AFTER}"
    english = rf"(?:{_alternation(_ENGLISH_MONTHS, guard=guard)})\.?{_NOT_LETTER_AFTER}"
    weekdays = (n for names in _WEEKDAYS.values() for n in names)
    weekday = rf"(?:{_alternation(weekdays, guard=guard)}){_NOT_LETTER_AFTER}"
    return month, english, weekday


_MONTH, _EN_MONTH, _WEEKDAY = _names_re()
_YEAR_DIGITS = r"(?:19|20)\d{2}"
_YEAR = rf"{_YEAR_DIGITS}(?!\d)"
_DAY = r"(?:(?<![0-9A-Za-z])[0-3]?\d(?:\s?(?:er|ᵉʳ|st|nd|rd|th)(?![^\W\d_]))?(?!\d)|(?:ال)?فاتح(?:\s+من)?)"


def _date_pattern(*, guard: bool = True) -> str:
    month, english, weekday = _names_re(guard=guard)
    return rf"""
    (?:(?P<wd>{weekday})[\s,،]+(?:(?:le|the|el)\s+)?)?
    (?:
        (?<![\d/.])(?P<nd>[0-3]?\d)\s{{0,2}}(?P<sep>[/.\-–])\s{{0,2}}(?P<nm>[01]?\d)\s{{0,2}}(?P=sep)\s{{0,2}}
            (?P<ny>{_YEAR})(?![/.\-–]\d)
      | (?<!\d)(?P<iy>{_YEAR_DIGITS})(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?!\d)
      | (?:(?<=le\s)|(?<=on\s)|(?<=:\s)|(?<=في\s))(?P<sd>[0-3]?\d)/(?P<sm>[01]?\d)/(?P<sy>\d\d)(?![\d/])
      | (?P<d>{_DAY})(?:\s+(?:de|of))?\s+(?P<m>{month})(?:\s*/\s*{month})?
            (?:\s*,?\s*(?:de\s+|del\s+|سنة\s+|عام\s+)?(?P<y>{_YEAR}))?
      | (?P<m2>{english})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:\s*[,/]?\s*(?P<y2>{_YEAR}))?
      | (?P<m3>{month})(?:\s*/\s*{month})?\s*,?\s*(?:de\s+|del\s+|سنة\s+|عام\s+)?(?P<y3>{_YEAR})
    )
    """


_DATE_RE = re.compile(_date_pattern(), re.IGNORECASE | re.VERBOSE)
_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}")
# Dates in URLs, most precise shapes first (htmldate's COMPLETE_URL reads only the first one; see the README).
_URL_YEAR = r"((?:199|20[0-3])\d)"
_URL_DAY_SHAPES = (
    # /2019/06/12/, -2019-06-12-, _2019_06_12.: year, month, day
    (re.compile(rf"(?<![\d])[/_-]{_URL_YEAR}[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![\d])"), (1, 2, 3)),
    # /12/06/2019/, -12-06-2019.: day, month, year
    (re.compile(rf"(?<![\d])[/_-](0?[1-9]|[12]\d|3[01])[/_-](0?[1-9]|1[0-2])[/_-]{_URL_YEAR}(?![\d])"), (3, 2, 1)),
    # a story id or slug word that opens with the date: /stories/201906120345.html, /20190612093015-x.html
    (re.compile(rf"[/_-]{_URL_YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{{2}}){{0,3}}(?![\d])"), (1, 2, 3)),
)
_URL_MONTH_SHAPE = re.compile(rf"/{_URL_YEAR}/(0?[1-9]|1[0-2])/")
# A query parameter that names the date: "?date=20260127", "&published=2026-01-27", "&d=2026/01/27".
_URL_QUERY_DAY = re.compile(
    rf"[?&](?:date|d|dt|day|published|publish_date|pubdate)=({_URL_YEAR[1:-1]})[-/]?(0[1-9]|1[0-2])[-/]?"
    r"(0[1-9]|[12]\d|3[01])(?![\d])",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"https?://[^\s)\]>\"']+")


# --- mentions -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: day and month may be known without the year ("07 دجنبر الجاري")."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None  # 0 = Monday, as in datetime
    numeric: bool = False  # written with digits only (06/11/2024, 06 - 12 - 2023)

    @property
    def has_year(self) -> bool:
        return self.year is not None

    @property
    def date(self) -> PartialDate | None:
        """The date at the precision written; None when the year is not written."""
        if self.year is None:
            return None
        return PartialDate(self.year, self.month, self.day if self.month else None)

    def with_year(self, year: int) -> PartialDate:
        return PartialDate(year, self.month, self.day if self.month else None)


def _day_value(token: str) -> int:
    digits = re.match(r"\d+", token)
    return int(digits.group()) if digits else 1  # فاتح: the first of the month


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None or not 1 <= month <= 12:
        return month is None and day is None
    if day is None:
        return True
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return False
    return True


def _mention(match: re.Match, original: str | None = None) -> DateMention | None:
    g = match.groupdict()
    weekday = _WEEKDAY_BY_KEY.get(_fold(g["wd"])) if g["wd"] else None
    numeric = False
    if g["ny"]:
        day, month, year = int(g["nd"]), int(g["nm"]), int(g["ny"])
        if month > 12 and day <= 12:  # month/day order, as in US dates
            day, month = month, day
        numeric = True
    elif g["iy"]:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        numeric = True
    elif g["sy"]:
        # "Publié le 16/11/25", "Updated on 16/11/25": a two-digit year after a stamp's word only
        day, month, year = int(g["sd"]), int(g["sm"]), int(g["sy"])
        year += 2000 if year < 70 else 1900
        numeric = True
    elif g["m"]:
        day, month = _day_value(g["d"]), _MONTH_BY_KEY.get(_fold(g["m"]))
        year = int(g["y"]) if g["y"] else None
    elif g["m2"]:
        day, month = int(g["d2"]), _MONTH_BY_KEY.get(_fold(g["m2"]))
        year = int(g["y2"]) if g["y2"] else None
    else:
        day, month, year = None, _MONTH_BY_KEY.get(_fold(g["m3"])), int(g["y3"])
        weekday = None
    if month is None or not _valid(year, month, day):
        return None
    text = original[match.start() : match.end()] if original is not None else match.group()
    return DateMention(match.start(), match.end(), text, year, month, day, weekday, numeric)


# Every date mention contains a number or فاتح: the full pattern is only tried where one stands,
# starting up to three words earlier (weekday, English month, two-word Arabic month). Trying it
# at every character of the text would cost a hundred times more.
# (\d{1,4}|فاتح, written so that the regex engine can skip to a digit or a ف: its first character is
# tried against a table of the digits of the Basic Multilingual Plane, the look-behinds then keep
# those \d reads, where a \d class looked each character up in the Unicode database; any character
# beyond the plane is let through to them.)
_BMP_DIGITS = "".join(chr(code) for code in range(0x10000) if chr(code).isdecimal())  # what \d reads
_ANCHOR_RE = re.compile(rf"[{_BMP_DIGITS}ف\U00010000-\U0010ffff](?:(?<=\d)\d{{0,3}}|(?<=ف)اتح)")


def _source_and_anchors(text: str) -> tuple[str, list[int]]:
    """The text with ASCII digits, and where `_ANCHOR_RE` matches in it. A Latin-1 text holds no
    Arabic digit nor ف: its anchors are every four digits of its runs of digits."""
    runs = digit_runs(text)
    if runs is None:
        source = normalize_digits(text)
        return source, [anchor.start() for anchor in _ANCHOR_RE.finditer(source)]
    return text, [at for start, end in runs for at in range(start, end, 4)]


def _opening(name: str) -> str:
    """The date pattern's own regex for the first three letters of a name (fewer before a space):
    two letters let through most words ("de" for "décembre", "ال" for "الأربعاء", "no" for
    "novembre"), where the long date pattern was then tried in vain."""
    return _variants(_opening_head(name))


def _opening_head(name: str) -> str:
    head = name[:3]
    return head[: head.index(" ")] if " " in head else head


# What a date mention can open with: a weekday or a month name (their first three letters, as the
# date pattern reads them), a number, or (ال)فاتح. A word before a number that opens with none of
# these starts no date, and the date pattern (a long one) is not tried there.
_OPENING_NAMES = (*_ALL_MONTH_NAMES, *_ENGLISH_MONTHS, *(n for ns in _WEEKDAYS.values() for n in ns))
_OPENING_FIRSTS = {"ا", "ف", *(c for n in _OPENING_NAMES for c in _VARIANT_CLASSES.get(n[0], n[0]))}
_DATE_OPENING_RE = re.compile(
    rf"\d|(?=[{re.escape(''.join(sorted(_OPENING_FIRSTS)))}])(?:(?:ال)?فاتح|"  # (one step for most words)
    + _factored(sorted({_opening_head(n) for n in _OPENING_NAMES}))
    + ")",
    re.IGNORECASE,
)


def _last_word_starts(source: str, start: int, end: int) -> list[int]:
    """Where the last three words of `source[start:end]` start, in order: words are split by white
    space and commas (, and ،), and the slice's first character starts one unless it is such a
    separator. The words are split from the right and found back by `rfind` (a word is the last
    run of its characters before the next word), not by a regex tried at every character."""
    window = source[start:end]
    if "," in window or "،" in window:
        window = window.replace(",", " ").replace("،", " ")
    starts = []
    at = len(window)
    for word in reversed(window.rsplit(None, 3)[-3:]):
        at = window.rfind(word, 0, at)
        starts.append(start + at)
    starts.reverse()
    return starts


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in `text`, in order, with offsets into `text`."""
    source, anchors = _source_and_anchors(text)
    found: list[DateMention] = []
    covered = 0
    for position in anchors:
        if position < covered:
            continue
        starts = _last_word_starts(source, max(covered, position - 40), position)
        for start in (*starts, position):
            if start != position and not _DATE_OPENING_RE.match(source, start):
                continue
            match = _DATE_RE.match(source, start)
            if match is None or match.end() <= position:
                continue
            mention = _mention(match, text)
            if mention is not None:
                found.append(mention)
                covered = match.end()
            break
    return found


def find_years(text: str) -> list[int]:
    """Every four-digit year (1900–2099) written in `text`, in order."""
    return [int(y) for y in _YEAR_RE.findall(normalize_digits(text))]


def resolve_year(day: int, month: int, weekday: int, years: Iterable[int]) -> int | None:
    """The year in which `day`/`month` falls on `weekday`, among the years named and their
    neighbours; None when no year or more than one fits."""
    named = set(years)
    for candidates in (named, {y + d for y in named for d in (-1, 1)} - named):
        fitting = set()
        for year in candidates:
            try:
                if dt.date(year, month, day).weekday() == weekday:
                    fitting.add(year)
            except ValueError:
                continue
        if len(fitting) == 1:
            return fitting.pop()
        if fitting:
            return None
    return None


# --- publication date ----------------------------------------------------------------------

# "Publié dans Barlamane le 06 - 12 - 2023", "Publié le 16/05/2017 à 11h20", "آخر تحديث: …"
META_LINE_RE = re.compile(
    r"^\s*(?:publi[ée]e?|paru|mis\s+[àa]\s+jour|mis\s+en\s+ligne|published|updated|last\s+updated|posted|publicado|actualizado"
    r"|آخر\s+تحديث|تاريخ\s+النشر|نشر\s+في|نشر\s+بتاريخ|تم\s+النشر)\b",
    re.IGNORECASE,
)
PUBLISHED_IN_RE = re.compile(
    r"^\s*(?:publi[ée]e?|paru|published|posted|publicado)\s+(?:dans|in|sur|en|on)\s+(?P<source>.{1,80}?)"
    r"\s+(?:le|on|el)\s+(?P<rest>.*\d.*)$",
    re.IGNORECASE,
)


def is_meta_line(line: str) -> bool:
    """A short "Publié le …"/"آخر تحديث: …" line that states a date with its year, alone or as one
    field of a "Source | City | Published: …" line; or a line that is a full date and nothing else
    ("Mercredi 25 septembre 2024", "October 15, 2024"), as pages print the day above the headline,
    or with a clock time (a wire's stamp: "24/06/2025 13:05:22")."""
    return len(line) <= 160 and _is_short_meta_line(line)


@lru_cache(maxsize=1024)
def _is_short_meta_line(line: str) -> bool:
    """`is_meta_line` of a line of 160 characters at most, remembered per line: the clean stage
    asks it of the same lines in several of its passes, and the publication date once more."""
    if "|" in line:
        meta = any(META_LINE_RE.match(field) for field in line.split("|"))
    else:
        meta = META_LINE_RE.match(line) is not None
    if not meta:
        # (a date and a clock time both need a digit: most lines, read here one by one, have none)
        return len(line) <= 60 and any(map(str.isdigit, line)) and (_date_only(line) or _stamp_date(line) is not None)
    return any(m.year is not None for m in find_dates(line))


# A clock time after a date: "13:05", "13:05:22", "13h05".
# (with its half of the day after it: "06:41 م", "10:05 ص", "6:41 PM")
_CLOCK_RE = re.compile(
    r"(?<!\d)(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?!\d)(?:\s?(?:[صم](?!\w)|[AaPp]\.?[Mm]\.?(?!\w)))?"
)


# A paper's issue number beside its date: "العدد 17384", "N° 5123", "Issue 412".
_ISSUE_RE = re.compile(r"(?<!\w)(?:العدد|N°|Nº|No\.|Issue|Numéro)\s?:?\s?\d{1,6}(?!\d)", re.IGNORECASE)


# A wire's credit in brackets: "(APS)", "(MAP)", "(وأج)", "(AFP / Reuters)".
_AGENCY_CREDIT_RE = re.compile(r"\(\s*[^\W\d_][^()\d\n]{0,24}\)")


# A wire's sign-off: its code, then the clock in four digits and GMT ("BNA 1530 GMT", "بنا 1530 جمت").
_WIRE_SIGNOFF_RE = re.compile(
    r"(?:[^\W\d_]{2,12}\s?/?\s?){0,2}(?<!\d)(?:[01]\d|2[0-3])[0-5]\d\s?(?:gmt|utc|جمت|ت\s?غ)(?!\w)", re.IGNORECASE
)
# What every sign-off writes, one at least: its zone ("ت غ" by its غ, the space between being any).
_SIGNOFF_ZONES = ("gmt", "utc", "جمت", "غ")


def _wire_signoff(line: str) -> re.Match[str] | None:
    """`_WIRE_SIGNOFF_RE.search(line)`, not run on a line that writes no zone (most lines): its code's
    words, each tried at every length before the clock, made it 60 µs a line of 48 characters."""
    return _WIRE_SIGNOFF_RE.search(line) if may_hold(line, _SIGNOFF_ZONES) else None


# A wire's date-time group closing its copy: the day, the clock and its zone, the month and the year ("كونا051122
# جمت نوف 25", KUNA's: the 5th at 11:22 GMT, November 2025; "KUNA 051122 GMT Nov 25").
_DATE_TIME_GROUP_RE = re.compile(
    r"(?<!\d)(?P<day>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|gmt|utc|جمت)\s?(?P<month>[^\W\d_]{3,9})\.?"
    r"\s?(?P<year>\d{4}|\d{2})(?!\d)"
)
_MONTH_ABBREVIATIONS = {
    **{m: n for n, m in enumerate(re.findall(r"\S+", "jan feb mar apr may jun jul aug sep oct nov dec"), start=1)},
    **{m: n for n, m in enumerate(re.findall(r"\S+", "ينا فبر مار ابر ماي يون يول اغس سبت اكت نوف ديس"), start=1)},
}


def _date_time_group(line: str) -> DateMention | None:
    """The date of a wire's date-time group alone on its line, its agency's code beside it at most."""
    found = _DATE_TIME_GROUP_RE.search(line) if "ت" in line or "T" in line or "t" in line else None
    if found is None or len((line[: found.start()] + line[found.end() :]).split()) > 2:
        return None
    month = _MONTH_ABBREVIATIONS.get(found.group("month")[:3].lower().replace("أ", "ا"))
    day, year = int(found.group("day")), int(found.group("year"))
    if month is None or not 1 <= day <= 31:
        return None
    year = year + 2000 if year < 100 else year
    return DateMention(found.start(), found.end(), found.group(), year, month, day)


def _stamp_date(line: str) -> DateMention | None:
    """The date of a publication stamp: a full date with a clock time, a wire's credit in brackets,
    its sign-off, a paper's issue number, and nothing else ("24/06/2025 13:05:22", "(APS) - 09/07/2024",
    "12/03/2025 10:40 (MAP)", "BNA 1530 GMT 12/11/2025", "الأحد 20 أبريل 2025 - العدد 17384"), as wires
    close their copy and papers head their pages, or the same date in the Hijri calendar beside it ("الأربعاء
    15 أكتوبر 2025 - 23 من ربيع الآخر 1447 هـ"); None for any other line."""
    if len(line) > 90:
        return None
    if (group := _date_time_group(line)) is not None:
        return group
    rest, marks = line, 0
    hijri = find_hijri_dates(line) if "ه" in line else []
    if hijri:
        # (and what joins the two: "… 1446 هـ الموافق 15 مايو 2025 م", the Gregorian year's era mark; and
        # the weekday opening the Hijri date: "الأربعاء 1 ذو الحجة 1446 هـ - 28 أيار 2025")
        rest = _HIJRI_JOINT_RE.sub(" ", _without_weekday_before(blank_hijri(line, hijri), hijri))
        rest, marks = " ".join(rest.split()), 1
    if len(rest) > 48:
        return None
    for search in (_wire_signoff, _CLOCK_RE.search, _AGENCY_CREDIT_RE.search, _ISSUE_RE.search):
        found = search(rest)
        if found:
            rest, marks = rest[: found.start()] + " " + rest[found.end() :], marks + 1
    if not marks or not _date_only(rest):
        return None
    (mention,) = find_dates(rest)
    return mention


def _without_weekday_before(line: str, hijri) -> str:
    """`line` with the weekday written right before each of its Hijri dates blanked."""
    for mention in hijri:
        before = line[: mention.start].rstrip()
        word = before.rsplit(maxsplit=1)[-1] if before else ""
        if word and _fold(word) in _WEEKDAY_BY_KEY:
            at = len(before) - len(word)
            line = line[:at] + " " * len(word) + line[len(before) :]
    return line


# The word that joins a Hijri date to its Gregorian day ("الموافق", "الموافق لـ") and the Gregorian year's era
# mark ("2025 م"), in a stamp giving both.
_HIJRI_JOINT_RE = re.compile(r"(?<![^\W\d_])(?:ال)?موافق(?: ل)?(?![^\W\d_])|(?<=\d)\s?م(?![^\W\d_])")


def has_date_field(line: str) -> bool:
    """Whether one of a line's fields between pipes is a full date alone ("Press release | 25 May
    2025 | Rome", "Leila Mansouri | March 9, 2025"): a page's header, which may hold a byline."""
    return "|" in line and len(line) <= 160 and any(_date_only(_unclocked(field.strip())) for field in line.split("|"))


def _unclocked(field: str) -> str:
    """A header's field without the clock time after its date, and its zone ("15.10.2024 - 17:42 TSI")."""
    dates = find_dates(field) if any(map(str.isdigit, field)) else []
    if len(dates) != 1:
        return field
    clock = _CLOCK_AFTER_RE.match(field, dates[0].end)
    if clock is None:
        return field
    rest = _ZONE_RE.sub("", field[clock.end() :])
    return field[: clock.start()] + rest


def dateline_only(line: str) -> bool:
    """Whether the line is a dateline alone, a place of a few words, a stop or a comma, then a full date and
    nothing more ("Dar es Salaam. Saturday, October 16, 2021", "Niamey, 3 May 2024"): the story's place and
    day, never its headline."""
    place = _PLACE_THEN_RE.match(line)
    return place is not None and len(line) <= 80 and _date_only(line[place.end() :])


_PLACE_THEN_RE = re.compile(r"^\s*[^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}\s*[.,،–—-]\s*")


def is_agency_stamp(line: str) -> bool:
    """A closing stamp that holds a wire's credit ("(APS) - 09/07/2024"): metadata for the date, and a
    credit the body keeps for extraction."""
    return _AGENCY_CREDIT_RE.search(line) is not None and _stamp_date(line) is not None


def _date_only(line: str) -> bool:
    """Whether the line is one date with its day, month and year, and punctuation at most."""
    if not any(map(str.isdigit, line)):
        return False
    dates = find_dates(line)
    if len(dates) != 1 or None in (dates[0].year, dates[0].month, dates[0].day):
        return False
    rest = line[: dates[0].start] + line[dates[0].end :]
    return not any(c.isalnum() for c in rest)


# A time zone's abbreviation after a clock time: "17:42 TSI" (Turkey), "10:40 GMT", "09:15 (UTC)".
_ZONE_RE = re.compile(r"^\s*\(?(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)\)?\s*$")
# A clock time right after a date: "… 2024 à 17:05", "… 2024, 10h40", "… 2024 at 5:05", "… 2024 - 17:05",
# "2026-04-22 16:18:05" (its seconds too).
_CLOCK_AFTER_RE = re.compile(
    r"\s*(?:[,،\-–—]\s*)?(?:(?:à|a|at|um|alle|في)\s+)?(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?!\d)"
)
_TODAY_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:ce|cette|aujourd['’]hui|today|this|hoy|este|esta)|اليوم)[\s,،]*$", re.IGNORECASE
)
# (after the outlet's code: "OLJ / Par Rania Sfeir, le 2 novembre 2025")
_BYLINE_RE = re.compile(r"^\s*(?:[^\W\d_]{2,10}\s*[/|–-]\s*)?(?:par|by|por|بقلم)\s", re.IGNORECASE)
# The year a dateline gives after its agency's code: "الدوحة في 06 ديسمبر /قنا/ 2025".
_YEAR_AFTER_AGENCY_RE = re.compile(r"^\s*/\s*[^/\n\d]{1,25}\s*/\s*((?:19|20)\d\d)(?!\d)")
_PHOTO_RE = re.compile(r"^\s*\(?\s*(?:photos?|cr[ée]dits?|credits?|الصورة|تصوير|صورة)\b", re.IGNORECASE)
_DATELINE_PREFIX_RE = re.compile(
    r"^\s*[^\W\d_][^\n,،–—\-.!?؟:|]{0,40}?\s*(?:\([^)\n]{1,30}\)\s*)?[,،–—-]\s*[^\n.!?؟|]{0,45}$"
)
# After the date: an agency in brackets, a dash; or the agency between slashes ("MOSCOW, May 26, 2026. /TASS/.").
# (or the agency in brackets, then the story with no dash: "Abuja, Nov. 14, 2023 (NAN) The Inspector-General …")
_DATELINE_SUFFIX_RE = re.compile(
    r"^\s*(?:م|هـ)?\s*(?:(?:\([^)\n]{1,30}\)\s*)?(?:[–—\-|:,،]|$|\.?\s*/[^/\n]{1,25}/)|\([^)\n]{1,30}\)\s*(?=[^\W\d_]))"
)
# A dateline closed by a full stop, the story after it: "Niamey, 28 March 2023. The West African …" (the
# city and its comma right before the date: "Paris, which hosted it on 28 March 2023. The" is no dateline).
_CITY_COMMA_RE = re.compile(r"^\s*[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_]+){0,2},\s*(?:le\s|on\s)?$")
_PERIOD_STORY_RE = re.compile(r"^\.\s+(?=[^\W\d_])")
# KUNA's wire dateline gives day and month in digits, no year: "الكويت - 10 - 2 (كونا) --".
_DAY_MONTH_DATELINE_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*[-–]\s*([0-3]?\d)\s*[-–]\s*([01]?\d)\s*\([^)\n]{1,30}\)\s*[-–]"
)
# A dateline's city: one to three words (an Arabic word may carry its marks: the shadda of "عمّان").
_LETTER_OR_MARK = r"(?:[^\W\d_]|[\u064b-\u065f\u0670])"
_DATELINE_CITY = rf"[^\W\d_]{_LETTER_OR_MARK}*(?:\s[^\W\d_]{_LETTER_OR_MARK}*){{0,2}}"
# D1: the Arabic wire dateline "CITY في DATE (AGENCY) –" / "CITY في DATE / AGENCY /": a city of one to
# three words, "في", the date, then an agency or a dash (not a comma: "عقد المؤتمر في 3 مارس 2021، …").
_FI_DATELINE_PREFIX_RE = re.compile(rf"^\s*{_DATELINE_CITY}\s+في\s+$")
_FI_DATELINE_SUFFIX_RE = re.compile(r"^\s*(?:م|هـ)?\s*(?:\([^)\n]{1,30}\)\s*[–—\-:|]?|/\s*[^/\n]{1,25}\s*/|[–—\-|:])")
# Without "في", the agency must follow ("الرباط 14 مارس 2023 (ومع) –"): a title "Sommet du 14 mars –" has none.
# Or with a colon after the city: "الجزائر: 14 أكتوبر 2024 (وأج) -", the agency still after the date.
_BARE_DATELINE_PREFIX_RE = re.compile(rf"^\s*{_DATELINE_CITY}(?:\s+|\s*:\s*)$")
# Or the agency in brackets between the city and the date, a dash after it: "جيبوتي (ادي) 18 يونيو 2024 –".
_CITY_AGENCY_PREFIX_RE = re.compile(rf"^\s*{_DATELINE_CITY}\s*\([^()\n]{{1,20}}\)\s*$")
_DASH_SUFFIX_RE = re.compile(r"^\s*(?:م|هـ)?\s*[–—-]")
# The agency in brackets may be followed by the story itself, no dash: "بيشكك 20 مايو 2026 (شينخوا) اختتم …".
# Or the agency's bare code closes the line: "الرياض 15 نوفمبر 2022 م واس".
_AGENCY_SUFFIX_RE = re.compile(
    r"^\s*(?:م|هـ)?\s*(?:\([^)\n]{1,30}\)\s*(?:[–—\-:|]|(?=[^\W\d_]))|/\s*[^/\n]{1,25}\s*/|[^\W\d_]{2,8}\s*$)"
)
# A date that ends a range ("au 7 novembre") or opens one ("du 4 novembre au …") is an event's.
_RANGE_END_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:au|to|until|till|through|et|and|al|a|y)|إلى|الى|حتى|و|\d\s*[-–])\s*$", re.IGNORECASE
)
_RANGE_AFTER_RE = re.compile(
    # (a dash before a time of day is a page's stamp, not a range: "27 ماي 2026 - 10:15")
    r"^\s*(?:(?:au|to|until|till|through|et|and|al|a|y)(?![^\W\d_])|إلى|الى|حتى|و|[-–]\s*\d(?!\d?\s*[:h]\d\d))",
    re.IGNORECASE,
)
_SENTENCE_END = '.!?؟»"”'


def _full(mention: DateMention, text: str) -> PartialDate | None:
    """The mention's date if it names the year, or if a weekday fixes it among the years `text`
    names. Those are read only then: most dates name their year, and reading every year of an
    article was a fifth of the publication date's time."""
    if mention.year is not None:
        return mention.date
    if mention.weekday is not None and mention.day is not None:
        year = resolve_year(mention.day, mention.month, mention.weekday, find_years(text))
        if year is not None:
            return mention.with_year(year)
    return None


def _dated_again(mention: DateMention, text: str) -> PartialDate | None:
    """A dateline's day and month without its year ("ALGIERS, Dec 14 (APS) -") given whole elsewhere
    in the text ("on Wednesday, December 14, 2022"): that date."""
    if mention.year is not None or mention.day is None:
        return None
    return next(
        (
            other.date
            for other in find_dates(text)
            if other.year is not None and (other.month, other.day) == (mention.month, mention.day)
        ),
        None,
    )


def _in_range(line: str, mention: DateMention) -> bool:
    return bool(_RANGE_END_BEFORE_RE.search(line[: mention.start]) or _RANGE_AFTER_RE.match(line[mention.end :]))


def _is_paragraph(line: str) -> bool:
    return len(line) >= 120 or (len(line.split()) >= 12 and _ends_sentence(line.rstrip()))


def _ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does: on a full stop, or on a quote closing one ('… a-t-il dit."').
    A headline that closes on a quoted name ('… باعتماد "إعلان الرباط"', '… « Déclaration de Rabat »')
    ends on a quote alone: it is no paragraph."""
    if line[-1:] not in _SENTENCE_END:
        return False
    if line[-1:] in _CLOSING_QUOTES:
        return line[:-1].rstrip()[-1:] in _STOPS
    return True


_CLOSING_QUOTES = '»"”'
_STOPS = ".!?؟…"


def url_date(urls: Iterable[str]) -> PartialDate | None:
    """The date an URL (the article's, or an embedded image's) is filed under, the first URL that
    has one: a day from /2019/06/12/, /12/06/2019/, a slug's -2019-06-12-, a story id that opens
    with 20190612 or a query's ?date=20190612; else a month from /2019/06/."""
    for url in urls:
        path, _, query = url.partition("?")
        asked = _URL_QUERY_DAY.search("?" + query) if query else None
        if asked and _valid(int(asked.group(1)), int(asked.group(2)), int(asked.group(3))):
            return PartialDate(int(asked.group(1)), int(asked.group(2)), int(asked.group(3)))
        for shape, (y, m, d) in _URL_DAY_SHAPES:
            for match in shape.finditer(path):
                year, month, day = int(match.group(y)), int(match.group(m)), int(match.group(d))
                if _valid(year, month, day):
                    return PartialDate(year, month, day)
        match = _URL_MONTH_SHAPE.search(path)
        if match:
            return PartialDate(int(match.group(1)), int(match.group(2)))
    return None


# Where a publication date was read, as `publication_date_found` names it.
DATE_SOURCES = ("marker", "meta", "header", "dateline", "text", "hijri", "url")


def publication_date(
    text: str, *, marker: PartialDate | str | None = None, urls: Iterable[str] = ()
) -> PartialDate | None:
    """When the article was published, at the precision the text gives, or None.

    In order: the ` date` marker; a "Publié dans … le"/"Publié le"/"آخر تحديث" line, or a date
    and a clock time alone on one of the last lines (a wire's closing stamp); a header line
    (title, byline) stating a full date with a weekday, in digits, or as most of the line; the
    dateline of the first paragraph ("Tunis, 01/03/2023 (MAP) –"); a date said to be today ("ce
    mardi 29 mars 2022", "اليوم الجمعة فاتح دجنبر 2023"), else the weekday and full date of the first
    sentence under a dateline ("عمان – انطلقت، يوم الأربعاء 15 أكتوبر 2025 …"); a /YYYY/MM/ URL.
    A weekday with day and month but no year takes the year the calendar allows among the
    years the text names. Event dates elsewhere in the text are never used. A Hijri date
    ("17 شعبان 1446هـ", `text.hijri`) beside a Gregorian one is passed over: the Gregorian date
    stays; where the text gives only the Hijri date, at a place these rules read, it gives the day.
    """
    return publication_date_found(text, marker=marker, urls=urls)[0]


def publication_date_found(
    text: str, *, marker: PartialDate | str | None = None, urls: Iterable[str] = ()
) -> tuple[PartialDate | None, str]:
    """`publication_date` and the rule it came from (one of DATE_SOURCES, "" when none): the
    ingest report tells editors where each date was read."""
    if marker and not isinstance(marker, PartialDate):
        marker = PartialDate.parse(marker)
    if marker and marker.day is not None:
        return marker, "marker"
    if marker:
        # D2: a month-only marker, made precise by a dated dateline/"today" date of that month
        found, rule = _text_date_any_calendar(text, marker.year, marker.month, urls)
        if found and found.year == marker.year and found.month == marker.month and found.day:
            return found, rule
        if found is None:
            # the day of an URL filed under the marker's month refines it; a text date never yields
            filed = url_date([*urls, *_URL_RE.findall(normalize_digits(text))])
            if filed and filed.day and (filed.year, filed.month) == (marker.year, marker.month):
                return filed, "url"
        return marker, "marker"
    found, rule = _text_date_any_calendar(text, urls=urls)
    if found:
        return found, rule
    filed = url_date([*urls, *_URL_RE.findall(normalize_digits(text))])
    return filed, "url" if filed else ""


def _text_date_any_calendar(
    text, marker_year=None, marker_month=None, urls: Iterable[str] = ()
) -> tuple[PartialDate | None, str]:
    """`_text_date` with the Hijri dates of the text blanked (a Gregorian date beside one is read as if
    alone, and wins); failing a Gregorian date, with them written as their Gregorian days ("hijri")."""
    urls = tuple(urls)
    hijri = find_hijri_dates(text)
    if not hijri:
        return _text_date(text, marker_year, marker_month, urls)
    found, rule = _text_date(blank_hijri(text, hijri), marker_year, marker_month, urls)
    if found:
        return found, rule
    found, _rule = _text_date(hijri_as_gregorian(text, hijri), marker_year, marker_month, urls)
    return (found, "hijri") if found else (None, "")


_SENTENCE_ENDS = (".", "!", "?", "»", '"', "”", ":", "…")


def _text_date(text, marker_year=None, marker_month=None, urls: Iterable[str] = ()) -> tuple[PartialDate | None, str]:
    source = normalize_digits(text)
    # the years a weekday is checked against: the text's and its URLs' ("ce mardi 14 novembre" under
    # /2023/11/ is 2023's, not the year before the 1990 the text names)
    years_in = "\n".join([source, *urls]) if urls else source
    lines = [line for line in source.split("\n") if line.strip()]

    for line in lines[:12]:
        if is_meta_line(line):
            for mention in find_dates(line):
                found = _full(mention, years_in)
                if found:
                    return found, "meta"
    for line in lines[-3:]:  # a stamp closing the copy is metadata too
        mention = _stamp_date(line)
        if mention is not None:
            found = _full(mention, years_in)
            if found:
                return found, "meta"

    header: list[str] = []
    opening = []  # the first paragraph; and the next, after a long headline that ends on no full stop
    for n, line in enumerate(lines[:8]):
        if _is_paragraph(line):
            if n == 0 and not line.rstrip().endswith(_SENTENCE_ENDS) and len(lines) > 1 and not _is_paragraph(lines[1]):
                continue  # a long headline over a header line ("R. Sedou | 17/12/2025"): the header follows it
            opening = [line]
            if not line.rstrip().endswith(_SENTENCE_ENDS) and n + 1 < len(lines):
                opening.append(lines[n + 1])  # (the dateline opens the copy under it)
            break
        header.append(line)
    for line in header:
        if _PHOTO_RE.match(line):
            continue  # an archive photo's date is not the article's
        # a byline ("Par X", "By X"), or a field of a "Name | date" or "date | Name" header line, the
        # date alone or with its clock time ("هيئة التحرير | 12 فبراير 2031 - 10:05")
        fields = line.split("|")
        byline = bool(_BYLINE_RE.match(line)) or (
            len(fields) > 1 and any(_date_only(f.strip()) or _stamp_date(f.strip()) is not None for f in fields)
        )
        for mention in find_dates(line):
            mostly_date = len(mention.text) >= 0.4 * len(" ".join(line.split()))  # (a Hijri date blanked)
            # "Le 14 mars 2024 à 17:05 - Mis à jour …": a date opening the line with its clock time
            stamped = len(line[: mention.start].split()) <= 2 and _CLOCK_AFTER_RE.match(line, mention.end)
            if not (byline or mention.numeric or mention.weekday is not None or mostly_date or stamped):
                continue
            if _in_range(line, mention):
                continue
            found = _full(mention, years_in)
            if found:
                return found, "header"

    for line in (*header, *opening):
        for mention in find_dates(line[:160]):
            before, after = line[: mention.start], line[mention.end :]
            if (
                (_DATELINE_PREFIX_RE.match(before) and _DATELINE_SUFFIX_RE.match(after))
                or (_FI_DATELINE_PREFIX_RE.match(before) and _FI_DATELINE_SUFFIX_RE.match(after))
                or (_BARE_DATELINE_PREFIX_RE.match(before) and _AGENCY_SUFFIX_RE.match(after))
                or (_CITY_AGENCY_PREFIX_RE.match(before) and _DASH_SUFFIX_RE.match(after))
                or (_CITY_COMMA_RE.match(before) and _PERIOD_STORY_RE.match(after))
            ):
                found = _full(mention, years_in) or _dated_again(mention, source)
                year_after = _YEAR_AFTER_AGENCY_RE.match(after) if mention.year is None and mention.day else None
                if found is None and year_after:
                    found = mention.with_year(int(year_after.group(1)))  # "الدوحة في 06 ديسمبر /قنا/ 2025"
                if found:
                    return found, "dateline"
                if marker_year and mention.year is None and mention.day and mention.month == marker_month:
                    # "إسطنبول في 25 نوفمبر / وام /" under " date 2021-11"
                    return mention.with_year(marker_year), "dateline"
        digits = _DAY_MONTH_DATELINE_RE.match(line)
        if digits and marker_year and int(digits.group(2)) == marker_month:
            day = int(digits.group(1))
            if 1 <= day <= 31:
                return PartialDate(marker_year, marker_month, day), "dateline"

    for mention in find_dates(source):
        if _TODAY_RE.search(source[max(0, mention.start - 30) : mention.start]):
            found = _full(mention, years_in)
            if found:
                return found, "text"
    lead = _lead_sentence(opening)
    if not lead and opening and header and _BYLINE_DATELINE_RE.match(header[-1]):
        # "مسقط - مريم الهاشمي" above the copy: the city's dateline, the writer's name in its place
        lead = first_sentence(opening[0])
    for mention in find_dates(lead) if lead else ():
        # "عمان – انطلقت، يوم الأربعاء 15 أكتوبر 2025، أشغال …", "X s'est entretenu, mardi 8 avril 2025 à
        # Rabat, avec …": the lead of a dateline's story, dated with its weekday, reports the day's news
        dated = mention.weekday is not None and mention.day and mention.month and mention.year
        if dated and not _in_range(lead, mention) and (found := _full(mention, years_in)):
            return found, "text"
    return None, ""


def _lead_sentence(opening: list[str]) -> str:
    """The first sentence of the opening paragraph when a dateline opens it ("عمان – …", "RABAT - …"), else ''."""
    if not opening or not _LEAD_DATELINE_RE.match(opening[0]):
        return ""
    return first_sentence(opening[0])


# A dateline's city and its dash alone on a line above the copy, with the writer's name after it ("مسقط -
# مريم الهاشمي", "RABAT - Karim Alaoui"): one to three words on either side.
_BYLINE_DATELINE_RE = re.compile(
    r"^[^\W\d_]+(?: [^\W\d_]+){0,2} [–—-] [^\W\d_][^\W\d_.'’-]*(?: [^\W\d_][^\W\d_.'’-]*){0,2}$"
)
# A dateline's city and its dash opening a paragraph: "عمان – ", "RABAT - ", "Rabat, 12 mars (MAP) – ".
_LEAD_DATELINE_RE = re.compile(r"^[^\W\d_][^\n.–—-]{0,40}?\s[–—-]\s")


# --- ranges for event detection ------------------------------------------------------------

_NOT_ORDINAL_OR_TIME = r"(?![\d:hH]|\s?(?:e|è|ème|eme|ᵉ)(?![^\W\d_]))"  # "9e session", "10h30", "10:30"
_RANGE_TOKEN_RE = re.compile(
    rf"(?P<date>(?<![\d/.])[0-3]?\d\s{{0,2}}[/.-]\s{{0,2}}[01]?\d\s{{0,2}}[/.-]\s{{0,2}}{_YEAR})"
    rf"|(?P<year>(?<!\d){_YEAR})"
    rf"|(?P<month>{_MONTH})"
    rf"|(?P<day>(?<![0-9A-Za-z])[0-3]?\d(?:\s?(?:er|ᵉʳ|st|nd|rd|th)(?![^\W\d_]))?{_NOT_ORDINAL_OR_TIME}"
    rf"|(?:ال)?فاتح)",
    re.IGNORECASE,
)


@dataclass
class _Slot:
    day: int | None = None
    month: int | None = None
    year: int | None = None


def _fill(slot: _Slot, year: int | None, month: int | None) -> PartialDate | None:
    year = slot.year or year
    month = slot.month or (month if slot.day is not None else None)  # "2025" stays a year
    if year is None or (slot.day is not None and month is None):
        return None
    day = slot.day if month else None
    if not _valid(year, month, day):
        return None
    return PartialDate(year, month, day)


def _range_slots(fragment: str) -> list[_Slot]:
    """The dates of a fragment as slots, in order, each with what the text gives it."""
    slots: list[_Slot] = []
    month_first: bool | None = None  # English order ("December 6-7") when a month comes first
    current_month: int | None = None
    for match in _RANGE_TOKEN_RE.finditer(normalize_digits(fragment)):
        kind, token = match.lastgroup, match.group()
        if kind == "date":
            mention = _mention(_DATE_RE.search(token))
            if mention:
                slots.append(_Slot(mention.day, mention.month, mention.year))
                month_first = False if month_first is None else month_first
        elif kind == "day":
            month_first = False if month_first is None else month_first
            slots.append(_Slot(_day_value(token), current_month if month_first else None))
        elif kind == "month":
            month = _MONTH_BY_KEY.get(_fold(token))
            month_first = True if month_first is None else month_first
            if month_first:
                current_month = month
                continue
            lacking = next((s for s in reversed(slots) if s.month is None), None)
            if lacking is not None:
                lacking.month = month
        else:  # year
            year = int(token)
            lacking = next((s for s in reversed(slots) if s.year is None), None)
            if lacking is not None:
                lacking.year = year
            elif not slots:
                slots.append(_Slot(None, current_month, year))
    if not slots and current_month is not None:
        slots.append(_Slot(None, current_month, None))
    return slots[:2]


def parse_date_range(
    fragment: str, *, context_year: int | None = None, context_month: int | None = None
) -> tuple[PartialDate | None, PartialDate | None]:
    """Start and end of a period written in `fragment`.

    "du 4 au 7 novembre 2024", "ما بين 24 و27 نونبر 2025", "December 6-7", "du 28 novembre au
    1er décembre 2023" give (start, end); a single date ("le 27 novembre") gives (date, None);
    "novembre 2024" or "2025" give that month or year. A missing year or month comes from the
    context, else the date is None: nothing is invented.
    """
    slots = _range_slots(fragment)
    if not slots:
        return None, None
    if len(slots) == 1:
        return _fill(slots[0], context_year, context_month), None
    first, last = slots
    first.month = first.month or last.month
    last.month = last.month or first.month
    if first.year is None and last.year is not None:
        # "du 28 décembre au 2 janvier 2024": the start lies in the year before
        crosses = first.month is not None and last.month is not None and first.month > last.month
        first.year = last.year - 1 if crosses else last.year
    last.year = last.year or first.year
    start, end = _fill(first, context_year, context_month), _fill(last, context_year, context_month)
    if start and end and end < start:
        end = None
    return start, end
