"""The article's texts and its search row compressed with lz4 rather than pglz, on PostgreSQL.

An article row (its body and raw text, some 5 KB) and its search row (document and vector) are
over PostgreSQL's 2 KB threshold: the server compresses their largest values on every insert, with
pglz by default, a tenth of lz4's speed. With lz4 the import's server CPU fell from 0.81 to 0.71 ms
per article (bench_import --extract, 3,000 dev copies, three alternated runs). Compression is
transparent: what is read back is the same text; values stored before keep pglz and read as they did.

PostgreSQL 14 or later built with lz4 only (Debian's and the official images are); elsewhere, and
on SQLite, nothing changes."""

from django.db import DatabaseError, migrations, transaction

COLUMNS = {
    "archive_article": ("body", "raw_text"),
    "archive_articlesearch": ("document", "vector"),
}


def _set(schema_editor, method: str) -> None:
    connection = schema_editor.connection
    if connection.vendor != "postgresql" or connection.pg_version < 140000:
        return
    for table, columns in COLUMNS.items():
        clauses = ", ".join(f'ALTER COLUMN "{column}" SET COMPRESSION {method}' for column in columns)
        try:
            with transaction.atomic(using=connection.alias):  # a savepoint: a server without lz4 refuses it
                schema_editor.execute(f'ALTER TABLE "{table}" {clauses}')
        except DatabaseError:  # unsupported compression method: keep the server's default
            return


def to_lz4(apps, schema_editor):
    _set(schema_editor, "lz4")


def to_default(apps, schema_editor):
    _set(schema_editor, "default")


class Migration(migrations.Migration):
    dependencies = [("archive", "0021_article_person_roles")]

    operations = [migrations.RunPython(to_lz4, to_default)]
