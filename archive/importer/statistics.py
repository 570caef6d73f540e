"""The planner's statistics kept up with a long import (PostgreSQL).

Every batch looks its records up by origin, content hash and body hash, and replaces the
signatures of the articles it wrote: index look-ups of a few hundred keys each, whatever the
archive's size, as long as the planner knows the table's columns are near-unique. A table that
was never analyzed (a new archive, a restore, or a server whose autovacuum is off or has not come
round yet: it waits for a minute and a tenth of the table) has no statistics, and the planner
then guesses that a list of 500 origins matches thousands of rows and reads the whole table:
each batch's look-ups cost in proportion to the archive (5 to 7 times more at the end of a
20,000-article import than at its start), and the import grows quadratic.

So the run analyzes those columns itself, once, when it has written 500 articles into a table the
planner has no statistics of (never analyzed, or analyzed empty): a sample of the table (about 0.1 s).
Once the planner knows the columns are unique (their distinct values a fraction of the rows, -1), its
estimates grow with the table by themselves; a large archive with statistics is never analyzed by the
import. Only the looked-up columns: the pages' own statistics stay autovacuum's business.
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
    """The articles a run has written into a table the planner has no statistics of, and the one ANALYZE
    that follows once they are `MIN_ROWS`."""

    def __init__(self) -> None:
        self.enabled = connection.vendor == "postgresql"
        self.believed: int | None = None  # pg_class.reltuples of the articles' table: -1 never analyzed
        self.written = 0

    def written_rows(self, count: int) -> None:
        """Note `count` articles written (created) by a batch just committed; analyze if due."""
        if not self.enabled or not count:
            return
        if self.believed is None:
            self.believed = self._reltuples()
        self.written += count
        if self.believed <= 0 and self.written >= MIN_ROWS:
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
