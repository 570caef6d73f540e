"""The article list's compact form, assembled from plain rows.

A page of 50 articles through model instances, `prefetch_related` and nested serializers cost
about ten times the SQL that reads it (bench_api: 38 ms against 3.8 ms): Django builds a
queryset per article to attach its prefetched links, a model per link, and DRF walks a field
tree per row. The list only shows ids, names and a few columns, so it reads them as tuples
(`ARTICLE_COLUMNS`, then one query per kind of link for the whole page) and writes the JSON
dicts directly. The shape is the one `ArticleListSerializer` declares (the schema and the CSV
header come from it); tests/api/responses/article_list*.json hold it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rest_framework.fields import DateTimeField

from archive.models import ArticleEvent, ArticleOrganization, ArticlePerson
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
    "source__name",
)
# The same columns as model fields, for querysets that must yield Article instances (the search
# service ranks and returns articles).
ARTICLE_FIELDS = tuple(c.replace("source_id", "source__id") for c in ARTICLE_COLUMNS)

_DATETIME = DateTimeField()  # the API's one spelling of an instant (ISO 8601, UTC as Z)


def _as_row(item) -> dict:
    """A values() row as is; an Article instance (a search hit) read into the same keys."""
    if isinstance(item, dict):
        return item
    row = {column: getattr(item, column) for column in ARTICLE_COLUMNS[:-2]}
    row["source_id"] = item.source_id
    row["source__name"] = item.source.name if item.source_id else None
    return row


def _links(model, entity: str, article_ids: list[int], *extra: str) -> dict[int, list[tuple]]:
    """Standing links of the page's articles to one kind of entity, as (id, name, *extra) tuples
    by article, in the order they were written (one query for the page)."""
    rows = (
        model.objects.kept()
        .filter(article_id__in=article_ids)
        .order_by("id")
        .values_list("article_id", f"{entity}_id", f"{entity}__name", *extra)
    )
    by_article: dict[int, list[tuple]] = defaultdict(list)
    for article_id, *rest in rows:
        by_article[article_id].append(rest)
    return by_article


def compact_articles(items: Iterable) -> list[dict]:
    """The compact form of each article of a page: 3 queries (persons, organizations, events),
    whatever the page size; none for an empty page."""
    rows = [_as_row(item) for item in items]
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    persons = _links(ArticlePerson, "person", ids)
    organizations = _links(ArticleOrganization, "organization", ids, "organization__acronym")
    events = _links(ArticleEvent, "event", ids, "relation")
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
            "source": None if row["source_id"] is None else {"id": row["source_id"], "name": row["source__name"]},
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
    """The list's query: the compact columns as dicts (the source's name joined)."""
    return articles.values(*ARTICLE_COLUMNS)


def article_instances(articles):
    """The same columns as Article instances, for the search service (it ranks and returns articles)."""
    return articles.select_related("source").only(*ARTICLE_FIELDS)
