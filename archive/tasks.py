"""Celery tasks: a queued import's batches (see archive/importer/queued.py).

Each task carries a batch id and the database it belongs to; a worker connected to another
database (a shared broker, a mistyped queue) refuses it rather than import someone else's files.
A task is acknowledged once done (`acks_late`), so that a worker lost in the middle of a batch
leaves it to another worker: the import is idempotent, the batch runs again harmlessly.

Celery makes one instance of a task class per worker process and keeps it (the documented place
for per-process state): `ImportBatchTask.kept` holds the run's extractor, linker and
near-duplicate index from one batch of a run to the next (archive/importer/queued.py, KeptTools).
"""

from __future__ import annotations

import logging

from celery import Task, shared_task
from celery.exceptions import Reject
from django.conf import settings
from django.db import connection, transaction

from archive.importer.interruption import ImportInterrupted
from archive.importer.queued import KeptTools, batch_ids, run_batch
from archive.models import ImportRun

logger = logging.getLogger(__name__)


def database_name() -> str:
    return str(connection.settings_dict["NAME"])


class ImportBatchTask(Task):
    """The batch task's class: its one instance per worker process keeps the run's tools."""

    _kept: KeptTools | None = None

    @property
    def kept(self) -> KeptTools:
        if self._kept is None:
            self._kept = KeptTools()
        return self._kept


@shared_task(
    bind=True,
    base=ImportBatchTask,
    name="archive.import_batch",
    acks_late=True,
    reject_on_worker_lost=True,
    ignore_result=True,
)
def import_batch(self: ImportBatchTask, batch_id: int, database: str) -> None:
    if database != database_name():
        logger.error("batch %s belongs to database %r, not %r: refused", batch_id, database, database_name())
        raise Reject(f"batch of database {database!r}", requeue=False)
    try:
        run_batch(batch_id, worker=self.request.hostname or "", kept=self.kept)
    except ImportInterrupted:
        # The worker is stopping: the batch goes back to the queue for another worker.
        raise Reject("worker stopping", requeue=True) from None


def enqueue_run(run: ImportRun) -> int:
    """Send a task for each open batch of `run`, once the run's rows are committed (a worker may
    take a task at once). Eager (no broker): the batches run here and now, one after the other."""
    ids = batch_ids(run)
    database = database_name()
    if import_batch.app.conf.task_always_eager:
        for batch_id in ids:
            import_batch.apply(args=[batch_id, database], throw=True)  # no broker is touched
        return len(ids)

    def send() -> None:
        for batch_id in ids:
            import_batch.apply_async(args=[batch_id, database], queue=settings.CELERY_TASK_DEFAULT_QUEUE)

    transaction.on_commit(send)
    return len(ids)
