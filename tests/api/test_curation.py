"""Curating through the API: names (labels, aliases) and merges of persons, organizations, event
series and events, each through the service the admin uses, one recorded operation that undo
takes back; anonymous and non-editor requests refused."""

from __future__ import annotations

import pytest

from archive.models import ArticleEvent
from events.models import Event, EventSeries
from people.curation.models import Operation
from people.curation.services import operation_undo
from people.models import Person
from tests.factories import (
    make_article,
    make_article_event,
    make_event,
    make_event_series,
    make_organization,
    make_person,
)

pytestmark = pytest.mark.django_db


def test_person_names_change_labels_and_aliases(editor_api, editor, api):
    person = make_person(name="Karim Bennis", label_fr="Karim Bennis", aliases=["K. Bennis"])
    response = editor_api.patch(
        f"/api/persons/{person.pk}/",
        {"labels": {"ar": " كريم بنيس "}, "aliases": ["M. Bennis", "", "M. Bennis", "Karim Bennis", "Bennis"]},
        format="json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["labels"] == {"fr": "Karim Bennis", "ar": "كريم بنيس"}  # only the language sent changed
    assert body["aliases"] == ["M. Bennis", "Bennis"]  # trimmed, no blank, repeat or copy of the name
    assert body["names_by_script"]["arabic"] == ["كريم بنيس"]
    operation = Operation.objects.get(kind=Operation.Kind.EDIT)
    assert operation.by == editor
    # The search key follows: the new form finds the person, in any script.
    assert [p["id"] for p in api.get("/api/persons/", {"q": "كريم"}).json()["results"]] == [person.pk]
    operation_undo(operation=operation)
    person.refresh_from_db()
    assert (person.label_ar, person.aliases) == ("", ["K. Bennis"])


def test_organization_name_and_label_cleared(editor_api):
    org = make_organization(name="Coastal Police Union", label_en="Coastal Police Union")
    response = editor_api.patch(
        f"/api/organizations/{org.pk}/", {"name": "Union of Coastal Police", "labels": {"en": ""}}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["name"] == "Union of Coastal Police"
    assert response.json()["labels"] == {}


def test_nothing_changed_records_nothing(editor_api):
    person = make_person(name="Lina Mansour")
    response = editor_api.patch(f"/api/persons/{person.pk}/", {"name": "Lina Mansour"}, format="json")
    assert response.status_code == 200
    assert not Operation.objects.exists()


@pytest.mark.parametrize(
    ("url", "payload", "field"),
    [
        ("persons", {"name": ""}, "name"),
        ("persons", {"name": "   "}, "name"),
        ("persons", {"aliases": "one"}, "aliases"),
        ("persons", {"labels": {"fr": "x" * 301}}, "labels"),
        ("persons", {"aliases": ["ok", 5, None]}, "aliases"),
        ("persons", {"nickname": "Kiki"}, "nickname"),
        ("events", {"labels": {"fr": "Conférence"}}, "labels"),
        ("series", {"aliases": [None]}, "aliases"),
    ],
)
def test_bad_names_are_a_400_naming_the_field(editor_api, url, payload, field):
    record = {"persons": make_person, "events": make_event, "series": make_event_series}[url]()
    before = type(record).objects.values().get(pk=record.pk)
    response = editor_api.patch(f"/api/{url}/{record.pk}/", payload, format="json")
    assert response.status_code == 400, response.content
    assert list(response.json()["errors"]) == [field]
    assert all("ErrorDetail" not in m for m in response.json()["errors"][field])  # messages, not reprs
    assert type(record).objects.values().get(pk=record.pk) == before


def test_series_name_taken_is_a_400(editor_api):
    make_event_series(name="Conference of Coastal Police Chiefs")
    series = make_event_series(name="Coastal Chiefs Conference")
    response = editor_api.patch(
        f"/api/series/{series.pk}/", {"name": "Conference of Coastal Police Chiefs"}, format="json"
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["name"]


def test_series_and_event_names(editor_api):
    series = make_event_series(name="Coastal Chiefs Conference")
    response = editor_api.patch(
        f"/api/series/{series.pk}/",
        {"labels": {"fr": "Conférence des chefs côtiers"}, "aliases": ["CCC"]},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["labels"] == {"fr": "Conférence des chefs côtiers"}
    assert response.json()["aliases"] == ["CCC"]
    event = make_event(series=series, ordinal=12)
    response = editor_api.patch(f"/api/events/{event.pk}/", {"name": "12th Coastal Chiefs Conference"}, format="json")
    assert response.status_code == 200, response.content
    assert Event.objects.get(pk=event.pk).name == "12th Coastal Chiefs Conference"


def test_merge_events_moves_links_and_keeps_names(editor_api, api):
    survivor = make_event(name="12th Coastal Chiefs Conference", city="")
    other = make_event(name="Conférence des chefs côtiers (Tanger)", city="Tanger")
    article = make_article()
    make_article_event(article=article, event=other)
    response = editor_api.post(f"/api/events/{survivor.pk}/merge/", {"others": [other.pk]}, format="json")
    assert response.status_code == 200, response.content
    assert not Event.objects.filter(pk=other.pk).exists()
    assert ArticleEvent.objects.get(article=article).event_id == survivor.pk
    survivor.refresh_from_db()
    assert survivor.city == "Tanger" and "Conférence des chefs côtiers (Tanger)" in survivor.aliases
    assert Operation.objects.get(kind=Operation.Kind.MERGE).by is not None
    assert api.get(f"/api/events/{other.pk}/").status_code == 404


def test_merge_series_moves_sessions(editor_api):
    survivor = make_event_series(name="Coastal Chiefs Conference")
    other = make_event_series(name="Conference of Coastal Police Chiefs")
    session = make_event(series=other, ordinal=3)
    response = editor_api.post(f"/api/series/{survivor.pk}/merge/", {"others": [other.pk]}, format="json")
    assert response.status_code == 200, response.content
    assert [e["id"] for e in response.json()["events"]] == [session.pk]
    assert "Conference of Coastal Police Chiefs" in response.json()["aliases"]
    assert not EventSeries.objects.filter(pk=other.pk).exists()


def test_merge_series_refuses_two_sessions_of_one_ordinal(editor_api):
    survivor, other = make_event_series(), make_event_series()
    make_event(series=survivor, ordinal=3)
    make_event(series=other, ordinal=3)
    response = editor_api.post(f"/api/series/{survivor.pk}/merge/", {"others": [other.pk]}, format="json")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["others"]
    assert EventSeries.objects.filter(pk=other.pk).exists()


@pytest.mark.parametrize("url", ["events", "series"])
def test_merge_errors_name_others(editor_api, url):
    survivor = make_event() if url == "events" else make_event_series()
    for payload in ({"others": [987654]}, {"others": []}, {"others": [survivor.pk]}, {}):
        response = editor_api.post(f"/api/{url}/{survivor.pk}/merge/", payload, format="json")
        assert response.status_code == 400, payload
        assert list(response.json()["errors"]) == ["others"]


@pytest.mark.parametrize("url", ["persons", "organizations", "events", "series"])
def test_curation_needs_an_editor_token(api, reader_api, url):
    make = {"persons": make_person, "organizations": make_organization, "events": make_event}
    record, other = (make.get(url, make_event_series)() for _ in range(2))
    for client, status in ((api, 401), (reader_api, 403)):
        assert client.patch(f"/api/{url}/{record.pk}/", {"name": "Changed"}, format="json").status_code == status
        merge = client.post(f"/api/{url}/{record.pk}/merge/", {"others": [other.pk]}, format="json")
        assert merge.status_code == status
    assert type(record).objects.get(pk=record.pk).name != "Changed"
    assert type(other).objects.filter(pk=other.pk).exists()
    assert not Operation.objects.exists()


def test_rejected_person_merge_is_refused_for_unknown_kind(editor_api):
    person = make_person()
    org = make_organization()
    response = editor_api.post(f"/api/persons/{person.pk}/merge/", {"others": [org.pk + 10_000]}, format="json")
    assert response.status_code == 400
    assert Person.objects.filter(pk=person.pk).exists()
