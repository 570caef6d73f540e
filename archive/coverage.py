"""How many published articles name each entity (`MentionCount`) and how many there are per
year and language (`YearCoverage`): precomputed counts that the home page, the lists and the
entity pages read instead of counting links or articles.

The counts are recounted, one INSERT … SELECT … GROUP BY per kind: whole at the end of every
import run (about a second at 100,000 articles, paid by the import, never by a reader), and
for the entities an editorial operation touched inside that operation (through
`operation_recorded`; the touched rows are read from the operation's history). A recount rather
than increments: links change in many places (the importer's linking, decisions, merges,
splits, rejections, publication, undo), and a statement that recounts cannot drift.
"""

from __future__ import annotations

from django.db import connection, transaction

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Link, MentionCount, YearCoverage
from events.models import Event
from people.curation.models import BulkChange
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
    MentionCount.Kind.EVENT: (ArticleEvent, "event_id", Event, f"e.review <> '{Review.REJECTED}'"),
}


_JSON_OBJECT = {"postgresql": "jsonb_object_agg", "sqlite": "json_group_object"}


def mention_counts_refresh(entities: dict[str, set[int]] | None = None, *, years: bool = True) -> None:
    """Recount the published articles of every public entity (links an editor rejected left
    out; a link is one article: (article, entity) is unique), or only of `entities` (kind ->
    ids), and with `years` the published articles of each year and language. Atomic: readers
    see the old counts or the new ones."""
    table = MentionCount._meta.db_table
    article_table = Article._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        for kind, (link_model, column, entity_model, public) in _KINDS.items():
            only, params = "", []
            if entities is not None:
                ids = sorted(entities.get(kind, ()))
                if not ids:
                    continue
                only, params = f" AND entity_id IN ({', '.join(['%s'] * len(ids))})", ids
            cursor.execute(f"DELETE FROM {table} WHERE kind = %s{only}", [kind, *params])
            cursor.execute(
                f"INSERT INTO {table} (kind, entity_id, articles, languages) "
                f"SELECT %s, entity, SUM(n), {_JSON_OBJECT[connection.vendor]}(language, n) FROM ("
                f"SELECT l.{column} AS entity, a.language AS language, COUNT(*) AS n "
                f"FROM {link_model._meta.db_table} l "
                f"JOIN {article_table} a ON a.id = l.article_id "
                f"JOIN {entity_model._meta.db_table} e ON e.id = l.{column} "
                f"WHERE a.status = %s AND l.decision <> %s AND {public}{only.replace('entity_id', f'l.{column}')} "
                f"GROUP BY l.{column}, a.language) per_language GROUP BY entity",
                [kind, Article.Status.PUBLISHED, Link.Decision.REJECTED, *params],
            )
        if years:
            _refresh_years(cursor)


# Past this many entities touched by one operation, recounting them all is the cheaper plan.
TARGETED_MAX = 2000


def mention_counts_refresh_after(operation) -> None:
    """Recount what one editorial operation may have changed, from the rows its history holds:
    the entities of the links it wrote, the entities it wrote (a merge, a rejection), the
    entities linked to the articles it wrote (publication), and the years when articles changed.
    A few entities for an editor's decision: milliseconds, not a recount of the archive."""
    if BulkChange.objects.filter(operation=operation).exists():
        # A set-based change (a bulk publication) lists its ids apart, often by the thousand:
        # the whole recount is the cheaper plan.
        mention_counts_refresh()
        return
    articles = set(Article.history.model.objects.filter(operation=operation).values_list("id", flat=True))
    touched: dict[str, set[int]] = {}
    for kind, (link_model, column, entity_model, _public) in _KINDS.items():
        ids = set(link_model.history.model.objects.filter(operation=operation).values_list(column, flat=True))
        ids |= set(entity_model.history.model.objects.filter(operation=operation).values_list("id", flat=True))
        if articles:
            ids |= set(link_model.objects.filter(article_id__in=articles).values_list(column, flat=True))
        touched[kind] = ids
    if sum(len(ids) for ids in touched.values()) > TARGETED_MAX:
        mention_counts_refresh()
    elif any(touched.values()) or articles:
        mention_counts_refresh(touched, years=bool(articles))


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
