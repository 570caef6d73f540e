"""What waits for editors: the reads behind the review queue and the dashboard.

Selectors only (reads); every write of the queue goes through the services. Each function costs
a fixed number of queries whatever the size of the archive: counts computed in the list query,
evidence fetched for the page's entities at once (a window function keeps the best few per
entity), never a query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, ImportRun, Link
from events.models import Event, EventSeries
from people.curation.models import Operation
from people.linked import count_of
from people.models import IdentityDecision, Organization, Person, Review

# Links found with less confidence than this, and not reviewed, wait in the queue.
LOW_CONFIDENCE = 0.8
EVIDENCE_SHOWN = 2

# The kinds of candidates the queue reviews: the entity model, its link model, the lookup from a
# link to the entity (a series is reached through its sessions' links).
KINDS = {
    "persons": (Person, ArticlePerson, "person"),
    "organizations": (Organization, ArticleOrganization, "organization"),
    "series": (EventSeries, ArticleEvent, "event__series"),
    "events": (Event, ArticleEvent, "event"),
}


@dataclass
class Candidate:
    entity: Person | Organization | EventSeries | Event
    article_count: int
    evidence: list[Link] = field(default_factory=list)


def candidates(kind: str) -> QuerySet:
    """Candidates of a kind, most frequent first (articles naming them), then newest."""
    model, links_model, pointer = KINDS[kind]
    rows = model.objects.candidates()
    if hasattr(model, "similar_to"):
        rows = rows.select_related("similar_to")
    if model is Event:
        rows = rows.select_related("series")
    distinct = "__" in pointer  # a series: an article naming two of its sessions counts once
    newest = "-created_at" if hasattr(model, "created_at") else "-pk"
    return rows.annotate(
        article_count=count_of(links_model.objects.kept(), pointer, "article" if distinct else "pk", distinct=distinct)
    ).order_by("-article_count", newest, "-pk")


def with_evidence(kind: str, entities: list) -> list[Candidate]:
    """The page's candidates with their best few evidence sentences and articles (two queries)."""
    _, links_model, pointer = KINDS[kind]
    # The best few links of each entity, each one a correlated lookup that walks the index on
    # (entity, confidence desc, id): a window over every link of the page's entities would sort
    # them all (tens of thousands for a name met in every article).
    model = KINDS[kind][0]
    best = links_model.objects.kept().filter(**{pointer: OuterRef("pk")}).order_by("-confidence", "pk").values("pk")
    ranks = {f"best_{n}": Subquery(best[n : n + 1]) for n in range(EVIDENCE_SHOWN)}
    ids = [
        pk
        for row in model.objects.filter(pk__in=[e.pk for e in entities]).annotate(**ranks).values(*ranks)
        for pk in row.values()
        if pk
    ]
    ranked = (
        links_model.objects.filter(pk__in=ids)
        .annotate(owner=F(f"{pointer}_id"))
        .select_related("article")
        .only("surface", "sentence", "confidence", "article__id", "article__title", "article__language")
        .order_by("owner", "-confidence", "pk")
    )
    by_entity: dict[int, list] = {}
    for link in ranked:
        by_entity.setdefault(link.owner, []).append(link)
    return [Candidate(e, e.article_count, by_entity.get(e.pk, [])) for e in entities]


def links_to_check(kind: str) -> QuerySet:
    """Links nobody reviewed that the extraction was unsure of, least sure first."""
    _, links_model, pointer = KINDS[kind]
    return (
        links_model.objects.filter(decision=Link.Decision.NONE, confidence__lt=LOW_CONFIDENCE)
        .select_related(pointer, "article")
        .defer("article__body", "article__raw_text")
        .order_by("confidence", "-pk")
    )


# Counts of what waits stop here: "1,000+" says enough, and a count of every draft of a large
# archive would read the whole table on every page of the queue.
COUNT_CAP = 1000


class Capped(int):
    """A count that stopped at COUNT_CAP: shown as "1,000+" beyond it."""

    def __str__(self) -> str:
        return f"{COUNT_CAP:,}+" if self > COUNT_CAP else f"{int(self):,}"


def capped_count(rows: QuerySet) -> Capped:
    return Capped(rows.order_by()[: COUNT_CAP + 1].count())


@dataclass
class Waiting:
    """Counts of what waits for review, each with what it counts."""

    candidate_persons: int
    candidate_organizations: int
    candidate_series: int
    candidate_events: int
    suggestions: int
    persons_links_to_check: int
    organizations_links_to_check: int
    events_links_to_check: int
    draft_articles: int
    identity_suggestions: int


def waiting() -> Waiting:
    return Waiting(
        candidate_persons=capped_count(Person.objects.candidates()),
        candidate_organizations=capped_count(Organization.objects.candidates()),
        candidate_series=capped_count(EventSeries.objects.candidates()),
        candidate_events=capped_count(Event.objects.candidates()),
        suggestions=Capped(
            capped_count(Person.objects.candidates().filter(similar_to__isnull=False))
            + capped_count(Organization.objects.candidates().filter(similar_to__isnull=False))
        ),
        persons_links_to_check=capped_count(links_to_check("persons")),
        organizations_links_to_check=capped_count(links_to_check("organizations")),
        events_links_to_check=capped_count(links_to_check("events")),
        draft_articles=capped_count(Article.objects.drafts()),
        identity_suggestions=capped_count(
            IdentityDecision.objects.filter(
                outcome=IdentityDecision.Outcome.SUGGESTION, undone_at__isnull=True, person__review=Review.CANDIDATE
            )
        ),
    )


@dataclass
class RunReport:
    run: ImportRun
    new_persons: int
    new_organizations: int
    new_events: int


def recent_imports(limit: int = 5) -> list[RunReport]:
    """The last runs and what each brought: articles (from the run's record) and the entities
    created while it ran. Four queries whatever the number of runs: the runs, then one
    aggregate per kind of entity counting, for every run at once, what was created during it."""
    runs = list(ImportRun.objects.defer("arguments", "errors", "updated_articles").order_by("-started_at")[:limit])
    if not runs:
        return []

    def created_during(model) -> dict[str, int]:
        counts = {}
        for run in runs:
            during = Q(created_at__gte=run.started_at)
            if run.finished_at:
                during &= Q(created_at__lte=run.finished_at)
            counts[f"run_{run.pk}"] = Count("pk", filter=during)
        return model.objects.aggregate(**counts)

    persons, organizations, events = (created_during(m) for m in (Person, Organization, Event))
    key = "run_{}".format
    return [RunReport(r, persons[key(r.pk)], organizations[key(r.pk)], events[key(r.pk)]) for r in runs]


def recent_operations(limit: int = 10) -> list[Operation]:
    return list(Operation.objects.select_related("by").order_by("-at")[:limit])
