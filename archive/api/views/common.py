"""What entity details share: the summary of their articles, names grouped by script."""

from __future__ import annotations

from urllib.parse import urlencode

from django.db.models import F, QuerySet
from django.urls import reverse

from text.script import is_arabic_text

LATEST_ARTICLES = 5


def articles_summary(request, articles: QuerySet, parameter: str, value: int) -> dict:
    """How many articles, the filtered list's URL, and the latest few (two queries)."""
    latest = articles.only("id", "title", "language", "published", "published_precision").order_by(
        F("published").desc(nulls_last=True), "-id"
    )[:LATEST_ARTICLES]
    url = request.build_absolute_uri(reverse("api:article-list") + "?" + urlencode({parameter: value}))
    return {"count": articles.count(), "list": url, "latest": list(latest)}


def names_by_script(entity) -> dict[str, list[str]]:
    names = entity.all_names()
    return {
        "latin": [n for n in names if not is_arabic_text(n)],
        "arabic": [n for n in names if is_arabic_text(n)],
    }
