"""The import as a pipeline: read → (skip unchanged) → parse → extract → write → link.

`import_paths` is the one entry point; the management command only parses options, calls
it and reports. Records flow in batches so memory stays flat and every database round trip
serves hundreds of articles. The pure stages (parse and extract, no database) run in worker
processes when there is enough work for them, while the main process plans and writes the
previous batch: on two cores that nearly doubles the import's speed.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import DatabaseError, connection, connections, transaction

from archive.coverage import mention_counts_refresh
from archive.extraction.extractor import ArticleInput, Extractor
from archive.importer import reports
from archive.importer.interruption import ImportInterrupted, StopSignals, parent_alive, worker_init
from archive.importer.parsing import ParsedArticle, ParseError, parse_record
from archive.importer.planning import BatchPlan, plan_batch
from archive.importer.quality import describe
from archive.importer.readers import RawRecord, RecordError, iter_records
from archive.importer.runs import run_close, run_open, run_progress, runs_close_abandoned
from archive.importer.statistics import PlannerStatistics
from archive.importer.synthetic import warm_up_records
from archive.importer.validation import check_size, validate_article
from archive.importer.writer import write_batch
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, ImportRun
from archive.search.indexing import article_document
from archive.stories import StoryDetector
from events.models import Event
from people.identity import prepare_identity_tables
from people.models import Organization, Person
from text.near_duplicates import signature

if TYPE_CHECKING:
    from archive.extraction.linking import Linker

BATCH_SIZE = 500
# Below this many records to parse, a batch is parsed in the main process: starting workers
# costs more than it saves on a small import.
POOL_THRESHOLD = 200
# Records per task sent to a worker process.
CHUNK = 50


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
    def counts(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged, "failed": self.failed}

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
    search_document: str | None = None  # computed here rather than in the main process, which writes
    error: str | None = None
    report: dict | None = None  # the ingest report's fields (archive/importer/quality.py)
    signature: bytes | None = None  # MinHash of the body, for near-duplicates (archive/stories.py)


@dataclass
class RunTools:
    """What a run builds from the database once and uses for every batch: the pure extractor, the
    linker (main process only) and the near-duplicate index. An in-process run makes its own; a
    queued run's worker keeps them from one batch of the run to the next
    (archive/importer/queued.py), so that a batch does not rebuild them from the whole archive."""

    extractor: Extractor | None = None
    linker: Linker | None = None
    stories: StoryDetector = field(default_factory=StoryDetector)


@dataclass
class StageState:
    """What the pure stages need: the run's options and its pure extractor (None without
    extraction, or until the first record to parse needs it). Never the linker: it writes, and
    lives in the main process only."""

    options: ImportOptions
    extractor: Extractor | None = None


def _prepare(items: list[tuple[RawRecord, str, int | None]], state: StageState) -> list[Prepared]:
    """Parse and extract a chunk of records (no database). Runs inline, or in a worker.

    Stage by stage over the chunk rather than record by record: each stage's code and tables
    (the name automata, the gazetteer, lingua's models, numpy's) stay in the processor's caches
    from one record to the next, where running every stage on one record before the next
    evicted them. A record that fails a stage is reported with its file and skips the rest.
    At most CHUNK records at a time (an inline run or a queued batch passes hundreds): the text
    layer's per-text caches hold a chunk's texts (text/caches.py), not a whole batch's."""
    if len(items) > CHUNK:
        return [item for chunk in _batches(items, CHUNK) for item in _prepare(chunk, state)]
    if not parent_alive():
        os._exit(1)  # the import is gone (kill -9) and this system has no parent-death signal
    options, extractor = state.options, state.extractor
    prepared = [Prepared(record, digest, existing_id) for record, digest, existing_id in items]
    _each(prepared, lambda item: _parse(item, options))
    _each(prepared, _index)
    if extractor is not None:
        _extract(extractor, [item for item in prepared if item.error is None])
    _each(prepared, _describe)
    return prepared


def _each(prepared: list[Prepared], stage: Callable[[Prepared], None]) -> None:
    """Run `stage` on each record still standing; its failure is the record's, reported with its file."""
    for item in prepared:
        if item.error is None:
            try:
                stage(item)
            except ParseError as exc:
                item.error = str(exc)
            except Exception as exc:  # a defect must not stop the run: report it with the file
                item.error = f"internal error while parsing: {type(exc).__name__}: {exc}"


