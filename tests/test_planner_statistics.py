"""The import keeps the planner's statistics up with the archive it grows (archive/importer/statistics.py):
without them, each batch's look-up by origin read the whole table on PostgreSQL."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.importer import statistics
from archive.importer.pipeline import ImportOptions, import_paths
from archive.importer.statistics import PlannerStatistics
from archive.importer.synthetic import write_corpus

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="ANALYZE and pg_class are PostgreSQL's")


class _Counting(PlannerStatistics):
    def __init__(self, believed: int):
        super().__init__()
        self.enabled, self.believed, self.runs = True, believed, 0

    def analyze(self) -> None:
        self.runs += 1
        self.believed, self.written = self.written, 0


def test_a_table_never_analyzed_is_analyzed_once_after_a_few_hundred_rows_not_at_once():
    never = _Counting(believed=-1)
    never.written_rows(statistics.MIN_ROWS - 1)
    assert never.runs == 0
    never.written_rows(1)
    assert never.runs == 1
    never.written_rows(100_000)
    assert never.runs == 1  # its columns are unique: the planner's estimates grow with the table


def test_a_table_with_statistics_is_never_analyzed_by_the_import():
    known = _Counting(believed=1000)
    known.written_rows(100_000)
    assert known.runs == 0


@on_postgresql
@pytest.mark.django_db
def test_an_import_into_a_new_archive_gives_the_planner_its_origins(tmp_path, monkeypatch):
    """Once analyzed, the planner expects two rows for two origins (unique), not a share of the table."""
    monkeypatch.setattr(statistics, "MIN_ROWS", 4)
    write_corpus(tmp_path / "c", 12, seed=3)
    with CaptureQueriesContext(connection) as queries:
        import_paths([tmp_path / "c"], options=ImportOptions(extract=False, batch_size=4))
    analyzed = [q["sql"] for q in queries if q["sql"].startswith("ANALYZE")]
    columns = '"archive_article" ("origin_root", "origin", "content_hash", "body_hash")'
    assert any(columns in sql for sql in analyzed), analyzed
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN SELECT id FROM archive_article WHERE origin IN ('c/000001.txt', 'c/000002.txt')")
        plan = cursor.fetchone()[0]
    assert "rows=2 " in plan, plan


@on_postgresql
@pytest.mark.django_db
def test_the_writers_lookup_by_body_can_use_the_partial_unique_index(tmp_path):
    """The body's hash is unique where it is not empty (a partial index): the look-up must say it is not empty,
    or the planner can only read the whole table, at every batch (it proves the index's condition from a list
    of keys of 100 at most: a batch has more)."""
    write_corpus(tmp_path / "c", 6, seed=4)
    write_corpus(tmp_path / "d", 120, seed=5)
    import_paths([tmp_path / "c"], options=ImportOptions(extract=False))
    with CaptureQueriesContext(connection) as queries:
        import_paths([tmp_path / "d"], options=ImportOptions(extract=False))
    (lookup,) = [q["sql"] for q in queries if q["sql"].startswith('SELECT "archive_article"."body_hash"')]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {lookup}")
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "article_unique_body_hash" in plan, plan
