"""Issue 8, point 6: every kind of bad file (tests/bad_files.py) is refused with its reason or
stored right, and never costs its good neighbour; the run is recorded finished."""

from __future__ import annotations

import pytest

from archive.importer.pipeline import ImportOptions, import_paths
from archive.models import Article, ImportRun
from tests.bad_files import KINDS, make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_bad_file(kind, tmp_path):
    folder = make(kind, tmp_path)
    report = import_paths([folder], options=ImportOptions(extract=False))

    errors = {e["origin"]: e["error"] for e in report.errors}
    stored = {a.origin: a for a in Article.objects.all()}
    for expect in kind.expect:
        if expect.error:
            assert expect.origin in errors, (expect.origin, errors)
            assert expect.error in errors[expect.origin]
            assert expect.origin not in stored
        else:
            assert expect.origin in stored, (expect.origin, errors)
            if expect.check:
                expect.check(stored[expect.origin])
    assert f"{kind.name}/zz_good_neighbour.txt" in stored
    assert set(errors) == {e.origin for e in kind.expect if e.error}  # nothing else refused
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FINISHED
    assert (run.created, run.failed) == (len(stored), len(errors))
