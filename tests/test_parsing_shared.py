"""parse_record on ../shared: the seeds must come out right, the dev corpus nearly so.

Language, date and title are compared the way ../shared/tools/score_extraction.py scores them
(its `title_ok`, `date_ok` and `date_finer`, loaded from the shared copy).
"""

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from archive.importer.parsing import ParsedArticle, parse_record
from archive.importer.readers import RawRecord, iter_records

pytestmark = pytest.mark.shared


@lru_cache(maxsize=1)
def _scorer(shared: Path):
    path = shared / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=4)
def _parsed(directory: Path) -> dict[str, tuple[ParsedArticle, dict]]:
    gold = {g["file"]: g for g in json.loads((directory / "gold.json").read_text(encoding="utf-8"))}
    out = {}
    for record in iter_records([directory]):
        if isinstance(record, RawRecord):
            name = Path(record.origin).name
            out[name] = (parse_record(record), gold[name])
    assert set(out) == set(gold)
    return out


def _published(article: ParsedArticle) -> str | None:
    return article.published.isoformat() if article.published else None


def _scores(shared: Path, directory: Path) -> dict:
    scorer = _scorer(shared)
    parsed = _parsed(directory)
    n = len(parsed)
    return {
        "language": sum(a.language == g["language"] for a, g in parsed.values()) / n,
        "date": sum(scorer.date_ok(_published(a), g["published"]) for a, g in parsed.values()) / n,
        "title": sum(scorer.title_ok(a.title, g["title"]) for a, g in parsed.values()) / n,
        "finer": sorted(f for f, (a, g) in parsed.items() if scorer.date_finer(_published(a), g["published"])),
    }


def test_seeds_language_date_and_title_all_right(shared_dir):
    scores = _scores(shared_dir, shared_dir / "seeds")
    assert scores == {"language": 1.0, "date": 1.0, "title": 1.0, "finer": []}


def test_seed_002_is_dated_by_the_calendar(shared_dir):
    article, _ = _parsed(shared_dir / "seeds")["002_694295c2e3e9f014.txt"]
    assert _published(article) == "2023-12-07"  # "اليوم الخميس 07 دجنبر الجاري", 2023 named in the text


def test_seed_001_noise_is_gone(shared_dir):
    path = shared_dir / "seeds" / "001_3e55259b9cbe4b4c.txt"
    ticker = path.read_text(encoding="utf-8").split("\n")[0]
    headlines = [h.strip() for h in re.split(r"[\s\u00a0]{2,}", ticker) if h.strip()]
    assert len(headlines) > 40
    article, _ = _parsed(shared_dir / "seeds")[path.name]
    assert article.source_name == "Barlamane"
    for seed_article, _ in _parsed(shared_dir / "seeds").values():
        body = seed_article.body
        assert not any(headline in body for headline in headlines)
        assert "Merci d'avoir signalé" not in body
        assert "Cliquez ici" not in body


def test_dev_corpus_accuracy(shared_dir):
    scores = _scores(shared_dir, shared_dir / "corpus" / "dev")
    assert scores["language"] >= 0.95
    assert scores["date"] >= 0.95
    assert scores["title"] >= 0.9
    assert scores["finer"] == []
