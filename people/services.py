"""Writes on persons and organizations that the admin, the API and the commands share.

Each function is keyword-only, atomic, and one recorded editorial operation
(`people.curation.history.operation`): who did it, when, every row it changed with its values, so
that `people.curation.services.operation_undo` can take it back. `by` is the user acting (None for a
command). Each returns the Operation it recorded (or a count for the bulk confirm/reject).

| task | function |
|---|---|
| confirm candidates | `entities_confirm(entities=qs, by=user)` |
| reject (not a person, a reporter's name…) | `entities_reject(entities=qs, by=user)` |
| merge spellings of one person / body | `person_merge(survivor=p, others=[...], by=user)`, `organization_merge` |
| attach a candidate as an alias of a known entity | `entity_attach_alias(candidate=c, known=k, by=user)` |
| accept / dismiss a "similar to" suggestion | `suggestion_accept(entity=c, by=user)`, `suggestion_dismiss` |
| split: undo a merge | `entity_unmerge(merge=operation, by=user)` |
| split: take chosen links out to a new record | `person_split(person=p, links=[...], name="…")`, `organization_split` |
| load the knowledge base file (again) | `knowledge_base_load(path=None, dry_run=False)` |
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from people.curation.history import create_traced, operation, update_traced
from people.curation.merging import MergeError, merge_rows, move_rows
from people.curation.models import Operation
from people.curation.services import operation_undo
from people.knowledge_base import knowledge_base_upsert, read_knowledge_base
from people.models import NamedEntity, Organization, Person, Review, ReviewedQuerySet
from people.signals import entities_rejected

NAME_FIELDS = ["name", "label_fr", "label_ar", "label_en", "aliases"]


def _check_entities(entities: QuerySet) -> None:
    """Anything editors review: persons, organizations, and (from the events app above) event
    series and events, whose querysets are ReviewedQuerySets with a `review` field."""
    if not isinstance(entities, ReviewedQuerySet):
        raise TypeError(f"expected rows editors review, not {entities.model.__name__}")


def _names(entities: Sequence[NamedEntity], limit: int = 5) -> str:
    shown = ", ".join(f"“{e.name}”" for e in entities[:limit])
    return shown + (f" and {len(entities) - limit} more" if len(entities) > limit else "")


def _set_review(entities: QuerySet, review: str, kind: str, verb: str, by) -> tuple[int, list]:
    rows = list(entities.exclude(review=review))
    if not rows:
        return 0, rows
    with operation(kind=kind, summary=f"{verb} {_names(rows)}", by=by):
        now = timezone.now()
        fields = ["review"]
        if hasattr(rows[0], "updated_at"):  # event series keep no modification time
            fields.append("updated_at")
        for entity in rows:
            entity.review, entity.updated_at = review, now
        update_traced(rows, fields)
        if review == Review.REJECTED:
            entities_rejected.send(sender=entities.model, model=entities.model, pks=[e.pk for e in rows], by=by)
    return len(rows), rows


def entities_confirm(*, entities: QuerySet[Person] | QuerySet[Organization], by=None) -> int:
    """Mark persons, organizations, series or events as confirmed (an editor vouches for them);
    returns how many changed. Confirmed entities win a shared name at the next import."""
    _check_entities(entities)
    return _set_review(entities, Review.CONFIRMED, Operation.Kind.CONFIRM, "confirmed", by)[0]


def entities_reject(*, entities: QuerySet[Person] | QuerySet[Organization], by=None) -> int:
    """Mark persons, organizations, series or events as rejected (a reporter's name, a place taken
    for a person, a misread ordinal): they and their links leave public view (the archive marks
    the links rejected in the same operation), and re-extraction keeps them rejected. Returns how many changed."""
    _check_entities(entities)
    return _set_review(entities, Review.REJECTED, Operation.Kind.REJECT, "rejected", by)[0]


def _absorb_names(survivor: NamedEntity, others: Sequence[NamedEntity]) -> None:
    """The merged records' names become the survivor's: blank labels filled, every other form an
    alias, so the next import links each of those spellings to the survivor."""
    for other in others:
        for lang in ("fr", "ar", "en"):
            field = f"label_{lang}"
            if not getattr(survivor, field) and getattr(other, field):
                setattr(survivor, field, getattr(other, field))
    known = set(survivor.all_names())
    new = [n for other in others for n in other.all_names() if n not in known]
    survivor.aliases = [*(survivor.aliases or []), *dict.fromkeys(new)]
    if any(o.review == Review.CONFIRMED for o in others) and survivor.review != Review.REJECTED:
        survivor.review = Review.CONFIRMED


def _merge(model, *, survivor: NamedEntity, others: Sequence[NamedEntity], by, summary: str = "") -> Operation:
    others = [o for o in others if o.pk != survivor.pk]
    if not others:
        raise MergeError("choose at least one record to merge into the survivor")
    if any(type(o) is not model for o in [survivor, *others]):
        raise MergeError(f"only {model._meta.verbose_name_plural} can be merged here")
    summary = summary or f"merged {_names(others)} into “{survivor.name}”"
    with operation(kind=Operation.Kind.MERGE, summary=summary, by=by) as op:
        survivor = model.objects.select_for_update().get(pk=survivor.pk)
        others = list(model.objects.filter(pk__in=[o.pk for o in others]))
        _absorb_names(survivor, others)
        fields = [*NAME_FIELDS, "review", "updated_at"]
        if model is Organization:
            for other in others:
                for field in ("acronym", "country"):
                    if not getattr(survivor, field) and getattr(other, field):
                        setattr(survivor, field, getattr(other, field))
                if survivor.kind == Organization.Kind.OTHER:
                    survivor.kind = other.kind
                if survivor.parent_id is None and other.parent_id not in (None, survivor.pk):
                    survivor.parent_id = other.parent_id
            fields += ["acronym", "country", "kind", "parent"]
        if survivor.similar_to_id in {o.pk for o in others}:
            survivor.similar_to, survivor.similarity = None, None
            fields += ["similar_to", "similarity"]
        survivor.updated_at = timezone.now()
        update_traced([survivor], fields)
        merge_rows(survivor=survivor, others=others)
    return op


def person_merge(*, survivor: Person, others: Sequence[Person], by=None) -> Operation:
    """Merge persons (spellings, scripts of one man) into `survivor`: their article links,
    participations and suggestions move to it, two links of one article collapse into one, their
    names become its aliases (future imports link those spellings to it), the others are deleted.
    One operation: `entity_unmerge` (or undo) brings every record back as it was."""
    return _merge(Person, survivor=survivor, others=others, by=by)


def organization_merge(*, survivor: Organization, others: Sequence[Organization], by=None) -> Operation:
    """Merge organizations into `survivor`, as `person_merge` does; blank acronym, country,
    kind and parent are taken from the merged records."""
    return _merge(Organization, survivor=survivor, others=others, by=by)


def entity_attach_alias(*, candidate: NamedEntity, known: NamedEntity, by=None) -> Operation:
    """The candidate is another name of a known entity: merge it into the known one (its name
    becomes an alias, its links move). The review queue's "alias of…" action."""
    model = type(known)
    summary = f"“{candidate.name}” attached as alias of “{known.name}”"
    return _merge(model, survivor=known, others=[candidate], by=by, summary=summary)


