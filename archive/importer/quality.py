"""The ingest-quality report of one record: what reading it found out and what looks wrong.

`describe` runs in the import's workers beside parsing and extraction and returns a plain dict
(cheap to send back to the main process), made only of what those stages already computed: the
decoder's encoding, the language and its confidence, the date and the rule it came from, the
headline's origin, the noise the cleaner removed by rule, the entities extracted. Nothing is read
twice. The pipeline turns the dicts into `FileReport` rows, one `bulk_create` per batch.
"""

from __future__ import annotations

import re

from archive.importer.parsing import ParsedArticle
from archive.importer.readers import RawRecord
from text.script import ARABIC_LETTERS

# Fewer words than this in the cleaned body: a teaser, a caption or a page the cleaner emptied.
SHORT_BODY_WORDS = 60
# Below this confidence lingua's choice among fr/ar/en/es is a guess (short or mixed text).
UNSURE_LANGUAGE = 0.5
# Both scripts hold at least this share of the body's letters: an article in two languages, or a
# page whose noise in another language survived cleaning. (fr/en mixtures share a script and are not
# told apart here: a second detector pass would cost more than the whole report.)
MIXED_SCRIPT_SHARE = 0.2

# Everything but the letters of each script, in runs: what is left once they are deleted is the
# letters (counted so at half the cost of a list of every letter found).
_NOT_ARABIC_RE = re.compile(f"[^{ARABIC_LETTERS}]+")
_NOT_LATIN_RE = re.compile("[^A-Za-z\u00c0-\u024f]+")
_ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTERS}]")


def _mixed_scripts(body: str) -> bool:
    """Whether both scripts hold at least MIXED_SCRIPT_SHARE of the body's letters. A body without
    an Arabic letter (most French and English ones) is not mixed: one search tells, and its
    letters are not counted."""
    if not _ARABIC_LETTER_RE.search(body):
        return False
    arabic, latin = len(_NOT_ARABIC_RE.sub("", body)), len(_NOT_LATIN_RE.sub("", body))
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
