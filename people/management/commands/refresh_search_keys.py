"""Rebuild the stored search keys of every searchable model (persons, organizations, event series,
events, articles): after a raw SQL change of names, or a change of the folding itself.

Every ordinary write keeps the keys current (see people/search.py); this is the repair tool.
"""

from __future__ import annotations

from django.apps import apps
from django.core.management.base import BaseCommand

from people.search import SearchableModel, refresh_search_keys


class Command(BaseCommand):
    help = "Recompute the folded search key of every person, organization, series, event and article."

    def handle(self, *args, **options):
        for model in apps.get_models():
            if issubclass(model, SearchableModel):
                changed = refresh_search_keys(model)
                if options["verbosity"]:
                    self.stdout.write(f"{model._meta.verbose_name_plural}: {changed} key(s) rewritten")
