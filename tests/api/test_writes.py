"""Editors write through the API with a token, through the same services as the admin: each
write is one recorded operation, visible in the curation history."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.models import Article, ArticlePerson, Link
from people.curation.models import Operation
from people.models import Person, Review
from tests.factories import make_article, make_article_person, make_person, make_source

pytestmark = pytest.mark.django_db


def test_patch_article_metadata(editor_api, editor):
    article = make_article(title="Old", title_derived=True)
    source = make_source()
    response = editor_api.patch(
        f"/api/articles/{article.pk}/",
        {"title": "Nouveau titre", "published": "2024-11", "source": source.pk, "language": "fr"},
        format="json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["title"] == "Nouveau titre" and body["title_derived"] is False
    assert body["published"] == "2024-11"
    assert body["source"] == {"id": source.pk, "name": source.name}
    article.refresh_from_db()
    assert (article.published, article.published_precision) == (dt.date(2024, 11, 1), "month")
    operation = Operation.objects.get(kind=Operation.Kind.EDIT)
    assert operation.by == editor


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"language": "French"}, "language"),
        ({"published": "2024-02-30"}, "published"),
        ({"published": "soon"}, "published"),
        ({"source": 987654}, "source"),
        ({"url": "not a url"}, "url"),
        ({"title": ""}, "title"),
    ],
)
def test_bad_metadata_is_a_400_naming_the_field(editor_api, payload, field):
    article = make_article(title="Kept")
    response = editor_api.patch(f"/api/articles/{article.pk}/", payload, format="json")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [field]
    article.refresh_from_db()
    assert article.title == "Kept"


@pytest.mark.parametrize("url", ["javascript:alert(4)", "ftp://example.org/a", "not a url"])
def test_a_bad_url_is_refused_once_with_the_models_rule(editor_api, url):
    article = make_article(title="Kept")
    response = editor_api.patch(f"/api/articles/{article.pk}/", {"url": url}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"] == {"url": ["Enter an http:// or https:// address."]}
    article.refresh_from_db()
    assert article.url == ""


def test_publish_and_unpublish(editor_api, api):
    article = make_article(status=Article.Status.DRAFT)
    assert api.get(f"/api/articles/{article.pk}/").status_code == 404
    assert editor_api.post(f"/api/articles/{article.pk}/publish/").json()["status"] == "published"
    assert api.get(f"/api/articles/{article.pk}/").status_code == 200
    assert editor_api.post(f"/api/articles/{article.pk}/unpublish/").json()["status"] == "draft"
    assert Operation.objects.filter(kind=Operation.Kind.PUBLISH).count() == 2


def test_reject_a_link_moves_modified(editor_api, api):
    article = make_article(status=Article.Status.PUBLISHED)
    link = make_article_person(article=article)
    Article.objects.filter(pk=article.pk).update(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    response = editor_api.post(
        f"/api/articles/{article.pk}/links/",
        {"kind": "person", "entity": link.person_id, "decision": "rejected"},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["persons"] == []
    assert ArticlePerson.objects.get(pk=link.pk).decision == Link.Decision.REJECTED
    # Incremental sync sees the change.
    assert [r["id"] for r in api.get("/api/articles/?modified_since=2025-01-01T00:00:00Z").json()["results"]] == [
        article.pk
    ]


def test_decision_on_a_missing_link_is_404(editor_api):
    article = make_article()
    response = editor_api.post(
        f"/api/articles/{article.pk}/links/", {"kind": "event", "entity": 5, "decision": "confirmed"}, format="json"
    )
    assert response.status_code == 404
    bad = editor_api.post(
        f"/api/articles/{article.pk}/links/", {"kind": "place", "entity": 5, "decision": "maybe"}, format="json"
    )
    assert set(bad.json()["errors"]) == {"kind", "decision"}


def test_confirm_and_reject_a_person(editor_api, api):
    person = make_person(review=Review.CANDIDATE)
    assert editor_api.post(f"/api/persons/{person.pk}/confirm/").json()["review"] == "confirmed"
    assert editor_api.post(f"/api/persons/{person.pk}/reject/").json()["review"] == "rejected"
    assert api.get(f"/api/persons/{person.pk}/").status_code == 404
    assert [o.kind for o in Operation.objects.order_by("at")] == [Operation.Kind.CONFIRM, Operation.Kind.REJECT]


def test_merge_persons(editor_api):
    survivor = make_person(name="Abdellatif Hammouchi")
    other = make_person(name="Abdelatif Hammouchi")
    make_article_person(person=other)
    response = editor_api.post(f"/api/persons/{survivor.pk}/merge/", {"others": [other.pk]}, format="json")
    assert response.status_code == 200, response.content
    assert "Abdelatif Hammouchi" in response.json()["aliases"]
    assert not Person.objects.filter(pk=other.pk).exists()
    assert ArticlePerson.objects.filter(person=survivor).count() == 1


def test_merge_errors_name_others(editor_api):
    survivor = make_person()
    for payload in ({"others": [987654]}, {"others": []}, {"others": [survivor.pk]}, {}):
        response = editor_api.post(f"/api/persons/{survivor.pk}/merge/", payload, format="json")
        assert response.status_code == 400, payload
        assert list(response.json()["errors"]) == ["others"]


def test_merge_organizations(editor_api):
    from tests.factories import make_organization

    survivor, other = make_organization(name="Zeta Police"), make_organization(name="Zeta Police Force")
    response = editor_api.post(f"/api/organizations/{survivor.pk}/merge/", {"others": [other.pk]}, format="json")
    assert response.status_code == 200
    assert "Zeta Police Force" in response.json()["aliases"]
