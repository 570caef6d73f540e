"""Writes on articles that the admin, the API and the commands share: one implementation each."""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from archive.models import Article


@transaction.atomic
def articles_set_status(*, articles: QuerySet[Article], status: str) -> int:
    """Publish or unpublish articles in one UPDATE; returns how many changed."""
    if status not in Article.Status.values:
        raise ValueError(f"unknown status {status!r}")
    # update() skips auto_now, so the timestamp is set here.
    return articles.exclude(status=status).update(status=status, updated_at=timezone.now())


def articles_publish(*, articles: QuerySet[Article]) -> int:
    return articles_set_status(articles=articles, status=Article.Status.PUBLISHED)


def articles_unpublish(*, articles: QuerySet[Article]) -> int:
    return articles_set_status(articles=articles, status=Article.Status.DRAFT)
