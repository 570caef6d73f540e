"""The write side of the ingest report: one `bulk_create` of `FileReport` rows per batch.

The rows arrive as the dicts of `archive.importer.quality` (parsed records, built in the workers)
or as the short ones of `unread`, `unchanged` and `failed` (records that never reached parsing or
failed in it); the pipeline adds the outcome and the article each record became.
"""

from __future__ import annotations

from archive.models import FileReport, ImportRun


def unchanged(origin: str, encoding: str = "") -> dict:
    return {"origin": origin, "encoding": encoding, "outcome": FileReport.Outcome.UNCHANGED}


def failed(origin: str, error: str, encoding: str = "") -> dict:
    return {"origin": origin, "encoding": encoding, "outcome": FileReport.Outcome.FAILED, "error": error}


def store_reports(run: ImportRun, rows: list[dict]) -> None:
    """Write a batch's report rows (no-op on an empty batch)."""
    if rows:
        FileReport.objects.bulk_create([FileReport(run=run, **row) for row in rows], batch_size=1000)
