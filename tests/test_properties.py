"""Issue 8, point 6: property-based tests (hypothesis) of the text stages the importer runs on
whatever it is given. Cleaning, language detection and date finding never raise on any text;
a date found in a text is never finer than the text gives (a month and a year never become a day);
parsing a record either gives an article or says why with ParseError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.importer.cleaning import clean_text
from archive.importer.markup import html_to_text, looks_like_html
from archive.importer.parsing import ParseError, parse_record
from archive.importer.readers import RawRecord
from archive.importer.validation import strip_controls
from text.dates import find_dates, publication_date
from text.language import detect_language
from text.partial_date import PartialDate

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any text the importer may meet: Latin with accents, Arabic and its digits, digits, punctuation,
# line breaks, control characters, markup characters.
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from("abcdeéèàçôAÉ ءابتثجحخدذرسشصعفقكلمنهوي٠١٢٣0123456789\n\n.,;:«»-–—()<>/&#'\"\t\x00\x07"),
    ),
    max_size=600,
)

FILLER_WORDS = ["le", "ministre", "a", "reçu", "la", "délégation", "police", "réunion", "the", "minister",
                "met", "delegation", "وزير", "الداخلية", "استقبل", "وفدا", "أمنيا"]  # fmt: skip
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
}  # fmt: skip


@PROPERTY
@given(ANY_TEXT)
def test_cleaning_never_raises_and_keeps_no_control_character(text):
    cleaned = clean_text(text)
    assert isinstance(cleaned.body, str)
    assert "\x00" not in strip_controls(cleaned.body)


@PROPERTY
@given(ANY_TEXT)
def test_markup_reading_never_raises(text):
    if looks_like_html(text):
        assert "<p>" not in html_to_text(text)
    html_to_text(text)


@PROPERTY
@given(ANY_TEXT)
def test_language_detection_never_raises(text):
    assert detect_language(text) in {None, "fr", "ar", "en", "es"}


@PROPERTY
@given(ANY_TEXT)
def test_date_finding_never_raises(text):
    for mention in find_dates(text):
        assert mention.date is None or 1 <= mention.date.year <= 9999
    publication_date(text, marker=None, urls=[])


@PROPERTY
@given(st.text(max_size=40))
def test_partial_date_parse_accepts_or_refuses_cleanly(text):
    try:
        parsed = PartialDate.parse(text)
    except ValueError:
        return  # refused, with the exception the callers catch
    assert parsed is None or isinstance(parsed, PartialDate)


@PROPERTY
@given(
    language=st.sampled_from(sorted(MONTHS)),
    year=st.integers(1950, 2035),
    month=st.integers(1, 12),
    with_month=st.booleans(),
    before=st.lists(st.sampled_from(FILLER_WORDS), max_size=12),
    after=st.lists(st.sampled_from(FILLER_WORDS), max_size=12),
)
def test_a_date_is_never_finer_than_the_text(language, year, month, with_month, before, after):
    written = f"{MONTHS[language][month - 1]} {year}" if with_month else str(year)
    given_date = PartialDate(year, month) if with_month else PartialDate(year)
    text = " ".join([*before, written, *after]) + "."
    found = [m.date for m in find_dates(text) if m.date is not None]
    found.append(publication_date(text, marker=None, urls=[]))
    for date in filter(None, found):
        assert not date.is_finer_than(given_date), (text, date)
        assert date.year == year


@PROPERTY
@given(ANY_TEXT, st.dictionaries(st.sampled_from(["title", "date", "url", "source", "language"]), ANY_TEXT))
def test_parsing_a_record_gives_an_article_or_a_reason(body, fields):
    record = RawRecord("feed.jsonl#1", body, {**fields, "body": body})
    try:
        article = parse_record(record)
    except ParseError as exc:
        assert str(exc)
    else:
        assert article.body.strip()
        if article.published is not None:
            assert isinstance(article.published, PartialDate)


@pytest.mark.parametrize("language", sorted(MONTHS))
def test_the_property_test_would_see_a_day_invented(language):
    """The finer-than check is not vacuous: a written day is found as a day."""
    text = f"le 5 {MONTHS[language][2]} 2023" if language != "en" else "March 5, 2023"
    assert any(m.date and m.date.precision == "day" for m in find_dates(text))


def test_a_year_too_large_for_a_date_is_refused_as_bad_input():
    """Ten digits overflow the C integer behind datetime.date: found by the property above."""
    with pytest.raises(ValueError):
        PartialDate.parse("9999999999")


def test_markup_reading_survives_a_cut_marked_section():
    """A page cut inside "<![…" (found by the property above) is read, not an AssertionError."""
    page = "<html><body><p>Avant</p><![0 reste du texte <p>Après</p></body></html>"
    assert html_to_text(page).split("\n\n")[0] == "Avant"
    assert "Après" in html_to_text(page)
