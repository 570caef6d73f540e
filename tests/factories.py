"""Small factories for tests: one `make_<model>(**overrides)` per model, saved, with unique defaults.

Plain functions rather than factory_boy: each builds the fewest related rows it needs and takes
any field as a keyword to override the default.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from itertools import count

from django.utils import timezone

from archive.models import (
    Article,
    ArticleEvent,
    ArticleOrganization,
    ArticlePerson,
    ImportRun,
    Source,
)
from events.models import Event, EventSeries
from people.models import Organization, Person
from text.partial_date import Precision

_seq = count(1)


def _next() -> int:
    return next(_seq)


# people


def make_person(**kw) -> Person:
    n = _next()
    kw.setdefault("name", f"Person {n}")
    kw.setdefault("label_fr", kw["name"])
    kw.setdefault("aliases", [f"P. {n}"])
    return Person.objects.create(**kw)


def make_organization(**kw) -> Organization:
    n = _next()
    kw.setdefault("name", f"Organization {n}")
    kw.setdefault("acronym", f"ORG{n}")
    kw.setdefault("kind", Organization.Kind.POLICE)
    kw.setdefault("country", "MA")
    return Organization.objects.create(**kw)


# events


def make_event_series(**kw) -> EventSeries:
    n = _next()
    kw.setdefault("name", f"General Assembly {n}")
    kw.setdefault("label_fr", f"Assemblée générale {n}")
    kw.setdefault("event_name_template", "{ordinal} " + kw["name"])
    return EventSeries.objects.create(**kw)


def make_event(**kw) -> Event:
    n = _next()
    kw.setdefault("name", f"Event {n}")
    kw.setdefault("ordinal", n if kw.get("series") else None)
    kw.setdefault("city", "Marrakech")
    kw.setdefault("country", "MA")
    kw.setdefault("start", dt.date(2024, 11, 1))
    kw.setdefault("start_precision", Precision.MONTH)
    return Event.objects.create(**kw)


# archive


def make_source(**kw) -> Source:
    n = _next()
    kw.setdefault("name", f"Source {n}")
    kw.setdefault("domain", f"source{n}.example")
    kw.setdefault("language", "fr")
    return Source.objects.create(**kw)


def make_import_run(**kw) -> ImportRun:
    kw.setdefault("finished_at", timezone.now())
    kw.setdefault("arguments", {"paths": ["corpus/"], "dry_run": False})
    kw.setdefault("failed", len(kw.get("errors", [])))
    kw.setdefault("updated", len(kw.get("updated_articles", [])))
    return ImportRun.objects.create(**kw)


def make_article(**kw) -> Article:
    n = _next()
    kw.setdefault("title", f"Article {n}")
    kw.setdefault("raw_text", f"Article {n}\n\nThe text of article {n}.")
    kw.setdefault("body", kw["raw_text"])
    kw.setdefault("language", "fr")
    kw.setdefault("published", dt.date(2024, 1 + n % 12, 1 + n % 28))
    kw.setdefault("published_precision", Precision.DAY)
    kw.setdefault("origin", f"corpus/article-{n}.txt")
    kw.setdefault("content_hash", hashlib.sha256(f"{kw['raw_text']}#{n}".encode()).hexdigest())
    return Article.objects.create(**kw)


def make_article_person(**kw) -> ArticlePerson:
    if "article" not in kw:
        kw["article"] = make_article()
    if "person" not in kw:
        kw["person"] = make_person()
    kw.setdefault("surface", kw["person"].name)
    kw.setdefault("sentence", f"{kw['surface']} spoke in Rabat.")
    kw.setdefault("start", 0)
    kw.setdefault("end", len(kw["surface"]))
    kw.setdefault("method", ArticlePerson.Method.KNOWLEDGE_BASE)
    return ArticlePerson.objects.create(**kw)


def make_article_organization(**kw) -> ArticleOrganization:
    if "article" not in kw:
        kw["article"] = make_article()
    if "organization" not in kw:
        kw["organization"] = make_organization()
    kw.setdefault("surface", kw["organization"].name)
    kw.setdefault("sentence", f"A delegation of {kw['surface']} attended.")
    kw.setdefault("method", ArticleOrganization.Method.KNOWLEDGE_BASE)
    return ArticleOrganization.objects.create(**kw)


def make_article_event(**kw) -> ArticleEvent:
    if "article" not in kw:
        kw["article"] = make_article()
    if "event" not in kw:
        kw["event"] = make_event()
    kw.setdefault("surface", kw["event"].name)
    kw.setdefault("sentence", f"The {kw['surface']} opened on Monday.")
    kw.setdefault("method", ArticleEvent.Method.RULE)
    kw.setdefault("relation", ArticleEvent.Relation.SUBJECT)
    return ArticleEvent.objects.create(**kw)
