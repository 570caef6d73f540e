"""The public pages: what readers see, what they never see, stable addresses, and a number of
queries per page that does not grow with the rows."""

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import public_world

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def world():
    return public_world.build()


def _page_urls(world):
    return {
        "home": "/",
        "article list": "/articles/",
        "search": "/articles/?q=interpol",
        "article": world.articles["fr"].get_absolute_url(),
        "event list": "/events/",
        "event": world.events[2].get_absolute_url(),
        "person list": "/people/",
        "person": world.persons["hammouchi"].get_absolute_url(),
        "organization list": "/organizations/",
        "organization": world.organizations["interpol"].get_absolute_url(),
        "feed": "/feed/",
        "event feed": f"/events/{world.events[2].pk}/feed/",
        "sitemap": "/sitemap.xml",
    }


def _queries(client, url) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def test_query_counts_do_not_grow_with_rows(client, django_assert_max_num_queries):
    world = public_world.build()
    urls = _page_urls(world)
    before = {kind: _queries(client, url) for kind, url in urls.items()}
    public_world.build(extra_articles=25, tag=" II")  # another world: more articles, links, persons, events
    after = {kind: _queries(client, url) for kind, url in urls.items()}
    assert after == before
    for kind, url in urls.items():
        with django_assert_max_num_queries(14, info=kind):
            client.get(url)


def test_every_page_kind_answers(client, world):
    for kind, url in _page_urls(world).items():
        response = client.get(url)
        assert response.status_code == 200, kind


def test_home_shows_latest_events_and_most_mentioned(client, world):
    text = client.get("/").text
    assert world.articles["fr"].title in text
    assert "Conférence des chefs de police de la Méditerranée, 13e session" in text  # in the interface language
    assert "Abdellatif Hammouchi" in text
    assert "<svg" in text and 'class="bar bar--fr"' in text


def test_drafts_and_rejected_never_show(client, world):
    draft = world.articles["draft"]
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.title not in client.get("/articles/").text
    assert draft.title not in client.get("/articles/?q=brouillon").text
    assert "Rédaction Hespress" not in client.get(world.articles["ar"].get_absolute_url()).text


def test_article_page_direction_date_links_and_other_languages(client, world):
    article = world.articles["ar"]
    text = client.get(article.get_absolute_url()).text
    assert '<article class="article" lang="ar" dir="rtl">' in text
    assert '<time datetime="2025-11-24">' in text
    assert world.persons["hammouchi"].get_absolute_url() in text
    assert world.events[2].get_absolute_url() in text
    assert "javascript:" not in text  # a non-web link is never rendered
    assert world.articles["fr"].get_absolute_url() in text  # this event in other languages
    assert world.articles["en"].get_absolute_url() in text


