"""Recording editorial operations in django-simple-history, and undoing them.

Every service that changes data runs inside `operation(kind=..., summary=..., by=...)`. Inside
it, each history row written (by simple-history's save/delete signals, or in bulk by
`update_traced` / `create_traced` here) points at the Operation, with the operation's user.

Undo restores every row the operation touched to the state it had just before, from history:
- the state before is the last history row of that object older than the operation's first;
- an object the importer wrote in bulk has no history yet, so before its first traced change
  its current state is saved as a baseline row (`ensure_baseline`): there is always a before;
- undo refuses when a later operation changed one of the rows since (undo that one first),
  and is itself an operation: it can be undone in turn (redo).

A change of one field over a large set (a bulk publish) is not a history row per row: `bulk_set`
runs plain set-based UPDATEs in batches of ids and records one `BulkChange` (the ids, the value
before and after) in the operation. Undo sets the value back the same way; the state before of a
later row-by-row operation takes the bulk changes made since its history row into account.
"""

from __future__ import annotations

import contextvars
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.apps import apps
from django.db import models, transaction
from django.dispatch import receiver
from django.utils import timezone
from simple_history.signals import pre_create_historical_record

from people.curation.models import BulkChange, Operation, TracedHistory
from people.curation.signals import operation_recorded

# The reason of a baseline row: the state of an object before its first recorded change.
BASELINE = "state before the first change"

_current: contextvars.ContextVar[Operation | None] = contextvars.ContextVar("curation_operation", default=None)
# How deep inside the current operation the running block is (0: opened by the outermost).
_nesting: contextvars.ContextVar[int] = contextvars.ContextVar("curation_nesting", default=0)


class UndoError(Exception):
    """An operation cannot be undone (already undone, or changed since); the message says why."""


def current_operation() -> Operation | None:
    return _current.get()


@contextmanager
def operation(*, kind: str, summary: str, by=None, framing: bool = False) -> Iterator[Operation]:
    """Run a block as one recorded, atomic operation. Nested blocks join the outer operation.

    `framing`: the block only frames the work of services (the admin's form save, which calls
    `entity_names_update`, `entities_confirm`…): the first service run inside gives the operation
    its kind and summary, as if it had run alone, and the next ones add theirs to the summary, so
    that a form save is recorded like the services it called. Without any, it keeps its own."""
    outer = _current.get()
    if outer is not None:
        depth = _nesting.get()
        if depth == 0:  # a service the framing block called itself, not one that service called
            if outer.framing:
                outer.framing, outer.claimed = False, True
                outer.kind, outer.summary = kind, summary[:500]
            elif outer.claimed and summary not in outer.summary:
                outer.summary = f"{outer.summary}; {summary}"[:500]
        token = _nesting.set(depth + 1)
        try:
            yield outer
        finally:
            _nesting.reset(token)
        return
    with transaction.atomic():
        op = Operation.objects.create(kind=kind, summary=summary[:500], by=by)
        op.framing, op.claimed = framing, False
        token = _current.set(op)
        try:
            yield op
        finally:
            _current.reset(token)
        op.rows = sum(model.history.model.objects.filter(operation=op).count() for model in traced_models())
        op.rows += sum(len(ids) for ids in BulkChange.objects.filter(operation=op).values_list("ids", flat=True))
        if op.rows:
            op.save(update_fields=["rows", "kind", "summary"])
            operation_recorded.send(sender=Operation, operation=op)
        else:  # nothing written (a form sent back with errors): no operation to show
            op.delete()


@receiver(pre_create_historical_record)
def _tag_history_row(sender, history_instance, **kwargs):
    """History rows written by simple-history's signals inside an operation belong to it."""
    op = _current.get()
    if op is not None and isinstance(history_instance, TracedHistory):
        history_instance.operation = op
        if history_instance.history_user_id is None and op.by_id:
            history_instance.history_user_id = op.by_id
        history_instance.history_change_reason = op.summary[:100]


def traced_models() -> list[type[models.Model]]:
    """Every model whose history rows carry an operation."""
    return [
        model
        for model in apps.get_models()
        if hasattr(model._meta, "simple_history_manager_attribute") and issubclass(model.history.model, TracedHistory)
    ]


def _history_rows(model, objs: Iterable[models.Model], history_type: str, operation_: Operation | None) -> list:
    history_model = model.history.model
    now = timezone.now()
    return [
        history_model(
            history_date=now,
            history_type=history_type,
            history_user_id=operation_.by_id if operation_ else None,
            history_change_reason=(operation_.summary[:100] if operation_ else BASELINE),
            operation=operation_,
            **{field.attname: getattr(obj, field.attname) for field in history_model.tracked_fields},
        )
        for obj in objs
    ]


