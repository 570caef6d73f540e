"""What entity details share: the summary of their articles, names grouped by script."""

from __future__ import annotations

from urllib.parse import urlencode

from django.db.models import F, QuerySet
from django.urls import reverse

LATEST_ARTICLES = 5


def articles_summary(request, articles: QuerySet, parameter: str, value: int) -> dict:
    """How many articles, the filtered list's URL, and the latest few (two queries)."""
    latest = articles.only("id", "title", "language", "published", "published_precision").order_by(
        F("published").desc(nulls_last=True), "-id"
    )[:LATEST_ARTICLES]
    url = request.build_absolute_uri(reverse("api:article-list") + "?" + urlencode({parameter: value}))
    return {"count": articles.count(), "list": url, "latest": list(latest)}


def is_arabic_text(name: str) -> bool:
    # TODO(issue 7): use the text layer's one script test once it lands on main.
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in name)


def names_by_script(entity) -> dict[str, list[str]]:
    names = entity.all_names()
    return {
        "latin": [n for n in names if not is_arabic_text(n)],
        "arabic": [n for n in names if is_arabic_text(n)],
    }
