"""Print near-duplicate precision and recall per edit rate (archive/near_duplicate_bench.py).

manage.py bench_near_duplicates --corpus ../shared/corpus/dev --same 005.txt,006.txt
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.near_duplicate_bench import run
from text.near_duplicates import THRESHOLD


class Command(BaseCommand):
    help = "Precision/recall of near-duplicate detection on a corpus and on generated edits of its articles."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", required=True, help="Folder of articles (e.g. ../shared/corpus/dev).")
        parser.add_argument(
            "--same",
            action="append",
            default=[],
            help="Comma-separated file names that are one story (the corpus's known republications); repeatable.",
        )
        parser.add_argument("--thresholds", default=str(THRESHOLD), help="Comma-separated thresholds to measure.")
        parser.add_argument("--rates", default="0.05,0.15,0.30", help="Comma-separated shares of words changed.")
        parser.add_argument("--seed", type=int, default=13)

    def handle(self, *args, **options):
        corpus = Path(options["corpus"])
        if not corpus.is_dir():
            raise CommandError(f"{corpus}: no such folder")
        scores = run(
            corpus,
            rates=[float(r) for r in options["rates"].split(",")],
            thresholds=[float(t) for t in options["thresholds"].split(",")],
            same=[tuple(group.split(",")) for group in options["same"]],
            seed=options["seed"],
        )
        self.stdout.write("edit rate  threshold  precision  recall  pairs grouped/expected  same-event pairs grouped")
        for s in scores:
            label = "corpus" if s.rate == 0 else f"{s.rate:.0%}"
            self.stdout.write(
                f"{label:>9}  {s.threshold:9.2f}  {s.precision:9.3f}  {s.recall:6.3f}  "
                f"{s.correct:>6}/{s.grouped:<6}/{s.expected:<6}  {s.same_event_grouped}/{s.same_event_pairs}"
            )
