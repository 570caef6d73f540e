"""people.discovery against the shared gold: persons in every seed and dev article, scored with the
scorer's own match_person (../shared/tools/score_extraction.py). Skipped where ../shared is absent.

Each article goes through the importer's parse stage first when it is there (it removes tickers and
menus, as the import does before extraction); otherwise lines that are obviously headline tickers are
dropped here. A system person is {"name": group.name, "aliases": group.surfaces}; gold "also" entries
count neither way, as in the scorer.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from people.discovery import discover_persons, resolve_mentions

pytestmark = pytest.mark.shared


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", shared / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _strip_tickers(text: str) -> str:
    """Drop headline tickers: very long lines, or lines strung together with runs of spaces."""
    return "\n".join(
        line for line in text.splitlines() if len(line) <= 1000 and line.count("\u00a0") < 4 and "    " not in line
    )


def _article_text(origin: str, raw: str) -> str:
    try:
        from archive.importer.parsing import parse_record
        from archive.importer.readers import RawRecord
    except ImportError:
        return _strip_tickers(raw)
    parsed = parse_record(RawRecord(origin, raw, fields={}))
    return parsed.body if parsed.title_derived else f"{parsed.title}\n{parsed.body}"


def _persons_prf(shared: Path, corpus: str) -> tuple[float, float, float]:
    scorer = _scorer(shared)
    root = shared / corpus
    tp = n_system = n_gold = 0
    for gold in json.loads((root / "gold.json").read_text(encoding="utf-8")):
        raw = (root / gold["file"]).read_text(encoding="utf-8")
        text = _article_text(f"{corpus}/{gold['file']}", raw)
        groups = resolve_mentions(discover_persons(text, gold["language"]))
        system = [{"name": g.name, "aliases": g.surfaces} for g in groups]
        also = [e for e in gold.get("also") or [] if e.get("kind", "persons") == "persons"]
        system = [s for s in system if not any(scorer.match_person(s, a) for a in also)]
        hits, _, _, _ = scorer.pair_up(system, gold["persons"], scorer.match_person)
        tp += hits
        n_system += len(system)
        n_gold += len(gold["persons"])
    precision = tp / n_system if n_system else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@pytest.mark.parametrize("corpus", ["seeds", "corpus/dev"])
def test_person_f1_on_shared_gold(shared_dir, corpus):
    precision, recall, f1 = _persons_prf(shared_dir, corpus)
    assert f1 >= 0.85, f"{corpus}: persons P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
