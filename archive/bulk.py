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


def insert_rows(model: type[Model], rows: list[dict]) -> None:
    """Insert `rows` (attribute name → value; missing fields take their default) into `model`.
    A JSON field's value (a dict, a list) is adapted as the ORM adapts it; the other values go as they are."""
    if not rows:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
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
