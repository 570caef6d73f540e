"""Reads across the archive's links: what an entity's page (API or site) shows about it.

Each function is a fixed number of queries whatever the entity's fame (a person named in
five thousand articles costs what one named in five costs), and counts only what readers
may see: published articles, links no editor rejected.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson
from events.models import Event
from people.models import Review
from text.partial_date import PartialDate

LINKS = {"person": ArticlePerson, "organization": ArticleOrganization, "event": ArticleEvent}


def public_links(kind: str) -> QuerySet:
    """Standing links of `kind` ('person', 'organization', 'event') to published articles."""
    return LINKS[kind].objects.kept().filter(article__status=Article.Status.PUBLISHED)


def with_article_count(entities: QuerySet, kind: str) -> QuerySet:
    """Annotate `article_count`: published articles naming each entity, as a correlated
    subquery so that the database counts only for the rows of the page."""
    counts = (
        public_links(kind)
        .filter(**{kind: OuterRef("pk")})
        .order_by()
        .values(kind)
        .annotate(n=Count("article_id"))
        .values("n")
    )
    return entities.annotate(article_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0)))


def articles_of(kind: str, entity_id: int) -> QuerySet[Article]:
    """Published articles with a standing link to the entity, newest first."""
    linked = LINKS[kind].objects.kept().filter(**{f"{kind}_id": entity_id}).values("article_id")
    return Article.objects.published().filter(pk__in=linked)


@dataclass(frozen=True)
class RoleSpan:
    role: str
    first: PartialDate | None
    last: PartialDate | None
    articles: int


def person_roles(person_id: int) -> list[RoleSpan]:
    """The roles articles give a person, each with the first and last publication that gives
    it, at the precision those dates are known to: the person's career as the news tells it."""
    rows = (
        public_links("person")
        .filter(person_id=person_id)
        .exclude(role="")
        .values_list("role", "article__published", "article__published_precision")
        .annotate(n=Count("id"))
        .order_by()
    )
    spans: dict[str, dict] = {}
    for role, published, precision, n in rows:
        date = PartialDate.from_stored(published, precision)
        span = spans.setdefault(role, {"first": None, "last": None, "articles": 0})
        span["articles"] += n
        if date is not None:
            if span["first"] is None or date.first_day() < span["first"].first_day():
                span["first"] = date
            if span["last"] is None or date.first_day() > span["last"].first_day():
                span["last"] = date
    ordered = sorted(
        spans.items(),
        key=lambda item: (item[1]["first"] is None, item[1]["first"].first_day() if item[1]["first"] else None),
    )
    return [RoleSpan(role=role, **span) for role, span in ordered]


def co_mentioned(kind: str, entity_id: int, *, limit: int = 20) -> QuerySet:
    """Persons most often named in the same published articles as the entity (not itself):
    rows of id, name and `articles` (how many articles they share)."""
    shared = articles_of(kind, entity_id).order_by().values("pk")
    rows = public_links("person").filter(article_id__in=shared).exclude(person__review=Review.REJECTED)
    if kind == "person":
        rows = rows.exclude(person_id=entity_id)
    return (
        rows.values("person_id", "person__name")
        .annotate(articles=Count("article_id", distinct=True))
        .order_by("-articles", "person__name")[:limit]
    )


def events_of(kind: str, entity_id: int, *, limit: int = 50) -> list[tuple[Event, int]]:
    """Events that published articles naming the entity report on or mention, each with how
    many of those articles link it; most covered first. Two queries."""
    shared = articles_of(kind, entity_id).order_by().values("pk")
    counts = (
        public_links("event")
        .filter(article_id__in=shared)
        .values("event_id")
        .annotate(articles=Count("article_id", distinct=True))
        .order_by("-articles", "event_id")[:limit]
    )
    counted = [(row["event_id"], row["articles"]) for row in counts]
    events = Event.objects.with_series().in_bulk([pk for pk, _ in counted])
    return [(events[pk], n) for pk, n in counted if pk in events]


def event_participants(event_id: int, kind: str, *, limit: int = 50) -> QuerySet:
    """Persons or organizations named in published articles linked to the event, with how
    many such articles name them."""
    shared = public_links("event").filter(event_id=event_id).values("article_id")
    return (
        public_links(kind)
        .filter(article_id__in=shared)
        .exclude(**{f"{kind}__review": Review.REJECTED})
        .values(f"{kind}_id", f"{kind}__name")
        .annotate(articles=Count("article_id", distinct=True))
        .order_by("-articles", f"{kind}__name")[:limit]
    )
