"""events.detection against the shared gold: seeds and dev corpus, scored with the scorer's own
match_event (../shared/tools/score_extraction.py). Skipped where ../shared is absent.

Each raw file goes through what the importer does before extraction: the publication date from
its ` date` marker or its text (text.dates), then detect_events with one catalogue.
Entities the gold lists under "also" count neither way, as in the scorer.
"""

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from events.detection import SeriesCatalogue, detect_events
from text.dates import publication_date

pytestmark = pytest.mark.shared

_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b")


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", shared / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _events_prf(shared: Path, corpus: str) -> tuple[float, float, float]:
    scorer = _scorer(shared)
    catalogue = SeriesCatalogue.from_json()
    root = shared / corpus
    tp = n_system = n_gold = 0
    for entry in json.loads((root / "gold.json").read_text(encoding="utf-8")):
        text = (root / entry["file"]).read_text(encoding="utf-8")
        marker = _MARKER.match(text)
        published = publication_date(text, marker=marker.group(1) if marker else None)
        found = detect_events(text, entry["language"], published=published, catalogue=catalogue)
        system = [
            {"name": e.name, "series": e.series_name, "ordinal": e.ordinal, "city": e.city, "country": e.country}
            for e in found
        ]
        also = [a for a in entry.get("also") or [] if a.get("kind", "events") == "events"]
        system = [s for s in system if not any(scorer.match_event(s, a) for a in also)]
        gold = entry.get("events") or []
        matched, _, _, _ = scorer.pair_up(system, gold, scorer.match_event)
        tp, n_system, n_gold = tp + matched, n_system + len(system), n_gold + len(gold)
    precision = tp / n_system if n_system else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@pytest.mark.parametrize("corpus", ["seeds", "corpus/dev"])
def test_event_f1_on_shared_gold(shared_dir, corpus):
    precision, recall, f1 = _events_prf(shared_dir, corpus)
    assert f1 >= 0.85, f"{corpus}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
