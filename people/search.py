"""Search that forgives spelling, for every model with names or a title: one implementation.

A searchable model stores `search_key`, the folded forms of all its names (see
`text.search_keys`), and its queryset answers `.search(q)`:

    Person.objects.search("hammouchi")          # any script, any accent, with or without ال
    Organization.objects.search("surete nationale")
    Article.objects.search("انتربول")

The key is kept current by every code path that writes names, without a trigger:
- `save()` (admin forms, services, `objects.create`) recomputes it;
- the queryset's `bulk_create` and `bulk_update` (the importer, the knowledge base loaders)
  recompute it for the objects they are given, and add it to the updated fields when a name
  field is among them;
- the queryset's `update()` of a name field (a bulk rename, an expression over names) recomputes
  the keys of the rows it changed, in the same transaction (`refresh_search_keys_of`);
- only raw SQL skips it: `refresh_search_keys` (the management command) rebuilds every key.

Matching is a substring test (`LIKE '%word%'`) per folded word on both SQLite and PostgreSQL:
one code path, no extension. A key is short (the names of one row, or a title), so the scan of
the column stays cheap; a trigram index (pg_trgm) would serve it on PostgreSQL at larger sizes.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models, transaction

from people.curation.search import folded_condition
from text.search_keys import search_key


def search_filter(query: str | None, field: str = "search_key") -> models.Q:
    """The condition "every folded word of `query` is in the key"; an empty query matches all.
    `field` may follow a relation ("person__search_key") to search rows by a related name."""
    return folded_condition(query, field)


class SearchableModel(models.Model):
    """A model with a stored search key. Subclasses say which names the key is made of."""

    search_key = models.TextField(
        blank=True,
        default="",
        # Rows written by code that does not know the column (a data migration's historical
        # model) get an empty key, which refresh_search_keys fills.
        db_default="",
        editable=False,
        help_text="Every name form of the row folded for search (accents, case, Arabic letter forms); "
        "derived, never edited.",
    )

    # The fields whose change changes the key (bulk_update adds search_key when one is updated).
    search_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.refresh_search_key()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) & set(self.search_fields):
            kwargs["update_fields"] = {*update_fields, "search_key"}
        super().save(*args, **kwargs)

    def search_names(self) -> Iterable[str | None]:
        return [getattr(self, name) for name in self.search_fields]

    def refresh_search_key(self) -> None:
        self.search_key = search_key(self.search_names())


class SearchableQuerySet(models.QuerySet):
    """`.search(q)`, and bulk writes that keep the key current."""

    def search(self, query: str | None):
        return self.filter(search_filter(query))

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.refresh_search_key()
        return super().bulk_create(objs, *args, **kwargs)

    def update(self, **kwargs):
        """A set-based update; when it writes a name field, the keys of the rows it changed are
        recomputed in the same transaction (the rows are chosen before the update, which may
        change what the filter selects). An update that sets `search_key` itself (`bulk_update`
        does, with the keys it computed) is taken as it is."""
        if "search_key" in kwargs or not set(kwargs) & set(self.model.search_fields):
            return super().update(**kwargs)
        with transaction.atomic(using=self.db):
            pks = list(self.values_list("pk", flat=True))
            count = super().update(**kwargs)
            refresh_search_keys_of(self.model, pks)
        return count

    def bulk_update(self, objs, fields, *args, **kwargs):
        if set(fields) & set(self.model.search_fields):
            objs = list(objs)
            for obj in objs:
                obj.refresh_search_key()
            fields = list(dict.fromkeys([*fields, "search_key"]))
        return super().bulk_update(objs, fields, *args, **kwargs)


def refresh_search_keys_of(model: type[SearchableModel], pks: list, batch_size: int = 2000) -> int:
    """Recompute the keys of the rows `pks` of `model`, a batch of rows at a time; returns how
    many changed."""
    changed = 0
    for start in range(0, len(pks), batch_size):
        rows = list(model._base_manager.filter(pk__in=pks[start : start + batch_size]))
        stale = []
        for obj in rows:
            before = obj.search_key
            obj.refresh_search_key()
            if obj.search_key != before:
                stale.append(obj)
        if stale:
            model._base_manager.bulk_update(stale, ["search_key"])
            changed += len(stale)
    return changed


def refresh_search_keys(model: type[SearchableModel], batch_size: int = 2000) -> int:
    """Recompute the key of every row of `model` (after a raw SQL change, or on migration);
    returns how many rows changed. Streams the rows, writes in batches."""
    changed, batch = 0, []
    for obj in model._base_manager.all().order_by("pk").iterator(chunk_size=batch_size):
        before = obj.search_key
        obj.refresh_search_key()
        if obj.search_key != before:
            batch.append(obj)
        if len(batch) >= batch_size:
            model._base_manager.bulk_update(batch, ["search_key"])
            changed, batch = changed + len(batch), []
    if batch:
        model._base_manager.bulk_update(batch, ["search_key"])
        changed += len(batch)
    return changed
