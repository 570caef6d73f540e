"""One article saved (an editor's change in the admin, a service, a test): its search row
follows. Bulk writes skip `save()` and its signal: they call `index_articles` for their batch."""

from django.db.models.signals import post_save

from archive.models import Article
from archive.search.indexing import index_articles

_TEXT_FIELDS = {"title", "body", "language"}


def _reindex_saved_article(sender, instance: Article, update_fields=None, raw=False, **kwargs) -> None:
    if raw:  # loaddata: the search rows are rebuilt by reindex_search
        return
    if update_fields is None or _TEXT_FIELDS & set(update_fields):
        index_articles([instance])


def connect() -> None:
    post_save.connect(_reindex_saved_article, sender=Article, dispatch_uid="archive.search.reindex_saved_article")
