"""The article list's compact form, assembled from plain rows.

A page of 50 articles through model instances, `prefetch_related` and nested serializers cost
about ten times the SQL that reads it (bench_api: 38 ms against 3.8 ms): Django builds a
queryset per article to attach its prefetched links, a model per link, and DRF walks a field
tree per row. The list only shows ids, names and a few columns, so it reads them as plain rows
(`ARTICLE_COLUMNS`, then one statement for the links of the whole page) and writes the JSON
dicts directly. The shape is the one `ArticleListSerializer` declares (the schema and the CSV
header come from it); tests/api/responses/article_list*.json hold it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db import connection
from django.db.models import OuterRef, Subquery
from rest_framework.fields import DateTimeField

from archive.models import ArticleEvent, ArticleOrganization, ArticlePerson, Link, Source
from events.models import Event
from people.models import Organization, Person
from text.partial_date import PartialDate

# What a list row needs: the page's query selects these and nothing else (no body, no raw text).
ARTICLE_COLUMNS = (
    "id",
    "title",
    "title_derived",
    "language",
    "published",
    "published_precision",
    "status",
    "url",
    "updated_at",
    "source_id",
)
# The same columns as model fields (and the source's name) for querysets that must yield Article
# instances: the search service ranks and returns articles.
ARTICLE_FIELDS = (*ARTICLE_COLUMNS[:-1], "source__id", "source__name")

_DATETIME = DateTimeField()  # the API's one spelling of an instant (ISO 8601, UTC as Z)


def _as_row(item) -> dict:
    """A values() row as is; an Article instance (a search hit) read into the same keys."""
    if isinstance(item, dict):
        return item
    row = {column: getattr(item, column) for column in ARTICLE_COLUMNS}
    row["source_name"] = item.source.name if item.source_id else None
    return row


def _link_select(model, entity_model, entity: str, extra: str) -> str:
    """One kind of link in the page's links query: (kind, article, entity id, name, extra, link id)."""
    q = connection.ops.quote_name
    links, entities = q(model._meta.db_table), q(entity_model._meta.db_table)
    column = q(model._meta.get_field(entity).column)
    return (
        f"SELECT %s, l.{q('article_id')}, l.{column}, e.{q('name')}, {extra}, l.{q('id')} "
        f"FROM {links} l JOIN {entities} e ON e.{q('id')} = l.{column} "
        f"WHERE l.{q('article_id')} IN ({{ids}}) AND NOT l.{q('decision')} = %s"
    )


LINK_KINDS = ("persons", "organizations", "events")


def _links(article_ids: list[int]) -> dict[str, dict[int, list[tuple]]]:
    """Standing links of the page's articles, by kind and article, as (id, name[, acronym or
    relation]) in the order they were written: ONE statement for the three kinds (a UNION ALL,
    written once per process), where three ORM queries cost three compilations and three
    round trips, the larger part of a page's Python time."""
    global _LINKS_SQL
    if _LINKS_SQL is None:
        _LINKS_SQL = (
            " UNION ALL ".join(
                [
                    _link_select(ArticlePerson, Person, "person", "NULL"),
                    _link_select(ArticleOrganization, Organization, "organization", "e.acronym"),
                    _link_select(ArticleEvent, Event, "event", "l.relation"),
                ]
            )
            + " ORDER BY 1, 6"
        )
    placeholders = ", ".join(["%s"] * len(article_ids))
    params = []
    for kind in range(len(LINK_KINDS)):
        params += [kind, *article_ids, Link.Decision.REJECTED]
    by_kind: dict[str, dict[int, list[tuple]]] = {kind: defaultdict(list) for kind in LINK_KINDS}
    with connection.cursor() as cursor:
        cursor.execute(_LINKS_SQL.replace("{ids}", placeholders), params)
        for kind, article_id, pk, name, extra, _link in cursor.fetchall():
            by_kind[LINK_KINDS[kind]][article_id].append((pk, name) if kind == 0 else (pk, name, extra))
    return by_kind


_LINKS_SQL: str | None = None


def compact_articles(items: Iterable) -> list[dict]:
    """The compact form of each article of a page: 1 query (its links of every kind), whatever
    the page size; none for an empty page."""
    rows = [_as_row(item) for item in items]
    if not rows:
        return []
    links = _links([row["id"] for row in rows])
    persons, organizations, events = (links[kind] for kind in LINK_KINDS)
    modified = _DATETIME.to_representation
    return [
        {
            "id": row["id"],
            "title": row["title"],
            "title_derived": row["title_derived"],
            "language": row["language"],
            "published": _partial_date(row["published"], row["published_precision"]),
            "status": row["status"],
            "url": row["url"],
            "source": None if row["source_id"] is None else {"id": row["source_id"], "name": row["source_name"]},
            "modified": modified(row["updated_at"]),
            "persons": [{"id": pk, "name": name} for pk, name in persons.get(row["id"], ())],
            "organizations": [
                {"id": pk, "name": name, "acronym": acronym} for pk, name, acronym in organizations.get(row["id"], ())
            ],
            "events": [
                {"id": pk, "name": name, "relation": relation} for pk, name, relation in events.get(row["id"], ())
            ],
        }
        for row in rows
    ]


def _partial_date(day, precision: str) -> str | None:
    date = PartialDate.from_stored(day, precision)
    return None if date is None else str(date)


def article_rows(articles):
    """The list's query: the compact columns as dicts, the source's name by a subquery rather
    than a join, so that the page-number COUNT (which drops unused annotations) stays on the
    articles alone: a join, even one PostgreSQL removes, needs `source_id` and so keeps it
    from counting in the covering index (index-only 12 ms against 600 ms from disk, 100,000
    articles)."""
    source_name = Source.objects.filter(pk=OuterRef("source_id")).order_by().values("name")[:1]
    return articles.annotate(source_name=Subquery(source_name)).values(*ARTICLE_COLUMNS, "source_name")


def article_instances(articles):
    """The same columns as Article instances, for the search service (it ranks and returns articles)."""
    return articles.select_related("source").only(*ARTICLE_FIELDS)
