"""Shared fixtures. `shared_dir` points at ../shared when it is there, else skips the test;
`chromium` is Debian's chromium driven by playwright (never a downloaded browser), else skips;
`catalogue` is the event series catalogue read once from its JSON, for the detection tests."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent / "shared"
SAMPLE_CORPUS = Path(__file__).resolve().parent / "tests" / "sample_corpus"
CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags chromium keeps trying hosts this closed network refuses.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared (seeds and dev corpus) is not beside this clone")
    return SHARED


@pytest.fixture
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def catalogue():
    """The event series catalogue, as detection reads it without a database (series.json)."""
    from events.detection import SeriesCatalogue  # after Django is set up

    return SeriesCatalogue.from_json()


@pytest.fixture
def chromium(monkeypatch):
    """A headless chromium for the browser tests, closed afterwards."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # done before it starts, the live server answers from its own thread.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
