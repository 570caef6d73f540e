"""Import raw news files (.txt, .jsonl/.json, .csv) into the archive.

Idempotent: a second run over the same files changes nothing; a file whose text changed
updates its article. Articles are drafts unless --publish is given: editors decide what is
public. Exit status is non-zero when any file failed, after every other file was imported.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.importer.interruption import ImportInterrupted
from archive.importer.pipeline import BATCH_SIZE, ImportOptions
from archive.importer.queued import run_progress
from archive.models import ImportRun
from archive.services import articles_import, articles_import_queued


class Command(BaseCommand):
    help = "Import raw news files and directories (recursively) into the archive."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="Files or directories to import.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Run the whole import, extraction included, in a transaction rolled back at the end: "
            "report what it would create, store nothing.",
        )
        parser.add_argument("--publish", action="store_true", help="Publish the imported articles (default: drafts).")
        parser.add_argument("--source", help="Source name for every article, overriding what the files say.")
        parser.add_argument("--language", help="ISO 639-1 language for every article, overriding detection.")
        parser.add_argument("--no-extract", action="store_true", help="Skip entity and event extraction.")
        parser.add_argument("--no-progress", action="store_true", help="Never show the progress bar.")
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"Records per write transaction (default {BATCH_SIZE}): what an interruption may roll back.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=min(2, os.cpu_count() or 1),
            help="Processes for parsing and extraction on large imports (default: up to 2).",
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Split the files into batches and queue them for the workers (celery -A config worker); "
            "without a broker (the SQLite default) the batches run here.",
        )
        parser.add_argument(
            "--batch-files",
            type=int,
            default=None,
            help="With --queue: files per task (default: the IMPORT_BATCH_FILES setting).",
        )
        parser.add_argument(
            "--wait", action="store_true", help="With --queue: wait until the workers finished the run, then report."
        )

    def handle(self, *args, **options):
        paths: list[Path] = options["paths"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"no such file or directory: {', '.join(missing)}")
        language = options["language"]
        if language is not None and not (len(language) == 2 and language.isascii() and language.isalpha()):
            raise CommandError(f"--language must be an ISO 639-1 code such as fr, ar or en, not {language!r}")
        import_options = ImportOptions(
            dry_run=options["dry_run"],
            publish=options["publish"],
            language=language.lower() if language else None,
            source=options["source"],
            extract=not options["no_extract"],
            workers=max(1, options["workers"]),
            batch_size=max(1, options["batch_size"]),
        )

        if options["queue"]:
            if import_options.dry_run:
                raise CommandError("--dry-run is one transaction in one process: it cannot be queued")
            self._queued(paths, import_options, options)
            return

        progress = self._progress_bar(options)
        try:
            report = articles_import(
                paths=paths, options=import_options, on_progress=progress.update if progress else None
            )
        except ImportInterrupted as stopped:
            done = stopped.report
            raise CommandError(
                f"interrupted by {stopped}: created {done.created}, updated {done.updated}, unchanged "
                f"{done.unchanged}, failed {done.failed}; every batch written is complete. Run the same "
                "command again to complete the import"
                + (f" (import run #{done.run_id} recorded as interrupted)." if done.run_id else "."),
                returncode=128 + stopped.signum,
            ) from None
        finally:
            if progress:
                progress.close()

        verbosity = options["verbosity"]
        if verbosity >= 1:
            for error in report.errors:
                self.stderr.write(f"{error['origin']}: {error['error']}")
            prefix = "Dry run: would have " if import_options.dry_run else ""
            self.stdout.write(
                self.style.SUCCESS(
                    f"{prefix}created {report.created}, updated {report.updated}, "
                    f"unchanged {report.unchanged}, failed {report.failed} "
                    f"in {report.seconds:.2f} s ({report.articles_per_second:.0f} articles/s)"
                    + (f" — import run #{report.run_id}" if report.run_id else "")
                )
            )
            if report.new_rows and (import_options.dry_run or verbosity >= 2):
                verb = "would add" if import_options.dry_run else "added"
                added = ", ".join(f"{count} {kind}" for kind, count in report.new_rows.items())
                self.stdout.write(f"Entities and links: {verb} {added} (net rows)")
        if report.failed:
            raise CommandError(f"{report.failed} file(s) or record(s) failed; see the errors above.")

    def _queued(self, paths, import_options, options) -> None:
        run = articles_import_queued(paths=paths, options=import_options, batch_files=options["batch_files"])
        progress = run_progress(run)
        self.stdout.write(
            f"Import run #{run.pk}: {progress.files_total} file(s) in {progress.batches_total} batch(es), "
            f"{progress.batches_total - progress.batches_done} queued for the workers"
        )
        if options["wait"]:
            while run.status == ImportRun.Status.RUNNING:
                time.sleep(1)
                run.refresh_from_db()
            progress = run_progress(run)
        if run.status == ImportRun.Status.RUNNING:
            self.stdout.write("Follow it in the admin, on the import run's page.")
            return
        for error in run.errors:
            self.stderr.write(f"{error['origin']}: {error['error']}")
        self.stdout.write(
            self.style.SUCCESS(
                f"created {run.created}, updated {run.updated}, unchanged {run.unchanged}, failed {run.failed} "
                f"in {progress.seconds:.2f} s ({progress.files_per_second:.0f} files/s) — import run #{run.pk} "
                f"{run.status}"
            )
        )
        if run.failed or run.status != ImportRun.Status.FINISHED:
            raise CommandError(f"{run.failed} file(s) or record(s) failed; see the errors above.")

    def _progress_bar(self, options):
        if options["no_progress"] or options["verbosity"] < 1 or not sys.stderr.isatty():
            return None
        from tqdm import tqdm

        return tqdm(unit=" records", file=sys.stderr, leave=False)
