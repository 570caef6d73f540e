"""Load (again) the starter event series and their known sessions from events/knowledge/series.json.

Safe to repeat: it merges names and fills blanks, never undoing an editor's corrections.
Run `load_knowledge_base` first when the organizations file changed too.
"""

from django.core.management.base import BaseCommand

from events.services import event_series_load


class Command(BaseCommand):
    help = "Upsert the event series of the knowledge base and their known sessions."

    def handle(self, *args, **options):
        counts = event_series_load()
        if options["verbosity"] >= 1:
            self.stdout.write(self.style.SUCCESS(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in counts.items())))
