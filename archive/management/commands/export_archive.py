"""Write the archive in the interchange format (JSON Lines, one article per line).

The format is a contract with researchers' scripts and the scorer: see
shared/docs/INTERCHANGE.md. Articles stream in chunks, with a constant number of queries
per chunk, so the export of a large archive stays in flat memory.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from archive.interchange import article_entry
from archive.models import Article


class Command(BaseCommand):
    help = "Export the archive as JSON Lines in the interchange format."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")
        parser.add_argument("--published-only", action="store_true", help="Export published articles only.")

    def handle(self, *args, **options):
        articles = Article.objects.with_entities().order_by("id")
        if options["published_only"]:
            articles = articles.published()
        if not options["output"]:
            for article in articles.iterator(chunk_size=500):
                self.stdout.write(json.dumps(article_entry(article), ensure_ascii=False))
            return
        try:
            out = open(options["output"], "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise CommandError(f"cannot write {options['output']}: {exc}") from exc
        count = 0
        with out:
            for article in articles.iterator(chunk_size=500):
                out.write(json.dumps(article_entry(article), ensure_ascii=False) + "\n")
                count += 1
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Exported {count} articles to {options['output']}"))
