"""Issue 13, item 1: queued imports. One run split into batches of files; each batch is a task that
any worker runs through the same import; files keep the origin an in-process import gives them.

In process the tasks run eagerly (the test settings; the SQLite default has no broker). The last
tests start two real `celery -A config worker` processes on the machine's RabbitMQ, on a queue of
their own (parallel test runs never take each other's tasks), importing overlapping folders from
two `import_articles --queue` commands at once: nothing is stored twice, and identity resolution
ends where a single in-process import of the same folders ends.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from archive.importer.pipeline import ImportOptions, _counts, import_paths
from archive.importer.queued import KeptTools, queue_run, run_batch, run_progress
from archive.importer.synthetic import write_corpus
from archive.models import Article, ImportBatch, ImportRun
from archive.services import articles_import_queued
from archive.stories import StoryDetector
from archive.tasks import import_batch
from tests.celery_workers import ROOT, running_workers
from tests.test_import_concurrency import _assert_no_duplicates
from tests.test_stories import OTHER, WIRE, _edit, _page


@pytest.fixture
def folder(tmp_path) -> Path:
    write_corpus(tmp_path / "news", 12, seed=7)
    return tmp_path / "news"


@pytest.mark.django_db
def test_a_queued_run_is_split_into_batches_and_closed_by_the_last(folder):
    run = articles_import_queued(paths=[folder], options=ImportOptions(extract=False), batch_files=5)
    assert [b.file_count for b in run.batches.all()] == [5, 5, 2]
    assert run.status == ImportRun.Status.FINISHED and run.finished_at is not None
    assert (run.files_total, run.created, run.failed) == (12, 12, 0)
    assert Article.objects.filter(import_run=run).count() == 12
    progress = run_progress(run)
    assert (progress.files_done, progress.batches_done, progress.percent, progress.finished) == (12, 3, 100, True)
    assert progress.eta_seconds is None


@pytest.mark.django_db
def test_queued_files_keep_the_origins_of_an_import_in_one_process(folder):
    articles_import_queued(paths=[folder], options=ImportOptions(extract=False), batch_files=4)
    again = import_paths([folder], options=ImportOptions(extract=False))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 12)
    assert sorted(Article.objects.values_list("origin", flat=True))[0] == "news/000000_fr.txt"


@pytest.mark.django_db
def test_progress_while_batches_are_open(folder):
    run = queue_run([folder], options=ImportOptions(extract=False), batch_files=5)
    progress = run_progress(run)
    assert (progress.files_total, progress.files_done, progress.percent, progress.finished) == (12, 0, 0, False)
    first = run.batches.get(number=1)
    run_batch(first.pk)
    run.refresh_from_db()
    progress = run_progress(run)
    assert (progress.files_done, progress.batches_done, progress.batches_total) == (5, 1, 3)
    assert progress.percent == 41 and progress.created == 5 and not progress.finished
    assert run.status == ImportRun.Status.RUNNING


@pytest.mark.django_db
def test_a_batch_delivered_twice_runs_once(folder):
    run = queue_run([folder], options=ImportOptions(extract=False), batch_files=20)
    batch = run.batches.get()
    run_batch(batch.pk)
    run_batch(batch.pk)  # the broker delivered it again: already finished, left as it is
    run.refresh_from_db()
    assert (run.created, run.unchanged) == (12, 0)


@pytest.mark.django_db
def test_a_batch_that_breaks_is_recorded_and_the_run_ends_failed(folder, monkeypatch):
    run = queue_run([folder], options=ImportOptions(extract=False), batch_files=6)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    first, second = run.batches.all()
    run_batch(first.pk)
    monkeypatch.setattr("archive.importer.queued.import_paths", broken)
    run_batch(second.pk)
    run.refresh_from_db()
    assert run.status == ImportRun.Status.FAILED
    assert run.created == 6 and run.failed == 1
    assert run.errors == [{"origin": "batch 2", "error": "stopped by an error: RuntimeError: disk gone"}]
    assert ImportBatch.objects.get(pk=second.pk).status == ImportBatch.Status.FAILED


@pytest.mark.django_db
def test_unreadable_inputs_fail_the_run_at_once(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    run = articles_import_queued(paths=[tmp_path / "notes.pdf"], options=ImportOptions())
    assert run.status == ImportRun.Status.FINISHED and run.files_total == 0
    assert run.errors == [{"origin": "notes.pdf", "error": "unsupported file type '.pdf'"}]


@pytest.mark.django_db
def test_a_task_of_another_database_is_refused(folder):
    run = queue_run([folder], options=ImportOptions(extract=False), batch_files=20)
    batch = run.batches.get()
    result = import_batch.apply(args=[batch.pk, "someone_elses_archive"])
    assert result.state == "REJECTED"
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.QUEUED and not Article.objects.exists()


@pytest.mark.django_db
def test_the_command_queues_and_reports(folder, capsys):
    call_command("import_articles", str(folder), "--queue", "--batch-files", "5", "--no-extract")
    out = capsys.readouterr().out
    assert "12 file(s) in 3 batch(es)" in out
    assert "created 12, updated 0, unchanged 0, failed 0" in out and "finished" in out
    with pytest.raises(CommandError, match="cannot be queued"):
        call_command("import_articles", str(folder), "--queue", "--dry-run")


# -- What a worker keeps from one batch of a run to the next ------------------------------------


class _Calls:
    """Wraps a function and counts its calls."""

    def __init__(self, function):
        self.function, self.count = function, 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.function(*args, **kwargs)


@pytest.mark.django_db
def test_a_worker_builds_the_extractor_and_the_index_once_per_run(folder, monkeypatch):
    import archive.extraction.run as extraction_run

    builds = _Calls(extraction_run.build_extractor)
    monkeypatch.setattr(extraction_run, "build_extractor", builds)
    index_builds = _Calls(StoryDetector._build)
    monkeypatch.setattr(StoryDetector, "_build", lambda self: index_builds(self))
    recounts = _Calls(lambda: None)
    monkeypatch.setattr("archive.importer.queued.mention_counts_refresh", recounts)
    monkeypatch.setattr("archive.importer.pipeline.mention_counts_refresh", recounts)

    run = queue_run([folder], options=ImportOptions(), batch_files=4)
    kept = KeptTools()
    for batch in run.batches.all():
        run_batch(batch.pk, kept=kept)
        if batch.number == 1:
            first = kept.tools
    run.refresh_from_db()
    assert (run.status, run.created) == (ImportRun.Status.FINISHED, 12)
    # Three batches, one extractor and one index (they were built again by every batch before),
    # and the pages' counts recounted once, by the batch that ended the run.
    assert (builds.count, index_builds.count, recounts.count) == (1, 1, 1)
    assert first.extractor is not None and first.stories.seen == Article.objects.order_by("-pk").first().pk
    assert kept.tools is None  # the run ended: let go

    # Without kept tools (a worker of the old kind), every batch builds its own.
    again = queue_run([folder], options=ImportOptions(), batch_files=4)
    Article.objects.all().delete()
    for batch in again.batches.all():
        run_batch(batch.pk)
    assert (builds.count, index_builds.count) == (4, 4)


@pytest.fixture
def wire_inbox(tmp_path) -> Path:
    """a: an unrelated article; b: a wire story; c: a copy of it (8 % of the words edited)."""
    root = tmp_path / "wire"
    root.mkdir()
    pages = {
        "a.txt": _page("Accueil | Monde", "Débat sur les frontières", OTHER),
        "b.txt": _page("Home | Politique", "Stratégie arabe contre la drogue", WIRE),
        "c.txt": _page("Accueil | Régions", "Tunis : les ministres adoptent une stratégie", _edit(WIRE, 0.08)),
    }
    for name, text in pages.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.django_db
def test_a_kept_index_takes_in_what_the_other_workers_stored(wire_inbox, monkeypatch):
    index_builds = _Calls(StoryDetector._build)
    monkeypatch.setattr(StoryDetector, "_build", lambda self: index_builds(self))
    run = queue_run([wire_inbox], options=ImportOptions(extract=False), batch_files=1)
    first, second, third = run.batches.all()
    one, other = KeptTools(), KeptTools()  # two workers
    run_batch(first.pk, kept=one)  # a.txt
    run_batch(second.pk, kept=other)  # b.txt, the wire story, stored by the other worker
    run_batch(third.pk, kept=one)  # c.txt, its copy: found through the signature taken in
    story, copy = Article.objects.get(origin="wire/b.txt"), Article.objects.get(origin="wire/c.txt")
    assert copy.story_id == story.pk and story.story_id is None
    assert Article.objects.get(origin="wire/a.txt").story_id is None
    assert index_builds.count == 2  # once per worker, not once per batch


@pytest.mark.django_db
def test_a_batch_that_breaks_lets_go_of_the_kept_tools(folder, monkeypatch):
    run = queue_run([folder], options=ImportOptions(extract=False), batch_files=6)
    first, second = run.batches.all()
    kept = KeptTools()
    run_batch(first.pk, kept=kept)
    assert kept.tools is not None

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr("archive.importer.queued.import_paths", broken)
    run_batch(second.pk, kept=kept)
    assert kept.tools is None  # what it held may hold the broken batch's rolled-back writes


@pytest.mark.django_db
def test_kept_tools_are_lent_to_one_batch_at_a_time(folder):
    run = queue_run([folder], options=ImportOptions(extract=False), batch_files=20)
    kept = KeptTools()
    with kept.lend(run) as tools, kept.lend(run) as second:
        assert second is not tools  # another thread's batch: tools of its own
    with kept.lend(run) as again:
        assert again is tools


# -- Two real workers on RabbitMQ ------------------------------------------------------------------

QUEUED = ["--queue", "--batch-files", "7", "--wait", "--no-progress"]


@pytest.fixture
def workers(tmp_path):
    with running_workers(2, tmp_path / "worker-logs") as env:
        yield env


@pytest.mark.django_db(transaction=True)
def test_two_workers_import_overlapping_folders_without_duplicates(workers, tmp_path):
    folders = {}
    for index, name in enumerate("abc"):
        folders[name] = tmp_path / name
        write_corpus(folders[name], 30, seed=300 + index)
    a, b, c = folders["a"], folders["b"], folders["c"]
    # What one in-process import of the three folders would add (rolled back): the reference.
    reference = import_paths([a, b, c], options=ImportOptions(dry_run=True, workers=1)).new_rows
    before = _counts()

    commands = [
        subprocess.Popen(
            [sys.executable, "manage.py", "import_articles", *map(str, paths), *QUEUED],
            cwd=ROOT,
            env=workers,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in ([a, b], [b, c])
    ]
    outputs = [process.communicate(timeout=600) for process in commands]
    assert [p.returncode for p in commands] == [0, 0], outputs
    assert all("— import run #" in out for out, _ in outputs)

    runs = list(ImportRun.objects.all())
    assert len(runs) == 2 and all(r.status == ImportRun.Status.FINISHED for r in runs)
    assert sorted(r.created + r.unchanged for r in runs) == [60, 60]
    assert sum(r.created for r in runs) == Article.objects.count() == 90
    # Both workers took batches (a queue of 9 batches of a few seconds each, prefetch 1).
    assert len(set(ImportBatch.objects.values_list("worker", flat=True))) == 2
    _assert_no_duplicates()
    # Identity resolution ends where one import ends: the same persons (each known in Latin and
    # Arabic script: one record each), organizations and events. Links are unique per article and
    # entity (constraints); their number may differ from one run's, as it does between an import
    # and a re-extraction: event detection in a batch knows the events that earlier batches made.
    after = _counts()
    added = {kind: after[kind] - before[kind] for kind in after}
    assert added.pop("links") > 0
    reference.pop("links")
    assert added == reference