def is_traced(model: type[models.Model]) -> bool:
    """Whether the model keeps a history whose rows carry an operation (undo restores only those:
    writes to any other model are made, not recorded)."""
    return hasattr(model._meta, "simple_history_manager_attribute") and issubclass(model.history.model, TracedHistory)


def ensure_baseline(model: type[models.Model], pks: Iterable[int]) -> None:
    """Record the current state of the rows of `pks` that have no history yet (rows the importer
    wrote in bulk), so that the change about to be made can be undone. Two queries at most."""
    pks = set(pks)
    if not pks or not is_traced(model):
        return
    known = set(model.history.filter(id__in=pks).values_list("id", flat=True).distinct())
    missing = pks - known
    if missing:
        rows = _history_rows(model, model._base_manager.filter(pk__in=missing), "+", None)
        model.history.model.objects.bulk_create(rows)


def update_traced(objs: list[models.Model], fields: list[str]) -> int:
    """bulk_update `objs` on `fields` and record each changed row in the current operation.
    Call it with objects changed in memory but not yet saved."""
    if not objs:
        return 0
    model = type(objs[0])
    ensure_baseline(model, (obj.pk for obj in objs))
    model.objects.bulk_update(objs, fields)
    if is_traced(model):
        model.history.model.objects.bulk_create(_history_rows(model, objs, "~", _current.get()))
    return len(objs)


def create_traced(objs: list[models.Model]) -> list[models.Model]:
    """bulk_create `objs` and record them in the current operation."""
    if not objs:
        return objs
    model = type(objs[0])
    created = model.objects.bulk_create(objs)
    if is_traced(model):
        model.history.model.objects.bulk_create(_history_rows(model, created, "+", _current.get()))
    return created


def delete_traced(objs: Iterable[models.Model]) -> int:
    """Delete `objs` (and what cascades from them), recording every deleted row: the baseline of
    those without history first, then simple-history's delete rows, tagged with the operation."""
    objs = list(objs)
    if not objs:
        return 0
    from django.db.models.deletion import Collector

    collector = Collector(using="default")
    collector.collect(objs)
    for model, instances in collector.data.items():
        if is_traced(model):
            ensure_baseline(model, (obj.pk for obj in instances))
    deleted, _ = collector.delete()
    return deleted


BULK_BATCH = 2000


def model_label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def bulk_set(model: type[models.Model], pks: list[int], field: str, value, *, before, extra=None) -> int:
    """Set `field` to `value` on the rows `pks` (which all hold `before`) with plain UPDATEs of
    at most BULK_BATCH ids each (short statements, no row loaded), and record it as one
    BulkChange of the current operation. `extra` fields (updated_at) are set too, unrecorded.
    Returns how many rows changed."""
    pks = sorted(pks)
    if not pks:
        return 0
    changed = 0
    for start in range(0, len(pks), BULK_BATCH):
        changed += model._base_manager.filter(pk__in=pks[start : start + BULK_BATCH]).update(
            **{field: value, **(extra or {})}
        )
    op = _current.get()
    if op is not None:
        BulkChange.objects.create(
            operation=op, model=model_label(model), field=field, before=before, after=value, ids=pks
        )
    return changed


def _bulk_changes(model, *, after_op: int = 0, before_op: int | None = None) -> list[BulkChange]:
    changes = BulkChange.objects.filter(model=model_label(model), operation_id__gt=after_op).select_related("operation")
    if before_op is not None:
        changes = changes.filter(operation_id__lt=before_op)
    return list(changes.order_by("operation_id", "id"))


# -- undo ---------------------------------------------------------------------------------


