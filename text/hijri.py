"""Hijri dates in Arabic text: "17 شعبان 1446هـ", "17 من شعبان سنة 1446", "1446/08/17هـ".

Gulf and Saudi outlets date their articles in the Hijri calendar, often beside the Gregorian
date ("الرياض في 17 شعبان 1446هـ الموافق 16 فبراير 2025م"), sometimes alone. Conversion uses
hijridate, the Umm al-Qura calendar of Saudi Arabia (the official one, tabulated for 1343–1500
AH); a date outside it or a day the month does not have is not a date.

The publication-date rules (`text.dates`) use this module in two ways: with the Hijri mentions
blanked, so that a Gregorian date beside one is read as if it stood alone (the Gregorian date
always wins: a Hijri date never contradicts it), and, when the text has no Gregorian publication
date, with each Hijri mention written as its Gregorian day, so that the same rules (dateline,
header, "published" line) read it at day precision. Plain Python: no Django.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hijridate import Hijri

from text.digits import normalize_digits
from text.scanning import matches_at

# Month patterns, tolerant of the usual spellings: hamza or not on alef, alef maqsura or ya,
# ta marbuta or ha, with or without the article.
_MONTHS: tuple[tuple[int, str], ...] = (
    (1, r"(?:ال)?محرم"),
    (2, r"صفر"),
    (3, r"ربيع\s+(?:ال)?[أا]ول"),
    (4, r"ربيع\s+(?:ال)?(?:ثاني|[آا]خر)"),
    (5, r"جماد[ىي]\s+(?:ال)?[أا]ول[ىي]?"),
    (6, r"جماد[ىي]\s+(?:ال)?(?:ثاني[ةه]?|[آا]خر[ةه]?)"),
    (7, r"رجب"),
    (8, r"شعبان"),
    (9, r"رمضان"),
    (10, r"شوال"),
    (11, r"ذ[وي]\s+ال?قعد[ةه]"),
    (12, r"ذ[وي]\s+ال?حج[ةه]"),
)
_MONTH_RE = "|".join(f"(?P<m{number}>{pattern})" for number, pattern in _MONTHS)
_HIJRI_YEAR = r"1[345]\d{2}"
# The era mark: هـ (ha with tatweel), ه, هجري/هجرية, للهجرة.
_ERA = r"(?:\s*(?:هـ+|ه(?![^\W\d_])|هجري[ةه]?|لل?هجر[ةه]))"
_HIJRI_RE = re.compile(
    rf"(?<![\d/])(?P<d>[0-3]?\d)\s+(?:من\s+)?(?:شهر\s+)?(?:{_MONTH_RE})(?![^\W\d_])"
    rf"\s*,?\s*(?:من\s+)?(?:سنة\s+|عام\s+)?(?P<y>{_HIJRI_YEAR})(?!\d)(?P<era>{_ERA})?"
    # numeric forms, only with the era mark: 1446/08/17هـ, 17/08/1446هـ
    rf"|(?<![\d/])(?P<ny>{_HIJRI_YEAR})[/-](?P<nm>[01]?\d)[/-](?P<nd>[0-3]?\d)(?!\d)(?P<nera>{_ERA})"
    rf"|(?<![\d/])(?P<rd>[0-3]?\d)[/-](?P<rm>[01]?\d)[/-](?P<ry>{_HIJRI_YEAR})(?!\d)(?P<rera>{_ERA})"
)
# Where a match of `_HIJRI_RE` can start (a digit, then the look-behind that opens each of its forms),
# written so that the regex engine skips from digit to digit.
_MATCH_START = re.compile(r"\d(?<![\d/]\d)")
# "الموافق" / "الموافق لـ" / "م" after a Hijri date: what joins it to the Gregorian date beside it.
_CONCORDANCE_RE = re.compile(r"\s*(?:[-–/،,(]\s*)?(?:ال)?موافق\s*(?:ل(?:ـ|\s)\s*)?")
# The words a Hijri date needs: one test before any regex, so Latin-script texts pay nothing.
_HINTS = ("محرم", "صفر", "ربيع", "جماد", "رجب", "شعبان", "رمضان", "شوال", "القعد", "الحج", "هـ")


@dataclass(frozen=True, slots=True)
class HijriMention:
    start: int
    end: int  # past the era mark and a following "الموافق", when there is one
    year: int
    month: int
    day: int
    gregorian: dt.date  # the Umm al-Qura conversion


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date (Umm al-Qura), None outside its table or for a day the month has not."""
    try:
        converted = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(converted.year, converted.month, converted.day)


def might_hold_hijri(text: str) -> bool:
    return any(hint in text for hint in _HINTS)


def find_hijri_dates(text: str) -> list[HijriMention]:
    """Every valid Hijri date written in `text`, with offsets into `text` (Arabic-Indic digits read too)."""
    if not might_hold_hijri(text):
        return []
    source = normalize_digits(text)  # one character for one: offsets stay
    found = []
    # Every match starts on a digit that no digit or "/" precedes: the pattern is tried there only,
    # not at each character (`matches_at` gives the matches of `_HIJRI_RE.finditer`).
    for match in matches_at(_HIJRI_RE, source, [m.start() for m in _MATCH_START.finditer(source)]):
        if match.group("y"):
            year, day = int(match.group("y")), int(match.group("d"))
            month = next(number for number, _ in _MONTHS if match.group(f"m{number}"))
        elif match.group("ny"):
            year, month, day = int(match.group("ny")), int(match.group("nm")), int(match.group("nd"))
        else:
            year, month, day = int(match.group("ry")), int(match.group("rm")), int(match.group("rd"))
        gregorian = to_gregorian(year, month, day) if 1 <= month <= 12 and 1 <= day <= 30 else None
        if gregorian is None:
            continue
        end = match.end()
        concordance = _CONCORDANCE_RE.match(source, end)
        if concordance:
            end = concordance.end()
        found.append(HijriMention(match.start(), end, year, month, day, gregorian))
    return found


def blank_hijri(text: str, mentions: list[HijriMention] | None = None) -> str:
    """`text` with its Hijri dates (and the "الموافق" after them) turned into spaces, offsets kept:
    the Gregorian date beside one is then read as if it stood alone."""
    mentions = find_hijri_dates(text) if mentions is None else mentions
    for mention in reversed(mentions):
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    return text


def hijri_as_gregorian(text: str, mentions: list[HijriMention] | None = None) -> str:
    """`text` with each Hijri date written as its Gregorian day (DD/MM/YYYY): the publication-date
    rules then read a Hijri-only dateline or header at day precision."""
    mentions = find_hijri_dates(text) if mentions is None else mentions
    for mention in reversed(mentions):
        text = text[: mention.start] + f"{mention.gregorian:%d/%m/%Y} " + text[mention.end :]
    return text
