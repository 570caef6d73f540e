"""Recompute near-duplicate signatures and stories over the whole archive (archive/stories.py).

The import detects near-duplicates as it goes; run this after a change of threshold or of the
signature, or on an archive imported before stories were kept. It reads and writes a thousand
articles at a time.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from archive.stories import recompute_stories
from text.near_duplicates import THRESHOLD


class Command(BaseCommand):
    help = "Recompute every article's MinHash signature and the stories its near-duplicates form."

    def add_arguments(self, parser):
        parser.add_argument("--threshold", type=float, default=THRESHOLD, help=f"Default {THRESHOLD} (measured).")

    def handle(self, *args, threshold, **options):
        report = recompute_stories(threshold=threshold)
        self.stdout.write(
            f"{report.articles} articles, {report.signed} long enough to compare, {report.copies} copies of "
            f"another story; {report.changed} changed."
        )
