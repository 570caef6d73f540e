"""The bulk changes that touched one row, found by its id (an object's history page): a GIN
index over the ids, so that `ids @> '[id]'` reads the index instead of every list of ids
(a bulk publish holds up to 100,000 of them).

PostgreSQL only: SQLite has no GIN (its `json_each` scan serves small databases). Outside the
models' state on purpose, for the same reason."""

from django.db import migrations

CREATE = 'CREATE INDEX IF NOT EXISTS "bulkchange_ids_gin" ON "curation_bulkchange" USING gin ("ids" jsonb_path_ops)'
DROP = 'DROP INDEX IF EXISTS "bulkchange_ids_gin"'


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("curation", "0003_bulk_change")]

    operations = [migrations.RunPython(create, drop)]
