"""The public site in a real browser: Debian's chromium driven by playwright (never a downloaded
browser). What a reader sees: text, direction, links; an article quoting <script> shows it as text.

Screenshots of every page kind, French and Arabic interface, desktop and phone widths:

    SCREENSHOTS_DIR=docs/screenshots .venv/bin/pytest tests/test_browser_public.py -k screenshots
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import public_world

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

pytestmark = [pytest.mark.browser]


@pytest.fixture
def world(transactional_db):
    return public_world.build()


@pytest.fixture
def browser(world, chromium):
    """The browser starts once the world is built (the `chromium` fixture of conftest.py)."""
    return chromium


def _page(browser, locale="fr-FR", viewport=DESKTOP):
    context = browser.new_context(locale=locale, viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def test_reader_searches_follows_an_event_to_arabic_coverage_and_switches_to_arabic(browser, live_server, world):
    page = _page(browser)
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.get_by_role("heading", level=1).inner_text().startswith("Ce qui s'est dit")

    # Search from the home page: the Latin name finds the Arabic article linked to the person.
    page.get_by_role("searchbox", name="Chercher dans l'archive").fill("Hammouchi")
    page.get_by_role("button", name="Chercher", exact=True).first.click()
    page.wait_for_url("**/articles/?q=Hammouchi")
    arabic_hit = page.locator(".article-item__title[lang=ar]")
    assert arabic_hit.get_attribute("dir") == "rtl"
    assert world.articles["ar"].title in arabic_hit.inner_text()
    assert page.locator("mark").count() > 0

    # Follow the event from the timeline to its Arabic coverage.
    page.get_by_role("link", name="Événements", exact=True).click()
    # Named in the interface language (French), from its series' French label.
    page.get_by_role("link", name="Conférence des chefs de police de la Méditerranée, 13e session").click()
    coverage_link = page.locator("#coverage-ar").get_by_role("link", name=world.articles["ar"].title)
    assert coverage_link.get_attribute("dir") == "rtl"
    coverage_link.click()
    article = page.locator("article.article")
    assert article.get_attribute("lang") == "ar" and article.get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == world.articles["ar"].title
    # The stored javascript: address is not offered as a link to the original.
    assert page.get_by_role("link", name="Article d'origine").count() == 0

    # Switch the interface to Arabic: the whole page turns right-to-left, the same article stays.
    page.get_by_role("button", name="العربية").click()
    page.wait_for_function("document.documentElement.lang === 'ar'")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("navigation", name="التنقل الرئيسي").get_by_role("link", name="المقالات").is_visible()
    assert page.get_by_role("heading", level=1).inner_text() == world.articles["ar"].title
    link = page.get_by_role("link", name="المقال الأصلي")
    assert link.count() == 0
    person = page.locator("aside").get_by_role("link", name="عبد اللطيف الحموشي")
    assert person.get_attribute("href") == world.persons["hammouchi"].get_absolute_url()
    # The event in Arabic, the date with the Moroccan month name.
    assert page.get_by_role("link", name="الدورة 13 لمؤتمر قادة الشرطة في المتوسط").count() == 1
    assert "24 نونبر 2025" in page.locator("article.article").inner_text()


def test_article_quoting_script_shows_it_as_text(browser, live_server, world):
    page = _page(browser)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_server.url + world.articles["script"].get_absolute_url())
    assert "<script>alert('x')</script>" in page.locator(".article__body").inner_text()
    assert dialogs == []


def test_accept_language_arabic_gives_a_right_to_left_page(browser, live_server, world):
    page = _page(browser, locale="ar")
    page.goto(live_server.url + "/events/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    # Right to left: the brand sits at the right edge, the language buttons at the left.
    brand = page.locator(".brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand["x"] > switcher["x"]


@pytest.mark.skipif(not os.environ.get("SCREENSHOTS_DIR"), reason="set SCREENSHOTS_DIR to write screenshots")
def test_screenshots(browser, live_server, world):
    directory = Path(os.environ["SCREENSHOTS_DIR"])
    directory.mkdir(parents=True, exist_ok=True)
    pages = {
        "home": "/",
        "articles": "/articles/",
        "search": "/articles/?q=Hammouchi",
        "article-ar": world.articles["ar"].get_absolute_url(),
        "article-fr": world.articles["fr"].get_absolute_url(),
        "events": "/events/",
        "event": world.events[2].get_absolute_url(),
        "people": "/people/",
        "person": world.persons["hammouchi"].get_absolute_url(),
        "organizations": "/organizations/",
        "organization": world.organizations["interpol"].get_absolute_url(),
        "not-found": "/articles/999999/",
    }
    for locale in ("fr", "ar"):
        for width_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            page = _page(browser, locale=locale, viewport=viewport)
            for name, url in pages.items():
                page.goto(live_server.url + url)
                page.screenshot(path=str(directory / f"{name}-{locale}-{width_name}.png"), full_page=True)
            page.context.close()
