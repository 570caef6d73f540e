"""Plain-link pagination for lists and search results (works without JavaScript)."""

from __future__ import annotations

from django.core.paginator import Page, Paginator

PER_PAGE = 20


def page_of(items, number: str | None, per_page: int = PER_PAGE) -> Page:
    """The requested page of `items` (a queryset, or a range standing for search hits); a bad
    or too large number gives the nearest page."""
    return Paginator(items, per_page).get_page(number)


def elided_range(page: Page) -> list[int | str]:
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))


def page_number(value: str | None) -> int:
    try:
        return max(int(value or 1), 1)
    except ValueError:
        return 1
