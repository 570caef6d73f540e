"""Measure the public site on the configured database: server-side render time per page kind,
and time per search beside the raw SQL of the same search.

Pages are rendered in-process through the whole Django stack (middleware, views, templates;
no network, no browser) with DEBUG off. Each search is timed through `search_articles`, then the
exact SQL statements it sent are run again bare through the database cursor: the ratio says what
the Python around them costs. A common word's plain full ranking (every match ranked, the plan
the service avoids) and a `SELECT 1` round trip are printed as reference and floor.

Prints figures only; nothing is asserted (benchmarks are not tests). Run it on a database
holding the articles to measure; `--build 100000` first makes (or completes) the synthetic
archive of the read benchmarks (`archive.bench_data`, the one `bench_api` uses: written in
bulk in a few minutes, entities named along a Zipf law), mostly published.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from archive.bench_data import build_archive
from archive.coverage import most_mentioned_ids
from archive.models import Article, MentionCount
from archive.public import selectors
from archive.public.views.articles import ARTICLE_ORDER
from archive.search.service import search_articles

SEARCHES = [
    ("rare word (one article: a number in its title)", "41217"),
    ("word in a sixth of the French articles", "cybercriminalité"),
    ("common French word (about half the French articles)", "coopération"),
    ("common Arabic word", "التعاون"),
    ("common English word", "cooperation"),
    ("phrase", '"conseil des ministres"'),
    ("word minus word", "interpol -europol"),
    ("two alternatives", "terrorisme or cybercriminalité"),
    ("person's name (entity look-up)", "Karim Bennis"),
    ("no match", "zzzqqq"),
]


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _queries_of(run: Callable[[], object]) -> int:
    """How many statements `run` sends, counted round each execution: a request's start resets
    the connection's query log, so a CaptureQueriesContext round a request counts 0."""
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        run()
    return len(executed)


