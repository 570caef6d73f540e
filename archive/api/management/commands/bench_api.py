"""Benchmark the API's reads on a large archive, against the database itself as the floor.

Prints measured figures only (never a timed test). On the configured database (PostgreSQL is
the one that counts), with `--articles` synthetic articles (archive.bench_data, made once and
kept for the next run unless --delete):

- a filtered page of 50 articles over HTTP on loopback (a WSGI server in this process, a new
  connection per request), page-number mode (with its COUNT) and cursor mode;
- the raw SQL returning the same rows in process, for each mode: the page's articles (newest
  first for page numbers, with and without the count capped as the API caps it; by id for the
  cursor) and their links, the floor each HTTP figure is compared with (the ratio is printed);
  and, for reference, the exact COUNT the API no longer makes;
- full-text searches through `q` (the search service), a common word included.

Medians and 90th percentiles over `--runs` requests, after a warm-up. Throttling is lifted
for the benchmark's requests (they would be 429s past the anonymous rate). The load average
is printed before and after: on a shared machine the figures mean little without it.
"""

from __future__ import annotations

import http.client
import os
import statistics
import threading
import time
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.test.utils import override_settings

from archive.bench_data import bench_articles, build_archive, delete_archive

PAGE_FILTERS = {"language": "fr", "published_after": "2018", "published_before": "2024-06", "page_size": 50}
ANALYZED = (
    "archive_article",
    "archive_articleperson",
    "archive_articleorganization",
    "archive_articleevent",
    "archive_articlesearch",
    "people_person",
    "people_organization",
    "events_event",
)
SEARCHES = ["coopération", "police", "interpol", "الأمنية", "cybercriminalité terrorisme"]


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min) on {os.cpu_count()} cores"


