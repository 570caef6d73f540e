"""Issue 8, point 5: an import stopped by SIGINT or SIGTERM keeps every batch it wrote, records
the run as interrupted with its counts and exits without a traceback; its workers die with it,
even on kill -9; running the same command again completes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from archive.importer.interruption import ImportInterrupted, StopSignals
from archive.importer.pipeline import ImportOptions, import_paths
from archive.importer.synthetic import write_corpus
from archive.models import Article, ImportRun

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""), reason="a second process sees the test database: PostgreSQL"
)


def test_first_signal_asks_to_stop_and_second_stops_at_once():
    with StopSignals() as stop:
        stop.check()
        signal.raise_signal(signal.SIGINT)
        assert stop.requested == signal.SIGINT
        with pytest.raises(ImportInterrupted):
            stop.check()
        with pytest.raises(ImportInterrupted):
            signal.raise_signal(signal.SIGTERM)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handlers given back


@pytest.mark.django_db
def test_interrupted_run_keeps_its_batches_and_a_rerun_completes(tmp_path):
    write_corpus(tmp_path / "news", 12, seed=5)
    batches = []

    def progress(size):
        batches.append(size)
        if len(batches) == 2:
            os.kill(os.getpid(), signal.SIGTERM)  # as `kill` from another terminal, mid-run

    options = ImportOptions(extract=False, batch_size=3)
    with pytest.raises(ImportInterrupted) as stopped:
        import_paths([tmp_path / "news"], options=options, on_progress=progress)
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.INTERRUPTED and run.finished_at is not None
    assert run.created == Article.objects.count() == stopped.value.report.created
    assert 0 < run.created < 12
    report = import_paths([tmp_path / "news"], options=options)
    assert (report.created + report.unchanged, Article.objects.count()) == (12, 12)
    assert ImportRun.objects.order_by("-pk").first().status == ImportRun.Status.FINISHED


# -- the real command, signalled from outside -----------------------------------------------


def _database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_articles", *args, "--no-progress"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": _database_url()},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


@POSTGRES
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("signum", "returncode"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_stops_the_command_cleanly(tmp_path, signum, returncode):
    write_corpus(tmp_path / "news", 800, seed=11)
    process = _start(str(tmp_path / "news"), "--no-extract", "--batch-size", "25", "--workers", "1")
    _wait_for(lambda: Article.objects.count() >= 25)
    process.send_signal(signum)
    _, err = process.communicate(timeout=120)
    assert process.returncode == returncode, err
    assert "Traceback" not in err
    assert f"interrupted by {signal.Signals(signum).name}" in err
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.INTERRUPTED and run.finished_at is not None
    assert run.created == Article.objects.count()
    assert 0 < run.created < 800
    # The same command again completes the job.
    again = _start(str(tmp_path / "news"), "--no-extract", "--workers", "1")
    again.communicate(timeout=300)
    assert again.returncode == 0
    assert Article.objects.count() == 800


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in found]


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status  # a zombie has exited: only its exit status is left


@POSTGRES
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
@pytest.mark.django_db(transaction=True)
def test_workers_die_with_the_import_on_kill_9(tmp_path):
    write_corpus(tmp_path / "news", 900, seed=12)
    process = _start(str(tmp_path / "news"), "--workers", "2", "--batch-size", "400")
    _wait_for(lambda: len(_children(process.pid)) >= 2)
    workers = _children(process.pid)
    process.kill()  # SIGKILL: no handler runs in the parent
    process.communicate(timeout=60)
    _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10)
