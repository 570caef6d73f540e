"""Persons, organizations, events, series, sources: lists, details, filters, query counts."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.models import Article, ArticleEvent
from people.models import Review
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_organization,
    make_person,
    make_source,
)
from text.partial_date import Precision

pytestmark = pytest.mark.django_db


def _published(**kw):
    return make_article(status=Article.Status.PUBLISHED, **kw)


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.mark.parametrize("endpoint", ["persons", "organizations", "events", "series", "sources"])
@pytest.mark.parametrize("size", [3, 12])
def test_list_queries_do_not_grow_with_page_size(api, django_assert_max_num_queries, endpoint, size):
    for _ in range(size):
        article = _published(source=make_source())
        make_article_person(article=article)
        make_article_organization(article=article)
        make_article_event(article=article, event=make_event(series=make_event_series()))
    with django_assert_max_num_queries(2):
        response = api.get(f"/api/{endpoint}/?page_size={size}")
    assert len(response.json()["results"]) == size


def test_person_detail(api, django_assert_max_num_queries):
    person = make_person(name="Karim Bennis", label_ar="كريم بنيس", aliases=["K. Bennis"])
    colleague = make_person(name="Lina Mansour")
    event = make_event(name="47th Conference")
    early = _published(published=dt.date(2021, 5, 1), published_precision=Precision.MONTH)
    late = _published(published=dt.date(2023, 2, 3))
    draft = make_article(status=Article.Status.DRAFT)
    make_article_person(article=early, person=person, role="directeur")
    make_article_person(article=late, person=person, role="directeur")
    make_article_person(article=late, person=colleague)
    make_article_event(article=late, event=event)
    make_article_person(article=draft, person=person, role="ministre")
    # the person, its sample, roles, co-mentioned (2), events (2), articles (count, latest), last change
    with django_assert_max_num_queries(10):
        response = api.get(f"/api/persons/{person.pk}/")
    body = response.json()
    assert body["names_by_script"] == {"latin": ["Karim Bennis", "K. Bennis"], "arabic": ["كريم بنيس"]}
    # The draft's role is not public.
    assert body["roles"] == [{"role": "directeur", "first": "2021-05", "last": "2023-02-03", "articles": 2}]
    assert body["co_mentioned"] == [{"id": colleague.pk, "name": "Lina Mansour", "articles": 1}]
    assert [e["id"] for e in body["events"]] == [event.pk]
    assert body["articles"]["count"] == 2
    assert [a["id"] for a in body["articles"]["latest"]] == [late.pk, early.pk]
    assert body["articles"]["list"].endswith(f"/api/articles/?person={person.pk}")


def test_rejected_entities_are_not_public(api):
    shown = make_person(review=Review.CONFIRMED)
    hidden = make_person(review="rejected")
    assert _ids(api.get("/api/persons/")) == [shown.pk]
    assert api.get(f"/api/persons/{hidden.pk}/").status_code == 404


def test_person_and_organization_filters(api):
    confirmed = make_person(review=Review.CONFIRMED)
    make_person(review=Review.CANDIDATE)
    assert _ids(api.get("/api/persons/?review=confirmed")) == [confirmed.pk]
    # The starter knowledge base is loaded: an invented country code and acronym isolate these.
    police = make_organization(kind="police", country="ZY", acronym="ZYPOL")
    make_organization(kind="ministry", country="ZY", acronym="ZYMIN")
    assert _ids(api.get("/api/organizations/?kind=police&country=zy")) == [police.pk]
    assert len(_ids(api.get("/api/organizations/?country=ZY"))) == 2
    assert _ids(api.get("/api/organizations/?acronym=ZYPOL")) == [police.pk]
    assert api.get("/api/persons/?review=maybe").status_code == 400
    assert api.get("/api/organizations/?country=MAR").json()["errors"].keys() == {"country"}


def test_organization_detail(api, django_assert_max_num_queries):
    parent = make_organization(name="League")
    org = make_organization(name="Council", parent=parent, label_ar="مجلس")
    article = _published()
    make_article_organization(article=article, organization=org)
    person = make_article_person(article=article).person
    with django_assert_max_num_queries(9):
        body = api.get(f"/api/organizations/{org.pk}/").json()
    assert body["parent"] == {"id": parent.pk, "name": "League"}
    assert body["co_mentioned"] == [{"id": person.pk, "name": person.name, "articles": 1}]
    assert body["articles"]["count"] == 1


def test_event_filters(api):
    series = make_event_series()
    # Known sessions are loaded by migrations: invented values isolate these two.
    rabat = make_event(series=series, ordinal=947, city="Zedville", country="ZY", start=dt.date(1903, 12, 6))
    tunis = make_event(city="Tunis", country="ZX", start=dt.date(1902, 5, 1))
    article = _published()
    make_article_event(article=article, event=rabat)
    person = make_article_person(article=article).person
    org = make_article_organization(article=article).organization
    assert _ids(api.get(f"/api/events/?series={series.pk}")) == [rabat.pk]
    assert _ids(api.get("/api/events/?ordinal=947")) == [rabat.pk]
    assert _ids(api.get("/api/events/?year=1902")) == [tunis.pk]
    assert _ids(api.get("/api/events/?country=zx")) == [tunis.pk]
    assert _ids(api.get("/api/events/?city=zedville")) == [rabat.pk]
    assert _ids(api.get(f"/api/events/?participant={person.pk}")) == [rabat.pk]
    assert _ids(api.get(f"/api/events/?organization={org.pk}")) == [rabat.pk]
    assert _ids(api.get("/api/events/?ordering=start"))[:2] == [tunis.pk, rabat.pk]
    for bad in ("year=twenty", "ordinal=0", "country=Maroc", "participant=x", "ordering=city"):
        response = api.get(f"/api/events/?{bad}")
        assert response.status_code == 400, bad
        assert list(response.json()["errors"]) == [bad.split("=")[0]]


def test_event_detail(api, django_assert_max_num_queries):
    event = make_event()
    article = _published()
    make_article_event(article=article, event=event, relation=ArticleEvent.Relation.SUBJECT)
    person = make_article_person(article=article).person
    org = make_article_organization(article=article).organization
    with django_assert_max_num_queries(10):
        body = api.get(f"/api/events/{event.pk}/").json()
    assert body["persons"] == [{"id": person.pk, "name": person.name, "articles": 1}]
    assert body["organizations"] == [{"id": org.pk, "name": org.name, "articles": 1}]
    assert body["articles"]["count"] == 1


def test_series_detail_lists_sessions(api):
    series = make_event_series()
    sessions = [make_event(series=series, ordinal=n, start=dt.date(2000 + n, 1, 1)) for n in (1, 2)]
    article, draft = _published(), make_article(status=Article.Status.DRAFT)
    make_article_event(article=article, event=sessions[0])
    make_article_event(article=draft, event=sessions[1])
    body = api.get(f"/api/series/{series.pk}/").json()
    assert [e["id"] for e in body["events"]] == [sessions[1].pk, sessions[0].pk]
    assert body["event_count"] == 2
    # Its articles: the published ones about any of its sessions, and where to page through them.
    assert body["articles"]["count"] == 1
    assert [a["id"] for a in body["articles"]["latest"]] == [article.pk]
    assert body["articles"]["list"].endswith(f"/api/articles/?series={series.pk}")


def test_source_list_and_detail(api):
    source = make_source(name="Gulf Wire", language="en")
    make_source(name="Other", language="fr")
    article = _published(source=source)
    make_article(source=source)  # a draft: not counted
    assert _ids(api.get("/api/sources/?language=en")) == [source.pk]
    assert api.get("/api/sources/?name=gulf").json()["results"][0]["article_count"] == 1
    body = api.get(f"/api/sources/{source.pk}/").json()
    assert body["articles"]["count"] == 1
    assert body["articles"]["latest"][0]["id"] == article.pk


@pytest.mark.parametrize("endpoint", ["persons", "organizations", "events", "sources", "series"])
def test_unknown_id_is_404(api, endpoint):
    response = api.get(f"/api/{endpoint}/987654/")
    assert response.status_code == 404
    assert response.json()["detail"].endswith("matches the given query.")


def test_entity_csv(api):
    make_person(name="Samira Haddad", label_ar="سميرة حداد")
    lines = api.get("/api/persons/?format=csv").content.decode().splitlines()
    assert lines[0] == "id,name,labels.fr,labels.ar,labels.en,review,article_count,modified"
    assert ",Samira Haddad,Samira Haddad,سميرة حداد,," in lines[1]


def test_person_name_search_any_script_accent_and_hamza(api):
    hammouchi = make_person(name="Abdellatif Hammouchi", label_ar="عبد اللطيف حموشي", aliases=["Abdelatif Hammouchi"])
    make_person(name="Karim Bennis")
    assert _ids(api.get("/api/persons/", {"q": "hammouchi"})) == [hammouchi.pk]
    assert _ids(api.get("/api/persons/", {"q": "ABDELLATIF HAMMOUCHÎ"})) == [hammouchi.pk]
    assert _ids(api.get("/api/persons/", {"q": "حموشي"})) == [hammouchi.pk]
    assert _ids(api.get("/api/persons/", {"q": "nobody"})) == []


def test_organization_name_search_hamza_insensitive(api):
    org = make_organization(name="Zeta Agency", label_ar="الأمن الزيتي", acronym="ZTA")
    assert org.pk in _ids(api.get("/api/organizations/", {"q": "الامن الزيتي"}))
    assert org.pk in _ids(api.get("/api/organizations/", {"q": "zeta"}))


def test_entity_q_too_long_is_400(api):
    response = api.get("/api/persons/", {"q": "x" * 201})
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["q"]


def test_a_rejected_event_is_not_among_an_entitys_events_nor_counted(api):
    article = _published()
    person = make_article_person(article=article).person
    kept, rejected = make_event(), make_event(review=Review.REJECTED)
    make_article_event(article=article, event=kept)
    make_article_event(article=article, event=rejected)
    body = api.get(f"/api/persons/{person.pk}/").json()
    assert [e["id"] for e in body["events"]] == [kept.pk]
    assert api.get(f"/api/events/{rejected.pk}/").status_code == 404
