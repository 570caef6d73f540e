"""Read scaling: reads of the public site and the API go to a PostgreSQL replica when
DATABASE_REPLICA_URL is set (the `replica` alias); every write, and every read that must see
what was just written, goes to the primary (`default`).

Replicas lag behind the primary (milliseconds to seconds). Reads that decide what to write must
never see an old state: the import's identity checks, the admin's pages after a save, anything in
a transaction. So the replica is used only where `ReplicaReadsMiddleware` allows it (GET and HEAD
requests outside the admin: the readers' traffic), never in a transaction, never in a command or
a worker. `replica_reads()` allows it for a block of code that knows it may read old data.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"

_replica_allowed: ContextVar[bool] = ContextVar("replica_reads", default=False)


@contextmanager
def replica_reads() -> Iterator[None]:
    token = _replica_allowed.set(True)
    try:
        yield
    finally:
        _replica_allowed.reset(token)


class ReplicaRouter:
    """Reads to the replica where allowed (see the module docstring), everything else to the primary."""

    def db_for_read(self, model, **hints):
        if _replica_allowed.get() and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the primary's rows: objects from either relate

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica is a copy: it is never migrated itself


class ReplicaReadsMiddleware:
    """Lets the readers' requests (GET or HEAD, outside the admin) read from the replica."""

    SAFE = frozenset({"GET", "HEAD"})

    PRIMARY_ONLY = ("/admin/",)  # the editors' workplace reads what they just wrote

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.SAFE and not request.path.startswith(self.PRIMARY_ONLY):
            with replica_reads():
                return self.get_response(request)
        return self.get_response(request)
