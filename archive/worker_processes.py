"""Real `celery -A config worker` processes started and stopped from Python: for the queue
benchmark (`manage.py bench_queue`) and the tests with real workers (tests/celery_workers.py).

They run the production settings (no DJANGO_SETTINGS_MODULE: tasks really go through the
broker), on the database this process uses, one process per worker (`--concurrency 1`), each on
the queue it is given. Stopped with SIGTERM, as a supervisor stops them: a worker finishes the
batch it holds, then leaves.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
COMMAND = [sys.executable, "-m", "celery", "-A", "config", "worker", "--concurrency", "1", "--without-gossip"]
READY_SECONDS = 120


def broker_reachable(url: str) -> bool:
    where = urlsplit(url)
    try:
        socket.create_connection((where.hostname or "127.0.0.1", where.port or 5672), timeout=2).close()
    except OSError:
        return False
    return True


def database_url() -> str:
    """This process's default database as a DATABASE_URL (the test database in tests)."""
    s = connection.settings_dict
    user = quote(s["USER"] or "", safe="")
    if s.get("PASSWORD"):
        user += ":" + quote(s["PASSWORD"], safe="")
    return f"postgres://{user}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@dataclass
class Workers:
    """Started workers: their environment (for commands that queue runs for them) and names."""

    env: dict[str, str]
    names: list[str]
    processes: list[subprocess.Popen]
    logs: list[Path]


@contextmanager
def running_workers(count: int, *, queue: str, broker: str, logs: Path, wait_ready: bool = False) -> Iterator[Workers]:
    """Start `count` worker processes on `queue`, logging into the folder `logs`; with
    `wait_ready`, return only once each answers a ping (so that a timing starts with workers
    that are up). Afterwards: SIGTERM, and SIGKILL for one still there after two minutes."""
    logs.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DATABASE_URL": database_url(), "CELERY_BROKER_URL": broker, "CELERY_QUEUE": queue}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    names = [f"{queue}-{i}@{socket.gethostname()}" for i in range(1, count + 1)]
    paths = [logs / f"worker-{i}.log" for i in range(1, count + 1)]
    files = [path.open("w") for path in paths]
    processes = [
        subprocess.Popen([*COMMAND, "-Q", queue, "-n", name], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        for name, log in zip(names, files, strict=True)
    ]
    try:
        workers = Workers(env=env, names=names, processes=processes, logs=paths)
        if wait_ready:
            _wait_ready(workers, broker)
        yield workers
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for log in files:
            log.close()


def _wait_ready(workers: Workers, broker: str) -> None:
    """Ping the workers by name until each answers (celery's remote control, over the broker)."""
    from celery import Celery

    app = Celery(broker=broker, set_as_current=False)
    deadline = time.monotonic() + READY_SECONDS
    waiting = set(workers.names)
    try:
        while waiting:
            for process, path in zip(workers.processes, workers.logs, strict=True):
                if process.poll() is not None:
                    raise RuntimeError(f"a worker exited at start ({process.returncode}): {path.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"workers not ready after {READY_SECONDS} s: {sorted(waiting)}")
            for reply in app.control.ping(destination=sorted(waiting), timeout=1.0):
                waiting -= set(reply)
    finally:
        app.close()


def delete_queue(*, queue: str, broker: str) -> None:
    from kombu import Connection

    with Connection(broker) as channel_owner:
        channel_owner.default_channel.queue_delete(queue)


def queue_state(*, queue: str, broker: str) -> tuple[int, int]:
    """(messages waiting, consumers) of `queue`; (0, 0) when it does not exist."""
    from kombu import Connection
    from kombu.exceptions import ChannelError

    with Connection(broker) as channel_owner:
        try:
            _name, messages, consumers = channel_owner.default_channel.queue_declare(queue, passive=True)
        except ChannelError:
            return 0, 0
    return messages, consumers
