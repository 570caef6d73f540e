"""The validate stage: every parsed article is checked before any is written.

Bulk writes skip the models' field validation, and PostgreSQL refuses what SQLite stores
(a NUL character, a string longer than its column): one such value used to abort its whole
batch. So each article is checked here, in the worker that parsed it, against the same rules
the models declare (`Article.clean_fields()`, `Source.clean_fields()`: lengths, the URL's
http/https scheme, the publication-date range, NUL characters), after control characters are
removed from the parsed fields. A record that fails is reported by its origin (FILE#LINE)
with its reason; its neighbours are written without it. This is pretix's first phase:
validate every row, then build, then write.
"""

from __future__ import annotations

import dataclasses
import re

from django.core.exceptions import ValidationError

from archive.importer.parsing import ParsedArticle, ParseError
from archive.models import Article, Source

# The largest article the importer takes, in characters of the text as read. News articles are
# under 50,000; a larger "article" is a dump, a feed saved as one file, or hostile input. It is
# refused with its size, never silently cut: the editor decides what it should have been.
MAX_ARTICLE_CHARS = 1_000_000

# C0 and C1 control characters, DEL included, except tab and newline (text keeps those; CR was
# normalized away when the file was decoded), and lone UTF-16 surrogates (a JSON "\ud800"
# escape): invisible, they break XML/JSON consumers; NUL cannot be stored in PostgreSQL and a
# surrogate cannot even be encoded in UTF-8.
_CONTROLS_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# The same control characters as bytes of Latin-1 (where no surrogate can be).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])


def _may_hold_controls(text: str) -> bool:
    """False only when `_CONTROLS_RE` finds nothing in `text`: a text of Latin-1 characters (most
    articles) is encoded, a copy, and its control bytes deleted by `bytes.translate`, a third of what
    the regex's character class costs per character; any other text may hold one."""
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return len(latin.translate(None, _CONTROL_BYTES)) != len(latin)


def strip_controls(text: str) -> str:
    """`text` without control characters (tab and newline kept) and lone surrogates."""
    return _CONTROLS_RE.sub("", text) if _may_hold_controls(text) else text


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def check_size(raw_text: str) -> None:
    """Refuse a text over MAX_ARTICLE_CHARS before any work is spent on it."""
    if len(raw_text) > MAX_ARTICLE_CHARS:
        raise ParseError(
            f"text of {len(raw_text):,} characters is larger than the {MAX_ARTICLE_CHARS:,} characters "
            "an article may have (split the file or import it another way)"
        )


TITLE_MAX = Article._meta.get_field("title").max_length


def _shorten(text: str, limit: int) -> str:
    """A title cut at a word to fit its column (the full text stays in the body and raw text)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


def _messages(error: ValidationError) -> str:
    return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in sorted(error.message_dict.items()))


def validate_article(article: ParsedArticle) -> ParsedArticle:
    """The article with control characters removed from its fields, or ParseError saying which
    field breaks which rule. `raw_text` is kept exactly as read, so a NUL in it is refused."""
    cleaned = dataclasses.replace(
        article,
        title=_shorten(" ".join(strip_controls(article.title).split()), TITLE_MAX),
        body=strip_controls(article.body),
        source_name=strip_controls(article.source_name).strip() if article.source_name else None,
        url=strip_controls(article.url).strip() if article.url else None,
    )
    if not cleaned.body.strip():
        raise ParseError("no article text left once control characters are removed")
    raw = cleaned.raw_text
    if _may_hold_controls(raw) and _CONTROLS_RE.search(raw) and ("\x00" in raw or _has_surrogate(raw)):
        raise ParseError("the text holds NUL characters or lone surrogates, which cannot be stored as read")
    date = cleaned.published.to_stored() if cleaned.published else (None, "")
    candidate = Article(
        title=cleaned.title,
        title_derived=cleaned.title_derived,
        body=cleaned.body,
        raw_text=cleaned.raw_text,
        language=cleaned.language,
        published=date[0],
        published_precision=date[1],
        url=cleaned.url or "",
        origin=cleaned.origin,
        content_hash="0" * 64,
    )
    problems = []
    try:
        # Uniqueness is not checked here (it needs the database); the writer handles it.
        candidate.clean_fields(exclude=["source", "import_run", "content_hash"])
    except ValidationError as exc:
        problems.append(_messages(exc))
    if cleaned.source_name:
        try:
            Source(name=cleaned.source_name).clean_fields()
        except ValidationError as exc:
            problems.append(_messages(exc).replace("name:", "source:", 1))
    if problems:
        raise ParseError(f"invalid record: {'; '.join(problems)}")
    return cleaned
