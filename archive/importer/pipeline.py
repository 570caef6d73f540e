"""The import as a pipeline: read → (skip unchanged) → parse → write → extract.

`import_paths` is the one entry point; the management command only parses options, calls
it and reports. Records flow in batches so memory stays flat and every database round
trip serves hundreds of articles.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.utils import timezone

from archive.importer.parsing import ParsedArticle, ParseError, parse_record
from archive.importer.readers import RawRecord, RecordError, iter_records
from archive.importer.writer import plan_batch, write_batch
from archive.models import Article, ImportRun

BATCH_SIZE = 500


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    publish: bool = False
    language: str | None = None
    source: str | None = None
    extract: bool = True


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

    @property
    def processed(self) -> int:
        return self.created + self.updated + self.unchanged + self.failed

    @property
    def articles_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    def fail(self, origin: str, error: str) -> None:
        self.failed += 1
        self.errors.append({"origin": origin, "error": error})


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def import_paths(
    paths: Iterable[Path],
    *,
    options: ImportOptions = ImportOptions(),
    on_progress: Callable[[int], None] | None = None,
    after_write: Callable[[list[Article]], None] | None = None,
) -> ImportReport:
    """Import every record under `paths`; one bad file never stops the run.

    `after_write` receives each batch's created and updated articles inside the batch's
    transaction (the extraction stage plugs in there).
    """
    started = time.perf_counter()
    report = ImportReport()
    run = None
    if not options.dry_run:
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

    for batch in _batches(iter_records(list(paths)), BATCH_SIZE):
        records: list[RawRecord] = []
        for item in batch:
            if isinstance(item, RecordError):
                report.fail(item.origin, item.error)
            else:
                records.append(item)
        plan = plan_batch(records)
        report.unchanged += len(plan.unchanged)
        parsed: list[tuple[ParsedArticle, str, int | None]] = []
        for record, digest, existing_id in plan.to_parse:
            try:
                article = parse_record(record, language=options.language, source=options.source)
            except ParseError as exc:
                report.fail(record.origin, str(exc))
                continue
            parsed.append((article, digest, existing_id))
        if options.dry_run:
            report.created += sum(1 for _, _, existing in parsed if existing is None)
            report.updated += sum(1 for _, _, existing in parsed if existing is not None)
        else:
            result = write_batch(parsed, run=run, status=status, after_write=after_write if options.extract else None)
            report.created += len(result.created)
            report.updated += len(result.updated)
            report.updated_origins.extend(a.origin for a in result.updated)
        if on_progress:
            on_progress(len(batch))

    report.seconds = time.perf_counter() - started
    if run is not None:
        run.finished_at = timezone.now()
        run.created, run.updated, run.unchanged, run.failed = (
            report.created,
            report.updated,
            report.unchanged,
            report.failed,
        )
        run.errors = report.errors
        run.updated_articles = report.updated_origins
        run.save()
    return report
