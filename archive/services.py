"""Writes on articles and their links that the admin, the API and the commands share.

| task | function |
|---|---|
| import a batch of files (dry run included) | `articles_import(paths=[...], options=ImportOptions(...))` |
| the same, queued for the workers | `articles_import_queued(paths=[...], options=ImportOptions(...))` |
| import files uploaded in the admin | `articles_import_upload(files=[...], options=..., by=user)` |
| close the runs whose process died (kill -9) | `import_runs_close_abandoned()` |
| extract again from stored articles | `articles_reextract(articles=qs)` |
| publish / unpublish | `articles_publish(articles=qs, by=user)`, `articles_unpublish` |
| confirm / reject links | `links_confirm(links=qs, by=user)`, `links_reject` |
| add a link by hand | `link_add(link=unsaved_link, by=user)` |

Keyword-only, atomic. Editorial writes are each one recorded operation
(`people.curation.history.operation`): a bulk publish is set-based and recorded as one bulk change
(the ids, the status before and after), and `people.curation.services.operation_undo` takes it
back. The import and re-extraction are recorded by their import run and write in bulk, a batch per transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import ngettext

from archive.coverage import mention_counts_refresh
from archive.importer.pipeline import ImportOptions, ImportReport, import_paths
from archive.importer.queued import queue_run
from archive.importer.runs import runs_close_abandoned
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, ImportRun, Link
from archive.search.indexing import index_articles
from archive.tasks import enqueue_run
from archive.uploads import store_upload
from events.models import Event, EventSeries
from people.curation.history import bulk_set, operation, update_traced
from people.curation.merging import MergeError
from people.curation.models import Operation
from people.models import Organization, Person

# The link model of each kind of entity, and its field pointing at the entity.
LINKS_OF = {
    Person: (ArticlePerson, "person"),
    Organization: (ArticleOrganization, "organization"),
    Event: (ArticleEvent, "event"),
    EventSeries: (ArticleEvent, "event__series"),
}
# The field of each link model that names the entity.
LINK_ENTITY_FIELD = {ArticlePerson: "person", ArticleOrganization: "organization", ArticleEvent: "event"}


REEXTRACT_BATCH = 500


def articles_import(
    *,
    paths: Sequence[Path],
    options: ImportOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import the files under `paths` (read, clean, describe, validate, extract, write, link), in
    batches of one transaction each; with `options.dry_run`, the same run rolled back. The one way
    articles enter the archive: the command, the benchmark and any future upload call this."""
    return import_paths(paths, options=options or ImportOptions(), on_progress=on_progress)


def articles_import_queued(
    *,
    paths: Sequence[Path],
    options: ImportOptions | None = None,
    batch_files: int | None = None,
    record: dict | None = None,
) -> ImportRun:
    """The same import split into batches of `batch_files` files (IMPORT_BATCH_FILES by default),
    queued as tasks for the workers (`celery -A config worker`), all part of one import run,
    returned at once (eagerly, without a broker: returned when every batch ran). Each task runs
    `import_paths` on its batch, as `articles_import` does on the whole. `record`: more to keep in
    the run's arguments (who uploaded what)."""
    run = queue_run(
        paths,
        options=options or ImportOptions(),
        batch_files=batch_files or settings.IMPORT_BATCH_FILES,
        record=record,
    )
    enqueue_run(run)
    run.refresh_from_db()
    return run


def articles_import_upload(*, files, options: ImportOptions | None = None, by) -> ImportRun:
    """Store uploaded files or zips (`archive.uploads.store_upload`: limits checked, UploadError
    otherwise, nothing stored) and import them as a queued run, recording who uploaded what."""
    stored = store_upload(files)
    upload = {"uploaded_by": by.get_username(), "uploaded": [f.name for f in files], "left_out": list(stored.skipped)}
    return articles_import_queued(paths=[stored.folder], options=options, record=upload)


def import_runs_close_abandoned() -> list[int]:
    """Close as `abandoned`, with the counts of their last committed batch, the import runs of
    this host whose process is gone (killed by SIGKILL, a crash): nothing could close them. Each
    import does it before it starts; the admin's list of runs too. Returns their ids."""
    return runs_close_abandoned()


