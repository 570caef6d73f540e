"""Counting the archive's links to an entity from below the archive, without importing it.

The archive owns the article–entity links: its link models point at persons, organizations and
events with `related_name="article_links"`, and their queryset answers `kept()` (the links no
editor rejected) and `kept_params()` (the same as admin list filters). An entity's queryset counts
them through that reverse relation, so that the people and events apps show article counts on
their own admin pages while the import order stays people ← events ← archive.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

ARTICLE_LINKS = "article_links"


def count_of(rows: QuerySet, pointer: str, counted: str = "pk", *, distinct: bool = False) -> Coalesce:
    """How many of `rows` point at the outer row through `pointer`, as a correlated subquery.

    Only the rows of the page get counted, each through the index on `pointer`; a Count() over
    the reverse relation would instead join and group the whole related table (the article links)
    on every page, and in the paginator's count query too.
    """
    counts = (
        rows.filter(**{pointer: OuterRef("pk")})
        .order_by()
        .values(pointer)
        .annotate(n=Count(counted, distinct=distinct))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def links_through(model: type[models.Model], via: str = ARTICLE_LINKS) -> tuple[type[models.Model], str]:
    """The link model reached from `model` through the reverse relations named in `via`
    ("article_links"; "events__article_links" for a series), and the lookup from a link back to
    `model` ("person"; "event__series")."""
    pointers = []
    current = model
    for name in via.split("__"):
        relation = current._meta.get_field(name)
        pointers.append(relation.field.name)
        current = relation.related_model
    return current, "__".join(reversed(pointers))


class ArticleCountQuerySet(models.QuerySet):
    """For models the archive's articles link to."""

    def with_article_count(self, *, via: str = ARTICLE_LINKS, distinct_articles: bool = False) -> QuerySet:
        """Annotate `article_count`: the standing links to each row through `via`, or the distinct
        articles among them (a series whose sessions one article names twice counts it once)."""
        links, pointer = links_through(self.model, via)
        counted = "article" if distinct_articles else "pk"
        return self.annotate(article_count=count_of(links.objects.kept(), pointer, counted, distinct=distinct_articles))
