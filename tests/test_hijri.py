"""Hijri dates (text/hijri.py) and their place in the publication-date rules, on invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from text.dates import publication_date, publication_date_found
from text.hijri import blank_hijri, find_hijri_dates, to_gregorian

BODY = "عقد وزراء الداخلية اجتماعهم السنوي لبحث سبل تعزيز التعاون الأمني وتبادل المعلومات بين الدول الأعضاء."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 شعبان 1446هـ", (1446, 8, 17, dt.date(2025, 2, 16))),
        ("17 شعبان 1446", (1446, 8, 17, dt.date(2025, 2, 16))),  # without هـ
        ("١٧ شعبان ١٤٤٦ هـ", (1446, 8, 17, dt.date(2025, 2, 16))),  # Arabic-Indic digits
        ("3 من ربيع الآخر سنة 1445 للهجرة", (1445, 4, 3, dt.date(2023, 10, 18))),
        ("1 ذي الحجة 1445", (1445, 12, 1, dt.date(2024, 6, 7))),
        ("12 جمادى الأولى 1446هـ", (1446, 5, 12, dt.date(2024, 11, 14))),
        ("1446/08/17هـ", (1446, 8, 17, dt.date(2025, 2, 16))),
        ("17/08/1446هـ", (1446, 8, 17, dt.date(2025, 2, 16))),
    ],
)
def test_hijri_dates_are_read_and_converted_with_umm_al_qura(text, expected):
    (mention,) = find_hijri_dates(f"صدر البيان يوم {text} في العاصمة")
    assert (mention.year, mention.month, mention.day, mention.gregorian) == expected


@pytest.mark.parametrize(
    "text",
    [
        "30 شعبان 1446هـ",  # Sha'ban 1446 has 29 days in Umm al-Qura
        "17 شعبان 1200هـ",  # outside the Umm al-Qura table
        "1446/08/17",  # numeric without the era mark: not known to be Hijri
        "حضر 17 شخصا من رمضان",  # no year
        "Le 17 mars 2025 à Rabat",
    ],
)
def test_what_is_not_a_hijri_date(text):
    assert find_hijri_dates(text) == []


def test_converter_refuses_impossible_days():
    assert to_gregorian(1446, 8, 30) is None
    assert to_gregorian(1446, 9, 1) == dt.date(2025, 3, 1)


def test_blanking_keeps_offsets():
    text = "الرياض في 17 شعبان 1446هـ الموافق 16 فبراير 2025م"
    blanked = blank_hijri(text)
    assert len(blanked) == len(text) and blanked.split() == ["الرياض", "في", "16", "فبراير", "2025م"]


def test_a_gregorian_date_beside_a_hijri_one_stays():
    text = f"الرياض في 17 شعبان 1446هـ الموافق 16 فبراير 2025م (واس) - {BODY}"
    assert publication_date_found(text) == (publication_date(text), "dateline")
    assert str(publication_date(text)) == "2025-02-16"


def test_the_gregorian_date_wins_when_the_two_disagree():
    # a day apart, as happens when a country sights the moon a day before the Umm al-Qura table
    text = f"الرياض في 18 شعبان 1446هـ الموافق 16 فبراير 2025م (واس) - {BODY}"
    assert str(publication_date(text)) == "2025-02-16"


def test_a_hijri_only_dateline_gives_the_day():
    found, rule = publication_date_found(f"جدة في 5 رمضان 1445هـ (واس) - {BODY}")
    assert (str(found), found.precision, rule) == ("2024-03-15", "day", "hijri")


def test_a_hijri_only_header_line_gives_the_day():
    text = f"الأحد 17 شعبان 1446 هـ\nوزراء الداخلية يجتمعون في الرياض\n{BODY}"
    assert publication_date_found(text) == (publication_date(text), "hijri")
    assert str(publication_date(text)) == "2025-02-16"


def test_a_hijri_date_in_the_running_text_is_an_events_not_the_articles():
    text = f"{BODY} وسيعقد الاجتماع المقبل في 17 شعبان 1447هـ بمقر الأمانة العامة للمجلس في تونس العاصمة."
    assert publication_date(text) is None


def test_a_day_marker_is_never_overridden_by_a_hijri_date():
    text = f"الرياض في 5 رمضان 1445هـ (واس) - {BODY}"
    assert str(publication_date(text, marker="2024-03-20")) == "2024-03-20"


def test_hijri_pattern_tried_at_digits_only_finds_what_finditer_finds():
    import random

    from text import digits, hijri

    parts = ["17", "1446", "٤", "۱۴۴۶", "/", "-", " ", "شعبان", "رمضان", "هـ", "من", "سنة", "08", "1/", "٣"]
    parts += ["١٢", "१२", "الموافق", "/1446", "1446/08/17", "17/08/1446", "هجري", "a", "\n"]
    rng = random.Random(2)
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 10)))
        source = text.translate(digits.DIGITS)
        assert digits.normalize_digits(text) == source
        starts = [m.start() for m in hijri._MATCH_START.finditer(source)]
        fast = [(m.span(), m.groupdict()) for m in hijri.matches_at(hijri._HIJRI_RE, source, starts)]
        assert fast == [(m.span(), m.groupdict()) for m in hijri._HIJRI_RE.finditer(source)], text


@pytest.mark.parametrize(
    "header",
    [
        "جدة 20 ربيع الآخر 1444 هـ الموافق 15 نوفمبر 2022 م واس",  # the agency's bare code, after a Hijri date
        "جدة 15 نوفمبر 2022 واس",
    ],
)
def test_a_dateline_closed_by_an_agencys_bare_code_gives_the_gregorian_day(header):
    """The Hijri date blanked leaves the Gregorian one alone in a long line: still the line's date."""
    assert str(publication_date(f"{header}\nترأس الوزير اليوم أعمال الدورة.")) == "2022-11-15"