def articles_reextract(*, articles: QuerySet[Article], batch_size: int = REEXTRACT_BATCH) -> int:
    """Extract persons, organizations and events again from stored articles (after the knowledge
    base or the rules changed), with the import's code, a batch per transaction. Links an editor
    confirmed or rejected stay as they are; the others are recomputed, so a second run changes
    nothing. Returns how many articles were processed."""
    from archive.extraction.run import build_extractor, build_linker

    extractor, linker = build_extractor(), build_linker()
    done = 0
    fields = (
        "id", "origin", "body", "title", "title_derived", "language", "published", "published_precision",
        "source__name",
    )  # fmt: skip
    batch: list[Article] = []
    for article in articles.select_related("source").order_by("id").only(*fields).iterator(chunk_size=batch_size):
        batch.append(article)
        if len(batch) == batch_size:
            done += _reextract_batch(batch, extractor, linker)
            batch = []
    done += _reextract_batch(batch, extractor, linker)
    mention_counts_refresh()
    return done


def _reextract_batch(batch: list[Article], extractor, linker) -> int:
    from archive.extraction.run import reextract_articles

    if batch:
        with transaction.atomic():
            reextract_articles(batch, extractor=extractor, linker=linker)
    return len(batch)


def link_add(*, link: Link, by=None) -> Link:
    """Store a link an editor adds by hand: the editor is its evidence (method "editor"), it is
    confirmed unless the editor decided otherwise, and its surface defaults to the entity's name.
    One recorded operation, so it can be undone like any other."""
    entity = getattr(link, LINK_ENTITY_FIELD[type(link)])
    link.method = Link.Method.EDITOR
    link.decision = link.decision or Link.Decision.CONFIRMED
    link.surface = link.surface or str(entity)[:300]
    with operation(kind=Operation.Kind.LINK, summary=f"added by hand: {link.article} – {entity}", by=by):
        link.save()
    return link


def articles_set_status(*, articles: QuerySet[Article], status: str, by=None) -> int:
    """Publish or unpublish articles; returns how many changed. Set-based, for sets of any size
    ("everything about this assembly"): the ids are read once, the status set by plain UPDATEs of
    a batch of ids each, and the operation records one BulkChange (ids, before, after) instead of a
    history row per article. Undo sets exactly those articles back."""
    if status not in Article.Status.values:
        raise ValueError(f"unknown status {status!r}")
    before = Article.Status.DRAFT if status == Article.Status.PUBLISHED else Article.Status.PUBLISHED
    pks = list(articles.filter(status=before).order_by().values_list("pk", flat=True))
    if not pks:
        return 0
    verb = "published" if status == Article.Status.PUBLISHED else "unpublished"
    summary = ngettext("%(verb)s %(count)d article", "%(verb)s %(count)d articles", len(pks)) % {
        "verb": verb,
        "count": len(pks),
    }
    with operation(kind=Operation.Kind.PUBLISH, summary=summary, by=by):
        return bulk_set(Article, pks, "status", status, before=before, extra={"updated_at": timezone.now()})


def articles_publish(*, articles: QuerySet[Article], by=None) -> int:
    return articles_set_status(articles=articles, status=Article.Status.PUBLISHED, by=by)


def articles_unpublish(*, articles: QuerySet[Article], by=None) -> int:
    return articles_set_status(articles=articles, status=Article.Status.DRAFT, by=by)


def _links_decide(links: Iterable[Link], decision: str, by) -> int:
    rows = [link for link in links if link.decision != decision]
    if not rows:
        return 0
    kind_name = type(rows[0])._meta.verbose_name
    verb = "confirmed" if decision == Link.Decision.CONFIRMED else "rejected"
    with operation(kind=Operation.Kind.LINK, summary=f"{verb} {len(rows)} {kind_name}(s): {rows[0]}", by=by):
        for link in rows:
            link.decision = decision
        update_traced(rows, ["decision"])
        _touch_articles({link.article_id for link in rows})
    return len(rows)


def _touch_articles(pks: set[int]) -> None:
    """An article's links are part of its interchange form: when they change, its `updated_at`
    moves too, so that incremental sync (`modified_since`) and Last-Modified see the change."""
    Article.objects.filter(pk__in=pks).update(updated_at=timezone.now())


# What an editor may change of an article's description; its text and provenance are the
# import's (the raw text is never edited, the body is re-derived from it).
ARTICLE_METADATA = ("title", "language", "published", "published_precision", "source", "url")


def article_update(*, article: Article, changes: dict, by=None) -> Article:
    """Change an article's metadata (`ARTICLE_METADATA` fields, already validated): one recorded
    operation with a history row, as an edit in the admin form is. A new title is the editor's,
    so `title_derived` becomes false. Returns the article as saved."""
    unknown = set(changes) - set(ARTICLE_METADATA)
    if unknown:
        raise ValueError(f"not an article metadata field: {', '.join(sorted(unknown))}")
    changed = [name for name, value in changes.items() if getattr(article, name) != value]
    if not changed:
        return article
    with operation(kind=Operation.Kind.EDIT, summary=f"edited {', '.join(changed)} of “{article.title[:80]}”", by=by):
        for name in changed:
            setattr(article, name, changes[name])
        fields = [*changed, "updated_at"]
        if "title" in changed:
            article.title_derived = False
            fields.append("title_derived")
        article.updated_at = timezone.now()
        update_traced([article], fields)
        if {"title", "language"} & set(changed):
            # bulk writes skip post_save: the search row follows here, in the same transaction.
            index_articles([article])
    return article