def _parse(item: Prepared, options: ImportOptions) -> None:
    check_size(item.record.raw_text)
    item.article = validate_article(parse_record(item.record, language=options.language, source=options.source))


def _index(item: Prepared) -> None:
    """The search document and the near-duplicate signature, both from the body's folded words."""
    item.search_document = article_document(item.article.title, item.article.body, item.article.language)
    item.signature = signature(item.article.body)


def _extract(extractor: Extractor, prepared: list[Prepared]) -> None:
    """The chunk's extractions in one `extract_articles`; should it fail, again one record at a
    time, so that the failure is reported with the record that caused it."""
    try:
        extractions = extractor.extract_articles([_extraction_input(item.article) for item in prepared])
    except Exception:
        _each(prepared, lambda item: _extract_one(extractor, item))
        return
    for item, extraction in zip(prepared, extractions, strict=True):
        item.extraction = extraction


def _extract_one(extractor: Extractor, item: Prepared) -> None:
    item.extraction = extractor.extract_articles([_extraction_input(item.article)])[0]


def _extraction_input(article: ParsedArticle) -> ArticleInput:
    return ArticleInput(
        article.title, article.body, article.title_derived, article.language, article.published, article.source_name
    )


def _describe(item: Prepared) -> None:
    item.report = describe(item.record, item.article, item.extraction)


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


