"""The import lock: one PostgreSQL advisory lock that every import's write transactions take.

Imports may run at once (two editors, a cron job and a hand-run command, the task queue). Their
slow stages (reading, parsing, extraction) run in parallel; their writes, short transactions of
one batch each, take this lock in turn, and each re-reads inside it what decides identity (which
origins, texts, persons, organizations and events exist), so that it sees what the other import
committed just before. The unique keys (Article origin_root+origin, content_hash, body_hash;
Person/Organization/Event import_key; Event series+ordinal) back it: whatever slips past the lock
is refused by the database rather than stored twice.
"""

from __future__ import annotations

from django.db import connection

# pg_advisory_xact_lock takes a 64-bit key; this one spells "ARCH". Released at commit/rollback.
IMPORT_LOCK = 0x41524348


def lock_import_writes() -> None:
    """Wait for the import lock until the end of the current transaction (PostgreSQL; SQLite
    has a single writer at a time anyway). Call it inside `transaction.atomic()`."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])
