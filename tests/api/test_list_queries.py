"""Every list answers in the same number of queries whatever its page size (no query per row),
and every bad filter value on every list is a 400 naming the parameter, never a 500."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db

# url -> the queries a page costs: (count,) page, then what its rows show.
LISTS = {
    "/api/articles/": 3,  # count, page, links and sources (one statement)
    "/api/articles/?cursor=": 2,  # no count on a walk
    "/api/articles/?language=fr&person={person}&published_after=2001": 3,
    "/api/persons/": 2,  # count, page with its article counts (a subquery)
    "/api/organizations/": 2,
    "/api/events/": 2,  # count, page with its series (a join)
    "/api/series/": 2,
    "/api/sources/": 2,
}


def _archive(rows: int) -> int:
    """`rows` articles, each with its own entities and one person they all name (returned)."""
    everywhere = make_person()
    for _ in range(rows):
        article = make_article(status=Article.Status.PUBLISHED, language="fr", source=make_source())
        make_article_person(article=article, person=everywhere)
        make_article_person(article=article)
        make_article_organization(article=article)
        make_article_event(article=article, event=make_event(series=make_event_series()))
    return everywhere.pk


def _queries(api, url: str, size: int) -> int:
    separator = "&" if "?" in url else "?"
    with CaptureQueriesContext(connection) as queries:
        response = api.get(f"{url}{separator}page_size={size}")
    assert response.status_code == 200, response.content
    assert len(response.json()["results"]) == size
    return len(queries)


@pytest.mark.parametrize(("url", "expected"), LISTS.items())
def test_list_queries_are_constant_in_page_size(api, url, expected):
    url = url.format(person=_archive(12))
    assert _queries(api, url, 2) == _queries(api, url, 12) == expected


BAD = [
    ("articles", "q=" + "x" * 201),
    ("articles", "event=0"),
    ("articles", "series=x"),
    ("articles", "cursor=not-a-cursor&ordering=id"),
    ("sources", "language=fra"),
    ("sources", "ordering=domain"),
    ("sources", "page=x"),
    ("articles", "page=0"),
    ("events", "page=-1"),
    ("series", "organization=-1"),
    ("series", "ordering=events"),
    ("events", "series=1.5"),
    ("events", "organization=abc"),
    ("events", "modified_since=2024-13-01"),
    ("events", "year=0"),
    ("persons", "q=" + "x" * 201),
    ("persons", "review=maybe"),
    ("persons", "modified_since=soon"),
    ("persons", "ordering=review"),
    ("persons", "page_size=-5"),
    ("organizations", "kind=club"),
    ("organizations", "country=FRA"),
    ("organizations", "review=x"),
]


@pytest.mark.parametrize(("resource", "query"), BAD)
def test_every_bad_filter_is_a_400_naming_it(api, resource, query):
    response = api.get(f"/api/{resource}/?{query}")
    assert response.status_code == 400, response.content
    parameter = query.split("=")[0] if "ordering=id" not in query else "ordering"
    assert list(response.json()["errors"]) == [parameter]
    assert parameter in response.json()["detail"]


@pytest.mark.parametrize("resource", ["articles", "sources", "series", "events", "persons", "organizations"])
def test_an_empty_ordering_keeps_the_default_order(api, resource):
    _archive(3)
    assert api.get(f"/api/{resource}/?ordering=,").json()["results"] == api.get(f"/api/{resource}/").json()["results"]
