"""The planner's statistics kept up with a long import (PostgreSQL).

Every batch looks its records up by origin, content hash and body hash, and replaces the
signatures of the articles it wrote: index look-ups of a few hundred keys each, whatever the
archive's size, as long as the planner knows the table's columns are near-unique. A table that
was never analyzed (a new archive, a restore, or a server whose autovacuum is off or has not come
round yet: it waits for a minute and a tenth of the table) has no statistics, and the planner
then guesses that a list of 500 origins matches thousands of rows and reads the whole table:
each batch's look-ups cost in proportion to the archive (5 to 7 times more at the end of a
20,000-article import than at its start), and the import grows quadratic.

So the run analyzes those columns itself once it has written as many rows as the planner thinks
the table holds (never analyzed: 500): a new archive is analyzed at 500 articles, then at about
1,000, 2,000, 4,000…, a handful of ANALYZEs of a sample each (30,000 rows at most, about 0.1 s),
and a large archive with current statistics never. Only the looked-up columns: the pages' own
statistics stay autovacuum's business.
"""

from __future__ import annotations

from django.db import connection

from archive.models import Article, ArticleSignature

MIN_ROWS = 500
# The columns each batch looks its rows up by (planning.py, writer.py, stories.py).
LOOKED_UP = {
    Article: ("origin_root", "origin", "content_hash", "body_hash"),
    ArticleSignature: ("article",),
}


class PlannerStatistics:
    """The rows a run has written since the planner's statistics were taken, and the ANALYZE that
    follows when they outnumber what the planner believes the table holds."""

    def __init__(self) -> None:
        self.enabled = connection.vendor == "postgresql"
        self.believed: int | None = None  # pg_class.reltuples of the articles' table; -1: never analyzed
        self.written = 0

    def written_rows(self, count: int) -> None:
        """Note `count` articles written (created) by a batch just committed; analyze if due."""
        if not self.enabled or not count:
            return
        if self.believed is None:
            self.believed = self._reltuples()
        self.written += count
        if self.written >= max(MIN_ROWS, self.believed):
            self.analyze()

    def analyze(self) -> None:
        qn = connection.ops.quote_name
        with connection.cursor() as cursor:
            for model, fields in LOOKED_UP.items():
                columns = ", ".join(qn(model._meta.get_field(f).column) for f in fields)
                cursor.execute(f"ANALYZE {qn(model._meta.db_table)} ({columns})")
        self.believed, self.written = self._reltuples(), 0

    @staticmethod
    def _reltuples() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [Article._meta.db_table])
            return int(cursor.fetchone()[0])
