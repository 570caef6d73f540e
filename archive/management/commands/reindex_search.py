"""Rebuild every article's search row (document and, on PostgreSQL, vector).

Imports and saves keep the rows current by themselves; this is for after a change of the
folding or of the stopword lists, or after articles were changed with raw SQL.
"""

from django.core.management.base import BaseCommand

from archive.search.indexing import reindex_all


class Command(BaseCommand):
    help = "Rebuild the search document and vector of every article."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=1000, help="Articles written per statement.")

    def handle(self, *args, **options):
        count = reindex_all(batch_size=options["batch_size"])
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Indexed {count} articles for search."))