@transaction.atomic
def undo(op: Operation, *, by=None) -> Operation:
    """Restore every row `op` touched to its state just before `op`; returns the undo operation."""
    op = Operation.objects.select_for_update().get(pk=op.pk)
    if op.undone_by_id:
        raise UndoError(f"operation #{op.pk} was already undone by #{op.undone_by_id}")
    plans = []
    for bulk in op.bulk_changes.all():
        _check_bulk_undoable(op, bulk)
    for model in traced_models():
        history_model = model.history.model
        rows = list(history_model.objects.filter(operation=op).order_by("history_id"))
        if not rows:
            continue
        first_of: dict[int, int] = {}
        for row in rows:
            first_of.setdefault(row.id, row.history_id)
        last_id = rows[-1].history_id
        later = (
            history_model.objects.filter(id__in=first_of, history_id__gt=last_id)
            .exclude(operation=op)
            .select_related("operation")
            .first()
        )
        if later is not None:
            by_whom = later.operation or "an edit outside any operation"
            raise UndoError(f"{model._meta.verbose_name} #{later.id} was changed since, by {by_whom}: undo that first")
        for bulk in _bulk_changes(model, after_op=op.pk):
            touched = set(bulk.ids) & set(first_of)
            if touched:
                by_whom = bulk.operation
                raise UndoError(
                    f"{model._meta.verbose_name} #{min(touched)} was changed since, by {by_whom}: undo that first"
                )
        before: dict[int, models.Model | None] = dict.fromkeys(first_of)
        for row in history_model.objects.filter(id__in=first_of, history_id__lt=max(first_of.values())).order_by(
            "history_id"
        ):
            if row.history_id < first_of[row.id]:
                before[row.id] = row
        plans.append((model, _states_before(model, before, op)))

    with operation(kind=Operation.Kind.UNDO, summary=f"undo #{op.pk}: {op.summary}", by=by) as undo_op:
        for bulk in op.bulk_changes.all():
            model = apps.get_model(bulk.model)
            bulk_set(model, bulk.ids, bulk.field, bulk.before, before=bulk.after, extra=_touch(model))
        for model, before in plans:
            _restore(model, before)
        op.undone_by = undo_op
        op.save(update_fields=["undone_by"])
    return undo_op


def _touch(model) -> dict:
    """Rows written in bulk still move their `updated_at` (incremental sync sees the change)."""
    fields = {f.name for f in model._meta.concrete_fields}
    return {"updated_at": timezone.now()} if "updated_at" in fields else {}


def _check_bulk_undoable(op: Operation, bulk: BulkChange) -> None:
    """A bulk change is undone only if no later operation changed its rows: a later bulk change
    of the same field, or a later history row (batches of ids, a query each)."""
    model = apps.get_model(bulk.model)
    ids = set(bulk.ids)
    for later in _bulk_changes(model, after_op=op.pk):
        if later.field == bulk.field and ids & set(later.ids):
            raise UndoError(
                f"{model._meta.verbose_name} #{min(ids & set(later.ids))} was changed since, by {later.operation}: "
                "undo that first"
            )
    if not is_traced(model):
        return
    # The history rows written since the bulk change (few: recent activity), matched in Python.
    later_rows = (
        model.history.model.objects.filter(history_date__gt=op.at)
        .exclude(operation=op)
        .exclude(operation__isnull=True, history_change_reason=BASELINE)
        .values_list("id", "operation_id")
        .order_by("history_id")
    )
    for pk, operation_id in later_rows.iterator(chunk_size=BULK_BATCH):
        if pk in ids:
            by_whom = Operation.objects.filter(pk=operation_id).first() or "an edit outside any operation"
            raise UndoError(f"{model._meta.verbose_name} #{pk} was changed since, by {by_whom}: undo that first")


def _states_before(model, before: dict[int, object], op: Operation) -> dict[int, models.Model | None]:
    """The state of each row just before `op`: its last history row (None where the row did not
    exist), with the bulk changes made between that row and `op` applied on top."""
    states = {pk: (row.instance if row is not None and row.history_type != "-" else None) for pk, row in before.items()}
    for bulk in _bulk_changes(model, before_op=op.pk):
        for pk in set(bulk.ids) & states.keys():
            row = before[pk]
            if states[pk] is not None and bulk.operation.at >= row.history_date:
                setattr(states[pk], bulk.field, bulk.after)
    return states


def _restore(model, before: dict[int, models.Model | None]) -> None:
    """Put the rows of `model` back as `before` says: the instance to restore, or None (the
    row did not exist before the operation: delete it)."""
    existing = set(model._base_manager.filter(pk__in=before).values_list("pk", flat=True))
    gone = [pk for pk, obj in before.items() if obj is None]
    restore = [obj for obj in before.values() if obj is not None]
    by_state: dict[bool, list] = defaultdict(list)
    for obj in restore:
        by_state[obj.pk in existing].append(obj)
    if by_state[True]:
        fields = [f.name for f in model.history.model.tracked_fields if not f.primary_key]
        update_traced(by_state[True], fields)
    if by_state[False]:
        create_traced(by_state[False])
    delete_traced(model._base_manager.filter(pk__in=[pk for pk in gone if pk in existing]))
