"""Issue 8, point 5: an import stopped by SIGINT or SIGTERM keeps every batch it wrote, records
the run as interrupted with its counts and exits without a traceback; its workers die with it,
even on kill -9, and a run killed by SIGKILL is closed as abandoned, with the counts of what it
committed, by the next import; running the same command again completes the job."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from archive.importer.interruption import ImportInterrupted, StopSignals
from archive.importer.pipeline import ImportOptions, import_paths
from archive.importer.runs import process_gone, process_start, runs_close_abandoned
from archive.importer.synthetic import write_corpus
from archive.models import Article, ImportRun

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""), reason="a second process sees the test database: PostgreSQL"
)


def test_first_signal_asks_to_stop_and_second_stops_at_once():
    # The handlers the process had (SIGINT is ignored in a shell's background job): given back after.
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    with StopSignals() as stop:
        stop.check()
        signal.raise_signal(signal.SIGINT)
        assert stop.requested == signal.SIGINT
        with pytest.raises(ImportInterrupted):
            stop.check()
        with pytest.raises(ImportInterrupted):
            signal.raise_signal(signal.SIGTERM)
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before  # handlers given back


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


@pytest.mark.django_db
def test_each_batch_commits_its_counts_with_it(tmp_path):
    write_corpus(tmp_path / "news", 9, seed=6)
    seen = []

    def progress(size):
        run = ImportRun.objects.get()
        seen.append((run.status, run.created, Article.objects.count(), run.progressed_at is not None))

    import_paths([tmp_path / "news"], options=ImportOptions(extract=False, batch_size=3), on_progress=progress)
    assert seen == [("running", 3, 3, True), ("running", 6, 6, True), ("running", 9, 9, True)]
    run = ImportRun.objects.get()
    assert (run.host, run.pid, run.process_started) == (socket.gethostname(), os.getpid(), process_start(os.getpid()))


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()  # reaped: the pid names no process now
    return child.pid


@pytest.mark.django_db
def test_runs_whose_process_is_gone_are_closed_as_abandoned():
    started = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC)
    here, me = socket.gethostname(), os.getpid()

    def running(**fields) -> ImportRun:
        run = ImportRun.objects.create(created=7, failed=1, **fields)
        ImportRun.objects.filter(pk=run.pk).update(started_at=started)
        return run

    dead = running(host=here, pid=_dead_pid(), progressed_at=started + dt.timedelta(minutes=3))
    reused = running(host=here, pid=me, process_started="1")  # this pid, but a process started earlier
    alive = running(host=here, pid=me, process_started=process_start(me))
    elsewhere = running(host=here + "-other-machine", pid=_dead_pid())
    unknown = running()  # recorded before runs kept their process

    assert sorted(runs_close_abandoned()) == sorted([dead.pk, reused.pk])
    dead.refresh_from_db()
    assert dead.status == ImportRun.Status.ABANDONED
    assert dead.finished_at == started + dt.timedelta(minutes=3)  # its last committed batch
    assert (dead.created, dead.failed) == (7, 1)  # the counts it committed
    reused.refresh_from_db()
    assert reused.status == ImportRun.Status.ABANDONED and reused.finished_at == started
    for run in (alive, elsewhere, unknown):
        run.refresh_from_db()
        assert run.status == ImportRun.Status.RUNNING and run.finished_at is None
    assert runs_close_abandoned() == []  # idempotent


def test_a_zombie_is_gone():
    child = subprocess.Popen(["sleep", "30"])
    try:
        assert not process_gone(child.pid, process_start(child.pid))
        child.kill()
        _wait_for(lambda: Path(f"/proc/{child.pid}/stat").read_text().split(")")[1].split()[0] == "Z")
        assert process_gone(child.pid, process_start(child.pid))  # killed, not yet reaped
    finally:
        child.kill()
        child.wait()


@pytest.mark.django_db
def test_the_admin_list_of_runs_closes_abandoned_ones(admin_client):
    run = ImportRun.objects.create(host=socket.gethostname(), pid=_dead_pid())
    response = admin_client.get("/admin/archive/importrun/")
    assert response.status_code == 200
    run.refresh_from_db()
    assert run.status == ImportRun.Status.ABANDONED
    assert "abandoned" in response.content.decode()


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


@POSTGRES
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal and /proc: Linux")
@pytest.mark.django_db(transaction=True)
def test_a_run_killed_by_sigkill_is_closed_as_abandoned_with_its_counts(tmp_path):
    """The real command, killed by SIGKILL mid-run: its workers die with it, its record keeps the
    counts of the batches it committed, the next import closes it as abandoned and completes the job."""
    write_corpus(tmp_path / "news", 3000, seed=13)
    process = _start(str(tmp_path / "news"), "--no-extract", "--workers", "2", "--batch-size", "200")
    _wait_for(lambda: Article.objects.count() >= 400 and len(_children(process.pid)) >= 2)
    workers = _children(process.pid)
    process.kill()
    process.communicate(timeout=60)
    _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10)
    killed = ImportRun.objects.get()
    stored = Article.objects.count()
    assert killed.status == ImportRun.Status.RUNNING and killed.pid == process.pid  # nothing could close it
    assert killed.created == stored < 3000  # the counts of what it committed
    report = import_paths([tmp_path / "news"], options=ImportOptions(extract=False))
    killed.refresh_from_db()
    assert killed.status == ImportRun.Status.ABANDONED
    assert killed.finished_at == killed.progressed_at and killed.created == stored
    assert (report.created, Article.objects.count()) == (3000 - stored, 3000)
