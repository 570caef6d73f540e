"""Load (again) the starter event series and their known sessions from events/knowledge/series.json.

Safe to repeat: it merges names and fills blanks, never undoing an editor's corrections.
Run `load_knowledge_base` first when the organizations file changed too.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from events.knowledge_base import series_load


class Command(BaseCommand):
    help = "Upsert the event series of the knowledge base and their known sessions."

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = series_load()
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in counts.items())))
