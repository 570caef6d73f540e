"""Real Celery workers for the tests: `celery -A config worker --concurrency 1` processes on the
machine's RabbitMQ (archive/worker_processes.py, as the queue benchmark starts them), on a queue
of their own (parallel test runs never take each other's tasks), connected to the test database.
Skips where that cannot be: SQLite (its test database is in memory) or no broker reachable."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection

from archive.worker_processes import ROOT, broker_reachable, delete_queue
from archive.worker_processes import running_workers as start_workers

__all__ = ["BROKER", "ROOT", "running_workers", "skip_unless_workers_can_run"]

BROKER = os.environ.get("CELERY_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672//")


def skip_unless_workers_can_run() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("workers in other processes need PostgreSQL (the SQLite test database is in memory)")
    if not broker_reachable(BROKER):
        pytest.skip(f"RabbitMQ is not reachable at {urlsplit(BROKER).netloc}")


@contextmanager
def running_workers(count: int, logs: Path, *, queue: str | None = None, wait_ready: bool = False) -> Iterator[dict]:
    """Start `count` workers, logging into the folder `logs`; yield the environment (and
    `CELERY_QUEUE`) for commands that queue runs for them. Afterwards: warm shutdown, no traceback
    in their logs, their queue deleted."""
    skip_unless_workers_can_run()
    queue = queue or f"archive-test-{uuid.uuid4().hex[:12]}"
    try:
        with start_workers(count, queue=queue, broker=BROKER, logs=logs, wait_ready=wait_ready) as workers:
            yield workers.env
    finally:
        delete_queue(queue=queue, broker=BROKER)
    for log in workers.logs:
        text = log.read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in text, text[-3000:]
