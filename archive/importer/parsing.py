"""Parse stage: one raw record to the fields of an Article, without touching the database.

`parse_record` chains the clean stage (`archive.importer.cleaning`: noise out, headline found,
metadata lines set apart) and the describe stage (`describe`: what the article says of itself:
publication date by the rules of `text.dates`, source, URL, title, language). Structured
records (JSON, CSV) bring their own title, date, URL, source and language; the text rules only
fill what they lack. Overrides given by the caller (`--language`, `--source`) win over everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.importer.cleaning import CleanText, clean_text, derive_title
from archive.importer.markup import html_to_text, looks_like_html
from archive.importer.readers import RawRecord
from text.dates import PUBLISHED_IN_RE, find_dates, publication_date_found
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


_IMAGE_URL_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif|bmp)(?:[?#]\S*)?$", re.IGNORECASE)


@dataclass
class Description:
    """What an article says of itself, beside its text."""

    title: str
    title_derived: bool  # True when the input had no headline and the title was made from the text
    published: PartialDate | None
    source_name: str | None
    url: str | None
    language: str
    date_source: str = ""  # where the date was read: "field" or one of text.dates.DATE_SOURCES
    language_confidence: float | None = None  # lingua's confidence, None when it was not asked


def marker_date(marker: str | None) -> PartialDate | None:
    """The scraper's ` date YYYY-MM(-DD)` value, None when it is no date (month 13)."""
    if not marker:
        return None
    try:
        return PartialDate.parse(marker)
    except ValueError:
        return None


def source_named(meta_lines: list[str]) -> str | None:
    """The source of the first "Publié dans SOURCE le …" line."""
    for line in meta_lines:
        published_in = PUBLISHED_IN_RE.match(line)
        if published_in:
            return published_in.group("source").strip(" :,")
    return None


def article_url(url_lines: list[str]) -> str | None:
    """The article's own URL: the first one standing alone on a line that is not an image's. An address
    copied without its scheme ("www.example.com/…", "example.com/…") is given https://, as a browser
    would, so that it is a web address the archive can store and link to (the raw text keeps it as read)."""
    url = next((url for url in url_lines if not _IMAGE_URL_RE.search(url)), None)
    if url is not None and not _SCHEME_RE.match(url):
        url = "https://" + url
    return url


_SCHEME_RE = re.compile(r"https?://", re.IGNORECASE)


def describe(
    cleaned: CleanText, fields: dict, *, language: str | None = None, source: str | None = None
) -> Description:
    """The describe stage: title, publication date, source, URL and language, from the record's
    fields first, then from what the clean stage set apart, then from the text."""
    given_title = " ".join(fields.get("title", "").split()) or None
    title = given_title or cleaned.title
    title_derived = title is None
    if title is None:
        title = derive_title(cleaned.body)
    url = article_url(cleaned.url_lines)
    published = _field_date(fields.get("date"))
    date_source = "field" if published else ""
    if published is None:
        date_lines = [given_title, *cleaned.lines] if given_title else cleaned.lines
        urls = [u for u in (fields.get("url"), url) if u] + cleaned.urls
        published, date_source = publication_date_found(
            "\n".join(date_lines), marker=marker_date(cleaned.marker), urls=urls
        )
    detected, confidence = detect_language_scored(
        cleaned.body, override=language or _field_language(fields.get("language"))
    )
    return Description(
        title=title,
        title_derived=title_derived,
        published=published,
        source_name=source
        or fields.get("source")
        or source_named(cleaned.meta_lines)
        or cleaned.masthead
        or cleaned.owner,
        url=fields.get("url") or url,
        language=detected or "",
        date_source=date_source,
        language_confidence=confidence,
    )


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
    if markup_chars > 0:
        cleaned.noise["html markup"] = [0, markup_chars]
    if not cleaned.body.strip() and fields.get("body", "").strip():
        # A record's body field is declared text: a short body (no final full stop, one line)
        # is not page noise when the feed says it is the article's body.
        cleaned.body = "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
    if not cleaned.body.strip():
        raise ParseError("no article text left once page noise is removed")
    described = describe(cleaned, fields, language=language, source=source)
    return ParsedArticle(
        origin=record.origin,
        raw_text=record.raw_text,
        title=described.title,
        title_derived=described.title_derived,
        body=cleaned.body,
        language=described.language,
        published=described.published,
        source_name=described.source_name,
        url=described.url,
        origin_root=record.root,
        date_source=described.date_source,
        language_confidence=described.language_confidence,
        noise=cleaned.noise,
    )
