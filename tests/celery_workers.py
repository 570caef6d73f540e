"""Real Celery workers for the tests: `celery -A config worker --concurrency 1` processes on the
machine's RabbitMQ, on a queue of their own (parallel test runs never take each other's tasks),
connected to the test database. Skips where that cannot be: SQLite (its test database is in
memory) or no broker reachable."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
BROKER = os.environ.get("CELERY_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672//")
WORKER = [sys.executable, "-m", "celery", "-A", "config", "worker", "--concurrency", "1", "--without-gossip"]


def _broker_reachable() -> bool:
    where = urlsplit(BROKER)
    try:
        socket.create_connection((where.hostname or "127.0.0.1", where.port or 5672), timeout=2).close()
    except OSError:
        return False
    return True


def skip_unless_workers_can_run() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("workers in other processes need PostgreSQL (the SQLite test database is in memory)")
    if not _broker_reachable():
        pytest.skip(f"RabbitMQ is not reachable at {urlsplit(BROKER).netloc}")


def _database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@contextmanager
def running_workers(count: int, logs: Path) -> Iterator[dict]:
    """Start `count` workers, logging into the folder `logs`; yield the environment (and
    `CELERY_QUEUE`) for commands that queue runs for them. Afterwards: warm shutdown, no traceback
    in their logs, their queue deleted."""
    skip_unless_workers_can_run()
    queue = f"archive-test-{uuid.uuid4().hex[:12]}"
    logs.mkdir(parents=True, exist_ok=True)
    files = [(logs / f"worker-{i}.log").open("w") for i in range(1, count + 1)]
    env = {**os.environ, "DATABASE_URL": _database_url(), "CELERY_BROKER_URL": BROKER, "CELERY_QUEUE": queue}
    env.pop("DJANGO_SETTINGS_MODULE", None)  # the production settings: tasks really go to the broker
    started = [
        subprocess.Popen(
            [*WORKER, "-Q", queue, "-n", f"{queue}-{i}@%h"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        for i, log in enumerate(files, start=1)
    ]
    try:
        yield env
    finally:
        for process in started:
            process.send_signal(signal.SIGTERM)
        for process in started:
            try:
                process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for log in files:
            log.close()
        from kombu import Connection

        with Connection(BROKER) as broker:
            broker.default_channel.queue_delete(queue)
        for log in files:
            text = Path(log.name).read_text(encoding="utf-8", errors="replace")
            assert "Traceback" not in text, text[-3000:]
