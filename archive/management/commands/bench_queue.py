"""Benchmark queued imports: the same files through RabbitMQ and real `celery -A config worker`
processes (started and stopped here, 1 and 2 by default, one process each), beside the floor
measured in the same run: a bare COPY of the same texts, and the in-process import of the same
files with as many parsing processes as there are workers.

Prints measured figures only: articles per second and wall time of each import, and each queued
batch's time, by tenth of the run, to show whether a batch costs more as the archive grows.
Needs PostgreSQL (workers in other processes share the database) and a reachable broker
(CELERY_BROKER_URL). The benchmark's articles are deleted after each import unless --keep.
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings

from archive.importer.floor import bulk_copy_rate
from archive.importer.pipeline import ImportOptions
from archive.importer.queued import batch_seconds
from archive.importer.synthetic import replicate_corpus, write_corpus
from archive.models import Article, ImportRun
from archive.services import articles_import, articles_import_queued
from archive.worker_processes import broker_reachable, queue_state, running_workers


class Command(BaseCommand):
    help = "Measure queued imports (articles/s, per-batch time) with 1 and 2 real Celery workers."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=20000, help="How many articles to import.")
        parser.add_argument(
            "--corpus",
            type=Path,
            help="Cycle through the .txt articles of this directory instead of generating text.",
        )
        parser.add_argument(
            "--workers",
            default="1,2",
            help="Worker counts to measure, comma-separated (default 1,2); each worker is one process.",
        )
        parser.add_argument(
            "--batch-files",
            type=int,
            default=None,
            help="Files per queued batch (default: the IMPORT_BATCH_FILES setting).",
        )
        parser.add_argument("--no-extract", action="store_true", help="Skip entity and event extraction.")
        parser.add_argument(
            "--no-in-process", action="store_true", help="Skip the in-process import measured for comparison."
        )
        parser.add_argument("--keep", action="store_true", help="Keep the last import's articles afterwards.")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("workers in other processes need PostgreSQL: set DATABASE_URL")
        broker = settings.CELERY_BROKER_URL
        if settings.CELERY_TASK_ALWAYS_EAGER or not broker_reachable(broker):
            raise CommandError(f"no broker reachable at {broker!r} (CELERY_BROKER_URL)")
        try:
            counts = [int(n) for n in options["workers"].split(",")]
        except ValueError:
            raise CommandError("--workers: comma-separated numbers, e.g. 1,2") from None
        if options["corpus"] and not options["corpus"].is_dir():
            raise CommandError(f"--corpus: no such directory: {options['corpus']}")
        self.extract = not options["no_extract"]
        self.batch_files = options["batch_files"] or settings.IMPORT_BATCH_FILES
        self.broker = broker
        self.runs: list[int] = []
        waiting, consumers = queue_state(queue=settings.CELERY_TASK_DEFAULT_QUEUE, broker=broker)
        if waiting or consumers:
            raise CommandError(
                f"the queue {settings.CELERY_TASK_DEFAULT_QUEUE} has {waiting} message(s) and {consumers} "
                "consumer(s): stop its workers (and `celery -A config purge`) before measuring"
            )

        with tempfile.TemporaryDirectory(prefix="bench-queue-") as tmp:
            root = Path(tmp) / f"benchq{options['articles']}"
            self.prefix = root.name + "/"
            self._clean()
            started = time.perf_counter()
            if options["corpus"]:
                paths = replicate_corpus(options["corpus"], root, options["articles"])
                what = f"copies of the articles of {options['corpus']}"
            else:
                paths = write_corpus(root, options["articles"])
                what = "synthetic articles"
            self.stdout.write(f"Wrote {len(paths):,} {what} in {time.perf_counter() - started:.1f} s")
            self.stdout.write(f"Database: {connection.settings_dict['NAME']} on {connection.vendor}; {self._load()}")
            self.stdout.write(
                f"Extraction {'on' if self.extract else 'off'}; {self.batch_files} files per queued batch; "
                f"{os.cpu_count()} cores"
            )
            texts = [p.read_text(encoding="utf-8") for p in paths]
            self.floor = bulk_copy_rate(texts)
            self.stdout.write(
                f"Floor, bare COPY of the same texts: {self.floor:,.0f} articles/s "
                f"({len(texts) / self.floor:.2f} s for {len(texts):,})"
            )
            # Every in-process import first: its parsing processes are forked, and a forked child
            # closes the broker connections its parent's pools hold (kombu closes them after fork),
            # which the pings and the queued runs below would then find reset.
            in_process = {}
            if not options["no_in_process"]:
                for count in counts:
                    in_process[count] = self._in_process(root, count)
                    self._clean()
            for count in counts:
                self._queued(root, count, Path(tmp) / f"logs-{count}", in_process.get(count))
                if not options["keep"] or count != counts[-1]:
                    self._clean()
            self.stdout.write(self._load())

    def _in_process(self, root: Path, count: int) -> float:
        cpu = _cpu_seconds()
        report = articles_import(paths=[root], options=ImportOptions(extract=self.extract, workers=count))
        cpu = _cpu_seconds() - cpu
        self.stdout.write(
            f"In process, {count} parsing process(es): {report.created:,} created, {report.failed} failed "
            f"in {report.seconds:.1f} s = {report.articles_per_second:,.0f} articles/s "
            f"({self.floor / report.articles_per_second:.0f}× the COPY time); "
            f"CPU {1000 * cpu / max(1, report.processed):.2f} ms per article (this process and its workers)"
        )
        self.runs.append(report.run_id)
        return report.seconds

    def _queued(self, root: Path, count: int, logs: Path, in_process: float | None) -> None:
        # The archive's own queue (CELERY_QUEUE), as deployed: the workers are the only ones on it.
        queue = settings.CELERY_TASK_DEFAULT_QUEUE
        cpu = _cpu_seconds()
        with running_workers(count, queue=queue, broker=self.broker, logs=logs, wait_ready=True):
            started = time.perf_counter()
            run = articles_import_queued(
                paths=[root], options=ImportOptions(extract=self.extract), batch_files=self.batch_files
            )
            while run.status == ImportRun.Status.RUNNING:
                time.sleep(0.2)
                run.refresh_from_db()
            wall = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu  # the workers' too: they have ended (and been waited for) here
        self.runs.append(run.pk)
        done = run.created + run.updated + run.unchanged + run.failed
        rate = done / wall if wall else 0.0
        compared = f"; {wall / in_process:.2f}× the in-process time" if in_process else ""
        self.stdout.write(
            f"Queue, {count} worker(s) × concurrency 1: {run.created:,} created, {run.failed} failed, "
            f"run {run.status}, wall {wall:.1f} s = {rate:,.0f} articles/s "
            f"({self.floor / rate:.0f}× the COPY time{compared}); CPU {1000 * cpu / max(1, done):.2f} ms per "
            "article (the workers, their start included, and this process)"
        )
        seconds = batch_seconds(run)
        if seconds:
            tenths = _tenths(seconds)
            self.stdout.write(
                f"  {len(seconds)} batches of up to {self.batch_files} files: "
                f"median {statistics.median(seconds):.2f} s, "
                f"first tenth {tenths[0]:.2f} s, last tenth {tenths[-1]:.2f} s "
                f"(× {tenths[-1] / tenths[0]:.2f})"
            )
            self.stdout.write("  mean batch time by tenth of the run: " + ", ".join(f"{t:.2f}" for t in tenths))
        for error in run.errors[:5]:
            self.stderr.write(f"  {error['origin']}: {error['error']}")

    def _clean(self) -> None:
        # The benchmark's own rows, not editorial deletions: no history row for each of them.
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            Article.objects.filter(origin__startswith=self.prefix).delete()
            ImportRun.objects.filter(pk__in=self.runs).delete()

    @staticmethod
    def _load() -> str:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"


def _cpu_seconds() -> float:
    """User and system CPU time of this process and of its ended children (parsing processes,
    Celery workers and their pool processes). PostgreSQL's own time is not in it."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _tenths(values: list[float]) -> list[float]:
    """The mean of each tenth of `values`, in order (fewer parts when there are fewer values)."""
    parts = min(10, len(values))
    size = len(values) / parts
    return [statistics.fmean(values[round(i * size) : round((i + 1) * size)]) for i in range(parts)]