class _ServerCPU:
    """The WSGI application, timing the CPU its thread spends on each request by path: the
    Python cost of a request, which a loaded machine inflates far less than the wall clock."""

    def __init__(self, app):
        self.app = app
        self.cpu: dict[str, list[float]] = {}

    def __call__(self, environ, start_response):
        start = time.thread_time()
        body = list(self.app(environ, start_response))
        path = environ["PATH_INFO"] + "?" + environ.get("QUERY_STRING", "")
        self.cpu.setdefault(path, []).append((time.thread_time() - start) * 1000)
        return body


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
        parser.add_argument("--no-search", action="store_true", help="Measure the filtered pages only.")

    def handle(self, *args, **options):
        if options["articles"] < 1 or options["runs"] < 1:
            raise CommandError("--articles and --runs must be positive")
        started = time.perf_counter()
        added = build_archive(options["articles"], progress=self._progress if options["verbosity"] > 1 else None)
        if added and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # Statistics and visibility map as autovacuum would leave them after a while
                # (without them the planner takes the link tables for empty: sequential scans).
                for table in ANALYZED:
                    cursor.execute(f"VACUUM ANALYZE {table}")
        self.stdout.write(
            f"Archive: {bench_articles().count():,} synthetic articles on {connection.vendor} "
            f"({added:,} added in {time.perf_counter() - started:.0f} s)"
        )
        self.stdout.write(f"Load average before: {_load()}")
        with override_settings(API_THROTTLE_RATES={"anon": "100000000/minute", "user": "100000000/minute"}):
            self.app = _ServerCPU(get_wsgi_application())
            server = make_server("127.0.0.1", options["port"], self.app, WSGIServer, _QuietHandler)
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            try:
                self._measure(options)
            finally:
                server.shutdown()
                server.server_close()
        self.stdout.write(f"Load average after: {_load()}")
        if options["delete"]:
            delete_archive()
            self.stdout.write("Synthetic archive deleted.")

    def _progress(self, done: int) -> None:
        self.stdout.write(f"  {done:,} articles")

    def _measure(self, options) -> None:
        port, runs = options["port"], options["runs"]
        page = "/api/articles/?" + urlencode(PAGE_FILTERS)
        cursor = page + "&cursor="
        # Taken in turns (one of each, then again), so that the HTTP figures and their floors
        # see the same machine: on a shared one the load changes from second to second.
        pages, walk, floor_count, floor_page, floor_walk, exact = self._in_turns(
            runs,
            lambda: self._get(port, page),
            lambda: self._get(port, cursor),
            lambda: self._raw_sql_page(count=settings.API_COUNT_CAP),
            self._raw_sql_page,
            lambda: self._raw_sql_page(by_id=True),
            lambda: self._raw_sql_page(count=-1),
        )
        cap = f"{settings.API_COUNT_CAP:,}"
        self._report(
            f"HTTP filtered page of 50 (page numbers, count capped at {cap})", pages, floor=floor_count, path=page
        )
        self._report("HTTP filtered page of 50 (cursor, no count)", walk, floor=floor_walk, path=cursor)
        self._report("Raw SQL, page-number rows (newest first) and their links, in process", floor_page)
        self._report(f"Raw SQL, the same plus the count capped at {cap} (floor of page numbers)", floor_count)
        self._report("Raw SQL, cursor rows (by id) and their links, in process (floor of the cursor)", floor_walk)
        self._report("Reference: raw SQL rows, links and the exact COUNT (what page numbers cost uncapped)", exact)
        if options["no_search"]:
            return
        for word in SEARCHES:
            url = "/api/articles/?" + urlencode({"q": word, "page_size": 50})
            times = self._http(port, url, runs)
            self._report(f"HTTP full-text q={word!r}", times, hits=self._hits(port, url), path=url)

    @staticmethod
    def _get(port: int, path: str) -> None:
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        client.request("GET", path, headers={"Accept": "application/json"})
        response = client.getresponse()
        body = response.read()
        client.close()
        if response.status != 200:
            raise CommandError(f"{path} answered {response.status}: {body[:200]!r}")

    def _http(self, port: int, path: str, runs: int) -> list[float]:
        return self._timed(runs, lambda: self._get(port, path))

    @staticmethod
    def _in_turns(runs: int, *calls) -> list[list[float]]:
        for call in calls:
            for _ in range(3):
                call()  # warm-up: connections, caches, plans
        times: list[list[float]] = [[] for _ in calls]
        for _ in range(runs):
            for call, measured in zip(calls, times, strict=True):
                start = time.perf_counter()
                call()
                measured.append((time.perf_counter() - start) * 1000)
        return times

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

    def _raw_sql_page(self, count: int = 0, by_id: bool = False) -> None:
        """The rows the page shows, fetched with hand-written SQL: 50 articles with their source
        (newest first, or by id as the cursor walks), then their standing links with the
        entities' names (what the API serializes). `count`: first count the rows up to that many
        (a LIMIT subquery, as the API does), or all of them with -1."""
        where = (
            "a.status = 'published' AND a.language = %s AND "
            "(a.published >= %s OR (a.published_precision = 'month' AND a.published >= %s) "
            "OR (a.published_precision = 'year' AND a.published >= %s)) AND a.published <= %s "
            # Each story once, as the API lists them (archive.stories.readable).
            "AND (a.story_id IS NULL OR NOT EXISTS "
            "(SELECT 1 FROM archive_article s WHERE s.id = a.story_id AND s.status = 'published'))"
        )
        params = ["fr", "2018-01-01", "2018-01-01", "2018-01-01", "2024-06-30"]
        order = "a.id" if by_id else "a.published DESC NULLS LAST, a.id DESC"
        with connection.cursor() as cur:
            if count < 0:
                cur.execute(f"SELECT COUNT(*) FROM archive_article a WHERE {where}", params)
                cur.fetchall()
            elif count:
                cur.execute(
                    f"SELECT COUNT(*) FROM (SELECT 1 FROM archive_article a WHERE {where} LIMIT %s) c",
                    [*params, count + 1],
                )
                cur.fetchall()
            cur.execute(
                "SELECT a.id, a.title, a.title_derived, a.language, a.published, a.published_precision, a.status, "
                "a.url, a.updated_at, s.id, s.name FROM archive_article a LEFT JOIN archive_source s "
                f"ON s.id = a.source_id WHERE {where} ORDER BY {order} LIMIT 50",
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

    def _report(
        self, label: str, times: list[float], hits: str = "", floor: list[float] | None = None, path: str = ""
    ) -> None:
        median = statistics.median(times)
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) >= 10 else max(times)
        extra = f"  ({hits})" if hits else ""
        if floor:
            extra += f"  ({median / statistics.median(floor):.1f}x its raw SQL floor)"
        if path in self.app.cpu:
            extra += f"  (server CPU median {statistics.median(self.app.cpu[path]):.1f} ms)"
        self.stdout.write(f"{label}: median {median:.1f} ms, p90 {p90:.1f} ms over {len(times)} runs{extra}")
