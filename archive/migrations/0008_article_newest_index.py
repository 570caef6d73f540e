from django.db import migrations


def create_index(apps, schema_editor):
    # The public lists and the search's newest matches read articles newest first, undated
    # last: this index serves that order without sorting. PostgreSQL only: SQLite cannot index
    # NULLS LAST (its lists are small).
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS article_newest ON archive_article (published DESC NULLS LAST, id DESC)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_newest")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0007_editors_group"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
