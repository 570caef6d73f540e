"""Parse stage: one raw record to the fields of an Article, without touching the database.

`parse_record` chains the clean stage (noise out, headline found), the publication-date
rules of `text.dates`, and language detection. Structured records (JSON, CSV) bring
their own title, date, URL, source and language; the text rules only fill what they lack.
Overrides given by the caller (`--language`, `--source`) win over everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.importer.cleaning import clean_text, derive_title
from archive.importer.markup import html_to_text, looks_like_html
from archive.importer.readers import RawRecord
from text.dates import find_dates, publication_date_found
from text.language import detect_language_scored
from text.partial_date import PartialDate


class ParseError(ValueError):
    """The record holds no article; the message says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class ParsedArticle:
    origin: str
    raw_text: str
    title: str
    title_derived: bool  # True when the input had no headline and the title was made from the text
    body: str
    language: str
    published: PartialDate | None
    source_name: str | None
    url: str | None
    origin_root: str = ""  # the absolute folder `origin` is relative to (RawRecord.root)
    # What the describe stage found out, for the ingest report (archive/importer/quality.py):
    date_source: str = ""  # "field" or one of text.dates.DATE_SOURCES; "" without a date
    language_confidence: float | None = None  # lingua's, None when no detector was asked
    noise: dict[str, list[int]] = field(default_factory=dict)  # {rule: [lines, characters]} removed


def _field_date(value: str | None) -> PartialDate | None:
    """A date field: ISO 8601 (possibly with a time), else the first full date written in it."""
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        pass
    for mention in find_dates(value):
        if mention.date is not None:
            return mention.date
    return None


def _field_language(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def parse_record(record: RawRecord, *, language: str | None = None, source: str | None = None) -> ParsedArticle:
    """The article a raw record holds; raises ParseError when no article text remains."""
    fields = record.fields or {}
    given_title = " ".join(fields.get("title", "").split()) or None
    text = fields.get("body", "") if fields else record.raw_text
    markup_chars = 0
    if looks_like_html(text):
        page = text
        text = html_to_text(text)
        markup_chars = len(page) - len(text)
    cleaned = clean_text(text, title=given_title)
    if not cleaned.body.strip() and fields.get("body", "").strip():
        # A record's body field is declared text: a short body (no final full stop, one line)
        # is not page noise when the feed says it is the article's body.
        cleaned.body = "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
    if not cleaned.body.strip():
        raise ParseError("no article text left once page noise is removed")

    title = given_title or cleaned.title
    title_derived = title is None
    if title is None:
        title = derive_title(cleaned.body)

    published = _field_date(fields.get("date"))
    date_source = "field" if published else ""
    if published is None:
        date_lines = [given_title, *cleaned.lines] if given_title else cleaned.lines
        urls = [u for u in (fields.get("url"), cleaned.url) if u] + cleaned.urls
        published, date_source = publication_date_found("\n".join(date_lines), marker=cleaned.marker, urls=urls)

    detected, confidence = detect_language_scored(
        cleaned.body, override=language or _field_language(fields.get("language"))
    )
    if markup_chars > 0:
        cleaned.noise["html markup"] = [0, markup_chars]
    return ParsedArticle(
        origin=record.origin,
        raw_text=record.raw_text,
        title=title,
        title_derived=title_derived,
        body=cleaned.body,
        language=detected or "",
        published=published,
        source_name=source or fields.get("source") or cleaned.source_name,
        url=fields.get("url") or cleaned.url,
        origin_root=record.root,
        date_source=date_source,
        language_confidence=confidence,
        noise=cleaned.noise,
    )
