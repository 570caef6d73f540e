"""Reads across the archive's links: what an entity's or an event's page shows about it, for the
public site and the REST API alike (one implementation of each: roles over time, who appears
alongside, an entity's events, an event's participants, and the sample they are taken over).

Each function is a fixed number of queries whatever the entity's fame (a person named in
thirty thousand articles costs what one named in five costs), and counts only what readers
may see: published articles, links no editor rejected, entities not rejected.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connections
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson
from events.models import Event
from people.models import Organization, Person, Review

LINKS = {"person": ArticlePerson, "organization": ArticleOrganization, "event": ArticleEvent}
# What a list of articles never shows: the texts (kilobytes each, stored out of line).
TEXTS = ("body", "raw_text", "search_key")


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


# Aggregates over an entity's or an event's coverage (participants, roles, events, who appears
# alongside) are taken over a sample: the RECENT articles naming it most recently added to the
# archive, read from the link table's (entity, article DESC) index. A person named in 30,000
# articles would otherwise cost a join over every one on each page view. The pages say so
# ("over the 500 most recently added articles"); the exact totals are the precomputed counts.
RECENT = 500


def recent_article_ids(kind: str, entity) -> QuerySet:
    """The ids of the RECENT published articles naming `entity` most recently added, as a
    subquery for the aggregates to filter on (`article_id__in=`): a range of the link index,
    each article's status checked by its primary key, a millisecond in each statement that uses
    it; cheaper than 500 ids sent as 500 parameters to each of them."""
    links = LINKS[kind].objects.kept().filter(**{kind: entity}, article__status=Article.Status.PUBLISHED)
    return links.order_by("-article_id").values("article_id")[:RECENT]


@dataclass
class RoleSpan:
    role: str
    first: Article
    last: Article
    count: int


def person_roles(person: Person, sample: QuerySet) -> list[RoleSpan]:
    """The roles the articles gave the person (every one an article states), each with the first and
    last article that says so, over the person's sampled articles (`sample`, from `recent_article_ids`; 1 query)."""
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
        for role in link.roles or [link.role]:  # every role the article states ("général-major", "président …")
            span = spans.get(role.casefold())
            if span is None:
                spans[role.casefold()] = RoleSpan(role, link.article, link.article, 1)
            else:
                span.last, span.count = link.article, span.count + 1
    return sorted(spans.values(), key=lambda s: (s.first.published is None, s.first.published, s.role))


def sampled_links(kind: str, sample: QuerySet) -> QuerySet:
    """The standing links of one kind in the sampled articles, to public entities. The sample's
    articles are published already: no join to check it again."""
    links = LINKS[kind].objects.kept().filter(article_id__in=sample)
    return links.exclude(**{f"{kind}__review": Review.REJECTED})


def entity_events(sample: QuerySet, limit: int = 20) -> list[Event]:
    """Events the entity's sampled articles (`sample`, from `recent_article_ids`) are about,
    most covered first (2 queries)."""
    counts = list(
        sampled_links("event", sample).values_list("event").annotate(n=Count("id")).order_by("-n", "event")[:limit]
    )
    events = Event.objects.public().with_series().in_bulk([pk for pk, _ in counts])
    for pk, n in counts:
        if pk in events:
            events[pk].articles = n  # how many of the sample link it (the API shows it)
    return [events[pk] for pk, _ in counts if pk in events]


def alongside(
    kind: str, entity, sample: QuerySet, limit: int = 8, *, other: str | None = None
) -> list[tuple[Person | Organization, int]]:
    """Who appears most often in the entity's sampled articles (`sample`; 2 queries): entities of
    its own kind, or of the `other` kind ('person' for an organization's co-mentioned persons),
    each with how many of the sample name them."""
    other = other or kind
    model = Person if other == "person" else Organization
    links = sampled_links(other, sample)
    if other == kind:
        links = links.exclude(**{kind: entity})
    counts = list(links.values_list(other).annotate(n=Count("article")).order_by("-n", other)[:limit])
    entities = model.objects.in_bulk([pk for pk, _ in counts])
    return [(entities[pk], n) for pk, n in counts if pk in entities]


@dataclass
class Participant:
    entity: Person | Organization
    articles: int
    roles: list[str] = field(default_factory=list)


def event_participants(covering: QuerySet, limit: int = 24) -> tuple[list[Participant], list[Participant]]:
    """Persons (with the roles the articles gave them, three at most) and organizations named in
    the event's sampled coverage (`covering`, from `recent_article_ids`), most often named first.

    3 queries: the aggregates in ONE statement, then the persons and the organizations. The
    sample and each kind of link are read once (materialized), where four aggregates each read
    the sample and its links again (12 ms of a 40 ms page at 100,000 articles)."""
    person_links, person_params = _sql(
        sampled_links("person", RawSQL("SELECT article_id FROM sample", [])).values_list(
            "person_id", "article_id", "role"
        )
    )
    org_links, org_params = _sql(
        sampled_links("organization", RawSQL("SELECT article_id FROM sample", [])).values_list(
            "organization_id", "article_id"
        )
    )
    sample, sample_params = _sql(covering)
    statement = (
        f"WITH sample AS MATERIALIZED ({sample}), "
        f"pl (entity, article, role) AS MATERIALIZED ({person_links}), "
        f"ol (entity, article) AS MATERIALIZED ({org_links}), "
        "top_persons AS (SELECT entity, COUNT(DISTINCT article) AS n FROM pl GROUP BY entity "
        "ORDER BY n DESC, entity LIMIT %s), "
        "top_organizations AS (SELECT entity, COUNT(DISTINCT article) AS n FROM ol GROUP BY entity "
        "ORDER BY n DESC, entity LIMIT %s) "
        "SELECT 0, entity, n, NULL FROM top_persons "
        "UNION ALL SELECT 1, entity, n, NULL FROM top_organizations "
        "UNION ALL SELECT 2, entity, COUNT(*), role FROM pl "
        "WHERE role <> '' AND entity IN (SELECT entity FROM top_persons) GROUP BY entity, role"
    )
    with connections[covering.db].cursor() as cursor:
        cursor.execute(statement, [*sample_params, *person_params, *org_params, limit, limit])
        rows = cursor.fetchall()
    top = sorted(((pk, n) for kind, pk, n, _ in rows if kind == 0), key=lambda r: (-r[1], r[0]))
    top_orgs = sorted(((pk, n) for kind, pk, n, _ in rows if kind == 1), key=lambda r: (-r[1], r[0]))
    roles: dict[int, list[str]] = defaultdict(list)
    for _kind, person_id, _n, role in sorted((r for r in rows if r[0] == 2), key=lambda r: (r[1], -r[2], r[3])):
        if len(roles[person_id]) < 3:
            roles[person_id].append(role)
    persons = Person.objects.in_bulk([pk for pk, _ in top])
    orgs = Organization.objects.in_bulk([pk for pk, _ in top_orgs])
    people = [Participant(persons[pk], n, roles[pk]) for pk, n in top if pk in persons]
    return people, [Participant(orgs[pk], n) for pk, n in top_orgs if pk in orgs]


def _sql(queryset: QuerySet) -> tuple[str, list]:
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    return sql, list(params)
