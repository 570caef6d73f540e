"""The minimal public pages: published articles only, a constant number of queries."""

import pytest

from archive.models import Article
from tests.factories import make_article, make_article_event, make_article_organization, make_article_person

pytestmark = pytest.mark.django_db


def _article_with_links(**kw):
    article = make_article(**kw)
    for _ in range(3):
        make_article_person(article=article)
        make_article_organization(article=article)
        make_article_event(article=article)
    return article


def test_list_shows_published_articles_only(client):
    shown = make_article(title="Published headline", status=Article.Status.PUBLISHED)
    make_article(title="Draft headline", status=Article.Status.DRAFT)
    response = client.get("/")
    assert response.status_code == 200
    assert shown.title in response.text
    assert "Draft headline" not in response.text


def test_draft_has_no_public_page(client):
    draft = make_article(status=Article.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_detail_queries_do_not_grow_with_links(client, django_assert_max_num_queries):
    article = _article_with_links(status=Article.Status.PUBLISHED)
    with django_assert_max_num_queries(4):  # article + source, persons, organizations, events
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    for link in article.person_links.all():
        assert link.person.name in response.text


def test_list_queries_do_not_grow_with_articles(client, django_assert_max_num_queries):
    for _ in range(30):
        make_article(status=Article.Status.PUBLISHED)
    with django_assert_max_num_queries(2):  # count + page
        assert client.get("/").status_code == 200
