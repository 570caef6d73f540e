"""The editors' screens through the Django test client, as an editor (not a superuser): each
action changes the database as it says, is recorded, and can be undone; list pages cost the
same number of queries whatever their length."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.models import Article, ArticlePerson, Link
from events.models import Event, EventSeries
from people.curation.models import Operation
from people.curation.services import operation_undo
from people.models import Organization, Person, Review
from people.services import person_merge
from tests.factories import (
    make_article,
    make_article_event,
    make_article_person,
    make_event,
    make_event_series,
    make_import_run,
    make_organization,
    make_person,
)

pytestmark = pytest.mark.django_db

QUEUE = "/admin/review/"
ACT = "/admin/review/act/"


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("ed", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def client(client, editor):
    client.force_login(editor)
    return client


def act(client, **data):
    data.setdefault("next", QUEUE)
    return client.post(ACT, data)


# -- the Editors group --------------------------------------------------------------------------


def test_editors_have_exactly_the_curation_permissions(editor):
    codenames = set(Group.objects.get(name="Editors").permissions.values_list("content_type__app_label", "codename"))
    assert ("people", "change_person") in codenames
    assert ("curation", "undo_operation") in codenames
    assert not {c for c in codenames if c[1].startswith("delete_")}
    assert ("archive", "change_importrun") not in codenames
    assert not editor.is_superuser
    assert editor.has_perm("archive.change_article")
    assert not editor.has_perm("people.delete_person")


def test_editor_pages_answer(client):
    make_person(review=Review.CANDIDATE)
    make_event_series(review=Review.CANDIDATE)
    make_article_event(event=make_event(review=Review.CANDIDATE), confidence=0.5)
    tabs = ["organizations", "series", "events", "person-links", "event-links"]
    for url in [QUEUE, *(f"{QUEUE}?tab={tab}" for tab in tabs), "/admin/dashboard/"]:
        assert client.get(url).status_code == 200, url


def test_editors_read_the_ingest_reports_a_run_links_to(client):
    # The run's page links to its per-file report (FileReport's list): editors upload, so they read it.
    assert client.get("/admin/archive/filereport/").status_code == 200
    assert client.get("/admin/archive/importrun/").status_code == 200


def test_anonymous_is_sent_to_login(client):
    client.logout()
    assert client.get(QUEUE).status_code == 302


# -- review queue actions -------------------------------------------------------------------------


def test_queue_lists_candidates_most_frequent_first_with_evidence(client):
    rare = make_person(name="Rare Candidate", review=Review.CANDIDATE)
    frequent = make_person(name="Frequent Candidate", review=Review.CANDIDATE)
    make_article_person(person=rare, sentence="Rare Candidate spoke.")
    for i in range(3):
        make_article_person(person=frequent, surface="Frequent Candidate", sentence=f"Frequent Candidate said {i}.")
    html = client.get(QUEUE).content.decode()
    assert html.index("Frequent Candidate") < html.index("Rare Candidate")
    assert "<mark>Frequent Candidate</mark> said" in html


def test_confirm_and_reject_from_the_queue(client, editor):
    confirmed = make_person(review=Review.CANDIDATE)
    rejected = make_person(review=Review.CANDIDATE)
    link = make_article_person(person=rejected)
    assert act(client, kind="persons", pk=confirmed.pk, action="confirm").status_code == 302
    assert act(client, kind="persons", pk=rejected.pk, action="reject").status_code == 302
    confirmed.refresh_from_db()
    rejected.refresh_from_db()
    link.refresh_from_db()
    assert (confirmed.review, rejected.review, link.decision) == (Review.CONFIRMED, Review.REJECTED, "rejected")
    assert Operation.objects.filter(by=editor, kind="reject").count() == 1


def test_alias_of_a_single_match_attaches_at_once(client):
    known = make_organization(name="Organisation Zeta Unique", aliases=[], review=Review.CONFIRMED)
    candidate = make_organization(name="Zeta Org", aliases=[], review=Review.CANDIDATE)
    act(client, kind="organizations", pk=candidate.pk, action="alias", q="organisation zeta")
    assert not Organization.objects.filter(pk=candidate.pk).exists()
    assert "Zeta Org" in Organization.objects.get(pk=known.pk).aliases


def test_alias_among_several_matches_asks_which(client):
    first = make_person(name="Karim Tazi", aliases=[], review=Review.CONFIRMED)
    make_person(name="Karim Tazi Bennani", aliases=[], review=Review.CONFIRMED)
    candidate = make_person(name="K. Tazi", aliases=[], review=Review.CANDIDATE)
    response = act(client, kind="persons", pk=candidate.pk, action="alias", q="tazi")
    assert response.status_code == 200 and b"Which one" in response.content
    act(client, kind="persons", pk=candidate.pk, action="alias", target=first.pk)
    assert "K. Tazi" in Person.objects.get(pk=first.pk).aliases


def test_accept_and_dismiss_a_suggestion(client):
    known = make_person(name="Mohamed Dkhissi", aliases=[])
    same = make_person(name="Mohamed Dkhisi", similar_to=known, similarity=93, aliases=[])
    other = make_person(name="Mohamed Dkhili", similar_to=known, similarity=86, aliases=[])
    link = make_article_person(person=same)
    act(client, kind="persons", pk=same.pk, action="accept")
    act(client, kind="persons", pk=other.pk, action="dismiss")
    link.refresh_from_db()
    other.refresh_from_db()
    assert link.person_id == known.pk and other.similar_to_id is None


def test_unsure_links_confirmed_and_rejected_in_bulk(client):
    unsure = [make_article_person(confidence=0.5) for _ in range(3)]
    response = client.get(QUEUE + "?tab=person-links")
    assert all(f'value="{link.pk}"' in response.content.decode() for link in unsure)
    act(client, kind="persons", action="link-confirm", link=[unsure[0].pk, unsure[1].pk])
    act(client, kind="persons", action="link-reject", link=[unsure[2].pk])
    decisions = [ArticlePerson.objects.get(pk=link.pk).decision for link in unsure]
    assert decisions == ["confirmed", "confirmed", "rejected"]


# -- merge, split, undo ---------------------------------------------------------------------------


def test_merge_five_spellings_from_the_list_then_undo(client):
    names = ["Abdellatif Hammouchi", "Abdellatif Hamouchi", "Abdelatif Hammouchi", "A. Hammouchi", "عبد اللطيف حموشي"]
    persons = [make_person(name=n, aliases=[], label_fr="") for n in names]
    for p in persons:
        make_article_person(person=p, surface=p.name)
    changelist = reverse("admin:people_person_changelist")
    found = client.get(changelist, {"q": "hammouchi"})
    assert len(found.context["cl"].result_list) == 3  # "Hamouchi" and the Arabic one need their own search
    found = client.get(changelist, {"q": "hammouchi, hamouchi, حموشي"})  # alternatives: all five at once
    assert {p.pk for p in found.context["cl"].result_list} == {p.pk for p in persons}
    ids = [str(p.pk) for p in persons]
    page = client.post(changelist, {"action": "merge_selected", "_selected_action": ids})
    assert page.status_code == 200 and b"Choose the record to" in page.content
    done = client.post(changelist, {"action": "merge_selected", "_selected_action": ids, "survivor": persons[0].pk})
    assert done.status_code == 302
    survivor = Person.objects.get(pk=persons[0].pk)
    assert Person.objects.filter(pk__in=ids).count() == 1
    assert sorted(survivor.aliases) == sorted(names[1:])
    assert survivor.article_links.count() == 5

    op = Operation.objects.get(kind="merge")
    assert client.post(reverse("admin:curation_operation_undo", args=[op.pk])).status_code == 302
    assert Person.objects.filter(pk__in=ids).count() == 5
    assert Person.objects.get(pk=persons[0].pk).aliases == []
    assert all(Person.objects.get(pk=p.pk).article_links.count() == 1 for p in persons)


def test_operation_page_shows_values_and_history_is_per_object(client):
    person = make_person(name="Samir Alaoui", review=Review.CANDIDATE)
    act(client, kind="persons", pk=person.pk, action="confirm")
    op = Operation.objects.get(kind="confirm")
    page = client.get(reverse("admin:curation_operation_change", args=[op.pk])).content.decode()
    assert "candidate" in page and "confirmed" in page and "Undo this operation" in page
    history = client.get(reverse("admin:people_person_history", args=[person.pk]))
    assert history.status_code == 200 and b"ed" in history.content
    listing = client.get(reverse("admin:curation_operation_changelist")).content.decode()
    assert "confirmed “Samir Alaoui”" in listing


def test_undo_is_refused_with_a_reason_when_changed_since(client):
    person = make_person(review=Review.CANDIDATE)
    act(client, kind="persons", pk=person.pk, action="confirm")
    act(client, kind="persons", pk=person.pk, action="reject")
    first = Operation.objects.get(kind="confirm")
    response = client.post(reverse("admin:curation_operation_undo", args=[first.pk]), follow=True)
    assert "changed since" in response.content.decode()
    person.refresh_from_db()
    assert person.review == Review.REJECTED


# -- articles by entity, publish by event ---------------------------------------------------------


def test_publish_an_events_coverage_from_the_filtered_list(client):
    event = make_event(name="47e session du Conseil")
    about = [make_article_event(event=event).article for _ in range(3)]
    other = make_article()
    changelist = reverse("admin:archive_article_changelist")
    listed = client.get(changelist, {"event": event.pk})
    assert {a.pk for a in listed.context["cl"].result_list} == {a.pk for a in about}
    client.post(
        f"{changelist}?event={event.pk}",
        {"action": "publish", "select_across": "1", "index": "0", "_selected_action": [a.pk for a in about]},
    )
    assert set(Article.objects.published().values_list("pk", flat=True)) == {a.pk for a in about}
    other.refresh_from_db()
    assert other.status == Article.Status.DRAFT
    assert Operation.objects.get(kind="publish").rows == 3


def test_articles_filtered_by_a_person_typed_without_accents(client):
    person = make_person(name="Hélène Ménard", aliases=[])
    naming = make_article_person(person=person).article
    make_article_person(person=make_person(name="Someone Else"), decision=Link.Decision.NONE)
    rejected = make_article_person(person=person, decision=Link.Decision.REJECTED).article
    listed = client.get(reverse("admin:archive_article_changelist"), {"person": "helene menard"})
    ids = {a.pk for a in listed.context["cl"].result_list}
    assert naming.pk in ids and rejected.pk not in ids


def test_article_search_forgives_accents(client):
    article = make_article(title="La Sûreté nationale à Marrakech")
    listed = client.get(reverse("admin:archive_article_changelist"), {"q": "surete nationale"})
    assert [a.pk for a in listed.context["cl"].result_list] == [article.pk]


def test_entity_page_lists_its_articles_with_clickable_titles(client):
    person = make_person()
    article = make_article_person(person=person, article=make_article(title="Visite à Rabat")).article
    page = client.get(reverse("admin:people_person_change", args=[person.pk])).content.decode()
    assert reverse("admin:archive_article_change", args=[article.pk]) in page
    assert f"?person={person.pk}" in page


def test_article_page_shows_entities_before_the_body(client):
    link = make_article_person(sentence="Le directeur a reçu la délégation.")
    page = client.get(reverse("admin:archive_article_change", args=[link.article_pk if False else link.article_id]))
    html = page.content.decode()
    assert html.index("délégation") < html.index("Cleaned text") < html.index("Raw text")


# -- forms ------------------------------------------------------------------------------------------


def event_form(client, event, **changes):
    url = reverse("admin:events_event_change", args=[event.pk])
    data = {
        "name": event.name,
        "series": "",
        "ordinal": "",
        "city": "Tunis",
        "country": "TN",
        "aliases": "",
        "start_text": "",
        "end_text": "",
    }
    data.update(changes)
    return client.post(url, data)


def test_event_dates_at_their_precision(client):
    event = make_event()
    assert event_form(client, event, start_text="2021-03", end_text="2021-03-05").status_code == 302
    event.refresh_from_db()
    assert (str(event.start_date), str(event.end_date), event.country) == ("2021-03", "2021-03-05", "TN")
    assert event_form(client, event, start_text="2021").status_code == 302
    event.refresh_from_db()
    assert str(event.start_date) == "2021" and event.end_date is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start_text": "2021-03", "end_text": "2021-02"}, "The end (2021-02) is before the start (2021-03)."),
        ({"start_text": "March 2021"}, "Type a year (2021), a month (2021-03) or a day (2021-03-03)."),
        ({"start_text": "2021-02-30"}, "2021-02-30 is not a date of the calendar."),
        ({"country": "Tunisia"}, "Choose the country from the list (“Tunisia” is not one of them)."),
    ],
)
def test_event_form_refuses_mistakes_with_clear_messages(client, changes, message):
    event = make_event()
    response = event_form(client, event, **changes)
    assert response.status_code == 200
    assert message in re.sub(r"\s+", " ", response.content.decode().replace("&#x27;", "'"))
    assert Event.objects.get(pk=event.pk).country == event.country


def test_form_edit_is_an_undoable_operation(client):
    person = make_person(name="Nadia Fassi", aliases=["N. Fassi"])
    url = reverse("admin:people_person_change", args=[person.pk])
    data = {
        "name": "Nadia El Fassi",
        "label_fr": "",
        "label_ar": "نادية الفاسي",
        "label_en": "",
        "aliases": "N. Fassi\nNadia Fassi",
        "review": "confirmed",
        "similar_to": "",
        "identity_decisions-TOTAL_FORMS": "0",
        "identity_decisions-INITIAL_FORMS": "0",
    }
    assert client.post(url, data).status_code == 302
    person.refresh_from_db()
    assert person.aliases == ["N. Fassi", "Nadia Fassi"]
    assert person in Person.objects.search("الفاسي")
    op = Operation.objects.get(kind="edit")
    client.post(reverse("admin:curation_operation_undo", args=[op.pk]))
    person.refresh_from_db()
    assert (person.name, person.aliases, person.label_ar) == ("Nadia Fassi", ["N. Fassi"], "")


# -- constant query counts ------------------------------------------------------------------------


def _queries(client, url) -> int:
    client.get(url)  # warm caches (session, content types) out of the count
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# -- event series and events in the queue ----------------------------------------------------


def test_candidate_series_listed_with_the_articles_of_their_sessions(client):
    quiet = make_event_series(name="Quiet Committee", review=Review.CANDIDATE)
    busy = make_event_series(name="Joint Border Committee", review=Review.CANDIDATE)
    make_event_series(name="Known Assembly")  # confirmed: not in the queue
    make_article_event(event=make_event(series=quiet), sentence="The Quiet Committee met.", surface="Quiet Committee")
    for ordinal in (4, 5):
        event = make_event(series=busy, ordinal=ordinal, name=f"{ordinal}th Joint Border Committee")
        for _ in range(2):
            make_article_event(
                event=event, surface="Joint Border Committee", sentence="The Joint Border Committee met."
            )
    html = client.get(QUEUE + "?tab=series").content.decode()
    assert "Known Assembly" not in html
    assert html.index("Joint Border Committee") < html.index("Quiet Committee")
    assert "4 articles" in html and "<mark>Joint Border Committee</mark> met" in html


def test_confirm_and_reject_a_series_and_an_event_from_the_queue(client, editor):
    series = make_event_series(review=Review.CANDIDATE)
    event = make_event(review=Review.CANDIDATE)
    link = make_article_event(event=event)
    act(client, kind="series", pk=series.pk, action="confirm")
    act(client, kind="events", pk=event.pk, action="reject")
    series.refresh_from_db()
    event.refresh_from_db()
    link.refresh_from_db()
    assert (series.review, event.review, link.decision) == (Review.CONFIRMED, Review.REJECTED, "rejected")
    assert event not in Event.objects.public()
    undo = Operation.objects.get(kind="reject", by=editor)
    client.post(f"/admin/curation/operation/{undo.pk}/undo/", {"next": QUEUE})
    event.refresh_from_db()
    link.refresh_from_db()
    assert (event.review, link.decision) == (Review.CANDIDATE, Link.Decision.NONE)


def test_a_candidate_series_attached_as_alias_of_a_known_one(client):
    known = make_event_series(name="Zircon Coast Guard Forum", aliases=[])
    candidate = make_event_series(name="Forum of Zircon Coastguards", label_fr="", review=Review.CANDIDATE)
    session = make_event(series=candidate, ordinal=47)
    assert act(client, kind="series", pk=candidate.pk, action="alias", q="zircon coast guard").status_code == 302
    assert not EventSeries.objects.filter(pk=candidate.pk).exists()
    known.refresh_from_db()
    session.refresh_from_db()
    assert "Forum of Zircon Coastguards" in known.aliases
    assert session.series_id == known.pk
    assert EventSeries.objects.search("zircon coastguards").get() == known


def test_a_candidate_event_attached_to_the_known_session(client):
    series = make_event_series()
    known = make_event(series=series, ordinal=41, name="41st Zircon Forum")
    candidate = make_event(name="Zircon meeting in Tunis", review=Review.CANDIDATE)
    links = [make_article_event(event=candidate) for _ in range(2)]
    assert act(client, kind="events", pk=candidate.pk, action="alias", q="41st zircon").status_code == 302
    assert not Event.objects.filter(pk=candidate.pk).exists()
    assert {link.article_id for link in known.article_links.all()} == {link.article_id for link in links}
    assert "Zircon meeting in Tunis" in Event.objects.get(pk=known.pk).aliases


def test_merging_a_confirmed_series_into_a_candidate_confirms_it(client):
    candidate = make_event_series(review=Review.CANDIDATE)
    confirmed = make_event_series()
    from events.services import series_merge

    series_merge(survivor=candidate, others=[confirmed])
    candidate.refresh_from_db()
    assert candidate.review == Review.CONFIRMED


def _many(n: int) -> None:
    run = make_import_run()
    for i in range(n):
        person = make_person(name=f"Candidate {i}", review=Review.CANDIDATE, similar_to=make_person())
        organization = make_organization(review=Review.CANDIDATE)
        for _ in range(2):
            link = make_article_person(person=person, confidence=0.5)
            link.article.import_run = run
            link.article.save()
        make_article_event(event=make_event(review=Review.CANDIDATE), confidence=0.5)
        make_article_event(event=make_event(series=make_event_series(review=Review.CANDIDATE)))
        Operation.objects.create(kind="confirm", summary=f"confirmed {organization}")


@pytest.mark.parametrize(
    "url",
    [
        QUEUE,
        QUEUE + "?tab=person-links",
        QUEUE + "?tab=series",
        QUEUE + "?tab=events",
        QUEUE + "?tab=event-links",
        "/admin/dashboard/",
        "/admin/curation/operation/",
        "/admin/archive/article/?person=candidate",
        "/admin/archive/article/?review=candidates",
        "/admin/people/person/?q=candidate",
    ],
)
def test_editor_pages_cost_the_same_queries_with_more_rows(client, url):
    _many(3)
    few = _queries(client, url)
    _many(25)
    assert _queries(client, url) == few


def test_a_rejected_event_leaves_the_public_site(client, editor):
    from people.services import entities_reject

    event = make_event(name="Misread Ordinal Session")
    assert client.get(event.get_absolute_url()).status_code == 200
    entities_reject(entities=Event.objects.filter(pk=event.pk), by=editor)
    assert client.get(event.get_absolute_url()).status_code == 404
    assert b"Misread Ordinal Session" not in client.get("/api/events/").content


@pytest.mark.parametrize("accept", ["fr", "ar", "en"])
def test_the_admin_speaks_one_language_whatever_the_browser_asks(client, accept):
    for url in [QUEUE, "/admin/", "/admin/people/person/"]:
        html = client.get(url, HTTP_ACCEPT_LANGUAGE=accept).content.decode()
        assert '<html lang="en"' in html and "Log out" in html, url
        assert "Déconnexion" not in html and "تسجيل الخروج" not in html, url
    # The public site still follows the reader.
    assert 'lang="fr"' in client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()


def test_counts_of_what_waits_stop_at_a_thousand(monkeypatch):
    from archive import review

    monkeypatch.setattr(review, "COUNT_CAP", 2)
    for _ in range(3):
        make_article()
    assert str(review.waiting().draft_articles) == "2+"
    make_person(review=Review.CANDIDATE)
    assert str(review.waiting().candidate_persons) == "1"


def test_article_list_filters_by_year_and_language_without_reading_the_table(client):
    import datetime as dt

    old = make_article(title="Old one", published=dt.date(2019, 5, 1), language="ar")
    make_article(title="New one", published=dt.date(2024, 5, 1))
    html = client.get("/admin/archive/article/?year=2019").content.decode()
    assert "Old one" in html and "New one" not in html
    assert ">2024<" in html and ">2021<" in html  # every year between the oldest and the newest
    html = client.get("/admin/archive/article/?language=ar").content.decode()
    assert old.title in html and "New one" not in html


# -- each object's History page: its own rows and the bulk actions that touched it -----------------


def _history(client, obj) -> str:
    opts = obj._meta
    return client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])).content.decode()


def test_a_bulk_publish_shows_on_each_articles_history_with_undo(client, editor):
    from archive.services import articles_publish

    articles = [make_article() for _ in range(12)]
    left_out = articles.pop()  # same kind, not in the bulk action: its page must not list it
    articles_publish(articles=Article.objects.filter(pk__in=[a.pk for a in articles]), by=editor)
    op = Operation.objects.get(kind="publish")
    page = re.sub(r"\s+", " ", _history(client, articles[3]))
    assert f"#{op.pk} published 11 articles" in page
    assert "<b>status</b>: draft → published" in page
    assert '<td data-label="by">ed</td>' in page  # who
    assert reverse("admin:curation_operation_undo", args=[op.pk]) in page
    assert "No bulk action changed it." in _history(client, left_out)

    # Undo from the article's History page: back there, the change shows as undone, and the
    # undo (itself a bulk change of those ids) is listed above it with its own Undo (redo).
    url = reverse("admin:archive_article_history", args=[articles[3].pk])
    response = client.post(reverse("admin:curation_operation_undo", args=[op.pk]), {"next": url}, follow=True)
    assert response.redirect_chain[-1][0] == url
    assert not Article.objects.published().exists()
    page = re.sub(r"\s+", " ", response.content.decode())
    undo = Operation.objects.get(kind="undo")
    assert f"undone by #{undo.pk}" in page
    assert page.index(f"#{undo.pk} undo #{op.pk}") < page.index(f"#{op.pk} published 11 articles")
    assert "<b>status</b>: published → draft" in page


def test_history_page_costs_the_same_queries_whatever_the_bulk_changes(client, editor):
    from archive.services import articles_publish, articles_unpublish

    article = make_article()
    url = reverse("admin:archive_article_history", args=[article.pk])
    articles_publish(articles=Article.objects.filter(pk=article.pk), by=editor)
    few = _queries(client, url)
    for _ in range(5):
        articles_unpublish(articles=Article.objects.all(), by=editor)
        articles_publish(articles=Article.objects.all(), by=editor)
    assert _history(client, article).count("published → draft") == 5
    assert _queries(client, url) == few


def test_history_rows_name_their_operation_and_offer_its_undo(client):
    person = make_person(name="Samir Alaoui", review=Review.CANDIDATE)
    act(client, kind="persons", pk=person.pk, action="confirm")
    op = Operation.objects.get(kind="confirm")
    page = re.sub(r"\s+", " ", _history(client, person))
    assert f"#{op.pk} confirmed “Samir Alaoui”" in page
    assert "<strong>Review:</strong> <bdi>candidate</bdi> → <bdi>confirmed</bdi>" in page
    assert reverse("admin:curation_operation_undo", args=[op.pk]) in page
    # Each row's operation is read with the rows: more operations, the same queries.
    url = reverse("admin:people_person_history", args=[person.pk])
    few = _queries(client, url)
    for _ in range(4):
        act(client, kind="persons", pk=person.pk, action="reject")
        act(client, kind="persons", pk=person.pk, action="confirm")
    _history(client, person)  # the actions' messages shown and gone
    assert _history(client, person).count(">Undo #") == 9
    assert _queries(client, url) == few


def test_going_back_to_a_version_is_an_undo_not_a_revert_form(client):
    person = make_person(name="Samir Alaoui", review=Review.CANDIDATE)
    act(client, kind="persons", pk=person.pk, action="confirm")
    version = Person.history.filter(id=person.pk).earliest("history_id")
    url = reverse("admin:people_person_simple_history", args=[person.pk, version.history_id])
    assert client.get(url).status_code == 200  # the version can be read
    assert client.post(url, {"name": "Samir Alaoui", "review": "candidate"}).status_code == 403
    person.refresh_from_db()
    assert person.review == Review.CONFIRMED


# -- the names form saves through the service ---------------------------------------------------------


def _person_form(person, **changes) -> dict:
    data = {
        "name": person.name,
        "label_fr": person.label_fr,
        "label_ar": person.label_ar,
        "label_en": person.label_en,
        "aliases": "\n".join(person.aliases),
        "review": person.review,
        "similar_to": "",
        "identity_decisions-TOTAL_FORMS": "0",
        "identity_decisions-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def _record(person) -> tuple:
    """What an edit of names leaves behind: its operation and the person's history rows (the
    person's own names masked, to compare two persons)."""
    rows = list(Person.history.filter(id=person.pk).select_related("operation").order_by("history_id"))
    op = rows[-1].operation
    mask = {person.name: "NAME", **{alias: "ALIAS" for row in rows for alias in row.aliases}}

    def masked(text):
        for name, placeholder in mask.items():
            text = text.replace(name, placeholder)
        return text

    history = [
        (
            row.history_type,
            row.history_user_id,
            masked(row.history_change_reason or ""),
            row.operation_id == op.pk,
            len(row.aliases),
        )
        for row in rows
    ]
    return (op.kind, masked(op.summary), op.by_id, op.rows, op.undone_by_id), history