class Command(BaseCommand):
    help = "Print median and 95th-percentile server-side times of each public page kind and of searches."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30, help="Timed runs per page or search (after 2 warm-ups).")
        parser.add_argument("--only", choices=["pages", "searches"], help="Measure only pages or only searches.")
        parser.add_argument(
            "--build", type=int, metavar="N", help="First make the synthetic archive hold N articles (made once, kept)."
        )

    def handle(self, *args, **options):
        if options["build"]:
            started = time.perf_counter()
            added = build_archive(options["build"])
            if added and connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("VACUUM ANALYZE")  # statistics as autovacuum would leave them
            self.stdout.write(f"Synthetic archive: {added:,} articles added in {time.perf_counter() - started:.0f} s")
        if not Article.objects.published().exists():
            raise CommandError("no published article to measure: import and publish articles first")
        self.repeat = max(options["repeat"], 1)
        self.stdout.write(
            f"Database: {connection.vendor}; published articles: {Article.objects.published().count():,}; "
            f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
            f"on {os.cpu_count()} cores (a shared machine: other work runs beside this)"
        )
        floor = self._time(lambda: self._select_one())
        self.stdout.write(f"Floor, SELECT 1 round trip: median {floor[0]:.2f} ms, p95 {floor[1]:.2f} ms")
        with override_settings(DEBUG=False, SECURE_SSL_REDIRECT=False, ALLOWED_HOSTS=["*"]):
            if options["only"] != "searches":
                self._pages()
            if options["only"] != "pages":
                self._searches()
        self.stdout.write(f"Load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    def _select_one(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()

    def _time(self, run: Callable[[], object]) -> tuple[float, float]:
        for _ in range(min(2, self.repeat)):  # warm-ups: connections, template and query caches
            run()
        samples = []
        for _ in range(self.repeat):
            started = time.perf_counter()
            run()
            samples.append(time.perf_counter() - started)
        return _stats(samples)

    # Pages -------------------------------------------------------------------------------------

    def _urls(self) -> dict[str, str]:
        article = selectors.public_articles().first()
        deep = selectors.public_articles()[4000:4001].first() or article  # the cursor after 4,000 articles
        event, person, organization = (
            (most_mentioned_ids(kind, 1) or [(None, 0)])[0][0]
            for kind in (MentionCount.Kind.EVENT, MentionCount.Kind.PERSON, MentionCount.Kind.ORGANIZATION)
        )
        urls = {
            "home": "/",
            "article list": "/articles/",
            "article list, after 4,000 articles (cursor)": f"/articles/?after={ARTICLE_ORDER.cursor(deep)}",
            "article list, language + dates": "/articles/?language=ar&date_from=2018-01-01&date_to=2020-12-31",
            "article search (common word)": "/articles/?q=coop%C3%A9ration",
            "article": article.get_absolute_url(),
            "event list": "/events/",
            "person list": "/people/",
            "person list, name search": "/people/?q=bennis",
            "organization list": "/organizations/",
            "robots.txt (floor: the stack without a query)": "/robots.txt",
        }
        if event:
            urls["event (most covered)"] = f"/events/{event}/"
        if person:
            urls["person (most mentioned)"] = f"/people/{person}/"
        if organization:
            urls["organization (most mentioned)"] = f"/organizations/{organization}/"
        return urls

    def _pages(self):
        client = Client(HTTP_ACCEPT_LANGUAGE="fr")
        self.stdout.write(f"\nPages ({self.repeat} runs each): median ms | p95 ms | queries")
        urls = self._urls()
        for kind, url in urls.items():
            response = client.get(url, follow=True)  # follow: the short address redirects to the canonical one
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
            final = response.redirect_chain[-1][0] if response.redirect_chain else url
            queries = _queries_of(lambda final=final: client.get(final))
            median, p95 = self._time(lambda final=final: client.get(final))
            self.stdout.write(f"  {kind:<48} {median:7.1f} | {p95:7.1f} | {queries:3d}")

    # Searches ----------------------------------------------------------------------------------

    def _searches(self):
        published = Article.objects.published()
        self.stdout.write(
            f"\nSearches ({self.repeat} runs each, first page of 20 with snippets): "
            "matches | median ms | p95 ms | raw SQL median ms | ratio | plan"
        )
        for label, q in SEARCHES:
            with CaptureQueriesContext(connection) as captured:
                results = search_articles(q=q, queryset=published)
            statements = [query["sql"] for query in captured.captured_queries]
            median, p95 = self._time(lambda q=q: search_articles(q=q, queryset=published))
            raw_median, _ = self._time(lambda statements=statements: self._run_raw(statements))
            matches = f"{'>' if results.count_capped else ''}{results.count:,}"
            plan = f"ranked within newest {results.ranked_within}" if results.ranked_within else "all ranked"
            ratio = median / raw_median if raw_median else 0
            self.stdout.write(
                f"  {label:<52} {q!r:<34} {matches:>6} | {median:6.1f} | {p95:6.1f} | {raw_median:6.1f} | "
                f"{ratio:4.2f} | {plan}"
            )
        if connection.vendor == "postgresql":
            self._full_ranking_reference()

    def _run_raw(self, statements: list[str]):
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
                if cursor.description is not None:  # BEGIN, SET, COMMIT return no rows
                    cursor.fetchall()

    def _full_ranking_reference(self):
        """What the service avoids: every match of a common word ranked, in plain SQL."""
        sql = (
            "SELECT a.id FROM archive_article a JOIN archive_articlesearch s ON s.article_id = a.id "
            "WHERE a.status = 'published' AND s.config = 'french' "
            "AND s.vector @@ websearch_to_tsquery('french', 'cooperation') "
            "ORDER BY ts_rank_cd(s.vector, websearch_to_tsquery('french', 'cooperation'), 1) DESC LIMIT 20"
        )
        repeat, self.repeat = self.repeat, min(self.repeat, 10)
        median, p95 = self._time(lambda: self._run_raw([sql]))
        self.repeat = repeat
        self.stdout.write(
            f"  Reference, plain SQL ranking every French match of 'cooperation' (the plan avoided): "
            f"median {median:.1f} ms, p95 {p95:.1f} ms"
        )
