"""The import as a pipeline: read → (skip unchanged) → parse → extract → write → link.

`import_paths` is the one entry point; the management command only parses options, calls
it and reports. Records flow in batches so memory stays flat and every database round trip
serves hundreds of articles. The pure stages (parse and extract, no database) run in worker
processes when there is enough work for them, while the main process plans and writes the
previous batch: on two cores that nearly doubles the import's speed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.db import DatabaseError, connection, connections, transaction
from django.utils import timezone

from archive.coverage import mention_counts_refresh
from archive.importer.interruption import ImportInterrupted, StopSignals, parent_alive, worker_init
from archive.importer.parsing import ParsedArticle, ParseError, parse_record
from archive.importer.readers import RawRecord, RecordError, iter_records
from archive.importer.validation import check_size, validate_article
from archive.importer.writer import plan_batch, write_batch
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, ImportRun
from events.models import Event
from people.models import Organization, Person

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
# Below this many records to parse, a batch is parsed in the main process: starting workers
# costs more than it saves on a small import.
POOL_THRESHOLD = 200


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    publish: bool = False
    language: str | None = None
    source: str | None = None
    extract: bool = True
    workers: int = 1
    batch_size: int = BATCH_SIZE


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[dict] = field(default_factory=list)
    updated_origins: list[str] = field(default_factory=list)
    seconds: float = 0.0
    run_id: int | None = None
    interrupted: bool = False
    new_rows: dict[str, int] = field(default_factory=dict)  # persons, organizations, events, links added

    @property
    def processed(self) -> int:
        return self.created + self.updated + self.unchanged + self.failed

    @property
    def articles_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    def fail(self, origin: str, error: str) -> None:
        self.failed += 1
        self.errors.append({"origin": origin, "error": error})


@dataclass
class Prepared:
    """A record after the pure stages: its article and extraction, or why it failed."""

    record: RawRecord
    digest: str
    existing_id: int | None
    article: ParsedArticle | None = None
    extraction: object | None = None
    error: str | None = None


@dataclass
class StageState:
    """What the pure stages need: the run's options and its extractor (None without extraction,
    or until the first record to parse needs it)."""

    options: ImportOptions
    extractor: object | None = None


def _prepare(items: list[tuple[RawRecord, str, int | None]], state: StageState) -> list[Prepared]:
    """Parse and extract a chunk of records (no database). Runs inline, or in a worker."""
    options, extractor = state.options, state.extractor
    prepared = []
    for record, digest, existing_id in items:
        if not parent_alive():
            os._exit(1)  # the import is gone (kill -9) and this system has no parent-death signal
        item = Prepared(record, digest, existing_id)
        try:
            check_size(record.raw_text)
            item.article = validate_article(parse_record(record, language=options.language, source=options.source))
            if extractor is not None:
                item.extraction = extractor.extract_parsed(item.article)
        except ParseError as exc:
            item.error = str(exc)
        except Exception as exc:  # a defect must not stop the run: report it with the file
            item.error = f"internal error while parsing: {type(exc).__name__}: {exc}"
        prepared.append(item)
    return prepared


# A worker process's state, given once by the pool's initializer. With the fork start method the
# initializer's arguments are inherited, not pickled: the extractor's indexes are built once, in the
# parent, and shared by every worker. Each pool belongs to one run, so two runs never share it.
_worker_state: StageState | None = None


def _init_worker(state: StageState, parent: int) -> None:
    global _worker_state
    worker_init(parent)
    _worker_state = state


def _prepare_in_worker(items: list[tuple[RawRecord, str, int | None]]) -> list[Prepared]:
    return _prepare(items, _worker_state)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Stages:
    """Runs `_prepare` inline or on a process pool of its own, keeping at most two batches in
    flight. The pool starts on the first batch large enough, after the extractor is built."""

    def __init__(self, state: StageState):
        self.state = state
        self.workers = state.options.workers
        self.pool: ProcessPoolExecutor | None = None

    def submit(self, items: list) -> list[Future] | list[Prepared]:
        if self.workers <= 1 or len(items) < POOL_THRESHOLD or "fork" not in multiprocessing.get_all_start_methods():
            return _prepare(items, self.state)
        if self.pool is None:
            if not connection.in_atomic_block:
                # The workers never use the database: fork them without the parent's connection,
                # so that no worker holds a socket to the server.
                connections.close_all()
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker,
                initargs=(self.state, os.getpid()),
            )
        size = -(-len(items) // self.workers)
        return [self.pool.submit(_prepare_in_worker, items[i : i + size]) for i in range(0, len(items), size)]

    @staticmethod
    def collect(pending) -> list[Prepared]:
        if pending and isinstance(pending[0], Future):
            return [item for future in pending for item in future.result()]
        return pending

    def close(self, *, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=cancel)


def import_paths(
    paths: Iterable[Path],
    *,
    options: ImportOptions = ImportOptions(),
    on_progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import every record under `paths`; one bad file never stops the run.

    A dry run is the same run, extraction and writes included, inside one transaction that is
    rolled back: its report says what the import would create (articles, entities, links), and
    the database is left as it was."""
    paths = list(paths)
    if not options.dry_run:
        return _run(paths, options, on_progress)
    with transaction.atomic():
        report = _run(paths, options, on_progress)
        transaction.set_rollback(True)
    report.run_id = None
    return report


