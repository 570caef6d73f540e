"""Lists read by seeking, precomputed counts kept by the services, language versions of every
page, Arabic dates with Moroccan month names, events named in the interface language."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from archive.coverage import mention_counts, mention_counts_refresh, year_coverage
from archive.models import Article, MentionCount
from archive.public import pagination
from archive.services import articles_publish, articles_unpublish, links_reject
from tests import public_world
from tests.factories import make_article, make_article_person, make_person
from text.partial_date import Precision

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return public_world.build()


def _titles(html: str) -> list[str]:
    return re.findall(r'class="article-item__title"[^>]*><a href="[^"]+">([^<]+)</a>', html)


def _link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a rel="{rel}" href="\?([^"]+)"', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_article_list_pages_forward_and_back_through_undated_articles(client, monkeypatch):
    monkeypatch.setattr(pagination, "PER_PAGE", 3)
    dated = [
        make_article(title=f"Dated {n}", published=dt.date(2020, 1, 1 + n % 3), status=Article.Status.PUBLISHED)
        for n in range(7)
    ]
    undated = [
        make_article(title=f"Undated {n}", published=None, published_precision="", status=Article.Status.PUBLISHED)
        for n in range(4)
    ]
    make_article(title="A draft", status=Article.Status.DRAFT)
    expected = [a.title for a in sorted(dated, key=lambda a: (a.published, a.pk), reverse=True)] + [
        a.title for a in sorted(undated, key=lambda a: a.pk, reverse=True)
    ]

    pages, query = [], ""
    while True:
        html = client.get(f"/articles/?{query}").text
        pages.append(_titles(html))
        query = _link(html, "next")
        if not query:
            break
    assert [t for page in pages for t in page] == expected  # each once, in order, drafts never
    assert '<span aria-current="page">Page 4</span>' in html  # the reader is told where they are
    assert all(len(page) == 3 for page in pages[:-1])

    back = []
    query = _link(html, "prev")
    while query:
        html = client.get(f"/articles/?{query}").text
        back.insert(0, _titles(html))
        query = _link(html, "prev")
    assert back == pages[:-1]


def test_list_counts_are_capped(client, world, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_CAP", 2)
    assert "Plus de 2 articles" in client.get("/articles/").text
    assert "1 article" in client.get("/articles/?language=ar&lang=fr").text


def test_a_stale_or_malformed_cursor_gives_the_first_page(client, world):
    first = _titles(client.get("/articles/").text)
    assert _titles(client.get("/articles/?after=not-a-cursor").text) == first
    assert _titles(client.get("/articles/?after=1999-01-01.1").text) == first  # nothing after it


def test_counts_follow_publication_and_link_decisions(world):
    hammouchi = world.persons["hammouchi"]
    assert mention_counts(MentionCount.Kind.PERSON, [hammouchi.pk]) == {hammouchi.pk: 3}
    articles_unpublish(articles=Article.objects.filter(pk=world.articles["en"].pk))
    assert mention_counts(MentionCount.Kind.PERSON, [hammouchi.pk]) == {hammouchi.pk: 2}
    link = hammouchi.article_links.get(article=world.articles["fr"])
    links_reject(links=[link])
    assert mention_counts(MentionCount.Kind.PERSON, [hammouchi.pk]) == {hammouchi.pk: 1}
    articles_publish(articles=Article.objects.filter(pk=world.articles["en"].pk))
    counts = MentionCount.objects.get(kind=MentionCount.Kind.PERSON, entity_id=hammouchi.pk)
    assert (counts.articles, counts.languages) == (2, {"ar": 1, "en": 1})
    assert (2025, "fr", 1) in year_coverage()


def test_counts_leave_out_drafts_and_rejected_entities():
    person = make_person(name="Invented Person", review="rejected")
    make_article_person(person=person, article=make_article(status=Article.Status.PUBLISHED))
    draft_only = make_person(name="Only In Drafts")
    make_article_person(person=draft_only, article=make_article(status=Article.Status.DRAFT))
    mention_counts_refresh()
    assert mention_counts(MentionCount.Kind.PERSON, [person.pk, draft_only.pk]) == {}


def test_every_page_names_its_language_versions(client, world):
    for url in ("/", "/articles/", world.events[2].get_absolute_url(), "/people/"):
        html = client.get(url).text
        for code in ("fr", "ar", "en"):
            assert re.search(
                rf'<link rel="alternate" hreflang="{code}" href="http://testserver[^"?]*\?lang={code}">', html
            )
        assert 'hreflang="x-default"' in html


def test_lang_in_the_address_chooses_the_interface_and_the_switcher_drops_it(client, world):
    html = client.get("/articles/?lang=ar&language=fr", HTTP_ACCEPT_LANGUAGE="fr").text
    assert '<html lang="ar" dir="rtl">' in html
    assert '<link rel="canonical" href="http://testserver/articles/?lang=ar">' in html
    assert 'name="next" type="hidden" value="/articles/?language=fr"' in html
    assert '<html lang="fr"' in client.get("/articles/?lang=xx").text  # unknown: the usual choice


def test_arabic_interface_dates_use_moroccan_month_names(client, world):
    html = client.get(world.articles["en"].get_absolute_url() + "?lang=ar").text
    assert '<time datetime="2025-11">نونبر 2025</time>' in html
    html = client.get(world.articles["fr"].get_absolute_url() + "?lang=ar").text
    assert '<time datetime="2025-11-24">24 نونبر 2025</time>' in html
    assert "نوفمبر" not in html
    assert "novembre 2025" in client.get(world.articles["en"].get_absolute_url() + "?lang=fr").text


def test_name_lists_take_the_interface_languages_comma(client, world):
    person = world.persons["hammouchi"].get_absolute_url()
    assert "<bdi>Hammouchi</bdi>، <bdi>الحموشي</bdi>" in client.get(person + "?lang=ar").text
    assert "<bdi>Hammouchi</bdi>, <bdi>الحموشي</bdi>" in client.get(person + "?lang=fr").text


def test_events_are_named_in_the_interface_language(client, world):
    event = world.events[2]
    assert "الدورة 13 لمؤتمر قادة الشرطة في المتوسط" in client.get(event.get_absolute_url() + "?lang=ar").text
    assert "Conférence des chefs de police de la Méditerranée, 13e session" in client.get("/events/?lang=fr").text
    assert "13th Mediterranean Police Chiefs Conference" in client.get("/events/?lang=en").text


def test_month_precision_is_kept_in_every_language(client):
    article = make_article(
        title="Une réunion", published=dt.date(2024, 8, 1), published_precision=Precision.MONTH, status="published"
    )
    assert "غشت 2024" in client.get(article.get_absolute_url() + "?lang=ar").text
    assert "1 غشت" not in client.get(article.get_absolute_url() + "?lang=ar").text


def test_counts_follow_a_merge_and_its_undo(world):
    from people.curation.services import operation_undo
    from people.services import person_merge

    hammouchi, stock = world.persons["hammouchi"], world.persons["stock"]
    before = mention_counts(MentionCount.Kind.PERSON, [hammouchi.pk, stock.pk])
    merge = person_merge(survivor=hammouchi, others=[stock])
    after = mention_counts(MentionCount.Kind.PERSON, [hammouchi.pk, stock.pk])
    assert stock.pk not in after and after[hammouchi.pk] >= before[hammouchi.pk]
    operation_undo(operation=merge)
    assert mention_counts(MentionCount.Kind.PERSON, [hammouchi.pk, stock.pk]) == before


def test_search_results_say_in_what_languages(client, world):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the ranked hits per language come from PostgreSQL's ranking")
    html = client.get("/articles/?q=Hammouchi").text
    assert "Par langue :" in html
    assert re.search(r'<a href="\?q=Hammouchi&amp;language=ar">Arabe \(1\)</a>', html)


def test_counts_are_grouped_as_the_interface_language_writes_them(client, monkeypatch):
    from django.utils import translation

    from archive.public.templatetags.public import count

    with translation.override("fr"):
        assert count(31031) == "31\u202f031" or count(31031) == "31\xa0031"
    with translation.override("en"):
        assert count(31031) == "31,031"
    monkeypatch.setattr(pagination, "COUNT_CAP", 1000)
    for n in range(3):
        make_article(title=f"Article {n}", status=Article.Status.PUBLISHED)
    assert "3 articles" in client.get("/articles/?lang=en").text
