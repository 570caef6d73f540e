"""Dates read from an article's URL (or an embedded image's): each shape, and what they never override."""

import pytest

from text.dates import publication_date, url_date
from text.partial_date import PartialDate as P


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/2021/03/09/forum-regional-securite.html", P(2021, 3, 9)),  # /Y/M/D/
        ("https://news.example.org/actualites/09/03/2021/forum-regional", P(2021, 3, 9)),  # /D/M/Y/
        ("https://news.example.org/stories/202103090745.html", P(2021, 3, 9)),  # a story id opening with the date
        ("https://news.example.org/ar/20210309154512-abc.html", P(2021, 3, 9)),  # with the time after it
        ("https://news.example.org/politique/forum-securite-2021-03-09-rabat", P(2021, 3, 9)),  # in a slug
        ("https://news.example.org/img/photo_2021_03_09.jpg", P(2021, 3, 9)),  # underscores
        ("https://news.example.org/2021/03/forum-regional", P(2021, 3)),  # a month only
        ("https://news.example.org/news?id=8812&date=20210309", P(2021, 3, 9)),  # a query's date
        ("https://news.example.org/article.php?published=2021-03-09&id=4", P(2021, 3, 9)),
    ],
)
def test_url_date_shapes(url, expected):
    assert url_date([url]) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/article/20451234.html",  # an id, not a date (no 34th day)
        "https://news.example.org/news/forum-2021",  # a year alone
        "https://news.example.org/a/123456789.html",
        "https://news.example.org/2021/13/40/x",  # no 13th month
        "https://news.example.org/news?id=20210309",  # an id that looks like a date is no named date
    ],
)
def test_numbers_that_are_not_dates(url):
    assert url_date([url]) is None


def test_the_url_day_refines_a_month_only_marker_of_the_same_month():
    url = "https://news.example.org/2021/03/09/forum"
    assert publication_date("Un texte sans date.", marker="2021-03", urls=[url]) == P(2021, 3, 9)


def test_the_url_day_never_refines_another_month():
    url = "https://news.example.org/2021/04/02/forum"
    assert publication_date("Un texte sans date.", marker="2021-03", urls=[url]) == P(2021, 3)


def test_a_date_in_the_text_wins_over_the_url():
    text = "Rabat, 05/03/2021 (MAP) – Le forum régional s'est ouvert ce vendredi."
    url = "https://news.example.org/2021/03/09/forum"
    assert publication_date(text, urls=[url]) == P(2021, 3, 5)
