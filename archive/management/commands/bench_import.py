"""Benchmark the import on a synthetic multilingual corpus, against a bare COPY as the floor.

Prints measured figures only (never a timed test): articles per second for a first import,
for an unchanged re-run, and for a plain bulk copy of the same texts into a bare table.
The benchmark's own articles are deleted afterwards unless --keep is given.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings

from archive.importer.floor import bulk_copy_rate
from archive.importer.pipeline import ImportOptions
from archive.importer.synthetic import replicate_corpus, write_corpus
from archive.models import Article, ImportRun
from archive.services import articles_import


def _cpu_seconds() -> tuple[float, float]:
    """User and system CPU time of this process, and of its ended children (the import's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _server_cpu_seconds() -> float | None:
    """CPU time of the PostgreSQL server where it runs on this machine (its /proc entries
    readable): its live processes' and, through the postmaster's count of its ended children,
    those of the connections closed meanwhile (the import closes its own before forking its
    workers). None elsewhere."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    try:
        postmaster = int(_stat(backend)[1])
        total = sum(int(v) for v in _stat(postmaster)[11:15])  # its own time and its ended children's
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = _stat(int(entry.name))
                except OSError:
                    continue
                if int(fields[1]) == postmaster:
                    total += int(fields[11]) + int(fields[12])
    except OSError:
        return None
    return total / os.sysconf("SC_CLK_TCK")


class Command(BaseCommand):
    help = "Measure import speed (articles/s) on a generated corpus in the configured database."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=20000, help="How many articles to generate.")
        parser.add_argument("--extract", action="store_true", help="Run entity and event extraction too.")
        parser.add_argument("--keep", action="store_true", help="Keep the benchmark's articles afterwards.")
        parser.add_argument(
            "--corpus",
            type=Path,
            help="Cycle through the .txt articles of this directory instead of generating text.",
        )
        parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="Parsing processes.")

    def handle(self, *args, **options):
        count = options["articles"]
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            root = Path(tmp) / f"bench{count}"
            started = time.perf_counter()
            if options["corpus"]:
                if not options["corpus"].is_dir():
                    raise CommandError(f"--corpus: no such directory: {options['corpus']}")
                paths = replicate_corpus(options["corpus"], root, count)
                what = f"copies of the articles of {options['corpus']}"
            else:
                paths = write_corpus(root, count)
                what = "synthetic articles"
            self.stdout.write(f"Wrote {len(paths)} {what} in {time.perf_counter() - started:.1f} s")
            texts = [p.read_text(encoding="utf-8") for p in paths]

            floor = bulk_copy_rate(texts)
            self.stdout.write(f"Floor, bulk copy of the raw texts into a bare table: {floor:,.0f} articles/s")

            import_options = ImportOptions(extract=options["extract"], workers=options["workers"])
            own, children = _cpu_seconds()
            server = _server_cpu_seconds()
            first = articles_import(paths=[root], options=import_options)
            own, children = (after - before for after, before in zip(_cpu_seconds(), (own, children), strict=True))
            server_after = _server_cpu_seconds()
            cpu = own + children
            label = ("with" if options["extract"] else "without") + f" extraction, {options['workers']} worker(s)"
            self.stdout.write(
                f"First import ({label}): {first.created} created, {first.failed} failed "
                f"in {first.seconds:.1f} s = {first.articles_per_second:,.0f} articles/s"
            )
            self.stdout.write(
                f"  CPU: {1000 * cpu / max(1, first.processed):.2f} ms per article in this process and its workers "
                "(the database server's not counted; unlike articles/s, the same on a busy machine): "
                f"{1000 * own / max(1, first.processed):.2f} in this process (reading, planning, writing, linking), "
                f"{1000 * children / max(1, first.processed):.2f} in its workers (parsing, extraction)"
            )
            if server is not None and server_after is not None:
                self.stdout.write(
                    f"  the database server (all its processes, on this machine): "
                    f"{1000 * (server_after - server) / max(1, first.processed):.2f} ms CPU per article"
                )
            again = articles_import(paths=[root], options=import_options)
            self.stdout.write(
                f"Unchanged re-run: {again.unchanged} unchanged in {again.seconds:.1f} s "
                f"= {again.articles_per_second:,.0f} articles/s"
            )
            self.stdout.write(f"Database: {connection.vendor}")
            if not options["keep"]:
                # The benchmark's own rows, not editorial deletions: no history row for each of them
                # (which took four times the import itself).
                with override_settings(SIMPLE_HISTORY_ENABLED=False):
                    prefix = root.name + "/"
                    Article.objects.filter(origin__startswith=prefix).delete()
                    ImportRun.objects.filter(pk__in=[first.run_id, again.run_id]).delete()