def test_aliases_saved_in_the_form_are_recorded_as_the_service_records_them(client, editor):
    from people.services import entity_names_update

    by_service = make_person(name="Youssef Amrani", aliases=["Y. Amrani"])
    by_form = make_person(name="Karim Bennani", aliases=["K. Bennani"])
    entity_names_update(
        entity=by_service, changes={"aliases": ["Y. Amrani", "Youssef Amrane", "يوسف العمراني"]}, by=editor
    )
    url = reverse("admin:people_person_change", args=[by_form.pk])
    sent = _person_form(by_form, aliases="K. Bennani\nKarim Benani\n  \nKarim Bennani\nكريم بناني")
    assert client.post(url, sent).status_code == 302
    by_form.refresh_from_db()
    # The service's rules: blanks dropped, no copy of the canonical name among the aliases.
    assert by_form.aliases == ["K. Bennani", "Karim Benani", "كريم بناني"]
    assert by_form in Person.objects.search("بناني")
    assert _record(by_form) == _record(by_service)
    assert Operation.objects.get(summary="names of “Karim Bennani” changed").by == editor

    # Undone the same way.
    op = Operation.objects.get(summary="names of “Karim Bennani” changed")
    client.post(reverse("admin:curation_operation_undo", args=[op.pk]))
    by_form.refresh_from_db()
    assert by_form.aliases == ["K. Bennani"]


