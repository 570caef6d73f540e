"""Benchmark the API's reads on a large archive, against the database itself as the floor.

Prints measured figures only (never a timed test). On the configured database (PostgreSQL is
the one that counts), with `--articles` synthetic articles (archive.bench_data, made once and
kept for the next run unless --delete):

- a filtered page of 50 articles over HTTP on loopback (a WSGI server in this process, a new
  connection per request), page-number mode (with its COUNT) and cursor mode;
- the raw SQL returning the same rows in process: the page's articles and their links, the
  floor the API is compared with (the ratio is printed);
- full-text searches through `q` (the search service), a common word included.

Medians and 90th percentiles over `--runs` requests, after a warm-up. Throttling is lifted
for the benchmark's requests (they would be 429s past the anonymous rate).
"""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from django.core.management.base import BaseCommand, CommandError
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.test.utils import override_settings

from archive.bench_data import bench_articles, build_archive, delete_archive

PAGE_FILTERS = {"language": "fr", "published_after": "2018", "published_before": "2024-06", "page_size": 50}
SEARCHES = ["coopération", "police", "interpol", "الأمنية", "cybercriminalité terrorisme"]


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


class Command(BaseCommand):
    help = "Measure API read latency (HTTP on loopback) on a synthetic archive, beside the raw SQL floor."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000, help="Synthetic articles to have (made once).")
        parser.add_argument("--runs", type=int, default=50, help="Timed requests per measurement.")
        parser.add_argument("--port", type=int, default=8112, help="Loopback port for the in-process server.")
        parser.add_argument("--delete", action="store_true", help="Delete the synthetic archive afterwards.")

    def handle(self, *args, **options):
        if options["articles"] < 1 or options["runs"] < 1:
            raise CommandError("--articles and --runs must be positive")
        started = time.perf_counter()
        added = build_archive(options["articles"], progress=self._progress if options["verbosity"] > 1 else None)
        if added and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # Statistics and visibility map as autovacuum would leave them after a while.
                cursor.execute("VACUUM ANALYZE archive_article")
        self.stdout.write(
            f"Archive: {bench_articles().count():,} synthetic articles on {connection.vendor} "
            f"({added:,} added in {time.perf_counter() - started:.0f} s)"
        )
        with override_settings(API_THROTTLE_RATES={"anon": "100000000/minute", "user": "100000000/minute"}):
            server = make_server("127.0.0.1", options["port"], get_wsgi_application(), WSGIServer, _QuietHandler)
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            try:
                self._measure(options)
            finally:
                server.shutdown()
                server.server_close()
        if options["delete"]:
            delete_archive()
            self.stdout.write("Synthetic archive deleted.")

    def _progress(self, done: int) -> None:
        self.stdout.write(f"  {done:,} articles")

    def _measure(self, options) -> None:
        port, runs = options["port"], options["runs"]
        page = "/api/articles/?" + urlencode(PAGE_FILTERS)
        cursor = page + "&cursor="
        self._report("HTTP filtered page of 50 (page numbers, with count)", self._http(port, page, runs))
        self._report("HTTP filtered page of 50 (cursor, no count)", self._http(port, cursor, runs))
        floor = self._timed(runs, self._raw_sql_page)
        self._report("Raw SQL, same 50 rows and their links, in process (floor)", floor)
        self._report("Raw SQL, the same plus the COUNT", self._timed(runs, lambda: self._raw_sql_page(count=True)))
        for word in SEARCHES:
            url = "/api/articles/?" + urlencode({"q": word, "page_size": 50})
            self._report(f"HTTP full-text q={word!r}", self._http(port, url, runs), hits=self._hits(port, url))

    def _http(self, port: int, path: str, runs: int) -> list[float]:
        def one() -> None:
            client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            client.request("GET", path, headers={"Accept": "application/json"})
            response = client.getresponse()
            body = response.read()
            client.close()
            if response.status != 200:
                raise CommandError(f"{path} answered {response.status}: {body[:200]!r}")

        return self._timed(runs, one)

    def _hits(self, port: int, path: str) -> str:
        import json

        client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        client.request("GET", path)
        body = json.loads(client.getresponse().read())
        client.close()
        return f"{body['count']:,}{'+' if body.get('count_capped') else ''} matches"

    @staticmethod
    def _timed(runs: int, call) -> list[float]:
        for _ in range(3):
            call()  # warm-up: connections, caches, plans
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            call()
            times.append((time.perf_counter() - start) * 1000)
        return times

    def _raw_sql_page(self, count: bool = False) -> None:
        """The rows the page shows, fetched with hand-written SQL: 50 articles with their source,
        then their standing links with the entities' names (what the API serializes)."""
        where = (
            "a.status = 'published' AND a.language = %s AND "
            "(a.published >= %s OR (a.published_precision = 'month' AND a.published >= %s) "
            "OR (a.published_precision = 'year' AND a.published >= %s)) AND a.published <= %s"
        )
        params = ["fr", "2018-01-01", "2018-01-01", "2018-01-01", "2024-06-30"]
        with connection.cursor() as cur:
            if count:
                cur.execute(f"SELECT COUNT(*) FROM archive_article a WHERE {where}", params)
                cur.fetchall()
            cur.execute(
                "SELECT a.id, a.title, a.title_derived, a.language, a.published, a.published_precision, a.status, "
                "a.url, a.updated_at, s.id, s.name FROM archive_article a LEFT JOIN archive_source s "
                f"ON s.id = a.source_id WHERE {where} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 50",
                params,
            )
            ids = [row[0] for row in cur.fetchall()]
            for table, entity, columns in (
                ("archive_articleperson", "people_person", "e.name"),
                ("archive_articleorganization", "people_organization", "e.name, e.acronym"),
                ("archive_articleevent", "events_event", "e.name, l.relation"),
            ):
                fk = entity.split("_")[1] + "_id"
                cur.execute(
                    f"SELECT l.id, l.article_id, l.{fk}, {columns} FROM {table} l JOIN {entity} e ON e.id = l.{fk} "
                    "WHERE l.article_id = ANY(%s) AND l.decision <> 'rejected' ORDER BY l.id"
                    if connection.vendor == "postgresql"
                    else f"SELECT l.id, l.article_id, l.{fk}, {columns} FROM {table} l JOIN {entity} e "
                    f"ON e.id = l.{fk} WHERE l.article_id IN ({','.join(map(str, ids)) or '0'}) "
                    "AND l.decision <> 'rejected' ORDER BY l.id",
                    [ids] if connection.vendor == "postgresql" else [],
                )
                cur.fetchall()

    def _report(self, label: str, times: list[float], hits: str = "") -> None:
        median = statistics.median(times)
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) >= 10 else max(times)
        extra = f"  ({hits})" if hits else ""
        self.stdout.write(f"{label}: median {median:.1f} ms, p90 {p90:.1f} ms over {len(times)} runs{extra}")
