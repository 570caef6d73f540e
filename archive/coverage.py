"""How many published articles name each entity (`MentionCount`) and how many there are per
year and language (`YearCoverage`): precomputed counts that the home page, the lists and the
entity pages read instead of counting links or articles.

The counts are rebuilt whole, one INSERT … SELECT … GROUP BY per kind, at the end of every
import run and inside every editorial operation (through `operation_recorded`): about
0.1–0.3 s at 100,000 articles, paid by the write, never by a reader. A rebuild rather than
increments: links change in many places (the importer's linking, decisions, merges, splits,
rejections, publication, undo), and one statement that recounts cannot drift.
"""

from __future__ import annotations

from django.db import connection, transaction

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Link, MentionCount, YearCoverage
from events.models import Event
from people.models import Organization, Person, Review

# kind -> (link model, its column pointing at the entity, the entity model, public condition)
_KINDS = {
    MentionCount.Kind.PERSON: (ArticlePerson, "person_id", Person, f"e.review <> '{Review.REJECTED}'"),
    MentionCount.Kind.ORGANIZATION: (
        ArticleOrganization,
        "organization_id",
        Organization,
        f"e.review <> '{Review.REJECTED}'",
    ),
    MentionCount.Kind.EVENT: (ArticleEvent, "event_id", Event, "1 = 1"),
}


_JSON_OBJECT = {"postgresql": "jsonb_object_agg", "sqlite": "json_group_object"}


def mention_counts_refresh() -> None:
    """Recount every public entity's published articles (links an editor rejected left out;
    a link is one article: (article, entity) is unique), and the published articles of each
    year and language. Atomic: readers see the old counts or the new ones."""
    table = MentionCount._meta.db_table
    article_table = Article._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        for kind, (link_model, column, entity_model, public) in _KINDS.items():
            cursor.execute(f"DELETE FROM {table} WHERE kind = %s", [kind])
            cursor.execute(
                f"INSERT INTO {table} (kind, entity_id, articles, languages) "
                f"SELECT %s, entity, SUM(n), {_JSON_OBJECT[connection.vendor]}(language, n) FROM ("
                f"SELECT l.{column} AS entity, a.language AS language, COUNT(*) AS n "
                f"FROM {link_model._meta.db_table} l "
                f"JOIN {article_table} a ON a.id = l.article_id "
                f"JOIN {entity_model._meta.db_table} e ON e.id = l.{column} "
                f"WHERE a.status = %s AND l.decision <> %s AND {public} "
                f"GROUP BY l.{column}, a.language) per_language GROUP BY entity",
                [kind, Article.Status.PUBLISHED, Link.Decision.REJECTED],
            )
        _refresh_years(cursor)


def _refresh_years(cursor) -> None:
    table = YearCoverage._meta.db_table
    year = (
        "EXTRACT(YEAR FROM published)"
        if connection.vendor == "postgresql"
        else "CAST(strftime('%%Y', published) AS INTEGER)"
    )
    cursor.execute(f"DELETE FROM {table}")
    cursor.execute(
        f"INSERT INTO {table} (year, language, articles) SELECT {year}, language, COUNT(*) "
        f"FROM {Article._meta.db_table} WHERE status = %s AND published IS NOT NULL GROUP BY 1, 2",
        [Article.Status.PUBLISHED],
    )


def year_coverage() -> list[tuple[int, str, int]]:
    """(year, language, articles), oldest year first (1 query over a few dozen rows)."""
    return list(YearCoverage.objects.order_by("year", "language").values_list("year", "language", "articles"))


def mention_counts(kind: str, ids) -> dict[int, int]:
    """The article counts of these entities (1 query; 0 for an entity no published article names)."""
    return dict(MentionCount.objects.filter(kind=kind, entity_id__in=list(ids)).values_list("entity_id", "articles"))


def mention_count(kind: str, entity_id: int) -> MentionCount:
    """The entity's counts (1 query); zero counts when no published article names it."""
    found = MentionCount.objects.filter(kind=kind, entity_id=entity_id).first()
    return found or MentionCount(kind=kind, entity_id=entity_id, articles=0, languages={})


def most_mentioned_ids(kind: str, limit: int) -> list[tuple[int, int]]:
    """(entity id, articles) of the most named, most first (1 query on the index)."""
    return list(
        MentionCount.objects.filter(kind=kind)
        .order_by("-articles", "entity_id")
        .values_list("entity_id", "articles")[:limit]
    )
