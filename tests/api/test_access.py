"""Reading is public and throttled; writing needs an editor's token."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from archive.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_rates(settings):
    settings.API_THROTTLE_RATES = {"anon": "3/minute", "user": "5/minute"}
    cache.clear()
    yield
    cache.clear()


def test_anonymous_reads_are_throttled(api, low_rates):
    statuses = [api.get("/api/sources/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api.get("/api/sources/")
    assert int(response["Retry-After"]) > 0
    assert response.json()["detail"].startswith("Request was throttled")


def test_token_holders_have_their_own_rate(editor_api, low_rates):
    statuses = [editor_api.get("/api/sources/").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]


def test_a_method_a_resource_lacks_is_405_even_anonymous(api):
    assert api.delete("/api/sources/").status_code == 405


def test_a_bad_token_is_401(api):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert api.get("/api/articles/").status_code == 401


def test_writes_need_a_token(api):
    article = make_article()
    response = api.patch(f"/api/articles/{article.pk}/", {"title": "New"}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_writes_need_an_editor(reader_api):
    article = make_article(status=Article.Status.PUBLISHED)
    response = reader_api.post(f"/api/articles/{article.pk}/unpublish/")
    assert response.status_code == 403
    assert "editor" in response.json()["detail"]
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
