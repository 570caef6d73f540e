"""Reads for the public pages: what each page shows, in a fixed number of queries.

Views stay thin: they call these and render. Every function here reads published articles only
and entities that are public (never rejected), and its query count does not depend on how many
rows there are (each says how many it makes).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from archive import coverage
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson
from archive.stories import RELATED_DAYS, copies_of, readable
from events.models import Event
from people.models import Organization, Person, Review

NEWEST = (F("published").desc(nulls_last=True), F("id").desc())


# Visibility ------------------------------------------------------------------------------------


def public_articles() -> QuerySet[Article]:
    """Published articles, newest first (undated ones last), each story once: a republished copy is
    left out when its story is published (archive/stories.py)."""
    return readable(Article.objects.published()).order_by(*NEWEST)


# What a list of articles never shows: the texts (kilobytes each, stored out of line).
TEXTS = ("body", "raw_text", "search_key")


def listed_articles() -> QuerySet[Article]:
    """`public_articles()` for lists: title, date, language and source, without the texts."""
    return public_articles().defer(*TEXTS).select_related("source")


def public_persons() -> QuerySet[Person]:
    return Person.objects.public()


def public_organizations() -> QuerySet[Organization]:
    return Organization.objects.public()


def _kept(links: QuerySet) -> QuerySet:
    """Links that stand, to published articles."""
    return links.kept().filter(article__status=Article.Status.PUBLISHED)


def kept_person_links() -> QuerySet[ArticlePerson]:
    return _kept(ArticlePerson.objects).exclude(person__review=Review.REJECTED)


def kept_organization_links() -> QuerySet[ArticleOrganization]:
    return _kept(ArticleOrganization.objects).exclude(organization__review=Review.REJECTED)


def kept_event_links() -> QuerySet[ArticleEvent]:
    return _kept(ArticleEvent.objects)


# Aggregates over an entity's or an event's coverage (participants, roles, events, who appears
# alongside) are taken over a sample: the RECENT articles naming it most recently added to the
# archive, read from the link table's (entity, article DESC) index. A person named in 30,000
# articles would otherwise cost a join over every one on each page view. The pages say so
# ("over the 500 most recently added articles"); the exact totals are the precomputed counts.
RECENT = 500
_LINKS = {"person": ArticlePerson, "organization": ArticleOrganization, "event": ArticleEvent}


def recent_article_ids(kind: str, entity) -> QuerySet:
    """The ids of the RECENT published articles naming `entity` most recently added, as a
    subquery for the aggregates to filter on (`article_id__in=`): a range of the link index,
    each article's status checked by its primary key, a millisecond in each statement that uses
    it; cheaper than 500 ids sent as 500 parameters to each of them."""
    links = _LINKS[kind].objects.kept().filter(**{kind: entity}, article__status=Article.Status.PUBLISHED)
    return links.order_by("-article_id").values("article_id")[:RECENT]


# Home -------------------------------------------------------------------------------------------


@dataclass
class Bar:
    year: int
    counts: dict[str, int]
    total: int


def coverage_by_year() -> list[Bar]:
    """Published articles per year and language (1 query over the precomputed counts)."""
    by_year: dict[int, dict[str, int]] = defaultdict(dict)
    for year, language, n in coverage.year_coverage():
        by_year[year][language] = n
    return [Bar(y, c, sum(c.values())) for y, c in sorted(by_year.items())]


def most_mentioned(kind: str, limit: int = 8) -> list[tuple[Person | Organization, int]]:
    """The persons or organizations named in most published articles (2 queries: the
    precomputed counts, then the entities)."""
    model = Person if kind == "person" else Organization
    counts = coverage.most_mentioned_ids(kind, limit)
    entities = model.objects.public().in_bulk([pk for pk, _ in counts])
    return [(entities[pk], n) for pk, n in counts if pk in entities]


def recent_events(limit: int = 6) -> list[Event]:
    return list(Event.objects.public().with_series().order_by(F("start").desc(nulls_last=True), "name")[:limit])


# Articles ---------------------------------------------------------------------------------------


def article_queryset() -> QuerySet[Article]:
    """Published articles with their public links (4 queries for one: article and source,
    persons, organizations, events)."""
    return (
        Article.objects.published()
        .select_related("source")
        .prefetch_related(
            Prefetch(
                "person_links",
                ArticlePerson.objects.kept()
                .exclude(person__review=Review.REJECTED)
                .select_related("person", "affiliation")
                .order_by("start", "id"),
            ),
            Prefetch(
                "organization_links",
                ArticleOrganization.objects.kept()
                .exclude(organization__review=Review.REJECTED)
                .select_related("organization")
                .order_by("start", "id"),
            ),
            Prefetch("event_links", ArticleEvent.objects.kept().select_related("event__series")),
        )
    )


def story_copies(article: Article) -> list[Article]:
    """The other published copies of the article's story, its story first (1 query)."""
    return copies_of(article)


