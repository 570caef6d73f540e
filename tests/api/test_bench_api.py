"""The API benchmark command runs end to end on a tiny archive (its figures are printed, never
asserted: the command is the benchmark, this only keeps it working)."""

from __future__ import annotations

import io
import socket

import pytest
from django.core.management import call_command

from archive.bench_data import bench_articles

pytestmark = pytest.mark.django_db(transaction=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bench_api_prints_figures_and_cleans_up():
    out = io.StringIO()
    call_command("bench_api", "--articles", "40", "--runs", "2", "--port", str(_free_port()), "--delete", stdout=out)
    text = out.getvalue()
    assert "Archive: 40 synthetic articles" in text
    for label in ("HTTP filtered page of 50", "raw SQL floor", "Raw SQL, cursor rows", "HTTP full-text q="):
        assert label in text
    assert "Load average before:" in text and "Load average after:" in text
    assert "median" in text
    assert not bench_articles().exists()
