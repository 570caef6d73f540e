"""What editors did: one Operation per editorial act (a merge, a rejection, a bulk publish, an
edit in a form), and every row it changed recorded, with its values, in the history tables of
django-simple-history, each history row pointing at its operation.

This app sits below the others (curation ← people ← events ← archive): it knows no model of
theirs, only that each keeps a history whose rows carry an `operation`.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.db import NotSupportedError, models


class Operation(models.Model):
    """One editorial act: who, when, what, over how many rows, and whether it was undone."""

    class Kind(models.TextChoices):
        EDIT = "edit", "edit in a form"
        CONFIRM = "confirm", "confirm"
        REJECT = "reject", "reject"
        MERGE = "merge", "merge"
        SPLIT = "split", "split"
        SUGGESTION = "suggestion", "suggestion"
        LINK = "link", "link decision"
        PUBLISH = "publish", "publish or unpublish"
        UNDO = "undo", "undo"
        OTHER = "other", "other"

    kind = models.CharField(max_length=12, choices=Kind.choices, db_index=True)
    summary = models.CharField(max_length=500, help_text="What was done, in words, with the names involved.")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    rows = models.PositiveIntegerField(default=0, help_text="How many rows the operation wrote (history rows).")
    undone_by = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="undoes",
        help_text="The operation that undid this one, if any.",
    )

    class Meta:
        ordering = ["-at", "-id"]
        permissions = [("undo_operation", "Can undo an editorial operation")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.get_kind_display()}: {self.summary}"


class TracedHistory(models.Model):
    """The base of every history model: the operation a history row belongs to (none for a row
    written outside one, like the baseline of an object's state before its first recorded change)."""

    operation = models.ForeignKey(
        Operation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_constraint=False,
    )

    class Meta:
        abstract = True


class ListHas(models.Lookup):
    """`ids__has=5`: the JSON list holds the value. JSON containment on PostgreSQL (`@>`, served by
    the GIN index of migration 0004), `json_each` on SQLite, where Django's `contains` on a JSON
    field is not supported. Registered on BulkChange.ids only."""

    lookup_name = "has"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        if connection.vendor == "postgresql":
            return f"{lhs} @> %s::jsonb", [*lhs_params, json.dumps([self.rhs])]
        if connection.vendor == "sqlite":
            return f"EXISTS (SELECT 1 FROM json_each({lhs}) WHERE json_each.value = %s)", [*lhs_params, self.rhs]
        raise NotSupportedError(f"ids__has is written for PostgreSQL and SQLite, not {connection.vendor}")


class BulkChangeQuerySet(models.QuerySet):
    def touching(self, model: type[models.Model], pk: int) -> BulkChangeQuerySet:
        """The bulk changes whose ids hold `pk` of `model` (one query, whatever their number of
        ids): what an object's own history page shows beside its history rows."""
        return self.filter(model=model._meta.label_lower, ids__has=int(pk))


class BulkChange(models.Model):
    """One set-based change of one field over many rows (a bulk publish of 100,000 articles):
    recorded once, with the ids it changed and the values before and after, instead of a
    history row per row. Undo sets the field back on those ids, in batches
    (people.curation.history.bulk_set)."""

    operation = models.ForeignKey(Operation, on_delete=models.CASCADE, related_name="bulk_changes")
    model = models.CharField(max_length=100, help_text="app_label.model_name of the rows changed.")
    field = models.CharField(max_length=100)
    before = models.JSONField(help_text="The value the rows had before (they all had it).")
    after = models.JSONField()
    ids = models.JSONField(default=list, help_text="Primary keys of the rows changed, ascending.")

    objects = BulkChangeQuerySet.as_manager()

    class Meta:
        ordering = ["operation_id", "id"]
        indexes = [models.Index(fields=["model", "operation"], name="bulkchange_model_op")]

    def __str__(self) -> str:
        return f"{self.model}.{self.field}: {self.before} → {self.after} on {len(self.ids)} rows"


BulkChange._meta.get_field("ids").register_lookup(ListHas)