def test_month_precision_shows_the_month_only(client, world):
    response = client.get(world.articles["en"].get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")
    assert '<time datetime="2025-11">novembre 2025</time>' in response.text


def test_original_link_only_for_web_addresses(client, world):
    text = client.get(world.articles["fr"].get_absolute_url()).text
    assert 'href="https://www.mapexpress.ma/actualite/assemblee-interpol/"' in text


def test_markup_in_an_article_is_text(client, world):
    text = client.get(world.articles["script"].get_absolute_url()).text
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert" in text


def test_old_or_missing_slug_redirects_permanently(client, world):
    person = world.persons["hammouchi"]
    for url in (f"/people/{person.pk}/", f"/people/{person.pk}-hamouchi/"):
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == person.get_absolute_url()


def test_arabic_title_keeps_an_arabic_slug(client, world):
    url = world.articles["ar"].get_absolute_url()
    assert "%D8" in url  # percent-encoded Arabic letters
    assert client.get(url).status_code == 200


def test_article_filters_keep_their_values(client, world):
    text = client.get(f"/articles/?language=ar&event={world.events[2].pk}").text
    assert world.articles["ar"].title in text
    assert world.articles["fr"].title not in text
    assert f"event={world.events[2].pk}" in text  # pagination and chips keep the filter


def test_search_highlights_and_names_entities(client, world):
    text = client.get("/articles/?q=Hammouchi").text
    assert world.articles["ar"].title in text  # the Arabic article, found through the person
    assert "<mark>Hammouchi</mark>" in text
    if connection.vendor == "postgresql":  # ts_headline marks the person's Arabic name too
        assert "<mark>الحموشي</mark>" in text
    assert world.persons["hammouchi"].get_absolute_url() in text


def test_event_page_infobox_participants_coverage_and_sessions(client, world):
    event = world.events[2]
    text = client.get(event.get_absolute_url()).text
    assert 'id="coverage-ar"' in text and 'id="coverage-fr"' in text and 'id="coverage-en"' in text
    assert "المدير العام للأمن الوطني" in text  # a role the articles gave
    assert world.events[1].get_absolute_url() in text  # previous session
    assert "Marrakech" in text


def test_person_page_names_roles_events_alongside(client, world):
    text = client.get(world.persons["hammouchi"].get_absolute_url()).text
    assert "عبد اللطيف الحموشي" in text
    assert "directeur général de la sûreté nationale" in text
    assert world.events[2].get_absolute_url() in text
    assert "Jürgen Stock" in text  # alongside


def test_entity_lists_search_by_name(client, world):
    assert "Abdellatif Hammouchi" in client.get("/people/?q=Hammouchi").text
    assert "Abdellatif Hammouchi" not in client.get("/people/?q=Stock").text
    assert "INTERPOL" in client.get("/organizations/?q=interpol").text


def test_interface_language_from_accept_language(client, world):
    text = client.get("/", HTTP_ACCEPT_LANGUAGE="ar").text
    assert '<html lang="ar" dir="rtl">' in text
    assert "أرشيف التعاون الأمني" in text  # the compiled Arabic catalogue is used
    text = client.get("/", HTTP_ACCEPT_LANGUAGE="en").text
    assert '<html lang="en" dir="ltr">' in text


def test_language_switcher_sets_the_language(client, world):
    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/events/"})
    assert response.status_code == 302
    assert '<html lang="ar" dir="rtl">' in client.get("/events/").text


def test_feeds_are_linked_and_atom(client, world):
    assert 'type="application/atom+xml"' in client.get("/").text
    response = client.get("/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert world.articles["fr"].title in response.text
    assert world.articles["draft"].title not in response.text
    person_feed = client.get(f"/people/{world.persons['hammouchi'].pk}/feed/").text
    assert world.articles["ar"].title in person_feed


def test_jsonld_on_detail_pages(client, world):
    for url, kind in (
        (world.articles["ar"].get_absolute_url(), "NewsArticle"),
        (world.events[2].get_absolute_url(), "Event"),
        (world.persons["hammouchi"].get_absolute_url(), "Person"),
        (world.organizations["interpol"].get_absolute_url(), "Organization"),
    ):
        text = client.get(url).text
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
        data = json.loads(block.group(1))
        assert data["@type"] == kind
    article = json.loads(
        re.search(
            r'<script type="application/ld\+json">(.*?)</script>',
            client.get(world.articles["ar"].get_absolute_url()).text,
            re.S,
        ).group(1)
    )
    assert article["inLanguage"] == "ar"


def test_sitemap_and_robots(client, world):
    index = client.get("/sitemap.xml").text
    assert "sitemap-articles.xml" in index
    articles = client.get("/sitemap-articles.xml").text
    assert world.articles["fr"].get_absolute_url() in articles
    assert world.articles["draft"].get_absolute_url() not in articles
    robots = client.get("/robots.txt").text
    assert "Sitemap: http://testserver/sitemap.xml" in robots


def test_not_found_page_in_the_site_style(client, world):
    response = client.get("/articles/999999/")
    assert response.status_code == 404
    assert "site.css" in response.text and "site-header" in response.text


def test_server_error_page_renders_without_context(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert 'lang="ar" dir="rtl"' in html
