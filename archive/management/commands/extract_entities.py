"""Run extraction again over stored articles, e.g. after the knowledge base changed.

Uses the same code as the import. Links an editor confirmed or rejected are kept as they
are; the others are recomputed, so running it twice changes nothing.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from archive.models import Article
from archive.services import articles_reextract


class Command(BaseCommand):
    help = "Extract persons, organizations and events again from stored articles."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Article ids to process.")
        parser.add_argument("--all", action="store_true", help="Process every article.")

    def handle(self, *args, **options):
        if not options["all"] and not options["ids"]:
            raise CommandError("give article ids, or --all")
        articles = Article.objects.all()
        if not options["all"]:
            articles = articles.filter(pk__in=options["ids"])
            missing = set(options["ids"]) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        done = articles_reextract(articles=articles)
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(f"Extracted entities from {done} articles."))
