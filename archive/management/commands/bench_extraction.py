"""Benchmark extraction on one long text of growing length: does time grow in proportion?

Prints measured figures only (never a timed test): for each size, the seconds extraction took
on a varied text of that many characters (`archive.importer.synthetic.varied_text`), the time
per 1,000 characters, and, as the floor measured in the same run, one casefold pass over the
same text. Reads the database once to build the extractor's indexes; writes nothing.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from archive.extraction.run import build_extractor
from archive.importer.synthetic import varied_text


class Command(BaseCommand):
    help = "Measure extraction time on one varied text of each given size (kilo-characters)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--sizes", default="250,1000,4000", help="Comma-separated text sizes in thousands of characters."
        )
        parser.add_argument("--language", default="fr", help="Language the text is extracted as (default fr).")

    def handle(self, *args, **options):
        sizes = [int(s) * 1000 for s in options["sizes"].split(",") if s.strip()]
        extractor = build_extractor()
        extractor.extract(varied_text(20_000), options["language"])  # warm caches and compiled patterns
        self.stdout.write(f"{'characters':>12} {'seconds':>9} {'ms/1000 chars':>14} {'floor (casefold) ms':>20}")
        for size in sizes:
            text = varied_text(size)
            started = time.perf_counter()
            text.casefold()
            floor = time.perf_counter() - started
            started = time.perf_counter()
            extractor.extract(text, options["language"])
            seconds = time.perf_counter() - started
            self.stdout.write(
                f"{size:>12,} {seconds:>9.2f} {1000 * seconds / (size / 1000):>14.2f} {1000 * floor:>20.2f}"
            )
