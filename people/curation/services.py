"""Writes on the editorial history that the admin, the API and the commands share."""

from __future__ import annotations

from people.curation import history
from people.curation.models import Operation


def operation_undo(*, operation: Operation, by=None) -> Operation:
    """Undo an editorial operation: every row it touched goes back to its state just before
    (a merge is split, a rejection withdrawn, a bulk publish unpublished). Refused, with a
    message naming the row, when a later operation changed one of those rows: undo that first.
    Returns the undo, itself an operation (undo it to redo)."""
    return history.undo(operation, by=by)