def _warm(state: StageState) -> None:
    """Run the pure stages once, on three short articles of the benchmark's sentence bank, in the
    main process before the workers fork: what the stages build on first use (lingua's models, the
    keys of the given names that name matching compares, patterns compiled on first use) is then
    built once and shared, where each worker built its own on its first chunk (0.4 s of CPU each
    for the given names' keys alone)."""
    _prepare([(record, "", None) for record in warm_up_records()], state)
    prepare_identity_tables()


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
            _warm(self.state)
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
        # Chunks of at most CHUNK records: a worker that finishes early takes the next one, so
        # neither waits on the other's slower articles, and results come back as they are ready.
        size = min(CHUNK, -(-len(items) // self.workers))
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
    run: ImportRun | None = None,
    tools: RunTools | None = None,
) -> ImportReport:
    """Import every record under `paths`; one bad file never stops the run.

    A dry run is the same run, extraction and writes included, inside one transaction that is
    rolled back: its report says what the import would create (articles, entities, links), and
    the database is left as it was. Given a `run`, the articles are written as part of it and
    its record is left to the caller (a queued import: one run, many batches on many workers),
    and so is the recount of the pages' counts (once, when the run ends); given `tools`, the
    run's extractor, linker and near-duplicate index are those (kept by a queued run's worker)."""
    paths = list(paths)
    runs_close_abandoned()  # runs killed before they could close their record (kill -9)
    if not options.dry_run:
        return _Run(paths, options, on_progress, run, tools).execute()
    with transaction.atomic():
        report = _Run(paths, options, on_progress, run, tools).execute()
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


class _FrozenHeap:
    """`gc.freeze()` on entry and on `freeze()`, `gc.unfreeze()` on exit; nothing at all in a process
    that had frozen objects itself before (a server that freezes its preloaded heap keeps it so)."""

    def __enter__(self) -> _FrozenHeap:
        self.owned = gc.get_freeze_count() == 0
        self.freeze()
        return self

    def freeze(self) -> None:
        if self.owned:
            gc.freeze()

    def __exit__(self, *exc) -> None:
        if self.owned:
            gc.unfreeze()


class _Run:
    """One import run: its record, its report, its stages, and the linker of its extractions.
    Each step of `import_paths` is a method; the run's state is in the instance, so two runs
    (two calls, two threads) share nothing."""

    def __init__(
        self,
        paths: list[Path],
        options: ImportOptions,
        on_progress: Callable[[int], None] | None,
        run: ImportRun | None = None,
        tools: RunTools | None = None,
    ):
        self.paths, self.options, self.on_progress = paths, options, on_progress
        self.given_run = run  # a queued run's: recorded by its caller, batch by batch
        self.report = ImportReport()
        self.status = Article.Status.PUBLISHED if options.publish else Article.Status.DRAFT
        self.tools = tools or RunTools()
        self.state = StageState(options, extractor=self.tools.extractor)
        self.stages = _Stages(self.state)
        self.linker = self.tools.linker  # built with the extractor, on first need
        self.seen_in_run: set[str] = set()  # texts planned already (see plan_batch)
        self.run: ImportRun | None = None
        self.stories = self.tools.stories  # its index is built on the first write
        self.statistics = PlannerStatistics()  # the planner's, kept up as the archive grows

    def execute(self) -> ImportReport:
        started = time.perf_counter()
        # What the run added (reported by the command): counted over whole tables, so not for
        # each batch of a queued run, where it would cost more as the archive grows.
        before = _counts() if self.given_run is None else None
        self.run = self.given_run or self._open_record()
        self.report.run_id = self.run.pk
        stop = StopSignals()
        outcome = ImportRun.Status.FAILED
        try:
            stop.__enter__()
            self._stream(stop)
            outcome = ImportRun.Status.FINISHED
            if before is not None:
                after = _counts()
                self.report.new_rows = {kind: after[kind] - before[kind] for kind in after}
        except (KeyboardInterrupt, ImportInterrupted) as exc:
            # Every batch written so far is committed; the one being written, if any, rolled back.
            outcome = ImportRun.Status.INTERRUPTED
            self.report.interrupted = True
            if isinstance(exc, ImportInterrupted):
                exc.report = self.report  # what the caller reports
            raise
        finally:
            stop.__exit__()
            self.stages.close(cancel=outcome != ImportRun.Status.FINISHED)
            if outcome != ImportRun.Status.FAILED and self.given_run is None:
                # The batches written are committed (an interrupted run's too): the pages' counts follow.
                mention_counts_refresh()
            self.report.seconds = time.perf_counter() - started
            if self.given_run is None:
                report = self.report
                run_close(self.run, outcome, report.counts, report.errors, report.updated_origins)
        return self.report

    def _open_record(self) -> ImportRun:
        options = self.options
        run = run_open(
            {
                "paths": [str(p) for p in self.paths],
                "publish": options.publish,
                "language": options.language,
                "source": options.source,
                "extract": options.extract,
            }
        )
        self.report.run_id = run.pk
        return run

    def _stream(self, stop: StopSignals) -> None:
        """Plan each batch and send it to the pure stages while the previous one is written:
        at most two batches in flight.

        What the run starts with (Django, a queued worker's kept tools) and the tools it builds live
        as long as the run: they are frozen out of the garbage collector (`gc.freeze`) until it ends.
        Each batch's short-lived objects trigger collections, and every full one walked that whole
        heap again: a fifth of the main process's CPU. The workers, forked after, inherit it frozen,
        and their collections no longer write to (so copy) the pages they share with the main process.
        (The process's whole heap: a second run in another thread of the process only loses the
        gain when the first one ends, nothing else; see `_FrozenHeap`.)"""
        in_flight: deque = deque()
        with _FrozenHeap() as heap:
            for batch in _batches(iter_records(self.paths), self.options.batch_size):
                stop.check()
                plan, early_rows = self._plan(batch)
                if plan.to_parse and self.options.extract and self.state.extractor is None:
                    self._build_extraction()
                    heap.freeze()  # the extractor and the linker too, before the workers fork
                in_flight.append((self.stages.submit(plan.to_parse), len(batch), early_rows))
                if len(in_flight) > 1:
                    self._finish(*in_flight.popleft())
            while in_flight:
                stop.check()
                self._finish(*in_flight.popleft())

    def _plan(self, batch: list[RawRecord | RecordError]) -> tuple[BatchPlan, list[dict]]:
        """Unreadable records reported, unchanged ones counted, the rest to parse; and the ingest
        report rows of the records that are not parsed."""
        records: list[RawRecord] = []
        early_rows: list[dict] = []
        for item in batch:
            if isinstance(item, RecordError):
                self.report.fail(item.origin, item.error)
                early_rows.append(reports.failed(item.origin, item.error))
            else:
                records.append(item)
        plan = plan_batch(records, seen=self.seen_in_run)
        self.report.unchanged += len(plan.unchanged)
        early_rows.extend(reports.unchanged(r.origin, r.encoding) for r in plan.unchanged)
        return plan, early_rows

    def _build_extraction(self) -> None:
        """The extractor and the linker, built on first need (an unchanged re-run never pays for
        them), and before any worker forks, so that the workers share the extractor's indexes."""
        from archive.extraction.run import build_extractor, build_linker

        if self.tools.extractor is None:
            self.tools.extractor, self.tools.linker = build_extractor(), build_linker()
        self.state.extractor, self.linker = self.tools.extractor, self.tools.linker

    def _finish(self, pending, size: int, early_rows: list[dict]) -> None:
        """Collect a batch from the pure stages, report its failures and write the rest."""
        ready = []
        for item in self.stages.collect(pending):
            if item.error:
                self.report.fail(item.record.origin, item.error)
                early_rows.append(reports.failed(item.record.origin, item.error, item.record.encoding))
            else:
                ready.append(item)
        try:
            self._write(ready, early_rows)
        except (DatabaseError, UnicodeError):
            # Validation lets nothing through that the database refuses, so this is the cold
            # path: the batch was rolled back whole; write its records one by one, each in
            # its own transaction, so that only the culprit is reported and its neighbours land.
            for item in ready:
                try:
                    self._write([item], [])
                except (DatabaseError, UnicodeError) as exc:
                    error = f"not stored, the database refused it: {exc}".strip()
                    self.report.fail(item.record.origin, error)
                    early_rows.append(reports.failed(item.record.origin, error, item.record.encoding))
            with transaction.atomic():
                reports.store_reports(self.run, early_rows)
        if self.on_progress:
            self.on_progress(size)

    def _write(self, ready: list[Prepared], early_rows: list[dict]) -> None:
        """One transaction per batch: an article never lands without its links, its ingest report
        and its story."""
        with transaction.atomic():
            result = write_batch(
                [(item.article, item.digest, item.existing_id) for item in ready],
                run=self.run,
                status=self.status,
                documents={(item.record.root, item.record.origin): item.search_document for item in ready},
            )
            if self.linker is not None:
                by_origin = {(item.record.root, item.record.origin): item.extraction for item in ready}
                self._link(result.created, by_origin, new=True)
                self._link(result.updated, by_origin, new=False)
            reports.store_reports(self.run, [*early_rows, *_report_rows(ready, result)])
            written = [*result.created, *result.updated]
            if written:
                self.stories.attach(written, {(i.record.root, i.record.origin): i.signature for i in ready})
            report = self.report
            counts = {
                **report.counts,
                "created": report.created + len(result.created),
                "updated": report.updated + len(result.updated),
                "unchanged": report.unchanged + len(result.already_stored),
            }
            if self.given_run is None:  # a queued run adds up its batches' counts itself (queued.py)
                run_progress(self.run, counts)  # committed with the batch: a killed run's record is right
        report.created, report.updated, report.unchanged = counts["created"], counts["updated"], counts["unchanged"]
        report.updated_origins.extend(a.origin for a in result.updated)
        self.statistics.written_rows(len(result.created))

    def _link(self, articles: list[Article], by_origin: dict, *, new: bool) -> None:
        """Link stored articles from the extractions computed before they were stored, found by
        their identity (origin_root, origin); `new` when they were just created."""
        if articles:
            self.linker.link(articles, {a.pk: by_origin[(a.origin_root, a.origin)] for a in articles}, new=new)


def _report_rows(ready: list[Prepared], result) -> list[dict]:
    """The report rows of a written batch, each with its outcome and the article it became."""
    created = {(a.origin_root, a.origin): a.pk for a in result.created}
    updated = {(a.origin_root, a.origin): a.pk for a in result.updated}
    rows = []
    for item in ready:
        key = (item.record.root, item.record.origin)
        row = dict(item.report or {"origin": item.record.origin})
        if key in created:
            row.update(outcome="created", article_id=created[key])
        elif key in updated:
            row.update(outcome="updated", article_id=updated[key])
        else:
            row["outcome"] = "unchanged"  # its text was stored meanwhile, or under another origin
        rows.append(row)
    return rows
