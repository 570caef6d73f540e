"""bench_pages prints a line per page kind and per search (figures are not asserted)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests import public_world

pytestmark = pytest.mark.django_db


def test_prints_every_page_kind_and_search():
    public_world.build()
    out = StringIO()
    call_command("bench_pages", repeat=1, stdout=out)
    text = out.getvalue()
    for kind in ("home", "article list", "article ", "event list", "person (most mentioned)"):
        assert kind in text
    home = next(line for line in text.splitlines() if line.strip().startswith("home"))
    assert int(home.rsplit("|", 1)[1]) > 0  # the queries column counts the page's queries
    assert "common French word" in text and "ratio" in text
    assert "shared machine" in text


def test_refuses_an_empty_archive():
    with pytest.raises(CommandError, match="no published article"):
        call_command("bench_pages", repeat=1, stdout=StringIO())
