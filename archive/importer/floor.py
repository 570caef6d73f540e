"""The import benchmarks' floor: the plainest bulk load the database offers of the same raw texts
(COPY into a bare temporary table on PostgreSQL, `executemany` on SQLite), measured in the same
run as the import it is compared with (`bench_import`, `bench_queue`)."""

from __future__ import annotations

import time

from django.db import connection, transaction


def bulk_copy_rate(texts: list[str]) -> float:
    """Rows per second of a bare bulk load of `texts` (nothing kept: the table is dropped)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE bench_floor (id integer, raw_text text)")
        started = time.perf_counter()
        if connection.vendor == "postgresql":
            with cursor.cursor.copy("COPY bench_floor (id, raw_text) FROM STDIN") as copy:
                for i, text in enumerate(texts):
                    copy.write_row((i, text))
        else:
            cursor.executemany("INSERT INTO bench_floor (id, raw_text) VALUES (%s, %s)", list(enumerate(texts)))
        elapsed = time.perf_counter() - started
        cursor.execute("DROP TABLE bench_floor")
    return len(texts) / elapsed if elapsed else 0.0