def other_language_coverage(article: Article, limit: int = 12) -> dict[str, list[Article]]:
    """Published articles in other languages about the events this article names, on the same days
    (within `RELATED_DAYS`, when both are dated to the day; a date known to the month or not at all
    does not exclude), grouped by language (1 query)."""
    event_ids = [link.event_id for link in article.event_links.all()]
    if not event_ids:
        return {}
    rows = listed_articles().filter(id__in=kept_event_links().filter(event_id__in=event_ids).values("article_id"))
    if article.published and article.published_precision == "day":
        window = dt.timedelta(days=RELATED_DAYS)
        near = Q(published__range=(article.published - window, article.published + window))
        rows = rows.filter(near | ~Q(published_precision="day") | Q(published__isnull=True))
    rows = rows.exclude(language=article.language).select_related("source")[:limit]
    grouped: dict[str, list[Article]] = defaultdict(list)
    for other in rows:
        grouped[other.language].append(other)
    return dict(sorted(grouped.items()))


# Events -----------------------------------------------------------------------------------------


def by_year(events: list[Event]) -> list[tuple[int | None, list[Event]]]:
    """Events (newest first) grouped by the year they started, undated last."""
    grouped: dict[int | None, list[Event]] = {}
    for event in events:
        grouped.setdefault(event.start.year if event.start else None, []).append(event)
    return list(grouped.items())


@dataclass
class Participant:
    entity: Person | Organization
    articles: int
    roles: list[str] = field(default_factory=list)


def event_participants(covering: QuerySet, limit: int = 24) -> tuple[list[Participant], list[Participant]]:
    """Persons (with the roles the articles gave them) and organizations named in the event's
    sampled coverage (`covering`, from `recent_article_ids`), most often named first (4 queries)."""
    person_links = sampled_links("person", covering)
    top = list(person_links.values_list("person").annotate(n=Count("article", distinct=True)).order_by("-n")[:limit])
    persons = Person.objects.in_bulk([pk for pk, _ in top])
    roles: dict[int, list[str]] = defaultdict(list)
    role_rows = (
        person_links.filter(person_id__in=persons.keys())
        .exclude(role="")
        .values_list("person_id", "role")
        .annotate(n=Count("id"))
        .order_by("person_id", "-n")
    )
    for person_id, role, _n in role_rows:
        if len(roles[person_id]) < 3:
            roles[person_id].append(role)
    people = [Participant(persons[pk], n, roles[pk]) for pk, n in top if pk in persons]
    org_links = sampled_links("organization", covering)
    top_orgs = list(
        org_links.values_list("organization").annotate(n=Count("article", distinct=True)).order_by("-n")[:limit]
    )
    orgs = Organization.objects.in_bulk([pk for pk, _ in top_orgs])
    return people, [Participant(orgs[pk], n) for pk, n in top_orgs if pk in orgs]


def event_coverage(
    event: Event, covering: QuerySet, per_language: int = 10
) -> tuple[dict[str, list[Article]], dict[str, int]]:
    """The event's published coverage grouped by language: the newest `per_language` of each
    among the sampled articles (`covering`), and how many there are in each in all (the
    precomputed counts). 2 queries."""
    counts = coverage.mention_count("event", event.pk).languages
    newest = (
        listed_articles()
        .filter(id__in=covering)
        .annotate(place=Window(RowNumber(), partition_by=[F("language")], order_by=list(NEWEST)))
        .filter(place__lte=per_language)
        .order_by("language", *NEWEST)
    )
    grouped: dict[str, list[Article]] = defaultdict(list)
    for article in newest:
        grouped[article.language].append(article)
    return dict(sorted(grouped.items())), counts


