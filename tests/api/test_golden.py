"""Golden responses: one article, one event and one person, compared whole with the JSON
files in tests/api/responses/. A change of any field name, shape or value shows here first
(the article detail is the interchange format, a contract with researchers' tools).

Rows are made with fixed ids and timestamps so that the responses are the same on SQLite and
PostgreSQL. To accept an intended change, run with UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Link, Source
from events.models import Event, EventSeries
from people.models import Organization, Person, Review
from text.partial_date import Precision

pytestmark = pytest.mark.django_db
RESPONSES = Path(__file__).parent / "responses"
WHEN = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def archive():
    source = Source.objects.create(id=9001, name="Le Courrier du Détroit", domain="courrier.example", language="fr")
    chief = Person.objects.create(
        id=9001,
        name="Karim Bennis",
        label_fr="Karim Bennis",
        label_ar="كريم بنيس",
        aliases=["K. Bennis", "M. Bennis"],
        review=Review.CONFIRMED,
    )
    deputy = Person.objects.create(id=9002, name="Lina Mansour", review=Review.CANDIDATE)
    union = Organization.objects.create(
        id=9001,
        name="Union of Coastal Police Services",
        acronym="UCPS",
        label_fr="Union des services de police côtiers",
        label_ar="اتحاد أجهزة الشرطة الساحلية",
        kind=Organization.Kind.INTERNATIONAL,
        review=Review.CONFIRMED,
    )
    series = EventSeries.objects.create(
        id=9001,
        name="Conference of Coastal Police Chiefs",
        label_fr="Conférence des chefs de police côtiers",
        label_ar="مؤتمر قادة الشرطة الساحلية",
        organization=union,
    )
    event = Event.objects.create(
        id=9001,
        series=series,
        ordinal=12,
        name="12th Conference of Coastal Police Chiefs",
        city="Tanger",
        country="MA",
        start=dt.date(2023, 12, 6),
        start_precision=Precision.DAY,
        end=dt.date(2023, 12, 7),
        end_precision=Precision.DAY,
    )
    report = Article.objects.create(
        id=9001,
        title="À Tanger, la 12e conférence des chefs de police côtiers s'ouvre",
        body="Les travaux de la 12e conférence des chefs de police côtiers se sont ouverts à Tanger. "
        "M. Karim Bennis, secrétaire général de l'UCPS, a salué Lina Mansour.",
        raw_text="(raw)",
        language="fr",
        published=dt.date(2023, 12, 6),
        published_precision=Precision.DAY,
        source=source,
        url="https://courrier.example/2023/12/conference",
        origin="golden/report.txt",
        content_hash="a" * 64,
        status=Article.Status.PUBLISHED,
    )
    followup = Article.objects.create(
        id=9002,
        title="كريم بنيس يترأس اجتماعا",
        title_derived=True,
        body="ترأس كريم بنيس اجتماعا.",
        raw_text="(raw)",
        language="ar",
        published=dt.date(2024, 1, 1),
        published_precision=Precision.MONTH,
        origin="golden/followup.txt",
        content_hash="b" * 64,
        status=Article.Status.PUBLISHED,
    )
    evidence = {"method": Link.Method.RULE, "confidence": 0.9}
    ArticlePerson.objects.create(
        id=9001,
        article=report,
        person=chief,
        surface="M. Karim Bennis",
        sentence="M. Karim Bennis, secrétaire général de l'UCPS, a salué Lina Mansour.",
        start=91,
        end=106,
        role="secrétaire général de l'UCPS",
        affiliation=union,
        **evidence,
    )
    ArticlePerson.objects.create(
        id=9002, article=report, person=deputy, surface="Lina Mansour", sentence="…a salué Lina Mansour.", **evidence
    )
    ArticlePerson.objects.create(
        id=9003, article=followup, person=chief, surface="كريم بنيس", role="رئيس الاجتماع", **evidence
    )
    ArticleOrganization.objects.create(
        id=9001, article=report, organization=union, surface="UCPS", method=Link.Method.KNOWLEDGE_BASE, confidence=1.0
    )
    ArticleEvent.objects.create(
        id=9001,
        article=report,
        event=event,
        surface="12e conférence des chefs de police côtiers",
        relation=ArticleEvent.Relation.SUBJECT,
        decision=Link.Decision.CONFIRMED,
        **evidence,
    )
    for model in (Article, Person, Organization, Event):
        model.objects.update(updated_at=WHEN)
    return {"article": report, "person": chief, "event": event}


def _golden(name: str, body: dict) -> None:
    path = RESPONSES / f"{name}.json"
    text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs (UPDATE_GOLDEN=1 to accept)"


@pytest.mark.parametrize(("name", "url"), [("article", "articles"), ("event", "events"), ("person", "persons")])
def test_golden_response(api, archive, name, url):
    response = api.get(f"/api/{url}/{archive[name].pk}/")
    assert response.status_code == 200
    _golden(name, response.json())


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("article_list", "/api/articles/"),
        ("article_list_cursor", "/api/articles/?cursor=&page_size=1"),
        ("article_search", "/api/articles/?q=conf%C3%A9rence"),
        ("person_list", "/api/persons/"),
        ("event_list", "/api/events/"),
    ],
)
def test_golden_list(api, archive, name, url):
    """The lists' compact forms (assembled from plain rows, not serializer fields) keep their shape."""
    response = api.get(url)
    assert response.status_code == 200
    _golden(name, response.json())
