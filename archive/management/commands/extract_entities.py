"""Run extraction again over stored articles, e.g. after the knowledge base changed.

Uses the same code as the import. Links an editor confirmed or rejected are kept as they
are; the others are recomputed, so running it twice changes nothing.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from archive.models import Article

BATCH_SIZE = 500


class Command(BaseCommand):
    help = "Extract persons, organizations and events again from stored articles."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Article ids to process.")
        parser.add_argument("--all", action="store_true", help="Process every article.")

    def handle(self, *args, **options):
        if not options["all"] and not options["ids"]:
            raise CommandError("give article ids, or --all")
        from archive.extraction.run import ArticleExtractor

        articles = Article.objects.order_by("id")
        if not options["all"]:
            articles = articles.filter(pk__in=options["ids"])
            missing = set(options["ids"]) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        extractor = ArticleExtractor.for_run()
        done = 0
        batch: list[Article] = []
        for article in articles.only(
            "id", "origin", "body", "title", "title_derived", "language", "published", "published_precision"
        ).iterator(chunk_size=BATCH_SIZE):
            batch.append(article)
            if len(batch) == BATCH_SIZE:
                done += self._link(extractor, batch)
                batch = []
        done += self._link(extractor, batch)
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Extracted entities from {done} articles."))

    @staticmethod
    def _link(extractor, batch: list[Article]) -> int:
        if batch:
            with transaction.atomic():
                extractor.link_articles(batch)
        return len(batch)
