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

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable

from django.db import connection
from django.utils import timezone

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
# The same columns as model fields, for querysets that must yield Article instances: the search
# service ranks and returns articles.
ARTICLE_FIELDS = tuple(c.removesuffix("_id") if c == "source_id" else c for c in ARTICLE_COLUMNS)


def _as_row(item) -> dict:
    """A values() row as is; an Article instance (a search hit) read into the same keys."""
    if isinstance(item, dict):
        return item
    return {column: getattr(item, column) for column in ARTICLE_COLUMNS}


def _link_select(kind: int, model, entity_model, entity: str, extra: str, match: str) -> str:
    """The links of one kind: (kind, article, entity id, name, acronym or relation, link id)."""
    q = connection.ops.quote_name
    links, entities = q(model._meta.db_table), q(entity_model._meta.db_table)
    column = q(model._meta.get_field(entity).column)
    return (
        f"SELECT {kind}, l.{q('article_id')}, l.{column}, e.{q('name')}, {extra}, l.{q('id')} "
        f"FROM {links} l JOIN {entities} e ON e.{q('id')} = l.{column} "
        f"WHERE l.{q('article_id')} {match.format(ids='%(articles)s')} AND NOT l.{q('decision')} = %(rejected)s"
    )


@functools.cache
def _related_sql(vendor: str) -> str:
    """The statement that reads what a page shows beside its articles: their standing links of
    the three kinds, in the order they were written, and their sources' names. On PostgreSQL
    the ids go as one array (`= ANY`), so the statement's text is the same for every page and
    psycopg parses it once; elsewhere as a list of placeholders (filled in per page)."""
    match = "= ANY({ids})" if vendor == "postgresql" else "IN ({ids})"
    q = connection.ops.quote_name
    selects = [
        _link_select(PERSONS, ArticlePerson, Person, "person", "NULL", match),
        _link_select(ORGANIZATIONS, ArticleOrganization, Organization, "organization", "e.acronym", match),
        _link_select(EVENTS, ArticleEvent, Event, "event", "l.relation", match),
        f"SELECT {SOURCES}, NULL, {q('id')}, {q('name')}, NULL, NULL FROM {q(Source._meta.db_table)} "
        f"WHERE {q('id')} {match.format(ids='%(sources)s')}",
    ]
    return " UNION ALL ".join(selects) + " ORDER BY 1, 6"


PERSONS, ORGANIZATIONS, EVENTS, SOURCES = range(4)


def _related(article_ids: list[int], source_ids: list[int]) -> tuple[dict, dict, dict, dict]:
    """Persons, organizations and events by article, as (id, name[, acronym or relation]); and
    source names by id. ONE statement, where four ORM queries cost four compilations and four
    round trips: the larger part of a page's Python time."""
    sql, params = _related_sql(connection.vendor), {"rejected": Link.Decision.REJECTED}
    if connection.vendor == "postgresql":
        params |= {"articles": article_ids, "sources": source_ids or [0]}
    else:
        for key, ids in (("articles", article_ids), ("sources", source_ids or [0])):
            names = [f"{key}{n}" for n in range(len(ids))]
            sql = sql.replace(f"%({key})s", ", ".join(f"%({name})s" for name in names))
            params |= dict(zip(names, ids, strict=True))
    by_article: tuple[dict, dict, dict] = (defaultdict(list), defaultdict(list), defaultdict(list))
    sources = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for kind, article_id, pk, name, extra, _link in cursor.fetchall():
            if kind == SOURCES:
                sources[pk] = name
            else:
                by_article[kind][article_id].append((pk, name) if kind == PERSONS else (pk, name, extra))
    return (*by_article, sources)


def _instant(value: dt.datetime, zone) -> str:
    """An instant as DRF's DateTimeField writes it (ISO 8601 in the current time zone, UTC as
    Z), without its per-value lookups of the zone."""
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def compact_articles(items: Iterable) -> list[dict]:
    """The compact form of each article of a page: 1 query (their links of every kind and
    their sources), whatever the page size; none for an empty page."""
    rows = [_as_row(item) for item in items]
    if not rows:
        return []
    source_ids = sorted({row["source_id"] for row in rows if row["source_id"] is not None})
    persons, organizations, events, sources = _related([row["id"] for row in rows], source_ids)
    zone = timezone.get_current_timezone()
    return [
        {
            "id": row["id"],
            "title": row["title"],
            "title_derived": row["title_derived"],
            "language": row["language"],
            "published": _partial_date(row["published"], row["published_precision"]),
            "status": row["status"],
            "url": row["url"],
            "source": None if row["source_id"] is None else {"id": row["source_id"], "name": sources[row["source_id"]]},
            "modified": _instant(row["updated_at"], zone),
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
    """The list's query: the compact columns as dicts, no join (sources' names come with the
    links): the page-number COUNT then reads the articles alone. A join, even one PostgreSQL
    removes, needs `source_id` and so keeps the COUNT from the covering index (index-only
    12 ms against 600 ms from disk at 100,000 articles)."""
    return articles.values(*ARTICLE_COLUMNS)


def article_instances(articles):
    """The same columns as Article instances, for the search service (it ranks and returns articles)."""
    return articles.only(*ARTICLE_FIELDS)
