"""The order lists show articles in (newest first, undated last: the API and the public site),
as an index, so that a filtered page of 50 stops after 50 rows instead of sorting every match.

PostgreSQL only: SQLite cannot write NULLS LAST in an index (and its databases are small).
Outside the models' state on purpose, for the same reason."""

from django.db import migrations

CREATE = 'CREATE INDEX IF NOT EXISTS "article_newest_first" ON "archive_article" ("published" DESC NULLS LAST, "id" DESC)'
DROP = 'DROP INDEX IF EXISTS "article_newest_first"'


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("archive", "0007_editors_group")]

    operations = [migrations.RunPython(create, drop)]
