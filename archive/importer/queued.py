"""A queued import: one import run split into batches of files that any number of workers take.

`queue_run` lists the files once (so that each keeps the origin an in-process import of the same
folders gives it), records the run and its batches, and returns them for the task queue to
enqueue. `run_batch` is what a worker does with one batch: the same import (`import_paths`) as the
in-process one, written as part of the run. Each batch keeps its own counts while it runs; as it
ends, it adds them to the run under a row lock, and the last batch to end closes the run. What
keeps several workers from storing anything twice is the import's own: the import lock taken by
each write transaction, identity re-read inside it, and the unique keys (see archive/locking.py).

A worker process keeps what a run builds from the database once (the extractor, the linker, the
near-duplicate index: `pipeline.RunTools`) from one batch of the run to the next (`KeptTools`),
as an in-process run keeps them from one of its batches to the next; rebuilt per batch, they made
each batch cost more as the archive grew (the index was read from every stored signature).

`run_progress` is what the admin's progress page polls: files done of total, rate and ETA.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass
from pathlib import Path

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from archive.coverage import mention_counts_refresh
from archive.importer.interruption import ImportInterrupted
from archive.importer.pipeline import ImportOptions, ImportReport, RunTools, import_paths
from archive.importer.readers import ListedFile, RecordError, list_files
from archive.models import ArticleSignature, ImportBatch, ImportRun
from archive.stories import CHUNK, StoryDetector

logger = logging.getLogger(__name__)

# Files per task: large enough that a task's fixed cost (building the extractor's indexes,
# opening its transactions) is small beside its work, small enough to spread a folder of a few
# thousand files over several workers and to show progress as batches end.
BATCH_FILES = 200

DONE = (ImportBatch.Status.FINISHED, ImportBatch.Status.FAILED)


def queue_run(
    paths: Sequence[Path], *, options: ImportOptions, batch_files: int = BATCH_FILES, record: dict | None = None
) -> ImportRun:
    """Record a run over the files under `paths`, split into batches of `batch_files` files.

    Files that cannot be listed (an unreadable folder, an unsupported file given by name) are
    recorded as the run's failures at once. A run with no file to import is closed at once."""
    if options.dry_run:
        raise ValueError("a dry run is not queued: it is one transaction, run it in one process")
    files: list[ListedFile] = []
    errors: list[dict] = []
    for item in list_files(list(paths)):
        if isinstance(item, RecordError):
            errors.append({"origin": item.origin, "error": item.error})
        else:
            files.append(item)
    size = max(1, batch_files)
    with transaction.atomic():
        run = ImportRun.objects.create(
            arguments={
                "paths": [str(p) for p in paths],
                "publish": options.publish,
                "language": options.language,
                "source": options.source,
                "extract": options.extract,
                "queued": True,
                "batch_files": size,
                **(record or {}),
            },
            files_total=len(files),
            failed=len(errors),
            errors=errors,
        )
        ImportBatch.objects.bulk_create(
            ImportBatch(
                run=run,
                number=number,
                files=[[f.path, f.origin, f.root] for f in files[start : start + size]],
                file_count=len(files[start : start + size]),
            )
            for number, start in enumerate(range(0, len(files), size), start=1)
        )
        if not files:
            _close(run, failed_batches=False)
            run.save()
    return run


def batch_ids(run: ImportRun) -> list[int]:
    return list(run.batches.exclude(status__in=DONE).order_by("number").values_list("pk", flat=True))


def options_of(run: ImportRun) -> ImportOptions:
    """The import options a queued run was recorded with. One process per task: a worker's
    concurrency is set by the worker (`celery worker --concurrency`), not by the import."""
    given = run.arguments
    return ImportOptions(
        publish=bool(given.get("publish")),
        language=given.get("language"),
        source=given.get("source"),
        extract=given.get("extract", True),
        workers=1,
    )


