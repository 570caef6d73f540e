"""Reads of the ingest-quality report: a run's `FileReport` rows as CSV, and their summary.

The one place that knows the report's columns: the admin's CSV download and its run page read
here (and any later reader of the report should too).
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from archive.models import FileReport, ImportRun

CSV_COLUMNS = [
    "origin",
    "outcome",
    "article_id",
    "encoding",
    "language",
    "language_confidence",
    "date_found",
    "date_source",
    "title_source",
    "raw_chars",
    "body_chars",
    "noise_lines",
    "noise_chars",
    "noise_rules",
    "persons",
    "organizations",
    "events",
    "warnings",
    "error",
]


def run_reports(run: ImportRun | int) -> QuerySet[FileReport]:
    """A run's report rows, in the order the import read them."""
    run_id = run.pk if isinstance(run, ImportRun) else run
    return FileReport.objects.filter(run_id=run_id).order_by("id")


def _cell(report: FileReport, column: str) -> str:
    if column == "noise_rules":
        return "; ".join(f"{rule}: {lines} lines, {chars} chars" for rule, (lines, chars) in report.noise_rules.items())
    if column == "warnings":
        return "; ".join(report.warning_codes)
    value = getattr(report, column)
    return "" if value is None else str(value)


class _Echo:
    """A file-like object whose write returns the line: csv.writer into a streamed response."""

    def write(self, value: str) -> str:
        return value


def csv_lines(reports: Iterable[FileReport]) -> Iterator[str]:
    """The report as CSV lines, header first; streamed, so a run of 100,000 files stays in memory flat."""
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    for report in reports:
        yield writer.writerow([_cell(report, column) for column in CSV_COLUMNS])


def summary(run: ImportRun | int) -> dict:
    """Counts of a run's report: rows by outcome, by warning, by date source and by language (two queries)."""
    rows = run_reports(run)
    warnings: Counter[str] = Counter()
    for framed in rows.exclude(warnings="").values_list("warnings", flat=True).iterator():
        warnings.update(code for code in framed.split(",") if code)
    counts = Counter()
    for outcome, language, source in rows.values_list("outcome", "language", "date_source").iterator():
        counts[("outcome", outcome)] += 1
        if outcome in ("created", "updated"):
            counts[("language", language or "?")] += 1
            counts[("date", source or "none")] += 1
    by = {kind: {key: n for (k, key), n in counts.items() if k == kind} for kind in ("outcome", "language", "date")}
    return {**by, "warnings": dict(warnings.most_common())}
