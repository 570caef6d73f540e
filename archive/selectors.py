"""Reads across the archive's links: what an entity's or an event's page shows about it, for the
public site and the REST API alike (one implementation of each: roles over time, who is named
alongside, the events of an entity, an event's participants).

Each function is a fixed number of queries whatever the entity's fame, and counts only what
readers may see: published articles, links no editor rejected, entities not rejected.

The aggregates over an entity's or an event's coverage read its RECENT newest articles, not all
of them: a person named in 15,000 articles would cost a join over every one on each page view.
The pages and the API schema say so ("from the 500 most recent articles").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson
from archive.stories import readable
from events.models import Event
from people.models import Organization, Person, Review

LINKS = {"person": ArticlePerson, "organization": ArticleOrganization, "event": ArticleEvent}
ENTITIES = {"person": Person, "organization": Organization}
NEWEST = (F("published").desc(nulls_last=True), F("id").desc())
RECENT = 500


# Visibility ------------------------------------------------------------------------------------


def public_articles() -> QuerySet[Article]:
    """Published articles, newest first (undated ones last), each story once: a republished copy is
    left out when its story is published (archive/stories.py)."""
    return readable(Article.objects.published()).order_by(*NEWEST)


def public_links(kind: str) -> QuerySet:
    """Standing links of `kind` ('person', 'organization', 'event') to published articles, to
    entities no editor rejected."""
    links = LINKS[kind].objects.kept().filter(article__status=Article.Status.PUBLISHED)
    return links.exclude(**{f"{kind}__review": Review.REJECTED})


def kept_person_links() -> QuerySet[ArticlePerson]:
    return public_links("person")


def kept_organization_links() -> QuerySet[ArticleOrganization]:
    return public_links("organization")


def kept_event_links() -> QuerySet[ArticleEvent]:
    return public_links("event")


def recent_article_ids(links: QuerySet) -> QuerySet:
    """The ids of the newest RECENT published articles among those `links` point to (a subquery:
    the newest-first index is walked until RECENT of them are found)."""
    return public_articles().filter(id__in=links.values("article_id")).values("id")[:RECENT]


def _recent_of(kind: str, entity_id: int) -> QuerySet:
    return recent_article_ids(public_links(kind).filter(**{f"{kind}_id": entity_id}))


# Counts and lists ------------------------------------------------------------------------------


def with_article_count(entities: QuerySet, kind: str) -> QuerySet:
    """Annotate `article_count`: published articles naming each entity, as a correlated
    subquery so that the database counts only for the rows of the page."""
    counts = (
        LINKS[kind]
        .objects.kept()
        .filter(article__status=Article.Status.PUBLISHED, **{kind: OuterRef("pk")})
        .order_by()
        .values(kind)
        .annotate(n=Count("article_id"))
        .values("n")
    )
    return entities.annotate(article_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0)))


def articles_of(kind: str, entity_id: int) -> QuerySet[Article]:
    """Published articles with a standing link to the entity."""
    linked = LINKS[kind].objects.kept().filter(**{f"{kind}_id": entity_id}).values("article_id")
    return Article.objects.published().filter(pk__in=linked)


# Persons ---------------------------------------------------------------------------------------


@dataclass
class RoleSpan:
    """A role the articles give a person, the first and last article saying so, and how many do."""

    role: str
    first: Article
    last: Article
    articles: int


def person_roles(person_id: int) -> list[RoleSpan]:
    """The roles the articles gave the person (one span per role, whatever its case), each with
    the first and last article that says so, over the person's RECENT newest articles, oldest
    role first (1 query)."""
    links = (
        ArticlePerson.objects.kept()
        .filter(person_id=person_id, article_id__in=_recent_of("person", person_id))
        .exclude(role="")
        .select_related("article__source")
        .only(
            "role",
            "article__id",
            "article__title",
            "article__language",
            "article__published",
            "article__published_precision",
            "article__source__name",
        )
        .order_by(F("article__published").asc(nulls_last=True), "article_id")
    )
    spans: dict[str, RoleSpan] = {}
    for link in links:
        span = spans.get(link.role.casefold())
        if span is None:
            spans[link.role.casefold()] = RoleSpan(link.role, link.article, link.article, 1)
        else:
            span.last, span.articles = link.article, span.articles + 1
    return sorted(spans.values(), key=lambda s: (s.first.published is None, s.first.published, s.role))


def co_mentioned(kind: str, entity_id: int, *, other: str = "person", limit: int = 20) -> list[tuple]:
    """Persons (or organizations: `other`) most often named in the same articles as the entity,
    not itself, as (entity, shared articles), most shared first (2 queries)."""
    counts = (
        public_links(other)
        .filter(article_id__in=_recent_of(kind, entity_id))
        .values_list(other)
        .annotate(n=Count("article_id", distinct=True))
        .order_by("-n", other)
    )
    if other == kind:
        counts = counts.exclude(**{f"{other}_id": entity_id})
    counts = list(counts[:limit])
    entities = ENTITIES[other].objects.in_bulk([pk for pk, _ in counts])
    return [(entities[pk], n) for pk, n in counts if pk in entities]


def events_of(kind: str, entity_id: int, *, limit: int = 20) -> list[tuple[Event, int]]:
    """Events whose coverage names the entity, as (event with its series, articles naming both),
    most covered first (1 query)."""
    events = (
        Event.objects.public()
        .with_series()
        .filter(article_links__in=public_links("event").filter(article_id__in=_recent_of(kind, entity_id)))
        .annotate(n=Count("article_links"))
        .order_by("-n", F("start").desc(nulls_last=True), "id")[:limit]
    )
    return [(event, event.n) for event in events]


# Events ----------------------------------------------------------------------------------------


@dataclass
class Participant:
    entity: Person | Organization
    articles: int
    roles: list[str] = field(default_factory=list)


def event_participants(event_id: int, *, limit: int = 24) -> tuple[list[Participant], list[Participant]]:
    """Persons (with the roles the articles gave them, three at most) and organizations named in
    the event's RECENT newest articles, most often named first (5 queries)."""
    covering = recent_article_ids(public_links("event").filter(event_id=event_id))
    person_links = public_links("person").filter(article_id__in=covering)
    top = list(
        person_links.values_list("person").annotate(n=Count("article", distinct=True)).order_by("-n", "person")[:limit]
    )
    persons = Person.objects.in_bulk([pk for pk, _ in top])
    roles: dict[int, list[str]] = defaultdict(list)
    role_rows = (
        person_links.filter(person_id__in=persons.keys())
        .exclude(role="")
        .values_list("person_id", "role")
        .annotate(n=Count("id"))
        .order_by("person_id", "-n", "role")
    )
    for person_id, role, _n in role_rows:
        if len(roles[person_id]) < 3:
            roles[person_id].append(role)
    people = [Participant(persons[pk], n, roles[pk]) for pk, n in top if pk in persons]
    top_orgs = list(
        public_links("organization")
        .filter(article_id__in=covering)
        .values_list("organization")
        .annotate(n=Count("article", distinct=True))
        .order_by("-n", "organization")[:limit]
    )
    orgs = Organization.objects.in_bulk([pk for pk, _ in top_orgs])
    return people, [Participant(orgs[pk], n) for pk, n in top_orgs if pk in orgs]
