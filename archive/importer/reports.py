"""The write side of the ingest report: one insert of `FileReport` rows per batch (`archive.bulk.insert_rows`).

The rows arrive as the dicts of `archive.importer.quality` (parsed records, built in the workers)
or as the short ones of `unread`, `unchanged` and `failed` (records that never reached parsing or
failed in it); the pipeline adds the outcome and the article each record became.
"""

from __future__ import annotations

from archive.bulk import insert_rows
from archive.models import FileReport, ImportRun


def unchanged(origin: str, encoding: str = "") -> dict:
    return {"origin": origin, "encoding": encoding, "outcome": FileReport.Outcome.UNCHANGED}


def failed(origin: str, error: str, encoding: str = "") -> dict:
    return {"origin": origin, "encoding": encoding, "outcome": FileReport.Outcome.FAILED, "error": error}


def store_reports(run: ImportRun, rows: list[dict]) -> None:
    """Write a batch's report rows (no-op on an empty batch), with COPY on PostgreSQL: their ids
    are not needed back, and `bulk_create` prepared their twenty fields one by one (a tenth of the
    import's main process)."""
    insert_rows(FileReport, [{**row, "run_id": run.pk} for row in rows])
