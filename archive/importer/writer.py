"""The write stage of the import: articles in bulk, in short transactions.

A batch arrives planned (`archive.importer.planning`: new, changed or unchanged, decided before
any parsing) and parsed. New articles go in with one COPY (`archive.bulk.create_objects`), changed ones with one
`bulk_update`. The batch is written in one transaction, so an article is either fully stored or
not at all.

An article's identity is its origin: the folder it was imported from (`origin_root`) and its
path under it (`origin`), unique together. Its text is recognized too: the same raw text
(`content_hash`) or the same cleaned body (`body_hash`, e.g. an export imported back) is never
stored twice. `write_batch` looks all three up again inside its transaction, under the import
lock (`lock_import_writes`): another import may have written the same articles since this
batch was planned, and then this one updates or skips them instead of colliding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from archive.bulk import create_objects
from archive.importer.parsing import ParsedArticle
from archive.importer.planning import body_hash, existing_by_origin, existing_id_of
from archive.locking import lock_import_writes
from archive.models import Article, ImportRun, Source
from archive.search.indexing import index_articles

UPDATED_FIELDS = [
    "title",
    "title_derived",
    "body",
    "raw_text",
    "language",
    "published",
    "published_precision",
    "source",
    "url",
    "origin_root",
    "content_hash",
    "body_hash",
    "import_run",
    "updated_at",
]


def _sources_by_name(names: Iterable[str]) -> dict[str, Source]:
    """The batch's sources, the new ones created in the order the batch first names them, so that
    the same files give the same ids whatever the process's hash seed (a set's order would not)."""
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return {}
    existing = {s.name: s for s in Source.objects.filter(name__in=names)}
    missing = [Source(name=n) for n in names if n not in existing]
    if missing:
        Source.objects.bulk_create(missing, ignore_conflicts=True)
        existing = {s.name: s for s in Source.objects.filter(name__in=names)}
    return existing


@dataclass
class WriteResult:
    created: list[Article] = field(default_factory=list)
    updated: list[Article] = field(default_factory=list)
    # Origins whose text the archive already holds (written meanwhile by another import, or the
    # same cleaned body under another origin): counted unchanged.
    already_stored: list[str] = field(default_factory=list)


def write_batch(
    parsed: list[tuple[ParsedArticle, str, int | None]],
    *,
    run: ImportRun | None,
    status: str,
    documents: Mapping[tuple[str, str], str] | None = None,
) -> WriteResult:
    """Create the new articles and update the changed ones, atomically. `documents`: search
    documents computed already (by the import's workers), by (origin_root, origin).

    `existing_id` from the plan is only a hint: identity is looked up again here, in the
    transaction, so that a batch planned before another import wrote the same articles
    updates or skips them rather than colliding with them."""
    result = WriteResult()
    if not parsed:
        return result
    with transaction.atomic():
        lock_import_writes()
        by_origin = existing_by_origin([p for p, _, _ in parsed])
        digests = [d for _, d, _ in parsed]
        bodies = {id(p): body_hash(p.body) for p, _, _ in parsed}
        by_content = dict(Article.objects.filter(content_hash__in=digests).order_by().values_list("content_hash", "id"))
        # (the body's hash is unique where it is not empty: saying so lets the planner use that partial index,
        # where it read the whole table for each batch)
        by_body = dict(
            Article.objects.filter(body_hash__in=bodies.values())
            .exclude(body_hash="")
            .order_by()
            .values_list("body_hash", "id")
        )
        sources = _sources_by_name(p.source_name for p, _, _ in parsed)
        new, changed = [], []
        for article, digest, _hint in parsed:
            existing_id = existing_id_of(by_origin, article.origin_root, article.origin)
            text_owner = by_content.get(digest) or by_body.get(bodies[id(article)])
            if text_owner is not None and text_owner != existing_id:
                result.already_stored.append(article.origin)
                continue
            if existing_id is not None and by_content.get(digest) == existing_id:
                result.already_stored.append(article.origin)  # written meanwhile, same text
                continue
            # Later records of this batch with the same text are duplicates of this one.
            by_content[digest] = by_body[bodies[id(article)]] = existing_id or -1
            obj = _article_row(article, digest, bodies[id(article)], existing_id, sources, run, status)
            (changed if existing_id else new).append(obj)
        _store(result, new, changed)
        # bulk writes skip save(): the batch's search rows are written here, in its transaction.
        written = [*result.created, *result.updated]
        known = documents or {}
        index_articles(
            written,
            documents={a.pk: known[(a.origin_root, a.origin)] for a in written if (a.origin_root, a.origin) in known},
        )
    return result


def _article_row(
    article: ParsedArticle,
    digest: str,
    body_digest: str,
    existing_id: int | None,
    sources: dict[str, Source],
    run: ImportRun | None,
    status: str,
) -> Article:
    """The Article row of a parsed article: new when `existing_id` is None, else its update."""
    date = article.published.to_stored() if article.published else (None, "")
    return Article(
        id=existing_id,
        title=article.title,
        title_derived=article.title_derived,
        body=article.body,
        raw_text=article.raw_text,
        language=article.language,
        published=date[0],
        published_precision=date[1],
        source=sources.get(article.source_name or ""),
        url=article.url or "",
        origin=article.origin,
        origin_root=article.origin_root,
        content_hash=digest,
        body_hash=body_digest,
        import_run=run,
        status=status,
    )


def _store(result: WriteResult, new: list[Article], changed: list[Article]) -> None:
    """The new articles in one COPY (`create_objects`), the changed ones in one bulk_update."""
    if new:
        result.created = create_objects(Article, new)
    if changed:
        now = timezone.now()
        for obj in changed:
            obj.updated_at = now
        # An update keeps the article's status: editors decided it.
        Article.objects.bulk_update(changed, UPDATED_FIELDS)
        result.updated = changed