def links_confirm(*, links: QuerySet[Link] | Iterable[Link], by=None) -> int:
    """Confirm article–entity links (of one kind): the evidence holds; re-extraction keeps them."""
    return _links_decide(list(links), Link.Decision.CONFIRMED, by)


def links_reject(*, links: QuerySet[Link] | Iterable[Link], by=None) -> int:
    """Reject article–entity links (of one kind): out of public view, and re-extraction never
    recreates them."""
    return _links_decide(list(links), Link.Decision.REJECTED, by)


def links_reject_for_entities(*, model: type, pks: list[int]) -> int:
    """Within the rejecting operation: every link to rejected persons, organizations or events
    (or to the sessions of a rejected series) goes out of public view too (receiver of
    people.signals.entities_rejected)."""
    link_model, field = LINKS_OF[model]
    rows = list(link_model.objects.filter(**{f"{field}__in": pks}).exclude(decision=Link.Decision.REJECTED))
    for link in rows:
        link.decision = Link.Decision.REJECTED
    return update_traced(rows, ["decision"])


# -- the importer's automatic identity decisions ----------------------------------------------


def _decision_links(decision) -> tuple[type, list[Link], object]:
    """The links a decision is about: those of its record in its article (under its spelling
    where the link says so)."""
    entity = decision.person if hasattr(decision, "person_id") else decision.organization
    link_model, field = LINKS_OF[type(entity)]
    links = list(link_model.objects.filter(**{field: entity}, article_id=decision.article_id))
    spelled = [link for link in links if link.surface == decision.spelling]
    return type(entity), spelled or links, entity


def identity_decision_split(*, decision, by=None):
    """Undo a "same" decision of the importer: the spelling was not that record. Its links in
    the decision's article are taken out to a new candidate named as spelled, the spelling leaves
    the record's names (so the next import does not link it there again), and the decision is
    marked undone. One operation: undo it to put everything back. Returns the new record."""
    from people.models import IdentityDecision
    from people.services import organization_split, person_split

    if decision.outcome != IdentityDecision.Outcome.SAME:
        raise MergeError(f"the decision on “{decision.spelling}” linked nothing: there is nothing to split")
    if decision.undone_at:
        raise MergeError(f"the decision on “{decision.spelling}” was already undone")
    model, links, entity = _decision_links(decision)
    summary = f"split “{decision.spelling}” from “{entity}” (importer's decision undone)"
    with operation(kind=Operation.Kind.SPLIT, summary=summary, by=by):
        split = person_split if model is Person else organization_split
        keyword = "person" if model is Person else "organization"
        new = split(**{keyword: entity, "links": links, "name": decision.spelling, "by": by})
        entity.refresh_from_db()
        entity.aliases = [a for a in entity.aliases or [] if a != decision.spelling]
        for field in ("label_fr", "label_ar", "label_en"):
            if getattr(entity, field) == decision.spelling:
                setattr(entity, field, "")
        update_traced([entity], ["aliases", "label_fr", "label_ar", "label_en"])
        _mark_undone(decision, by)
    return new


def identity_decision_merge(*, decision, by=None) -> Operation:
    """Undo a "new" or "suggestion" decision of the importer: the new record is the one it was
    compared with (`matched`). Merges it there and marks the decision undone."""
    from people.services import organization_merge, person_merge

    if decision.matched_id is None or decision.outcome == "same":
        raise MergeError(f"the decision on “{decision.spelling}” names no other record to merge with")
    if decision.undone_at:
        raise MergeError(f"the decision on “{decision.spelling}” was already undone")
    model, _, entity = _decision_links(decision)
    merge = person_merge if model is Person else organization_merge
    summary = f"merged “{entity}” into “{decision.matched}” (importer's decision undone)"
    with operation(kind=Operation.Kind.MERGE, summary=summary, by=by) as op:
        _mark_undone(decision, by)
        merge(survivor=decision.matched, others=[entity], by=by)
    return op


def _mark_undone(decision, by) -> None:
    decision.undone_at, decision.undone_by = timezone.now(), by
    update_traced([decision], ["undone_at", "undone_by"])