def _counts() -> dict[str, int]:
    """Rows of each kind the import creates, to report what a run added."""
    return {
        "persons": Person.objects.count(),
        "organizations": Organization.objects.count(),
        "events": Event.objects.count(),
        "links": sum(model.objects.count() for model in (ArticlePerson, ArticleOrganization, ArticleEvent)),
    }


def _run(paths: list[Path], options: ImportOptions, on_progress: Callable[[int], None] | None) -> ImportReport:
    started = time.perf_counter()
    report = ImportReport()
    before = _counts()
    run = ImportRun.objects.create(
        arguments={
            "paths": [str(p) for p in paths],
            "publish": options.publish,
            "language": options.language,
            "source": options.source,
            "extract": options.extract,
        }
    )
    report.run_id = run.pk
    status = Article.Status.PUBLISHED if options.publish else Article.Status.DRAFT
    state = StageState(options)
    stages = _Stages(state)
    in_flight: deque = deque()
    seen_in_run: set[str] = set()

    def write(ready: list[Prepared]) -> None:
        # One transaction per batch: an article never lands without its links.
        with transaction.atomic():
            result = write_batch(
                [(item.article, item.digest, item.existing_id) for item in ready], run=run, status=status
            )
            if state.extractor is not None:
                extractor = state.extractor
                by_origin = {(item.record.root, item.record.origin): item.extraction for item in ready}
                extractor.link_extracted(result.created, by_origin, new=True)
                extractor.link_extracted(result.updated, by_origin)
        report.created += len(result.created)
        report.updated += len(result.updated)
        report.unchanged += len(result.already_stored)
        report.updated_origins.extend(a.origin for a in result.updated)

    def finish(pending, size: int) -> None:
        prepared = stages.collect(pending)
        ready = []
        for item in prepared:
            if item.error:
                report.fail(item.record.origin, item.error)
            else:
                ready.append(item)
        try:
            write(ready)
        except (DatabaseError, UnicodeError):
            # Validation lets nothing through that the database refuses, so this is the cold
            # path: the batch was rolled back whole; write its records one by one, each in
            # its own transaction, so that only the culprit is reported and its neighbours land.
            for item in ready:
                try:
                    write([item])
                except (DatabaseError, UnicodeError) as exc:
                    report.fail(item.record.origin, f"not stored, the database refused it: {exc}".strip())
        if on_progress:
            on_progress(size)

    stop = StopSignals()
    outcome = ImportRun.Status.FAILED
    try:
        stop.__enter__()
        for batch in _batches(iter_records(paths), options.batch_size):
            stop.check()
            records: list[RawRecord] = []
            for item in batch:
                if isinstance(item, RecordError):
                    report.fail(item.origin, item.error)
                else:
                    records.append(item)
            plan = plan_batch(records, seen=seen_in_run)
            report.unchanged += len(plan.unchanged)
            if plan.to_parse and options.extract and state.extractor is None:
                # Built on first need (an unchanged re-run never pays for it), and before any
                # worker forks, so the workers share its indexes.
                from archive.extraction.run import ArticleExtractor

                state.extractor = ArticleExtractor.for_run()
            in_flight.append((stages.submit(plan.to_parse), len(batch)))
            if len(in_flight) > 1:
                finish(*in_flight.popleft())
        while in_flight:
            stop.check()
            finish(*in_flight.popleft())
        outcome = ImportRun.Status.FINISHED
        after = _counts()
        report.new_rows = {kind: after[kind] - before[kind] for kind in after}
    except (KeyboardInterrupt, ImportInterrupted) as exc:
        # Every batch written so far is committed; the one being written, if any, rolled back.
        outcome = ImportRun.Status.INTERRUPTED
        report.interrupted = True
        if isinstance(exc, ImportInterrupted):
            exc.report = report  # what the caller reports
        raise
    except BaseException:
        outcome = ImportRun.Status.FAILED
        raise
    finally:
        stop.__exit__()
        stages.close(cancel=outcome != ImportRun.Status.FINISHED)
        if outcome != ImportRun.Status.FAILED:
            # The batches written are committed (an interrupted run's too): the pages' counts follow.
            mention_counts_refresh()
        report.seconds = time.perf_counter() - started
        _record_run(run, report, outcome)
    return report


def _record_run(run: ImportRun, report: ImportReport, outcome: str) -> None:
    """Close the run record with its counts, however the run ended: every batch written so far
    is committed, and the record says so. If the database itself is gone, there is nothing more
    to do than let the original error speak."""
    run.status = outcome
    run.finished_at = timezone.now()
    run.created, run.updated, run.unchanged, run.failed = (
        report.created,
        report.updated,
        report.unchanged,
        report.failed,
    )
    run.errors = report.errors
    run.updated_articles = report.updated_origins
    try:
        run.save()
    except DatabaseError:
        logger.warning("import run #%s could not be recorded as %s", run.pk, outcome)
