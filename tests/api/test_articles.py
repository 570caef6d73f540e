"""The articles endpoints: compact list, interchange detail, filters, pagination, cursor,
CSV, streamed JSON Lines, conditional requests, constant query counts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from archive.interchange import article_entry
from archive.models import Article, ArticleOrganization, ArticlePerson
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_source,
)
from text.partial_date import Precision

pytestmark = pytest.mark.django_db
PUBLISHED = Article.Status.PUBLISHED


def _published(**kw) -> Article:
    kw.setdefault("status", PUBLISHED)
    return make_article(**kw)


def _with_links(**kw) -> Article:
    article = _published(**kw)
    for _ in range(2):
        make_article_person(article=article)
        make_article_organization(article=article)
        make_article_event(article=article)
    return article


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_list_is_compact_and_public(api):
    article = _with_links(title="Visible")
    make_article(title="Draft", status=Article.Status.DRAFT)
    rejected = make_article_person(article=article, decision=ArticlePerson.Decision.REJECTED)
    response = api.get("/api/articles/")
    assert _ids(response) == [article.pk]
    row = response.json()["results"][0]
    assert "body" not in row
    assert row["title"] == "Visible"
    assert len(row["persons"]) == 2 and rejected.person_id not in {p["id"] for p in row["persons"]}
    assert set(row["persons"][0]) == {"id", "name"}
    assert set(row["events"][0]) == {"id", "name", "relation"}


def test_editors_also_see_drafts(editor_api):
    draft = make_article(status=Article.Status.DRAFT)
    assert _ids(editor_api.get("/api/articles/")) == [draft.pk]


@pytest.mark.parametrize("size", [5, 25])
def test_list_queries_do_not_grow_with_page_size(api, django_assert_max_num_queries, size):
    for _ in range(size):
        _with_links()
    # count, page, persons, organizations, events
    with django_assert_max_num_queries(5):
        response = api.get(f"/api/articles/?page_size={size}")
    assert len(response.json()["results"]) == size


def test_detail_is_the_interchange_format(api):
    article = _with_links()
    response = api.get(f"/api/articles/{article.pk}/")
    assert response.status_code == 200
    body = response.json()
    expected = article_entry(Article.objects.with_entities().get(pk=article.pk))
    additions = {"modified", "story", "copies"}  # the API's, beside the interchange format
    assert {k: v for k, v in body.items() if k not in additions} == json.loads(json.dumps(expected))
    assert body["modified"] and (body["story"], body["copies"]) == (None, [])


def test_detail_of_a_draft_is_404_for_readers(api, editor_api):
    draft = make_article(status=Article.Status.DRAFT)
    assert api.get(f"/api/articles/{draft.pk}/").status_code == 404
    assert editor_api.get(f"/api/articles/{draft.pk}/").status_code == 200


def test_detail_queries_are_constant(api, django_assert_max_num_queries):
    article = _with_links()
    for _ in range(5):
        make_article_person(article=article)
    # (the fifth: the other copies of its story, archive/stories.py)
    with django_assert_max_num_queries(5):
        assert api.get(f"/api/articles/{article.pk}/").status_code == 200


def test_filters_by_language_source_and_entities(api):
    source = make_source()
    fr = _published(language="fr", source=source)
    ar = _published(language="ar")
    person_link = make_article_person(article=ar)
    org_link = make_article_organization(article=fr)
    series = make_event_series()
    event_link = make_article_event(article=ar, event=make_event(series=series))
    assert _ids(api.get("/api/articles/?language=ar")) == [ar.pk]
    assert _ids(api.get(f"/api/articles/?source={source.pk}")) == [fr.pk]
    assert _ids(api.get(f"/api/articles/?person={person_link.person_id}")) == [ar.pk]
    assert _ids(api.get(f"/api/articles/?organization={org_link.organization_id}")) == [fr.pk]
    assert _ids(api.get(f"/api/articles/?event={event_link.event_id}")) == [ar.pk]
    assert _ids(api.get(f"/api/articles/?series={series.pk}")) == [ar.pk]


def test_a_rejected_link_does_not_match_the_entity_filter(api):
    link = make_article_organization(article=_published(), decision=ArticleOrganization.Decision.REJECTED)
    assert _ids(api.get(f"/api/articles/?organization={link.organization_id}")) == []


def test_published_bounds_honour_precision(api):
    day = _published(published=dt.date(2024, 3, 10), published_precision=Precision.DAY)
    month = _published(published=dt.date(2024, 3, 1), published_precision=Precision.MONTH)
    year = _published(published=dt.date(2024, 1, 1), published_precision=Precision.YEAR)
    _published(published=dt.date(2023, 12, 31), published_precision=Precision.DAY)
    _published(published=None, published_precision="")
    # After mid-March: the day before is out, but March and 2024 reach past it.
    assert set(_ids(api.get("/api/articles/?published_after=2024-03-15"))) == {month.pk, year.pk}
    # Before March: only the year-precise article may have been published by then.
    assert set(_ids(api.get("/api/articles/?published_before=2024-02"))) >= {year.pk}
    assert day.pk not in _ids(api.get("/api/articles/?published_before=2024-02"))
    # A year bound covers the whole year.
    assert set(_ids(api.get("/api/articles/?published_after=2024&published_before=2024"))) == {
        day.pk,
        month.pk,
        year.pk,
    }


def test_modified_since(api):
    old = _published()
    new = _published()
    Article.objects.filter(pk=old.pk).update(updated_at=timezone.now() - dt.timedelta(days=3))
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    assert _ids(api.get("/api/articles/", {"modified_since": since})) == [new.pk]


def test_ordering_puts_undated_last(api):
    undated = _published(published=None, published_precision="")
    older = _published(published=dt.date(2020, 1, 1))
    newer = _published(published=dt.date(2025, 1, 1))
    assert _ids(api.get("/api/articles/")) == [newer.pk, older.pk, undated.pk]
    assert _ids(api.get("/api/articles/?ordering=published")) == [older.pk, newer.pk, undated.pk]
    assert _ids(api.get("/api/articles/?ordering=-id")) == [newer.pk, older.pk, undated.pk]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("language=french", "language"),
        ("source=abc", "source"),
        ("source=99999999999999999999", "source"),
        ("person=-3", "person"),
        ("organization=1.5", "organization"),
        ("published_after=2024-13", "published_after"),
        ("published_before=12/03/2024", "published_before"),
        ("published_after=2024-02-30", "published_after"),
        ("modified_since=yesterday", "modified_since"),
        ("ordering=body", "ordering"),
        ("page_size=none", "page_size"),
        ("page_size=0", "page_size"),
        ("cursor=&ordering=title", "ordering"),
        ("language=%00", "language"),
    ],
)
def test_a_bad_value_is_a_400_naming_the_parameter(api, query, parameter):
    response = api.get(f"/api/articles/?{query}")
    assert response.status_code == 400, response.content
    body = response.json()
    assert list(body["errors"]) == [parameter]
    assert parameter in body["detail"]


def test_page_size_is_capped(api, settings):
    for _ in range(3):
        _published()
    from archive.api.pagination import PagePagination

    PagePagination.max_page_size, saved = 2, PagePagination.max_page_size
    try:
        assert len(api.get("/api/articles/?page_size=1000").json()["results"]) == 2
    finally:
        PagePagination.max_page_size = saved


def test_a_page_past_the_end_is_404(api):
    _published()
    response = api.get("/api/articles/?page=7")
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}


def test_count_stops_at_the_cap_and_next_follows_the_rows(api, monkeypatch):
    from archive.api.pagination import CappedPagePagination

    monkeypatch.setattr(CappedPagePagination, "count_cap", 3)
    made = [_published(published=dt.date(2024, 1, i + 1)) for i in range(5)]
    newest = [a.pk for a in reversed(made)]
    first = api.get("/api/articles/?page_size=2").json()
    assert first["count"] == 3 and first["count_capped"] is True
    assert [r["id"] for r in first["results"]] == newest[:2] and first["previous"] is None
    second = api.get(first["next"]).json()
    assert [r["id"] for r in second["results"]] == newest[2:4]
    assert second["count_capped"] is True and "page=" not in second["previous"]
    third = api.get(second["next"]).json()
    assert [r["id"] for r in third["results"]] == newest[4:] and third["next"] is None
    assert api.get("/api/articles/?page_size=2&page=4").status_code == 404
    # Under the cap the count is exact and says so.
    exact = api.get("/api/articles/?page_size=2&published_before=2024-01-02").json()
    assert exact["count"] == 2 and exact["count_capped"] is False and exact["next"] is None


def test_the_count_reads_no_further_than_the_cap(api, monkeypatch, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from archive.api.pagination import CappedPagePagination

    monkeypatch.setattr(CappedPagePagination, "count_cap", 3)
    for _ in range(5):
        _published()
    with CaptureQueriesContext(connection) as captured:
        api.get("/api/articles/?page_size=2")
    counts = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert len(counts) == 1 and "LIMIT 4" in counts[0]


def test_cursor_walk_is_consistent_while_articles_arrive(api):
    first = [_published(published=dt.date(2024, 1, i + 1)) for i in range(5)]
    response = api.get("/api/articles/?cursor=&page_size=2")
    seen = _ids(response)
    assert "count" not in response.json()
    # An import adds articles (some dated earlier than everything seen) during the walk.
    late = [_published(published=dt.date(2000, 1, 1)) for _ in range(3)]
    next_url = response.json()["next"]
    while next_url:
        response = api.get(next_url)
        seen += _ids(response)
        next_url = response.json()["next"]
    assert seen == sorted(a.pk for a in first + late)


def test_bad_cursor_is_404(api):
    response = api.get("/api/articles/?cursor=not-a-cursor")
    assert response.status_code == 404
    assert "cursor" in response.json()["detail"].lower()


def test_csv_list(api):
    article = _with_links(title="Réunion, à Rabat")
    response = api.get("/api/articles/?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("id,title,title_derived,language,published,status,url,source.id,source.name")
    assert lines[1].startswith(f'{article.pk},"Réunion, à Rabat",False,fr,')
    names = "; ".join(link.person.name for link in article.person_links.order_by("id"))
    assert names in lines[1]


def test_csv_by_accept_header_and_errors_stay_json(api):
    _published()
    assert api.get("/api/articles/", HTTP_ACCEPT="text/csv")["Content-Type"].startswith("text/csv")
    response = api.get("/api/articles/?format=csv&language=xx1")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"


def test_csv_header_on_an_empty_page(api):
    assert api.get("/api/articles/?format=csv").content.decode().startswith("id,title,")


def test_jsonl_export_streams_filtered_articles_in_the_interchange_format(api, django_assert_max_num_queries):
    fr = [_with_links(language="fr") for _ in range(3)]
    _published(language="ar")
    with django_assert_max_num_queries(4):
        response = api.get("/api/articles/export/?language=fr")
        assert response.status_code == 200
        assert response.streaming
        lines = b"".join(response.streaming_content).decode().splitlines()
    assert response["Content-Type"].startswith("application/jsonl")
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == [a.pk for a in fr]
    expected = article_entry(Article.objects.with_entities().get(pk=fr[0].pk))
    assert rows[0] == json.loads(json.dumps(expected))


def test_export_bad_filter_is_a_json_400(api):
    response = api.get("/api/articles/export/?published_after=soon")
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "published_after": ["Expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got 'soon'."]
    }


def test_etag_and_last_modified(api):
    article = _with_links()
    url = f"/api/articles/{article.pk}/"
    first = api.get(url)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag and last_modified
    assert api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert api.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    # A linked person renamed: the representation changed, so does the ETag.
    link = article.person_links.first()
    link.person.name = "Renamed"
    link.person.save()
    again = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    assert again["ETag"] != etag
    assert api.get(url, HTTP_IF_MATCH='"something-else"').status_code == 412


def test_q_calls_the_search_service_and_composes_with_filters(api, django_assert_max_num_queries):
    from archive.search.indexing import index_articles

    hits = [
        _with_links(title=f"Conférence de coopération policière {n}", body="Les polices se réunissent.")
        for n in range(3)
    ]
    arabic = _published(title="مؤتمر التعاون الشرطي", body="مؤتمر", language="ar")
    _published(title="Météo du jour", body="Du soleil.")
    index_articles(Article.objects.all())
    # The search: entity look-up 2, the capped counts (with the walk, over the cap), every match
    # (under the cap), the page's articles; then their links and sources in one statement.
    with django_assert_max_num_queries(6):
        response = api.get("/api/articles/", {"q": "cooperation policiere", "page_size": 2})
    body = response.json()
    assert body["count"] == 3 and body["count_capped"] is False
    assert len(body["results"]) == 2 and body["next"]
    assert {r["id"] for r in body["results"]} < {a.pk for a in hits}
    assert {r["id"] for r in api.get(body["next"]).json()["results"]} < {a.pk for a in hits}
    assert _ids(api.get("/api/articles/", {"q": "cooperation policiere", "language": "ar"})) == []
    assert _ids(api.get("/api/articles/", {"q": "مؤتمر"})) == [arabic.pk]


@pytest.mark.parametrize("other", ["ordering=id", "cursor="])
def test_q_with_ordering_or_cursor_is_400(api, other):
    response = api.get(f"/api/articles/?q=police&{other}")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [other.split("=")[0]]


def test_q_page_past_the_end_is_404_and_export_refuses_q(api):
    assert api.get("/api/articles/?q=police&page=3").status_code == 404
    assert list(api.get("/api/articles/?q=police&page=abc").json()["errors"]) == ["page"]
    assert list(api.get("/api/articles/export/?q=police").json()["errors"]) == ["q"]
