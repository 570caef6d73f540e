"""Inserting many rows fast: COPY on PostgreSQL, bulk_create elsewhere.

The import writes some fifteen links per article. Through `bulk_create` each value goes
through the ORM's per-field preparation and the driver's quoting, which made linking the
import's bottleneck; COPY streams plain rows to the server instead. Only for rows whose ids
the caller does not need back, made of plain values (numbers, text, None): no save()
signals, no per-field conversion.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import JSONField, Model

from people.search import SearchableModel


def insert_rows(model: type[Model], rows: list[dict]) -> None:
    """Insert `rows` (attribute name → value; missing fields take their default) into `model`.
    A JSON field's value (a dict, a list) is adapted as the ORM adapts it; the other values go as they are."""
    if not rows:
        return
    # Every column but an auto-incremented id (a one-to-one primary key is a value like any other).
    fields = [f for f in model._meta.concrete_fields if f is not model._meta.auto_field]
    if connection.vendor != "postgresql":
        model.objects.bulk_create([model(**row) for row in rows])
        return
    defaults = {f.attname: f.get_default() for f in fields}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    json = [i for i, f in enumerate(fields) if isinstance(f, JSONField)]
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = [row[f.attname] if f.attname in row else defaults[f.attname] for f in fields]
            for i in json:
                values[i] = fields[i].get_db_prep_save(values[i], connection)
            copy.write_row(values)


def create_objects(model: type[Model], objs: list[Model]) -> list[Model]:
    """Create `objs` (new, unsaved instances) and give each its id, like `bulk_create`.

    On PostgreSQL the ids are drawn from the table's sequence in one query and the rows go in
    with one COPY: `bulk_create` prepares every value through the ORM and quotes it in Python
    (client-side binding), which made writing the articles, text and all, the costliest part
    of the import's main process. The values are those `save()` would write (`pre_save`, so
    that `auto_now` fields are set, then the field's own preparation)."""
    if not objs or connection.vendor != "postgresql":
        return model.objects.bulk_create(objs) if objs else objs
    if issubclass(model, SearchableModel):
        for obj in objs:
            obj.refresh_search_key()  # as SearchableQuerySet.bulk_create does
    meta = model._meta
    fields = meta.concrete_fields
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        with cursor.cursor.copy(f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row([f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields])
    for obj in objs:
        obj._state.adding, obj._state.db = False, connection.alias
    return objs


def upsert(model: type[Model], objs) -> None:
    """Create `objs` in one INSERT … ON CONFLICT (import_key) DO UPDATE: where another import
    created the same key meanwhile, its row is kept and its id given to the object (the lock and
    `EntityResolver.refresh` make that rare; the unique key makes it harmless)."""
    model.objects.bulk_create(
        list(objs), update_conflicts=True, unique_fields=["import_key"], update_fields=["updated_at"]
    )


def update_column(model: type[Model], field: str, values: dict[int, object]) -> None:
    """Set one column of many rows, each to its own value (primary key → value), in one statement.
    On PostgreSQL an `UPDATE … FROM unnest(ids, values)`: `bulk_update`'s CASE of a thousand branches
    per statement is tested row by row, branch by branch (quadratic in the batch)."""
    if not values:
        return
    if connection.vendor != "postgresql":
        column = model._meta.get_field(field)
        model.objects.bulk_update([model(pk=pk, **{column.attname: v}) for pk, v in values.items()], [field])
        return
    meta = model._meta
    column = meta.get_field(field)
    pk_type, value_type = meta.pk.db_type(connection), column.db_type(connection)
    qn = connection.ops.quote_name
    table, pk = qn(meta.db_table), qn(meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {qn(column.column)} = v.value "
            f"FROM unnest(%s::{pk_type}[], %s::{value_type}[]) AS v(id, value) WHERE {table}.{pk} = v.id",
            [list(values), list(values.values())],
        )
