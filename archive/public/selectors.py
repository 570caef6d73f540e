"""Reads for the public pages: what each page shows, in a fixed number of queries.

Views stay thin: they call these and render. Every function here reads published articles only
and entities that are public (never rejected), and its query count does not depend on how many
rows there are (each says how many it makes). The aggregates over an entity's or an event's
coverage (roles over time, who appears alongside, events, participants) are in archive.selectors,
which the API's details call too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from archive import coverage
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson
from archive.selectors import TEXTS, sampled_links  # shared with the API (archive.selectors)
from archive.stories import RELATED_DAYS, copies_of, readable
from events.models import Event
from people.models import Organization, Person, Review

NEWEST = (F("published").desc(nulls_last=True), F("id").desc())


# Visibility ------------------------------------------------------------------------------------


def public_articles() -> QuerySet[Article]:
    """Published articles, newest first (undated ones last), each story once: a republished copy is
    left out when its story is published (archive/stories.py)."""
    return readable(Article.objects.published()).order_by(*NEWEST)


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


def entity_articles(kind: str, entity, limit: int = 10) -> list[Article]:
    links = kept_person_links() if kind == "person" else kept_organization_links()
    return list(listed_articles().filter(id__in=links.filter(**{kind: entity}).values("article_id"))[:limit])


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
