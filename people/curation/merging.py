"""Merging rows of one model into a survivor, and taking rows out to a new one: the generic part.

Whatever points at the merged rows (article links, participations, events of a series, a
parent, a suggestion) is found through the model's reverse relations, so this module needs to
know no model of the apps above it. Domain services (people.services, events.services) decide
what happens to names and call these.

Two rows that would point at the survivor with the same unique key (two links of one article
to two spellings of one man) collapse into one when their model says `collapse_on_merge`; for
any other model (two sessions numbered 47 in two merged series) the merge is refused with a
message saying what to merge first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import models
from simple_history.models import HistoricalChanges

from people.curation.history import delete_traced, update_traced


class MergeError(ValueError):
    """A merge or split that cannot be done as asked; the message says why."""


def _reverse_relations(model: type[models.Model]) -> list[models.ForeignObjectRel]:
    """Every foreign key of another (or the same) model pointing at `model`, hidden ones
    included (`related_name="+"`), history tables left out."""
    return [
        rel
        for rel in model._meta.get_fields(include_hidden=True)
        if rel.auto_created
        and not rel.concrete
        and (rel.one_to_many or rel.one_to_one)
        and not issubclass(rel.related_model, HistoricalChanges)
    ]


def _unique_sets(model: type[models.Model], field_name: str) -> list[list[str]]:
    """The unique keys of `model` that include `field_name` (conditional ones too)."""
    sets = [list(fields) for fields in model._meta.unique_together if field_name in fields]
    sets += [
        list(c.fields)
        for c in model._meta.constraints
        if isinstance(c, models.UniqueConstraint) and field_name in c.fields
    ]
    return sets


def merge_rows(*, survivor: models.Model, others: Sequence[models.Model]) -> dict[str, int]:
    """Point everything that points at `others` to `survivor`, collapse duplicates, delete
    `others`. Returns, per related model, how many rows were moved and collapsed."""
    model = type(survivor)
    other_pks = [o.pk for o in others]
    if not other_pks or survivor.pk in other_pks:
        raise MergeError("choose a survivor and at least one other record, the survivor not among them")
    counts: dict[str, int] = {}
    for rel in _reverse_relations(model):
        related, field = rel.related_model, rel.field
        moving = list(related._base_manager.filter(**{f"{field.name}__in": other_pks}).order_by("pk"))
        if related is model:  # rows of the merged set itself: deleted below, not moved
            moving = [row for row in moving if row.pk not in other_pks and row.pk != survivor.pk]
            own = related._base_manager.filter(pk=survivor.pk, **{f"{field.name}__in": other_pks}).first()
            if own is not None:  # the survivor pointed at one of the merged (a suggestion, a parent)
                setattr(own, field.name, None)
                update_traced([own], [field.name])
        if not moving:
            continue
        to_move, to_delete = [], []
        keys = _unique_sets(related, field.name)
        taken = [_taken_keys(related, field, survivor.pk, key) for key in keys]
        for row in moving:
            row_keys = [_key_of(row, key, field.name) for key in keys]
            clash = any(None not in k and k in t for k, t in zip(row_keys, taken, strict=True))
            if clash and getattr(related, "collapse_on_merge", False):
                to_delete.append(row)
                continue
            if clash:
                raise MergeError(
                    f"{related._meta.verbose_name} “{row}” would clash with one already of “{survivor}”: "
                    f"merge those first"
                )
            for k, t in zip(row_keys, taken, strict=True):
                t.add(k)
            setattr(row, field.name, survivor)
            to_move.append(row)
        update_traced(to_move, [field.name])
        delete_traced(to_delete)
        label = related._meta.label
        counts[f"{label} moved"] = counts.get(f"{label} moved", 0) + len(to_move)
        counts[f"{label} collapsed"] = counts.get(f"{label} collapsed", 0) + len(to_delete)
    delete_traced(model._base_manager.filter(pk__in=other_pks))
    return counts


def _key_of(row: models.Model, key: list[str], pointer: str) -> tuple:
    return tuple(getattr(row, row._meta.get_field(f).attname) for f in key if f != pointer)


def _taken_keys(related, field, survivor_pk: int, key: list[str]) -> set[tuple]:
    others = [f for f in key if f != field.name]
    rows = related._base_manager.filter(**{field.name: survivor_pk}).values_list(*others)
    return {tuple(row) for row in rows}


def move_rows(*, rows: Iterable[models.Model], source: models.Model, target: models.Model) -> int:
    """Point the given rows (links of `source`) at `target` instead: the split of chosen rows."""
    moved = []
    for row in rows:
        field = next(
            (
                f
                for f in row._meta.concrete_fields
                if f.is_relation and f.related_model is type(source) and getattr(row, f.attname) == source.pk
            ),
            None,
        )
        if field is None:
            raise MergeError(f"“{row}” does not belong to “{source}”")
        setattr(row, field.name, target)
        moved.append(row)
    by_model: dict[type, list] = {}
    for row in moved:
        by_model.setdefault(type(row), []).append(row)
    for model_rows in by_model.values():
        field_names = [
            f.name for f in model_rows[0]._meta.concrete_fields if f.is_relation and f.related_model is type(source)
        ]
        update_traced(model_rows, field_names)
    return len(moved)
