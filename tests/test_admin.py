"""The admin: every page answers, lists cost the same queries whatever their length, and the
actions change what they say through the services."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.contrib import admin
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive.models import (
    Article,
    ArticleEvent,
    ArticleOrganization,
    ArticlePerson,
    FileReport,
    ImportRun,
    Link,
    Source,
)
from events.models import Event, EventSeries
from people.models import IdentityDecision, Organization, OrganizationIdentityDecision, Person, Review
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_import_run,
    make_organization,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db

MODELS = [
    Person,
    Organization,
    EventSeries,
    Event,
    Source,
    ImportRun,
    FileReport,
    Article,
    ArticlePerson,
    ArticleOrganization,
    ArticleEvent,
    IdentityDecision,
    OrganizationIdentityDecision,
]
MODEL_IDS = [model._meta.label for model in MODELS]


def _label(value) -> str:
    """A test id that is the same in every process (pytest-xdist compares them): a model's label or
    a function's name, never a repr holding a memory address."""
    return value._meta.label if hasattr(value, "_meta") else value.__name__


def url_of(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def make_rows(n: int) -> None:
    """n rows of every model: each article from its own source and run, naming a person (with an
    affiliation), an organization (with a parent) and an event (of a series)."""
    for i in range(n):
        parent = make_organization()
        organization = make_organization(parent=parent, label_ar="المديرية العامة", aliases=["DG", "D.G."])
        series = make_event_series(organization=organization)
        run = make_import_run(
            errors=[{"origin": f"bad-{i}.txt", "error": "undecodable"}], updated_articles=[f"a-{i}.txt"]
        )
        article = make_article(source=make_source(), import_run=run)
        FileReport.objects.create(
            run=run, article=article, origin=f"a-{i}.txt", outcome="created", noise_rules={"menu": [1, 40]}
        )
        link = make_article_person(article=article, affiliation=organization, role="Director")
        IdentityDecision.objects.create(
            person=link.person,
            matched=link.person,
            spelling=link.surface,
            outcome="same",
            score=0.9,
            article_id=article.pk,
        )
        OrganizationIdentityDecision.objects.create(
            organization=organization, matched=parent, spelling=organization.name, outcome="new", score=0.4
        )
        make_article_organization(article=article, organization=organization)
        make_article_event(article=article, event=make_event(series=series))


def post_data(response) -> dict:
    """The values of a change form and its inline formsets, as a browser would post them back."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    data = {}
    for form in forms:
        for field in form:
            value = field.value()
            if isinstance(value, bool):
                if value:
                    data[field.html_name] = "on"
            elif value is not None:
                data[field.html_name] = value
    return data


# Lists


def test_every_model_of_the_project_is_registered():
    registered = {model for model in admin.site._registry if model._meta.app_label in {"people", "events", "archive"}}
    assert registered == set(MODELS)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_changelist_queries_do_not_grow_with_rows(admin_client, django_assert_max_num_queries, model):
    url = url_of(model, "changelist")
    make_rows(3)
    admin_client.get(url)  # warm caches (content types, session) out of the count
    with CaptureQueriesContext(connection) as few:
        response = admin_client.get(url)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) >= 3

    make_rows(30)
    with django_assert_max_num_queries(len(few)):
        response = admin_client.get(url)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) >= 33


@pytest.mark.parametrize(
    "query",
    [
        "q=Article",
        "q=article-1",
        "status__exact=draft",
        "language__exact=fr",
        "title_derived__exact=0",
        "published__year=2024",
        "published__year=2024&published__month=3",
    ],
)
def test_article_changelist_searches_and_filters(admin_client, query):
    make_rows(3)
    response = admin_client.get(f"{url_of(Article, 'changelist')}?{query}")
    assert response.status_code == 200
    assert "e=1" not in response.get("Location", "")


def test_article_list_shows_the_date_at_its_precision(admin_client):
    make_article(title="Known to the month", published_precision="month")
    response = admin_client.get(url_of(Article, "changelist"))
    article = Article.objects.get(title="Known to the month")
    assert f'<td class="field-published_display">{article.published:%Y-%m}</td>' in response.content.decode()


@pytest.mark.parametrize(
    ("model", "query"),
    [
        (Person, "q=Person"),
        (Person, "review__exact=candidate"),
        (Organization, "q=ORG"),
        (Organization, "q=DG"),
        (Organization, "kind__exact=police&country=MA"),
        (EventSeries, "q=Assemblée"),
        (Event, "q=Marrakech"),
        (Event, "country=MA"),
        (Source, "q=source"),
        (ImportRun, "outcome=failures"),
        (ArticlePerson, "q=Director&decision__exact="),
        (ArticleEvent, "relation__exact=subject"),
    ],
)
def test_other_changelists_search_and_filter(admin_client, model, query):
    make_rows(2)
    response = admin_client.get(f"{url_of(model, 'changelist')}?{query}")
    assert response.status_code == 200
    assert response.context["cl"].result_count >= 1


def test_article_counts_link_to_the_links_they_count(admin_client):
    person = make_person()
    make_article_person(person=person)
    make_article_person(person=person)
    make_article_person(person=person, decision=Link.Decision.REJECTED)
    response = admin_client.get(f"{url_of(Person, 'changelist')}?q={person.name}")
    [row] = response.context["cl"].result_list
    assert row.article_count == 2

    links = admin_client.get(
        f"{url_of(ArticlePerson, 'changelist')}?person__id__exact={person.pk}&decision__in=,confirmed"
    )
    assert links.status_code == 200
    assert links.context["cl"].result_count == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite stores non-ASCII JSON escaped")
def test_non_latin_aliases_are_found_on_postgresql(admin_client):
    make_person(name="Abdellatif Hammouchi", aliases=["الحموشي", "Ḥammūšī"])
    for term in ["الحموشي", "ḥammūšī"]:
        response = admin_client.get(url_of(Person, "changelist"), {"q": term})
        assert response.context["cl"].result_count == 1


@pytest.mark.parametrize(
    ("model", "column"),
    [
        (Person, "article_count"),
        (Organization, "article_count"),
        (EventSeries, "event_count"),
        (EventSeries, "article_count"),
        (Event, "article_count"),
        (Source, "article_count"),
        (ImportRun, "article_count"),
    ],
)
def test_count_columns_link_to_the_rows_they_count(admin_client, model, column):
    make_rows(2)
    html = admin_client.get(url_of(model, "changelist")).content.decode()
    cells = re.findall(rf'<td class="field-{column}"><a href="([^"]+)">(\d+)</a></td>', html)
    assert len(cells) >= 2
    for href, count in cells:
        response = admin_client.get(unescape(href))
        assert response.status_code == 200  # not a redirect to ?e=1 for a lookup the list refuses
        assert response.context["cl"].result_count == int(count)


def test_series_count_articles_once_across_its_events(admin_client):
    series = make_event_series()
    article = make_article()
    for _ in range(2):
        make_article_event(article=article, event=make_event(series=series))
    response = admin_client.get(f"{url_of(EventSeries, 'changelist')}?q={series.name}")
    [row] = response.context["cl"].result_list
    assert (row.event_count, row.article_count) == (2, 1)


def test_autocomplete_of_the_inlines_answers(admin_client):
    make_person(name="Abdellatif Hammouchi")
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "archive", "model_name": "articleperson", "field_name": "person", "term": "hammou"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Abdellatif Hammouchi"]


# Change forms


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_change_form_answers(admin_client, model):
    make_rows(1)
    response = admin_client.get(url_of(model, "change", model.objects.first().pk))
    assert response.status_code == 200


MADE_BY_THE_IMPORT = (Article, ImportRun, FileReport, IdentityDecision, OrganizationIdentityDecision)


@pytest.mark.parametrize("model", [m for m in MODELS if m not in MADE_BY_THE_IMPORT], ids=_label)
def test_add_form_answers(admin_client, model):
    assert admin_client.get(url_of(model, "add")).status_code == 200


@pytest.mark.parametrize("model", MADE_BY_THE_IMPORT, ids=_label)
def test_no_adding_what_the_import_makes(admin_client, model):
    assert admin_client.get(url_of(model, "add")).status_code == 403


def test_import_run_is_shown_read_only_with_its_errors(admin_client):
    run = make_import_run(
        errors=[{"origin": "corpus/broken.txt", "error": "cannot decode byte 0xff"}, "stray entry"],
        updated_articles=["corpus/a.txt"],
    )
    response = admin_client.get(url_of(ImportRun, "change", run.pk))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<li><code>corpus/broken.txt</code>" in html
    assert "cannot decode byte 0xff" in html
    assert "?origin=corpus%2Fa.txt" in html
    assert 'name="_save"' not in html  # nothing to edit

    assert admin_client.post(url_of(ImportRun, "change", run.pk), {}).status_code == 403


def test_article_form_shows_raw_text_read_only_and_the_evidence(admin_client):
    article = make_article(raw_text="HEADLINE\n\nMenu | Login\nThe text.", body="The text.")
    make_article_person(article=article, surface="Hammouchi", sentence="Mr Hammouchi met his peers.")
    response = admin_client.get(url_of(Article, "change", article.pk))
    html = response.content.decode()
    assert "Menu | Login" in html
    assert 'name="raw_text"' not in html
    assert 'name="content_hash"' not in html
    assert 'name="origin"' not in html
    assert "Mr <mark>Hammouchi</mark> met his peers." in html


def test_article_form_edits_go_through_the_services(admin_client):
    # The form's save is article_update (title_derived follows the title, one recorded edit) and
    # articles_set_status (a publish operation): the same writes as the API's.
    from people.curation.models import Operation
    from people.curation.services import operation_undo

    article = make_article(title="Derived headline", title_derived=True, body="Le corps.", status=Article.Status.DRAFT)
    url = url_of(Article, "change", article.pk)
    data = post_data(admin_client.get(url))
    data.update({"title": "Headline by an editor", "published_text": "2021-03", "status": Article.Status.PUBLISHED})
    data["body"] = "A body typed into the form"  # not a field of the form: the body is the import's

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    article.refresh_from_db()
    assert (article.title, article.title_derived, str(article.published_date)) == (
        "Headline by an editor",
        False,
        "2021-03",
    )
    assert (article.status, article.body) == (Article.Status.PUBLISHED, "Le corps.")
    (op,) = Operation.objects.all()  # one undoable operation per form save, named by its services
    assert "edited title, published" in op.summary and "published 1 article" in op.summary
    assert admin_client.post(url, post_data(admin_client.get(url))).status_code == 302
    assert Operation.objects.count() == 1  # sent back unchanged: nothing written, nothing recorded
    operation_undo(operation=op)
    article.refresh_from_db()
    assert (article.title, article.title_derived, article.status) == ("Derived headline", True, Article.Status.DRAFT)


def test_article_form_saves_a_decision_and_a_link_added_by_hand(admin_client):
    article = make_article()
    found = make_article_person(article=article)
    other = make_person(name="Jürgen Stock")
    url = url_of(Article, "change", article.pk)
    data = post_data(admin_client.get(url))
    data["person_links-0-decision"] = Link.Decision.REJECTED
    data.update({"person_links-TOTAL_FORMS": "2", "person_links-1-person": str(other.pk)})

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    found.refresh_from_db()
    assert found.decision == Link.Decision.REJECTED
    added = ArticlePerson.objects.get(article=article, person=other)
    assert (added.method, added.decision, added.surface) == (Link.Method.EDITOR, Link.Decision.CONFIRMED, other.name)
    article.refresh_from_db()
    assert article.raw_text.startswith(article.title)  # read-only fields kept


def test_article_form_refuses_a_second_link_to_the_same_person(admin_client):
    article = make_article()
    found = make_article_person(article=article)
    url = url_of(Article, "change", article.pk)
    data = post_data(admin_client.get(url))
    data.update({"person_links-TOTAL_FORMS": "2", "person_links-1-person": str(found.person.pk)})

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert response.context["errors"]
    assert article.person_links.count() == 1


def test_person_form_saves(admin_client):
    person = make_person()
    url = url_of(Person, "change", person.pk)
    data = post_data(admin_client.get(url))
    data["aliases"] = "H. Person\n\n  حموشي \nH. Person"  # one per line: blanks, spaces, repeats dropped
    assert admin_client.post(url, data).status_code == 302
    person.refresh_from_db()
    assert person.aliases == ["H. Person", "حموشي"]


# Actions


def run_action(client, model, action: str, objects) -> list[str]:
    response = client.post(
        url_of(model, "changelist"),
        {"action": action, admin.helpers.ACTION_CHECKBOX_NAME: [obj.pk for obj in objects]},
        follow=True,
    )
    assert response.status_code == 200
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_publish_and_unpublish_change_the_status(admin_client):
    drafts = [make_article() for _ in range(3)]
    already = make_article(status=Article.Status.PUBLISHED)

    assert run_action(admin_client, Article, "publish", [*drafts, already]) == ["3 articles published."]
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.PUBLISHED}

    assert run_action(admin_client, Article, "unpublish", drafts[:1]) == ["1 article unpublished."]
    assert Article.objects.get(pk=drafts[0].pk).status == Article.Status.DRAFT
    assert Article.objects.published().count() == 3


@pytest.mark.parametrize(("model", "make"), [(Person, make_person), (Organization, make_organization)], ids=_label)
def test_mark_confirmed(admin_client, model, make):
    candidates = [make(), make()]
    confirmed = make(review=Review.CONFIRMED)
    messages = run_action(admin_client, model, "mark_confirmed", [*candidates, confirmed])
    assert messages == [f"2 {model._meta.verbose_name_plural} marked confirmed."]
    assert not model.objects.candidates().exists()


def test_link_list_edits_decisions_in_place(admin_client):
    links = [make_article_organization() for _ in range(2)]
    url = url_of(ArticleOrganization, "changelist")
    data = {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2", "_save": "Save"}
    for i, link in enumerate(ArticleOrganization.objects.order_by("-pk")):
        data[f"form-{i}-id"] = str(link.pk)
        data[f"form-{i}-decision"] = Link.Decision.CONFIRMED if link == links[0] else ""
    assert admin_client.post(url, data).status_code == 302
    assert ArticleOrganization.objects.get(pk=links[0].pk).decision == Link.Decision.CONFIRMED


def test_each_model_is_registered_by_its_own_app():
    """No admin module re-registers another app's model: what people/admin.py says is what shows."""
    from django.contrib import admin as django_admin

    for model, model_admin in django_admin.site._registry.items():
        if model._meta.app_label in {"people", "events", "archive"}:
            assert type(model_admin).__module__ == f"{model._meta.app_label}.admin", model


def test_a_running_runs_page_says_its_report_is_coming_not_missing(admin_client):
    running = make_import_run(status=ImportRun.Status.RUNNING, finished_at=None)
    page = admin_client.get(url_of(ImportRun, "change", running.pk)).content.decode()
    assert "no file reported yet" in page and "before reports were kept" not in page
    old = make_import_run(status=ImportRun.Status.FINISHED)
    assert "before reports were kept" in admin_client.get(url_of(ImportRun, "change", old.pk)).content.decode()


def test_article_search_reads_the_text_not_only_the_title(admin_client):
    """An editor finds an article by a word of its body, folded and stemmed as the public search
    reads it; a word in no article finds none."""
    make_article(title="Réunion à Rabat", raw_text="Les ministres ont parlé de cybercriminalité organisée.")
    make_article(title="Autre sujet", raw_text="Rien de commun ici.")
    url = url_of(Article, "changelist")
    found = admin_client.get(f"{url}?q=cybercriminalite").context["cl"].result_list
    assert [a.title for a in found] == ["Réunion à Rabat"]
    assert list(admin_client.get(f"{url}?q=introuvable").context["cl"].result_list) == []
