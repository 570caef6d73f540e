"""Issue 8, point 4: extraction time grows in proportion to a text's length, not its square.

Varied text (the synthetic corpus's sentences in three languages, with names, cities and session
numbers drawn at random) of N and 4N characters: the larger must take about four times as long.
Time is the process's CPU time, so another process on the machine (an xdist worker, another
job) does not count; the bound is generous still (10: linear gives 4, the square 16). Figures:
`manage.py bench_extraction` (BENCHMARKS.md). The suite compares 250 KB with 1 MB;
`EXTRACTION_SCALING_KB=1000 pytest tests/test_extraction_scaling.py` compares 1 MB with 4 MB.
"""

from __future__ import annotations

import itertools
import os
import time

import pytest

from archive.extraction.extractor import WINDOW_CHARS, windows
from archive.extraction.run import build_extractor
from archive.importer.synthetic import varied_text

SMALL = int(os.environ.get("EXTRACTION_SCALING_KB", "250")) * 1000


def test_windows_cover_the_text_at_paragraph_breaks():
    text = varied_text(3 * WINDOW_CHARS)
    pieces = windows(text)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(end - start <= WINDOW_CHARS for start, end in pieces)
    assert all(text[end - 2 : end] == "\n\n" for _, end in pieces[:-1])


@pytest.mark.django_db
def test_a_long_text_finds_what_its_windows_hold():
    extractor = build_extractor()
    text = varied_text(int(2.5 * WINDOW_CHARS))
    result = extractor.extract(text, "fr")
    assert result.persons and result.organizations and result.events
    assert max(found.evidence.start for found in result.persons) > 2 * WINDOW_CHARS  # found in the last window too
    for found in (*result.persons, *result.organizations, *result.events):
        evidence = found.evidence
        assert text[evidence.start : evidence.end] == evidence.surface  # offsets shifted back into the whole text
    known = [o.known_key for o in result.organizations if o.known_key]
    assert len(known) == len(set(known))


@pytest.mark.django_db
def test_time_is_linear_in_the_length_of_a_text():
    extractor = build_extractor()
    extractor.extract(varied_text(20_000), "fr")  # warm caches and compiled patterns
    small, large = varied_text(SMALL), varied_text(4 * SMALL)

    def seconds(text: str) -> float:
        started = time.process_time()
        extractor.extract(text, "fr")
        return time.process_time() - started

    small_time = min(seconds(small) for _ in range(2))
    large_time = seconds(large)
    assert large_time / small_time < 10, (small_time, large_time)


@pytest.mark.django_db
def test_articles_extracted_together_find_what_each_finds_alone():
    """`extract_articles` runs each step over all the articles before the next step (for the
    processor's caches): the same results as one article at a time, long texts read in windows
    included, in the order given."""
    from archive.extraction.extractor import ArticleInput

    extractor = build_extractor()
    articles = [
        ArticleInput("Conseil des ministres", varied_text(3_000), False, "fr", None),
        ArticleInput("", varied_text(int(1.5 * WINDOW_CHARS)), True, "fr", None),
        ArticleInput("A meeting in Tunis", varied_text(2_000), False, "en", None),
    ]
    together = extractor.extract_articles(articles)
    alone = [extractor.extract_articles([article])[0] for article in articles]
    assert together == alone
    assert all(result.persons or result.organizations for result in together)


@pytest.mark.django_db
def test_a_chunk_of_articles_is_scanned_once_each(monkeypatch):
    """Each extraction step reads every article of the chunk again; the name automaton's pass over
    an article (most of a name search) is made once and kept for the steps after."""
    from archive.extraction.extractor import ArticleInput
    from text import matching

    extractor = build_extractor()
    articles = [ArticleInput("", varied_text(1_500, seed=n), True, "fr", None) for n in range(50)]
    scanned = []
    scan = matching._SharedScan._scan
    monkeypatch.setattr(
        matching._SharedScan, "_scan", lambda self, folded: scanned.append(folded) or scan(self, folded)
    )
    extractor.extract_articles(articles)
    long_texts = [text for text in scanned if len(text) > 1_000]
    assert len(long_texts) == len(set(long_texts)) == 50


@pytest.mark.django_db
def test_an_inline_batch_is_extracted_a_chunk_at_a_time(monkeypatch):
    """An inline run (one process) or a queued batch hands hundreds of records to the pure stages:
    they run over CHUNK records at a time, so that the per-text caches hold what the steps reread."""
    from archive.extraction.extractor import Extractor
    from archive.importer import pipeline
    from archive.importer.readers import RawRecord

    sizes = []
    extract = Extractor.extract_articles
    monkeypatch.setattr(
        Extractor, "extract_articles", lambda self, arts: sizes.append(len(arts)) or extract(self, arts)
    )
    records = [(RawRecord(f"a/{n}.txt", varied_text(800, seed=n)), str(n), None) for n in range(120)]
    state = pipeline.StageState(pipeline.ImportOptions(), extractor=build_extractor())
    prepared = pipeline._prepare(records, state)
    assert [p.record.origin for p in prepared] == [f"a/{n}.txt" for n in range(120)]
    assert sizes and max(sizes) <= pipeline.CHUNK and sum(sizes) == sum(p.error is None for p in prepared)
