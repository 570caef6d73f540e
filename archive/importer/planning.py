"""The plan stage of the import: what to do with each record of a batch, before any parsing.

A record is unchanged when the archive (or this run, earlier) already holds its exact text: it
is never parsed again, which is what makes an unchanged re-run cheap. Otherwise it is new, or
it changes the article stored under its origin. Two queries per batch, no write: the writer
(`archive.importer.writer`) looks identity up again inside its transaction, since another
import may have written the same articles since.

An article's identity is its origin: the folder it was imported from (`origin_root`) and its
path under it (`origin`). Its text is recognized by its hashes, `content_hash` (the raw text)
and `body_hash` (the cleaned body).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from archive.importer.readers import RawRecord
from archive.models import Article


def content_hash(raw_text: str) -> str:
    return hashlib.sha256(raw_text.encode("utf-8")).hexdigest()


def body_hash(body: str) -> str:
    """The cleaned body's hash, whitespace folded (migration 0004 holds a frozen copy)."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def existing_by_origin(records) -> dict[tuple[str, str], int]:
    """(origin_root, origin) → id for these records' origins, legacy rows (no root) included."""
    rows = (
        Article.objects.filter(origin__in={r.origin for r in records})
        .order_by()
        .values_list("origin_root", "origin", "id")
    )
    return {(root, origin): pk for root, origin, pk in rows}


def existing_id_of(by_origin: dict[tuple[str, str], int], root: str, origin: str) -> int | None:
    # A row imported before roots were kept (root "") is adopted by the first import of its origin.
    return by_origin.get((root, origin)) or by_origin.get(("", origin))


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
    by_origin = existing_by_origin(records)
    known_hashes = set(
        Article.objects.filter(content_hash__in=hashes.values()).order_by().values_list("content_hash", flat=True)
    )
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
        plan.to_parse.append((record, digest, existing_id_of(by_origin, record.root, record.origin)))
    return plan
