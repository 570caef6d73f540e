"""insert_rows: COPY on PostgreSQL, bulk_create elsewhere; the same rows either way."""

import pytest

from archive.bulk import insert_rows
from archive.models import ArticleOrganization, Link
from tests.factories import make_article, make_organization

pytestmark = pytest.mark.django_db


def test_rows_land_with_defaults_for_missing_fields():
    article = make_article()
    orgs = [make_organization() for _ in range(3)]
    insert_rows(
        ArticleOrganization,
        [
            {"article_id": article.pk, "organization_id": org.pk, "surface": f"Org {i}", "sentence": "A sentence."}
            for i, org in enumerate(orgs)
        ],
    )
    links = list(ArticleOrganization.objects.filter(article=article).order_by("surface"))
    assert [link.organization_id for link in links] == [org.pk for org in orgs]
    assert {link.decision for link in links} == {Link.Decision.NONE}
    assert {link.confidence for link in links} == {1.0}
    assert {link.method for link in links} == {Link.Method.RULE}


def test_nothing_to_insert_is_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        insert_rows(ArticleOrganization, [])
