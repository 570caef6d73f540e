"""The ingest-quality report of one record: what reading it found out and what looks wrong.

`describe` runs in the import's workers beside parsing and extraction and returns a plain dict
(cheap to send back to the main process), made only of what those stages already computed: the
decoder's encoding, the language and its confidence, the date and the rule it came from, the
headline's origin, the noise the cleaner removed by rule, the entities extracted. Nothing is read
twice. The pipeline turns the dicts into `FileReport` rows, one `bulk_create` per batch.
"""

from __future__ import annotations

import numpy as np

from archive.importer.parsing import ParsedArticle
from archive.importer.readers import RawRecord

# Fewer words than this in the cleaned body: a teaser, a caption or a page the cleaner emptied.
SHORT_BODY_WORDS = 60
# Below this confidence lingua's choice among fr/ar/en/es is a guess (short or mixed text).
UNSURE_LANGUAGE = 0.5
# Both scripts hold at least this share of the body's letters: an article in two languages, or a
# page whose noise in another language survived cleaning. (fr/en mixtures share a script and are not
# told apart here: a second detector pass would cost more than the whole report.)
MIXED_SCRIPT_SHARE = 0.2

# The letters of each script as ranges of code points (the Arabic ones are text.script's
# ARABIC_LETTERS; tests/test_file_report.py compares the counts with the regex classes').
ARABIC_RANGES = ((0x0621, 0x064A), (0x0671, 0x06D3))
LATIN_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F))


def _within(units: np.ndarray, ranges: tuple[tuple[int, int], ...]) -> int:
    """How many of the UTF-16 units fall in the ranges (one wrapping subtraction and comparison each)."""
    return sum(int(np.count_nonzero(units - np.uint16(low) <= np.uint16(high - low))) for low, high in ranges)


def _units(body: str) -> np.ndarray:
    return np.frombuffer(body.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)


def letter_counts(body: str) -> tuple[int, int]:
    """The Arabic and the Latin letters of the body, counted on its UTF-16 code units at once (a
    regex deleting everything else made a piece of every gap between two words); a character
    beyond the BMP is two surrogate units, in neither script's ranges, as it is in neither class."""
    units = _units(body)
    return _within(units, ARABIC_RANGES), _within(units, LATIN_RANGES)


def _mixed_scripts(body: str) -> bool:
    """Whether both scripts hold at least MIXED_SCRIPT_SHARE of the body's letters. A body without
    an Arabic letter (most French and English ones) is not mixed, and its Latin letters are not
    counted: an ASCII body (a flag of the string) has none, and on another the count of its code
    units in the Arabic ranges tells, at a third of the cost of a regex search through the body."""
    if body.isascii():
        return False
    units = _units(body)
    arabic = _within(units, ARABIC_RANGES)
    if not arabic:
        return False
    latin = _within(units, LATIN_RANGES)
    letters = arabic + latin
    return min(arabic / letters, latin / letters) >= MIXED_SCRIPT_SHARE


def describe(record: RawRecord, article: ParsedArticle, extraction=None) -> dict:
    """The FileReport fields of a record that parsed (the pipeline adds run, article and outcome)."""
    noise_lines = sum(lines for lines, _ in article.noise.values())
    noise_chars = sum(chars for _, chars in article.noise.values())
    if (record.fields or {}).get("title", "").strip():
        title_source = "given"
    else:
        title_source = "derived" if article.title_derived else "found"
    warnings = []
    # (split no further than the threshold: a long body's words are not all listed to be counted)
    if len(article.body.split(maxsplit=SHORT_BODY_WORDS)) < SHORT_BODY_WORDS:
        warnings.append("short_body")
    if article.published is None:
        warnings.append("no_date")
    if not article.language:
        warnings.append("no_language")
    elif article.language_confidence is not None and article.language_confidence < UNSURE_LANGUAGE:
        warnings.append("unsure_language")
    if _mixed_scripts(article.body):
        warnings.append("mixed_languages")
    if noise_chars > len(article.body):
        warnings.append("mostly_noise")
    counts = {"persons": 0, "organizations": 0, "events": 0}
    if extraction is not None:
        counts = {kind: len(getattr(extraction, kind)) for kind in counts}
        if not any(counts.values()):
            warnings.append("no_entity")
    return {
        "origin": record.origin,
        "encoding": record.encoding,
        "language": article.language,
        "language_confidence": (
            round(article.language_confidence, 3) if article.language_confidence is not None else None
        ),
        "date_found": str(article.published) if article.published else "",
        "date_source": article.date_source if article.published else "",
        "title_source": title_source,
        "raw_chars": len(record.raw_text),
        "body_chars": len(article.body),
        "noise_lines": noise_lines,
        "noise_chars": noise_chars,
        "noise_rules": article.noise,
        **counts,
        "warnings": frame_warnings(warnings),
    }


def frame_warnings(codes: list[str]) -> str:
    """Warning codes as stored: comma-framed, so that one `LIKE '%,code,%'` finds a code."""
    return f",{','.join(codes)}," if codes else ""
