"""Benchmark the editors' admin pages on the configured database: queries and time per page.

Prints measured figures only (never a timed test): for each list page, the number of queries
and the median time of a few requests through Django's test client, logged in as a temporary
superuser; and, as the floor measured in the same run, the admin's index page (the same
middleware, login and base template, no list). Everything it writes (the user, the sessions)
is rolled back at the end.
"""

from __future__ import annotations

import os
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from archive.models import Article

PAGES = [
    ("articles", "/admin/archive/article/"),
    ("articles, search without accents", "/admin/archive/article/?q=securite"),
    ("articles of a person", "/admin/archive/article/?person={person}"),
    ("articles of an event", "/admin/archive/article/?event={event}"),
    ("persons", "/admin/people/person/"),
    ("organizations", "/admin/people/organization/"),
    ("events", "/admin/events/event/"),
    ("event series", "/admin/events/eventseries/"),
    ("review queue, persons", "/admin/review/"),
    ("review queue, organizations", "/admin/review/?tab=organizations"),
    ("review queue, events", "/admin/review/?tab=events"),
    ("review queue, unsure links", "/admin/review/?tab=organization-links"),
    ("person links", "/admin/archive/articleperson/"),
    ("organization links", "/admin/archive/articleorganization/"),
    ("event links", "/admin/archive/articleevent/"),
    ("dashboard", "/admin/dashboard/"),
    ("editorial history", "/admin/curation/operation/"),
]


class Command(BaseCommand):
    help = "Measure query count and time of each admin list page (figures for BENCHMARKS.md)."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=3, help="Requests per page; the median is printed.")

    def handle(self, *args, **options):
        from events.models import Event
        from people.models import Person

        with transaction.atomic():
            user = get_user_model().objects.create_superuser("bench-admin", password=None)
            client = Client(SERVER_NAME="localhost")
            client.force_login(user)
            ids = {
                "person": Person.objects.order_by("pk").values_list("pk", flat=True).first() or 0,
                "event": Event.objects.order_by("pk").values_list("pk", flat=True).first() or 0,
            }
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            self.stdout.write(
                f"{Article.objects.count():,} articles on {connection.vendor}; load average {load} "
                f"on {os.cpu_count()} cores (a busy machine makes every figure longer, the floor too)"
            )
            self.stdout.write(f"{'page':<36} {'status':>6} {'queries':>8} {'median ms':>10}")
            for name, url in [("floor: admin index", "/admin/"), *PAGES]:
                url = url.format(**ids)
                times, queries, status = [], 0, 0
                for _ in range(max(1, options["repeat"]) + 1):  # the first request warms caches
                    with CaptureQueriesContext(connection) as captured:
                        started = time.perf_counter()
                        response = client.get(url)
                        times.append((time.perf_counter() - started) * 1000)
                    queries, status = len(captured), response.status_code
                median = statistics.median(times[1:])
                self.stdout.write(f"{name:<36} {status:>6} {queries:>8} {median:>10.0f}")
            transaction.set_rollback(True)
