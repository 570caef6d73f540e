"""The write stage of the import: articles in bulk, in short transactions.

A batch of records arrives already hashed. One query finds which origins and which texts
the archive already holds; unchanged records are never parsed again; new articles go in
with one `bulk_create`, changed ones with one `bulk_update`. The batch is written in one
transaction, so an article is either fully stored or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from archive.importer.parsing import ParsedArticle
from archive.importer.readers import RawRecord
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
    "content_hash",
    "import_run",
    "updated_at",
]


def content_hash(raw_text: str) -> str:
    return hashlib.sha256(raw_text.encode("utf-8")).hexdigest()


@dataclass
class BatchPlan:
    """What to do with each record of a batch, decided from one look-up of the archive."""

    to_parse: list[tuple[RawRecord, str, int | None]] = field(default_factory=list)  # record, hash, id to update
    unchanged: list[RawRecord] = field(default_factory=list)


def plan_batch(records: list[RawRecord], *, seen: set[str] | None = None) -> BatchPlan:
    """Sort records into unchanged / new / changed with two queries for the whole batch.

    `seen` holds the texts of this run planned already but perhaps not written yet (batches
    are parsed ahead of writing): the same text is never planned twice."""
    hashes = {id(r): content_hash(r.raw_text) for r in records}
    by_origin = dict(Article.objects.filter(origin__in=[r.origin for r in records]).values_list("origin", "id"))
    known_hashes = set(Article.objects.filter(content_hash__in=hashes.values()).values_list("content_hash", flat=True))
    plan = BatchPlan()
    seen_hashes: set[str] = seen if seen is not None else set()
    for record in records:
        digest = hashes[id(record)]
        if digest in known_hashes or digest in seen_hashes:
            # Same origin and same text, or the same text already stored under another
            # origin: the same text is never stored twice.
            plan.unchanged.append(record)
            continue
        seen_hashes.add(digest)
        plan.to_parse.append((record, digest, by_origin.get(record.origin)))
    return plan


def _sources_by_name(names: Iterable[str]) -> dict[str, Source]:
    names = {n for n in names if n}
    if not names:
        return {}
    existing = {s.name: s for s in Source.objects.filter(name__in=names)}
    missing = [Source(name=n) for n in names - existing.keys()]
    if missing:
        Source.objects.bulk_create(missing, ignore_conflicts=True)
        existing = {s.name: s for s in Source.objects.filter(name__in=names)}
    return existing


@dataclass
class WriteResult:
    created: list[Article] = field(default_factory=list)
    updated: list[Article] = field(default_factory=list)


def write_batch(
    parsed: list[tuple[ParsedArticle, str, int | None]],
    *,
    run: ImportRun | None,
    status: str,
) -> WriteResult:
    """Create the new articles and update the changed ones, atomically."""
    result = WriteResult()
    if not parsed:
        return result
    with transaction.atomic():
        sources = _sources_by_name(p.source_name for p, _, _ in parsed)
        new, changed = [], []
        for article, digest, existing_id in parsed:
            date = article.published.to_stored() if article.published else (None, "")
            obj = Article(
                id=existing_id,
                title=article.title[:500],
                title_derived=article.title_derived,
                body=article.body,
                raw_text=article.raw_text,
                language=article.language,
                published=date[0],
                published_precision=date[1],
                source=sources.get(article.source_name or ""),
                url=(article.url or "")[:1000],
                origin=article.origin,
                content_hash=digest,
                import_run=run,
                status=status,
            )
            (changed if existing_id else new).append(obj)
        if new:
            result.created = Article.objects.bulk_create(new)
        if changed:
            now = timezone.now()
            for obj in changed:
                obj.updated_at = now
            # An update keeps the article's status: editors decided it.
            Article.objects.bulk_update(changed, UPDATED_FIELDS)
            result.updated = changed
        # bulk writes skip save(): the batch's search rows are written here, in its transaction.
        index_articles([*result.created, *result.updated])
    return result