def suggestion_accept(*, entity: NamedEntity, by=None) -> Operation:
    """Accept the importer's "similar to" suggestion: the entity is the suggested known one."""
    if entity.similar_to_id is None:
        raise MergeError(f"“{entity.name}” has no suggestion to accept")
    known = type(entity).objects.get(pk=entity.similar_to_id)
    return entity_attach_alias(candidate=entity, known=known, by=by)


@transaction.atomic
def suggestion_dismiss(*, entity: NamedEntity, by=None) -> Operation:
    """Dismiss the "similar to" suggestion: they are different; the suggestion is cleared."""
    with operation(
        kind=Operation.Kind.SUGGESTION, summary=f"“{entity.name}” is not “{entity.similar_to}”", by=by
    ) as op:
        entity.similar_to, entity.similarity, entity.updated_at = None, None, timezone.now()
        update_traced([entity], ["similar_to", "similarity", "updated_at"])
    return op


def entity_unmerge(*, merge: Operation, by=None) -> Operation:
    """Split what a merge joined: the merged records come back with their names and links, and
    the survivor's aliases are as before. Refused if a later operation changed those rows."""
    if merge.kind != Operation.Kind.MERGE:
        raise MergeError(f"operation #{merge.pk} is not a merge")
    return operation_undo(operation=merge, by=by)


def _split(model, *, entity: NamedEntity, links: Sequence, name: str, by) -> NamedEntity:
    name = (name or "").strip()
    if not name:
        raise MergeError("give the new record a name")
    if not links:
        raise MergeError("choose the links to take out to the new record")
    with operation(
        kind=Operation.Kind.SPLIT, summary=f"{len(links)} link(s) of “{entity.name}” taken out to “{name}”", by=by
    ):
        new = model(name=name[:300], review=Review.CANDIDATE)
        [new] = create_traced([new])
        move_rows(rows=links, source=entity, target=new)
        names = {str(getattr(link, "surface", "")) for link in links} - {"", name}
        if names:  # the spellings the links were found under now name the new record
            new.aliases = sorted(names)
            update_traced([new], ["aliases"])
    return new


def person_split(*, person: Person, links: Sequence, name: str, by=None) -> Person:
    """Take chosen article links of `person` out to a new candidate person named `name` (two men
    of one name): the links' spellings become the new person's aliases."""
    return _split(Person, entity=person, links=links, name=name, by=by)


def organization_split(*, organization: Organization, links: Sequence, name: str, by=None) -> Organization:
    """Take chosen article links of `organization` out to a new candidate organization."""
    return _split(Organization, entity=organization, links=links, name=name, by=by)


def knowledge_base_load(*, path: str | Path | None = None, dry_run: bool = False) -> dict[str, int]:
    """Load the knowledge base file (people/knowledge/organizations.json) into the Organization
    table (review=confirmed): new organizations created, known ones merged, nothing an editor added
    removed. One transaction; with ``dry_run`` the same work is done and rolled back. Returns the counts."""
    records = read_knowledge_base(path)
    with transaction.atomic():
        counts = knowledge_base_upsert(records=records, organization_model=Organization)
        if dry_run:
            transaction.set_rollback(True)
    return counts
