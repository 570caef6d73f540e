"""The search's walk down the newest articles reads the search table alone: the article's
publication date is copied into its search row, with an index in the articles' order (newest
first, undated last).

A walk used to read each article newest first, then its search row to test the text: two heap
visits per article tested, about 2,070 articles for the newest 200 matches of a word in 9 % of
the archive. Now it reads the search rows in that order and visits an article only when its text
matches (about 210).

The copy is kept by the database: a trigger follows every change of an article's date (an
editor's edit, an import's bulk update, an undo's bulk restore, a data migration), which no
`save()` hook would see; `archive.search.indexing` writes it with the row.

PostgreSQL only, like the vector: SQLite's search reads the document and never this order (the
column stays empty there). Index and trigger outside the models' state, as migration 0008's."""

from django.db import migrations, models

CREATE = [
    'CREATE INDEX IF NOT EXISTS "article_search_newest_first" '
    'ON "archive_articlesearch" ("published" DESC NULLS LAST, "article_id" DESC)',
    """CREATE OR REPLACE FUNCTION archive_article_search_published() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE archive_articlesearch SET published = NEW.published WHERE article_id = NEW.id;
        RETURN NULL;
    END $$""",
    'CREATE TRIGGER "article_search_published" AFTER UPDATE OF "published" ON "archive_article" '
    "FOR EACH ROW WHEN (OLD.published IS DISTINCT FROM NEW.published) "
    "EXECUTE FUNCTION archive_article_search_published()",
]
DROP = [
    'DROP TRIGGER IF EXISTS "article_search_published" ON "archive_article"',
    "DROP FUNCTION IF EXISTS archive_article_search_published()",
    'DROP INDEX IF EXISTS "article_search_newest_first"',
]
BACKFILL = (
    "UPDATE archive_articlesearch s SET published = a.published FROM archive_article a "
    "WHERE a.id = s.article_id AND s.published IS DISTINCT FROM a.published"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKFILL)
        for statement in CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("archive", "0019_editors_file_reports")]

    operations = [
        migrations.AddField(
            model_name="articlesearch",
            name="published",
            field=models.DateField(
                editable=False,
                help_text="PostgreSQL only: a copy of the article's publication date, kept by the database; "
                "empty on SQLite.",
                null=True,
            ),
        ),
        migrations.RunPython(create, drop),
    ]
