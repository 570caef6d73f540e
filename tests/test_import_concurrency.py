"""Issue 8, point 3: imports running at once, on the same or on overlapping folders, end without a
crash and without a duplicate article, person, organization or event (PostgreSQL: the import lock,
the re-read of identity inside each batch's transaction, and the unique keys).

Each import is a real `manage.py import_articles` process with its own connection to the test
database, started together and waited for together.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection

from archive.importer.synthetic import write_corpus
from archive.models import Article
from events.keys import event_key
from events.models import Event
from people.keys import organization_key, person_key
from people.models import Organization, Person, Review

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif("postgres" not in os.environ.get("DATABASE_URL", ""), reason="concurrent writers: PostgreSQL"),
]


def _database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _imports_at_once(*path_lists: list[Path]) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "DATABASE_URL": _database_url()}
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "import_articles", *map(str, paths), "--workers", "1", "--no-progress"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in path_lists
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def _assert_no_duplicates() -> None:
    origins = Counter(Article.objects.values_list("origin_root", "origin"))
    assert max(origins.values()) == 1
    persons = Counter(
        person_key(n) for n in Person.objects.filter(review=Review.CANDIDATE).values_list("name", flat=True)
    )
    assert [k for k, n in persons.items() if n > 1] == []
    orgs = Counter(
        organization_key(n) for n in Organization.objects.filter(review=Review.CANDIDATE).values_list("name", flat=True)
    )
    assert [k for k, n in orgs.items() if n > 1] == []
    events = Counter(event_key(*row) for row in Event.objects.values_list("series_id", "ordinal", "name"))
    assert [k for k, n in events.items() if n > 1] == []


@pytest.fixture
def folders(tmp_path) -> dict[str, Path]:
    made = {}
    for index, name in enumerate("abc"):
        made[name] = tmp_path / name
        write_corpus(made[name], 40, seed=100 + index)
    return made


def test_two_imports_of_the_same_folder(folders):
    results = _imports_at_once([folders["a"]], [folders["a"]])
    assert [r.returncode for r in results] == [0, 0], [r.stderr[-2000:] for r in results]
    assert all("Traceback" not in r.stderr for r in results)
    assert Article.objects.count() == 40
    assert Person.objects.filter(review=Review.CANDIDATE).exists()
    _assert_no_duplicates()


def test_four_imports_of_overlapping_folders(folders):
    a, b, c = folders["a"], folders["b"], folders["c"]
    results = _imports_at_once([a, b], [b, c], [c, a], [a])
    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stderr[-2000:] for r in results]
    assert Article.objects.count() == 120
    assert Event.objects.exists()
    _assert_no_duplicates()
