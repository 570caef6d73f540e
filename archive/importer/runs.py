"""The record of one import run (`ImportRun`): opened with the process that runs it, its counts
kept after every batch, closed however the run ends, and closed for it when its process died.

A run closes its own record on success, error, SIGINT or SIGTERM (`run_close`). Nothing can run
in a process killed by SIGKILL (or the machine losing power): its record would say `running`
forever. So a run records its host, pid and the kernel's start time of that process (a pid is
reused, a pid with its start time is not), and writes its counts in each batch's own transaction
(the counts always say what is committed). Before each import, and when editors open the list of
runs, `runs_close_abandoned` closes as `abandoned`, with those counts, every running run of this
host whose process is gone. A run of another host is left alone: this one cannot see its
processes (a host name is assumed to name one machine).
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

from django.db import DatabaseError
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

from archive.models import ImportRun

logger = logging.getLogger(__name__)

COUNTS = ("created", "updated", "unchanged", "failed")


def _proc_stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (which may hold spaces), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return stat.rpartition(")")[2].split()


def process_start(pid: int) -> str:
    """When the kernel started process `pid` (clock ticks since boot), or "" where /proc is not."""
    fields = _proc_stat(pid)
    return fields[19] if fields and len(fields) > 19 else ""  # field 22 of proc(5)


def process_gone(pid: int, started: str) -> bool:
    """Is the process that opened a run on this host gone: no such pid, a zombie (killed, not yet
    reaped), or the pid now naming a later process?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # it exists, under another user
    fields = _proc_stat(pid)
    if fields is None:
        return False  # no /proc here: the pid exists, and that is all that can be known
    return fields[0] == "Z" or bool(started and process_start(pid) != started)


def run_open(arguments: dict) -> ImportRun:
    pid = os.getpid()
    return ImportRun.objects.create(
        arguments=arguments, host=socket.gethostname(), pid=pid, process_started=process_start(pid)
    )


def run_progress(run: ImportRun, counts: dict[str, int]) -> None:
    """Write the counts so far; called inside each batch's transaction, so that they commit with
    the batch and a killed run's record says exactly what it committed."""
    ImportRun.objects.filter(pk=run.pk).update(**counts, progressed_at=timezone.now())


def run_close(run: ImportRun, outcome: str, counts: dict[str, int], errors: list, updated: list) -> None:
    """Close the run record with its counts, however the run ended: every batch written so far
    is committed, and the record says so. If the database itself is gone, there is nothing more
    to do than let the original error speak."""
    run.status = outcome
    run.finished_at = timezone.now()
    for name in COUNTS:
        setattr(run, name, counts[name])
    run.errors = errors
    run.updated_articles = updated
    try:
        run.save()
    except DatabaseError:
        logger.warning("import run #%s could not be recorded as %s", run.pk, outcome)


def runs_close_abandoned() -> list[int]:
    """Close as `abandoned` the running runs of this host whose process is gone; their counts are
    those of their last committed batch, their end the time of that batch (or their start).
    Returns their ids. Idempotent and safe when two imports start at once (the update is
    conditional on the run still running)."""
    host = socket.gethostname()
    running = ImportRun.objects.filter(status=ImportRun.Status.RUNNING, host=host, pid__isnull=False)
    gone = [
        pk for pk, pid, started in running.values_list("pk", "pid", "process_started") if process_gone(pid, started)
    ]
    if gone:
        ImportRun.objects.filter(pk__in=gone, status=ImportRun.Status.RUNNING).update(
            status=ImportRun.Status.ABANDONED, finished_at=Coalesce(F("progressed_at"), F("started_at"))
        )
        for pk in gone:
            logger.warning("import run #%s: its process on %s is gone; closed as abandoned", pk, host)
    return gone