class RefreshedStoryDetector(StoryDetector):
    """A run's near-duplicate index kept by a worker from one batch of the run to the next: built
    once from every stored signature, then, at each later batch, given the signatures stored since
    its last look (by the other workers) instead of being built again from all of them. What is a
    copy of what is StoryDetector's decision, unchanged.

    Signatures are read by article id above the highest seen, inside the batch's write transaction
    and under the import lock (archive/locking.py: `attach` runs after `write_batch` took it), where
    every article another import wrote is committed and none is being written, so none is skipped.
    An article another worker *updated* meanwhile keeps its former signature here until the run
    ends, as it does in an in-process run beside another import."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen = 0  # the highest article id whose signature the index took in

    def attach(self, articles, signatures):
        built = self.index is not None
        if built:
            self._take_in_new()
        changed = super().attach(articles, signatures)
        if not built:  # the index was just read from every stored signature
            self.seen = max(self.story_of, default=0)
        self.seen = max([self.seen, *(a.pk for a in articles)])
        return changed

    def _take_in_new(self) -> None:
        """The signatures stored since the last look, taken in as `_build` takes in every one."""
        rows = ArticleSignature.objects.filter(article_id__gt=self.seen).order_by("article_id")
        fields = rows.values_list("article_id", "minhash", "article__story_id")
        self.index.add_many(self._remember(self._seen(fields.iterator(chunk_size=CHUNK))))

    def _seen(self, rows):
        for row in rows:
            self.seen = row[0]
            yield row


class KeptTools:
    """What a worker process keeps between the batches it runs: the tools of the last run it
    worked on (one run at a time; a batch of another run replaces them), lent to one batch at a
    time (a worker running tasks in threads gives a second batch tools of its own). Dropped when
    a batch fails or is interrupted (its rolled-back writes may be in them) and when the run ends."""

    def __init__(self):
        self.run_key: tuple | None = None  # the run's id and start: an id alone may come again (SQLite)
        self.tools: RunTools | None = None
        self._lock = threading.Lock()
        self._lent = False

    @contextmanager
    def lend(self, run: ImportRun) -> Iterator[RunTools]:
        key = (run.pk, run.started_at)
        with self._lock:
            lent, self._lent = self._lent, True
            if not lent and (self.run_key != key or self.tools is None):
                self.run_key, self.tools = key, RunTools(stories=RefreshedStoryDetector())
        if lent:
            yield RunTools()
            return
        try:
            yield self.tools
        except BaseException:
            self.drop()
            raise
        finally:
            self._lent = False

    def drop(self) -> None:
        self.run_key, self.tools = None, None


def run_batch(batch_id: int, *, worker: str = "", kept: KeptTools | None = None) -> ImportBatch:
    """Import one batch of a queued run (a task's work), with the run's tools `kept` by the worker
    when given. A batch already finished (a message delivered twice) is left as it is. An
    interrupted batch (the worker was asked to stop) goes back to queued and ImportInterrupted
    propagates, for the task to be delivered again; any other error fails the batch, recorded with
    its reason (and logged), and the run goes on with the others: the run's record is where
    failures are reported. The batch that ends the run recounts the pages' counts."""
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().select_related("run").get(pk=batch_id)
        if batch.status in DONE:
            return batch
        batch.status, batch.started_at, batch.worker = ImportBatch.Status.RUNNING, timezone.now(), worker[:200]
        batch.save(update_fields=["status", "started_at", "worker"])
    files = [ListedFile(*entry) for entry in batch.files]
    try:
        with kept.lend(batch.run) if kept is not None else nullcontext() as tools:
            report = import_paths(files, options=options_of(batch.run), run=batch.run, tools=tools)
    except ImportInterrupted:
        batch.status = ImportBatch.Status.QUEUED
        batch.save(update_fields=["status"])
        raise
    except Exception as exc:  # a defect must fail this batch, recorded, and let the run end
        logger.exception("batch %s of import run #%s failed", batch.number, batch.run_id)
        report = ImportReport()
        report.fail(f"batch {batch.number}", f"stopped by an error: {type(exc).__name__}: {exc}")
        _end(batch, report, ImportBatch.Status.FAILED, kept)
        return batch
    _end(batch, report, ImportBatch.Status.FINISHED, kept)
    return batch


def _end(batch: ImportBatch, report: ImportReport, status: str, kept: KeptTools | None) -> None:
    if _record_batch(batch, report, status):
        # The run's last batch: the pages' counts follow the whole run (once, not per batch).
        mention_counts_refresh()
        if kept is not None:
            kept.drop()


def _record_batch(batch: ImportBatch, report: ImportReport, status: str) -> bool:
    """Add the batch's counts to its run, under the run's row lock; the last batch closes the run
    (and True is returned)."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=batch.run_id)
        batch.status, batch.finished_at = status, timezone.now()
        batch.created, batch.updated, batch.unchanged, batch.failed = (
            report.created,
            report.updated,
            report.unchanged,
            report.failed,
        )
        batch.save()
        run.created += report.created
        run.updated += report.updated
        run.unchanged += report.unchanged
        run.failed += report.failed
        run.errors = [*run.errors, *report.errors]
        run.updated_articles = [*run.updated_articles, *report.updated_origins]
        closed = not run.batches.exclude(status__in=DONE).exists()
        if closed:
            _close(run, failed_batches=run.batches.filter(status=ImportBatch.Status.FAILED).exists())
        run.save()
    return closed


def _close(run: ImportRun, *, failed_batches: bool) -> None:
    run.status = ImportRun.Status.FAILED if failed_batches else ImportRun.Status.FINISHED
    run.finished_at = timezone.now()


@dataclass(frozen=True)
class Progress:
    """How far a run got, for the admin's progress display and its JSON endpoint."""

    status: str
    status_label: str
    queued: bool
    files_total: int
    files_done: int
    batches_total: int
    batches_done: int
    percent: int
    seconds: float
    files_per_second: float
    eta_seconds: float | None
    created: int
    updated: int
    unchanged: int
    failed: int
    finished: bool

    def as_dict(self) -> dict:
        return asdict(self)


def run_progress(run: ImportRun) -> Progress:
    """Files done of total (batches ended, counted in files), the rate so far since the run was
    queued, and the time left at that rate. Counts are the run's plus those of its batches still
    open are not known yet: they are added as each batch ends. One query beside the run's."""
    totals = run.batches.aggregate(
        batches_total=Count("pk"),
        batches_done=Count("pk", filter=Q(status__in=DONE)),
        files_done=Sum("file_count", filter=Q(status__in=DONE)),
    )
    batches_total, batches_done = totals["batches_total"] or 0, totals["batches_done"] or 0
    files_done = totals["files_done"] or 0
    finished = run.status != ImportRun.Status.RUNNING
    end = run.finished_at or timezone.now()
    seconds = max(0.0, (end - run.started_at).total_seconds())
    rate = files_done / seconds if seconds and files_done else 0.0
    left = run.files_total - files_done
    eta = None if finished or not rate else left / rate
    percent = (100 * files_done // run.files_total) if run.files_total else (100 if finished else 0)
    return Progress(
        status=run.status,
        status_label=run.get_status_display(),
        queued=bool(run.arguments.get("queued")),
        files_total=run.files_total,
        files_done=files_done,
        batches_total=batches_total,
        batches_done=batches_done,
        percent=percent,
        seconds=round(seconds, 1),
        files_per_second=round(rate, 1),
        eta_seconds=None if eta is None else round(eta, 1),
        created=run.created,
        updated=run.updated,
        unchanged=run.unchanged,
        failed=run.failed,
        finished=finished,
    )


def batch_seconds(run: ImportRun) -> list[float]:
    """How long each ended batch of `run` took, from a worker taking it to its counts added to the
    run (waits for the import lock included), in the order the workers took them: how the cost
    of a batch grows along a run (`manage.py bench_queue`)."""
    rows = run.batches.filter(status__in=DONE, started_at__isnull=False).order_by("started_at", "number")
    return [(finished - started).total_seconds() for started, finished in rows.values_list("started_at", "finished_at")]
