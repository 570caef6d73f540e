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


def test_created_objects_get_ids_timestamps_and_search_keys_as_bulk_create_gives():
    """create_objects (COPY with ids drawn from the sequence on PostgreSQL) writes what
    bulk_create writes: the same columns, ids in order, auto_now fields and the search key."""
    from django.utils import timezone

    from archive.bulk import create_objects
    from archive.models import Article

    before = timezone.now()
    made = create_objects(
        Article,
        [
            Article(
                title=f"Réunion numéro {i}",
                body="Texte.",
                raw_text="Texte.",
                language="fr",
                origin=f"c/{i}.txt",
                content_hash=f"{i:064d}",
            )
            for i in range(3)
        ],
    )
    assert all(a.pk for a in made) and len({a.pk for a in made}) == 3
    assert [a.pk for a in made] == sorted(a.pk for a in made)
    stored = {a.pk: a for a in Article.objects.filter(pk__in=[a.pk for a in made])}
    assert [stored[a.pk].title for a in made] == ["Réunion numéro 0", "Réunion numéro 1", "Réunion numéro 2"]
    assert all(stored[a.pk].created_at >= before and stored[a.pk].updated_at >= before for a in made)
    assert all("reunion" in stored[a.pk].search_key for a in made)
    assert all(stored[a.pk].status == Article.Status.DRAFT for a in made)
    # the sequence moved past the ids taken: the next ordinary insert does not collide
    later = Article.objects.create(
        title="Après", body="x", raw_text="x", language="fr", origin="c/next.txt", content_hash="f" * 64
    )
    assert later.pk > max(a.pk for a in made)


def test_creating_nothing_is_no_query(django_assert_num_queries):
    from archive.bulk import create_objects
    from archive.models import Article

    with django_assert_num_queries(0):
        assert create_objects(Article, []) == []
