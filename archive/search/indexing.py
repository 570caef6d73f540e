"""Keeping every article's search document and vector current, in bulk.

The import writes articles with `bulk_create`/`bulk_update`, which skip `save()`: so nothing
here hangs on `save()` or signals. Whoever writes articles calls `index_articles` once for the
batch, in the batch's transaction (the importer's writer does; `Article.save()` does for one
article; `manage.py reindex_search` rebuilds everything). One statement per batch: an upsert of
the documents which, on PostgreSQL, builds each vector with `to_tsvector` in the configuration
(stemmer) of its article's language and copies the article's publication date (the order the
search walks in; a trigger keeps it when the date changes, see migration 0020). Each row is
written once: an upsert followed by an UPDATE of the vectors left a dead version of every row,
and the table twice its size, which the search's walk then read through.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.db import connection

from archive.models import Article, ArticleSearch
from archive.search.analysis import document_of_words
from text.normalize import folded_words

# PostgreSQL's built-in configurations: a Snowball stemmer each. Their stopword lists matter
# little: the words are folded and function words dropped before (see analysis.py).
CONFIGS = {"fr": "french", "en": "english", "ar": "arabic", "es": "spanish"}
FALLBACK_CONFIG = "simple"


def config_for(language: str) -> str:
    return CONFIGS.get(language, FALLBACK_CONFIG)


def article_document(title: str, body: str, language: str) -> str:
    """The search document of an article (pure: the import computes it in its worker processes):
    that of `article_text`, from the words of the title and of the body folded apart, so that the
    body's are those its near-duplicate signature reads next (`folded_words` remembers them)."""
    return document_of_words([*folded_words(title), *folded_words(body)], language)


def index_articles(articles: Iterable[Article], *, documents: Mapping[int, str] | None = None) -> int:
    """Write the search document (and on PostgreSQL the vector) of each article; returns how
    many. The articles need `id`, `title`, `body` and `language` loaded; `documents` may give
    some articles' documents already computed (by `article_document`), by article id."""
    documents = documents or {}
    rows = [
        ArticleSearch(
            article_id=a.pk,
            document=documents.get(a.pk) or article_document(a.title, a.body, a.language),
            config=config_for(a.language),
        )
        for a in articles
    ]
    if not rows:
        return 0
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                _UPSERT,
                [[r.article_id for r in rows], [r.document for r in rows], [r.config for r in rows]],
            )
    else:
        ArticleSearch.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["article"], update_fields=["document", "config"], batch_size=500
        )
    return len(rows)


# The documents arrive as three arrays (one parameter each, whatever the batch's size); the vector
# and the date are computed beside them, in the same row version.
_UPSERT = f"""
INSERT INTO {ArticleSearch._meta.db_table} (article_id, document, config, vector, published)
SELECT d.article_id, d.document, d.config, to_tsvector(d.config::regconfig, d.document), a.published
FROM unnest(%s::bigint[], %s::text[], %s::text[]) AS d (article_id, document, config)
JOIN {Article._meta.db_table} a ON a.id = d.article_id
ON CONFLICT (article_id) DO UPDATE SET
    document = EXCLUDED.document, config = EXCLUDED.config, vector = EXCLUDED.vector, published = EXCLUDED.published
"""


def reindex_all(batch_size: int = 1000) -> int:
    """Rebuild every article's search row (after a change of folding or stopwords)."""
    total = 0
    batch: list[Article] = []
    for article in Article.objects.only("id", "title", "body", "language").order_by("pk").iterator(batch_size):
        batch.append(article)
        if len(batch) >= batch_size:
            total += index_articles(batch)
            batch = []
    return total + index_articles(batch)
