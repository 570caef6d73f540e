"""A synthetic archive for the read benchmarks (`bench_api`, `bench_pages`): articles with
their links, written in bulk.

The import benchmark measures the pipeline; this one measures reads, so its rows go straight
in (bulk_create and COPY), at about the shape the importer leaves: three languages, dates at
day, month or year precision (some unknown), mostly published, three persons, two
organizations and one event linked per article, the search rows written by the search
service's own indexer, the mention counts refreshed as an import run does. Which entities an
article names follows a Zipf law, as in the news (one police chief is named in a third of the
articles, most persons in a handful): the pages of the most named entities are the ones to
measure. Texts are made from the import benchmark's bank of invented sentences.
Seeded: the same count gives the same archive. Rows are tagged by origin (`bench-api/`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable

from django.db import transaction

from archive.bulk import insert_rows
from archive.coverage import mention_counts_refresh
from archive.importer.synthetic import CITIES, HEADLINES, NAMES, NAMES_AR, SENTENCES
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Source
from archive.search.indexing import index_articles
from events.models import Event
from people.models import Organization, Person, Review
from text.partial_date import Precision

PREFIX = "bench-api/"
BATCH = 2000
PERSONS, ORGANIZATIONS, EVENTS, SOURCES = 2000, 300, 500, 20


def bench_articles():
    return Article.objects.filter(origin__startswith=PREFIX)


def _entities(rng: random.Random) -> tuple[list[int], list[int], list[int], list[int]]:
    """The persons, organizations, events and sources of the benchmark (made once)."""
    sources = [Source(name=f"Bench source {n}", language="fr") for n in range(SOURCES)]
    Source.objects.bulk_create(sources, ignore_conflicts=True)
    persons = Person.objects.bulk_create(
        [
            Person(
                name=f"Bench person {n} {rng.choice(NAMES)}",
                label_ar=f"{rng.choice(NAMES_AR)} {n}",
                review=Review.CONFIRMED if n % 3 else Review.CANDIDATE,
            )
            for n in range(PERSONS)
        ]
    )
    organizations = Organization.objects.bulk_create(
        [
            Organization(name=f"Bench agency {n}", acronym=f"BA{n}", review=Review.CONFIRMED)
            for n in range(ORGANIZATIONS)
        ]
    )
    events = Event.objects.bulk_create(
        [
            Event(
                name=f"Bench meeting {n}",
                city=rng.choice(CITIES["en"]),
                start=dt.date(2010 + n % 17, 1 + n % 12, 1),
                start_precision=Precision.MONTH,
            )
            for n in range(EVENTS)
        ]
    )
    source_ids = list(Source.objects.filter(name__startswith="Bench source ").values_list("id", flat=True))
    return [p.pk for p in persons], [o.pk for o in organizations], [e.pk for e in events], source_ids


def _zipf_sample(rng: random.Random, ids: list[int], weights: list[float], k: int) -> list[int]:
    """`k` distinct ids drawn with Zipf weights (the first id the most likely)."""
    chosen: dict[int, None] = {}
    while len(chosen) < k:
        chosen[rng.choices(ids, cum_weights=weights)[0]] = None
    return list(chosen)


def _zipf_weights(n: int) -> list[float]:
    """Cumulative weights 1, 1/2, 1/3... for n ranks."""
    total, cumulative = 0.0, []
    for rank in range(1, n + 1):
        total += 1 / rank
        cumulative.append(total)
    return cumulative


def _article(rng: random.Random, i: int, source_ids: list[int]) -> Article:
    language = rng.choices(["fr", "ar", "en"], weights=[5, 4, 1])[0]
    values = {
        "city": rng.choice(CITIES[language]),
        "n": rng.randint(20, 95),
        "name": rng.choice(NAMES),
        "name_ar": rng.choice(NAMES_AR),
    }
    body = "\n\n".join(
        " ".join(rng.choice(SENTENCES[language]).format(**values) for _ in range(2)) for _ in range(rng.randint(4, 8))
    )
    roll = rng.random()
    year, month, day = rng.randint(2010, 2026), rng.randint(1, 12), rng.randint(1, 28)
    if roll < 0.03:
        published, precision = None, ""
    elif roll < 0.10:
        published, precision = dt.date(year, 1, 1), Precision.YEAR
    elif roll < 0.25:
        published, precision = dt.date(year, month, 1), Precision.MONTH
    else:
        published, precision = dt.date(year, month, day), Precision.DAY
    origin = f"{PREFIX}{i:07d}.txt"
    return Article(
        title=HEADLINES[language].format(**values) + f" ({i})",
        body=body,
        raw_text=body,
        language=language,
        published=published,
        published_precision=precision,
        source_id=rng.choice(source_ids),
        origin=origin,
        content_hash=hashlib.sha256(origin.encode()).hexdigest(),
        status=Article.Status.PUBLISHED if rng.random() < 0.95 else Article.Status.DRAFT,
    )


def build_archive(count: int, *, progress: Callable[[int], None] | None = None, seed: int = 2026) -> int:
    """Make the benchmark archive hold `count` articles (adds the missing ones); returns how
    many were added."""
    have = bench_articles().count()
    if have >= count:
        return 0
    rng = random.Random(seed + have)
    if have == 0 or not Source.objects.filter(name="Bench source 0").exists():
        person_ids, org_ids, event_ids, source_ids = _entities(rng)
    else:
        person_ids = list(
            Person.objects.filter(name__startswith="Bench person ").order_by("id").values_list("id", flat=True)
        )
        org_ids = list(
            Organization.objects.filter(name__startswith="Bench agency ").order_by("id").values_list("id", flat=True)
        )
        event_ids = list(
            Event.objects.filter(name__startswith="Bench meeting ").order_by("id").values_list("id", flat=True)
        )
        source_ids = list(
            Source.objects.filter(name__startswith="Bench source ").order_by("id").values_list("id", flat=True)
        )
    person_w, org_w, event_w = (_zipf_weights(len(ids)) for ids in (person_ids, org_ids, event_ids))
    for start in range(have, count, BATCH):
        with transaction.atomic():
            articles = Article.objects.bulk_create(
                [_article(rng, i, source_ids) for i in range(start, min(start + BATCH, count))]
            )
            links = {ArticlePerson: [], ArticleOrganization: [], ArticleEvent: []}
            for article in articles:
                for pk in _zipf_sample(rng, person_ids, person_w, 3):
                    links[ArticlePerson].append({"article_id": article.pk, "person_id": pk, "surface": "x"})
                for pk in _zipf_sample(rng, org_ids, org_w, 2):
                    links[ArticleOrganization].append({"article_id": article.pk, "organization_id": pk, "surface": "x"})
                links[ArticleEvent].append(
                    {
                        "article_id": article.pk,
                        "event_id": _zipf_sample(rng, event_ids, event_w, 1)[0],
                        "surface": "x",
                        "relation": "subject",
                    }
                )
            for model, rows in links.items():
                insert_rows(model, rows)
            index_articles(articles)
        if progress:
            progress(min(start + BATCH, count))
    mention_counts_refresh()  # as an import run ends
    return count - have


def delete_archive() -> None:
    bench_articles().delete()
    Person.objects.filter(name__startswith="Bench person ").delete()
    Organization.objects.filter(name__startswith="Bench agency ").delete()
    Event.objects.filter(name__startswith="Bench meeting ").delete()
    Source.objects.filter(name__startswith="Bench source ").delete()
