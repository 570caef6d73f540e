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

from people.curation.models import Operation, TracedHistory
from people.curation.signals import operation_recorded

_current: contextvars.ContextVar[Operation | None] = contextvars.ContextVar("curation_operation", default=None)


class UndoError(Exception):
    """An operation cannot be undone (already undone, or changed since); the message says why."""


def current_operation() -> Operation | None:
    return _current.get()


@contextmanager
def operation(*, kind: str, summary: str, by=None) -> Iterator[Operation]:
    """Run a block as one recorded, atomic operation. Nested blocks join the outer operation."""
    outer = _current.get()
    if outer is not None:
        yield outer
        return
    with transaction.atomic():
        op = Operation.objects.create(kind=kind, summary=summary[:500], by=by)
        token = _current.set(op)
        try:
            yield op
        finally:
            _current.reset(token)
        op.rows = sum(model.history.model.objects.filter(operation=op).count() for model in traced_models())
        if op.rows:
            op.save(update_fields=["rows"])
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
            history_change_reason=(operation_.summary[:100] if operation_ else "state before the first change"),
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


# -- undo ---------------------------------------------------------------------------------


@transaction.atomic
def undo(op: Operation, *, by=None) -> Operation:
    """Restore every row `op` touched to its state just before `op`; returns the undo operation."""
    op = Operation.objects.select_for_update().get(pk=op.pk)
    if op.undone_by_id:
        raise UndoError(f"operation #{op.pk} was already undone by #{op.undone_by_id}")
    plans = []
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
        before: dict[int, models.Model | None] = dict.fromkeys(first_of)
        for row in history_model.objects.filter(id__in=first_of, history_id__lt=max(first_of.values())).order_by(
            "history_id"
        ):
            if row.history_id < first_of[row.id]:
                before[row.id] = row
        plans.append((model, before))

    with operation(kind=Operation.Kind.UNDO, summary=f"undo #{op.pk}: {op.summary}", by=by) as undo_op:
        for model, before in plans:
            _restore(model, before)
        op.undone_by = undo_op
        op.save(update_fields=["undone_by"])
    return undo_op


def _restore(model, before: dict[int, models.Model | None]) -> None:
    """Put the rows of `model` back as `before` says: a history row to restore, or None (the
    row did not exist before the operation: delete it)."""
    existing = set(model._base_manager.filter(pk__in=before).values_list("pk", flat=True))
    gone = [pk for pk, row in before.items() if row is None or row.history_type == "-"]
    restore = [row.instance for row in before.values() if row is not None and row.history_type != "-"]
    by_state: dict[bool, list] = defaultdict(list)
    for obj in restore:
        by_state[obj.pk in existing].append(obj)
    if by_state[True]:
        fields = [f.name for f in model.history.model.tracked_fields if not f.primary_key]
        update_traced(by_state[True], fields)
    if by_state[False]:
        create_traced(by_state[False])
    delete_traced(model._base_manager.filter(pk__in=[pk for pk in gone if pk in existing]))