def neighbour_sessions(event: Event) -> tuple[Event | None, Event | None]:
    """The previous and next session of the event's series (2 queries, none without a series)."""
    if event.series_id is None or event.ordinal is None:
        return None, None
    same = Event.objects.public().with_series().filter(series_id=event.series_id)
    previous = same.filter(ordinal__lt=event.ordinal).order_by("-ordinal").first()
    following = same.filter(ordinal__gt=event.ordinal).order_by("ordinal").first()
    return previous, following


# Persons and organizations -----------------------------------------------------------------------


def with_article_counts(entities: list, kind: str) -> list:
    """Set `.article_count` on each entity of a page (1 query, over the precomputed counts)."""
    counts = coverage.mention_counts(kind, [e.pk for e in entities])
    for entity in entities:
        entity.article_count = counts.get(entity.pk, 0)
    return entities


@dataclass
class RoleSpan:
    role: str
    first: Article
    last: Article
    count: int


def person_roles(person: Person, sample: QuerySet) -> list[RoleSpan]:
    """The roles the articles gave the person, each with the first and last article that says
    so, over the person's sampled articles (`sample`, from `recent_article_ids`; 1 query)."""
    links = (
        ArticlePerson.objects.filter(person=person, article_id__in=sample)
        .exclude(role="")
        .exclude(decision=ArticlePerson.Decision.REJECTED)
        .select_related("article__source")
        .defer(*(f"article__{name}" for name in TEXTS))
        .order_by("article__published", "article_id")
    )
    spans: dict[str, RoleSpan] = {}
    for link in links:
        span = spans.get(link.role.casefold())
        if span is None:
            spans[link.role.casefold()] = RoleSpan(link.role, link.article, link.article, 1)
        else:
            span.last, span.count = link.article, span.count + 1
    return sorted(spans.values(), key=lambda s: (s.first.published is None, s.first.published, s.role))


def sampled_links(kind: str, sample: QuerySet) -> QuerySet:
    """The standing links of one kind in the sampled articles, to public entities. The sample's
    articles are published already: no join to check it again."""
    links = _LINKS[kind].objects.kept().filter(article_id__in=sample)
    return links.exclude(**{f"{kind}__review": Review.REJECTED})


def entity_events(sample: QuerySet, limit: int = 20) -> list[Event]:
    """Events the entity's sampled articles (`sample`, from `recent_article_ids`) are about,
    most covered first (2 queries)."""
    counts = list(sampled_links("event", sample).values_list("event").annotate(n=Count("id")).order_by("-n")[:limit])
    events = Event.objects.public().with_series().in_bulk([pk for pk, _ in counts])
    return [events[pk] for pk, _ in counts if pk in events]


def entity_articles(kind: str, entity, limit: int = 10) -> list[Article]:
    links = kept_person_links() if kind == "person" else kept_organization_links()
    return list(listed_articles().filter(id__in=links.filter(**{kind: entity}).values("article_id"))[:limit])


def alongside(kind: str, entity, sample: QuerySet, limit: int = 8) -> list[tuple[Person | Organization, int]]:
    """Who appears most often in the entity's sampled articles (`sample`; 2 queries)."""
    model = Person if kind == "person" else Organization
    counts = list(
        sampled_links(kind, sample)
        .exclude(**{kind: entity})
        .values_list(kind)
        .annotate(n=Count("article"))
        .order_by("-n", kind)[:limit]
    )
    entities = model.objects.in_bulk([pk for pk, _ in counts])
    return [(entities[pk], n) for pk, n in counts if pk in entities]


def organization_people(organization: Organization, sample: QuerySet, limit: int = 12) -> list[tuple[Person, int]]:
    """Persons the sampled articles (`sample`) tie to the organization (their affiliation), most
    often first (2 queries)."""
    counts = list(
        sampled_links("person", sample)
        .filter(affiliation=organization)
        .values_list("person")
        .annotate(n=Count("article"))
        .order_by("-n", "person")[:limit]
    )
    persons = Person.objects.in_bulk([pk for pk, _ in counts])
    return [(persons[pk], n) for pk, n in counts if pk in persons]
