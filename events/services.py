"""Writes on event series and events that the admin, the API and the commands share.

Like people.services: keyword-only, atomic, each one recorded editorial operation that
`people.curation.services.operation_undo` (or `people.services.entity_unmerge`) can take back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from events.knowledge_base import read_series, series_load
from events.models import Event, EventSeries
from people.curation.history import operation, update_traced
from people.curation.merging import MergeError, merge_rows
from people.curation.models import Operation
from people.models import Review


def _names(rows: Sequence, limit: int = 5) -> str:
    shown = ", ".join(f"“{r.name}”" for r in rows[:limit])
    return shown + (f" and {len(rows) - limit} more" if len(rows) > limit else "")


def _take_review(survivor, others) -> None:
    """A confirmed record merged in vouches for the survivor (unless an editor rejected it)."""
    if survivor.review != Review.REJECTED and any(o.review == Review.CONFIRMED for o in others):
        survivor.review = Review.CONFIRMED


def series_merge(*, survivor: EventSeries, others: Sequence[EventSeries], by=None) -> Operation:
    """Merge event series into `survivor`: their sessions move to it (refused, naming them, if
    two sessions share an ordinal: merge those events first), their names become its aliases
    so that the next import ties those names to it, blank labels and organization are filled."""
    others = [o for o in others if o.pk != survivor.pk]
    if not others:
        raise MergeError("choose at least one series to merge into the survivor")
    with operation(kind=Operation.Kind.MERGE, summary=f"merged {_names(others)} into “{survivor.name}”", by=by) as op:
        survivor = EventSeries.objects.select_for_update().get(pk=survivor.pk)
        others = list(EventSeries.objects.filter(pk__in=[o.pk for o in others]))
        for other in others:
            for field in ("label_fr", "label_ar", "label_en", "event_name_template"):
                if not getattr(survivor, field) and getattr(other, field):
                    setattr(survivor, field, getattr(other, field))
            if survivor.organization_id is None:
                survivor.organization_id = other.organization_id
        known = set(survivor.all_names())
        new = [n for other in others for n in other.all_names() if n not in known]
        survivor.aliases = [*(survivor.aliases or []), *dict.fromkeys(new)]
        _take_review(survivor, others)
        update_traced(
            [survivor],
            ["label_fr", "label_ar", "label_en", "event_name_template", "organization", "aliases", "review"],
        )
        merge_rows(survivor=survivor, others=others)
    return op


def event_merge(*, survivor: Event, others: Sequence[Event], by=None) -> Operation:
    """Merge events (one session recorded twice: numbered in one language, unnumbered in another)
    into `survivor`: their article links move (two links of one article collapse into one), the
    merged names become the survivor's aliases, and what the survivor does not know (series,
    ordinal, place, dates) is taken from them."""
    others = [o for o in others if o.pk != survivor.pk]
    if not others:
        raise MergeError("choose at least one event to merge into the survivor")
    with operation(kind=Operation.Kind.MERGE, summary=f"merged {_names(others)} into “{survivor.name}”", by=by) as op:
        survivor = Event.objects.select_for_update().get(pk=survivor.pk)
        others = list(Event.objects.filter(pk__in=[o.pk for o in others]))
        fields = ["city", "country", "start", "start_precision", "end", "end_precision"]
        for other in others:
            for field in fields:
                if not getattr(survivor, field) and getattr(other, field):
                    setattr(survivor, field, getattr(other, field))
        if survivor.series_id is None or survivor.ordinal is None:
            donor = next((o for o in others if o.series_id and o.ordinal), None)
            if donor is not None:
                # The donor's (series, ordinal) is unique: it is deleted below, in the same
                # transaction, before the survivor takes it (constraints are checked at commit on
                # PostgreSQL; SQLite checks at once, so the donor's pair is cleared first).
                ordinal, donor.ordinal = donor.ordinal, None
                update_traced([donor], ["ordinal"])
                survivor.series_id, survivor.ordinal = donor.series_id, ordinal
                fields += ["series", "ordinal"]
        known = {survivor.name, *(survivor.aliases or [])}
        survivor.aliases = [*(survivor.aliases or []), *dict.fromkeys(o.name for o in others if o.name not in known)]
        survivor.updated_at = timezone.now()
        _take_review(survivor, others)
        update_traced([survivor], [*fields, "aliases", "review", "updated_at"])
        merge_rows(survivor=survivor, others=others)
    return op


def series_attach_alias(*, candidate: EventSeries, known: EventSeries, by=None) -> Operation:
    """The candidate series is another name of a known one: merged into it (its names become
    aliases, its sessions move). The review queue's "alias of…" for series."""
    return series_merge(survivor=known, others=[candidate], by=by)


def event_attach_alias(*, candidate: Event, known: Event, by=None) -> Operation:
    """The candidate event is the known session under another name: merged into it."""
    return event_merge(survivor=known, others=[candidate], by=by)


@transaction.atomic
def event_series_load(*, path: Path | None = None) -> dict[str, int]:
    """Load the event series of the knowledge base (events/knowledge/series.json) and their known
    sessions: names merged and blanks filled, never undoing an editor's corrections. One
    transaction; returns counts of what was created."""
    return series_load(entries=read_series(path))