def test_a_form_save_calls_the_services_of_what_it_changed(client, editor, monkeypatch):
    import people.admin
    import people.services

    called = []
    for name in ("entity_names_update", "entities_reject"):
        real = getattr(people.services, name)
        monkeypatch.setattr(
            people.admin, name, lambda *, _real=real, _name=name, **kw: called.append(_name) or _real(**kw)
        )
    person = make_person(name="Omar Tazi", label_fr="", aliases=[], review=Review.CANDIDATE)
    link = make_article_person(person=person)
    url = reverse("admin:people_person_change", args=[person.pk])
    assert client.post(url, _person_form(person, label_ar="عمر التازي", review="rejected")).status_code == 302
    assert called == ["entity_names_update", "entities_reject"]
    link.refresh_from_db()
    assert link.decision == Link.Decision.REJECTED  # as a rejection from the queue does
    op = Operation.objects.get()
    assert op.summary == "names of “Omar Tazi” changed; rejected “Omar Tazi”"
    # Sent back unchanged: nothing written, no empty operation.
    person.refresh_from_db()
    assert client.post(url, _person_form(person)).status_code == 302
    assert Operation.objects.count() == 1


def test_an_event_form_saves_its_aliases_through_the_service_and_its_dates_itself(client, editor):
    event = make_event(name="Joint Meeting", aliases=[], start=None, start_precision="")
    assert (
        event_form(client, event, name="Joint Meeting", aliases="Réunion conjointe", start_text="2021-03").status_code
        == 302
    )
    event.refresh_from_db()
    assert (event.aliases, str(event.start_date)) == (["Réunion conjointe"], "2021-03")
    op = Operation.objects.get()
    assert op.summary.startswith("names of “Joint Meeting” changed; edited event")
    client.post(reverse("admin:curation_operation_undo", args=[op.pk]))
    event.refresh_from_db()
    assert (event.aliases, event.start_date) == ([], None)


def test_the_page_of_a_merge_and_of_its_undo_show_the_aliases_before_and_after(client, editor):
    survivor = make_person(name="Abdellatif Hammouchi", label_fr="", aliases=["A. H."])
    other = make_person(name="Abdellatif Hamouchi", label_fr="", aliases=[])
    op = person_merge(survivor=survivor, others=[other], by=editor)
    page = client.get(reverse("admin:curation_operation_change", args=[op.pk]))
    assert page.status_code == 200
    assert "<b>aliases</b>: <bdi>A. H.</bdi> → <bdi>A. H., Abdellatif Hamouchi</bdi>" in page.content.decode()
    undo = operation_undo(operation=op, by=editor)
    assert client.get(reverse("admin:curation_operation_change", args=[undo.pk])).status_code == 200
