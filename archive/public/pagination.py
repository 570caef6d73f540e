"""Plain-link pagination for lists and search results (works without JavaScript).

Lists (articles, persons, organizations, events) page by seeking, not by offset: a page is the
rows after (or before) the last row the reader saw, in the list's order of a key and the id
(`published DESC NULLS LAST, id DESC` for articles, `name, id` for entities). The database
starts reading at that row through the index of that order, so page 5,000 costs what page 1
costs, and no page counts every row: the count is capped (`COUNT_CAP`, "1,000+").

Search results are ranked, not ordered by a key: they page by number within the at most
`COUNT_CAP` hits the search reaches (`page_of`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import F, QuerySet

PER_PAGE = 20
COUNT_CAP = 1000


def page_of(items, number: str | None, per_page: int = PER_PAGE) -> Page:
    """The requested page of `items` (a range standing for search hits); a bad or too large
    number gives the nearest page."""
    return Paginator(items, per_page).get_page(number)


def elided_range(page: Page) -> list[int | str]:
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))


def page_number(value: str | None) -> int:
    try:
        return max(int(value or 1), 1)
    except ValueError:
        return 1


def capped_count(queryset: QuerySet, cap: int | None = None) -> tuple[int, bool]:
    """How many rows, counting no further than `cap` (COUNT_CAP): (count, True) means more."""
    cap = cap or COUNT_CAP
    count = queryset.order_by()[: cap + 1].count()
    return (cap, True) if count > cap else (count, False)


@dataclass
class SeekPage:
    """One page of a list read by seeking, with the cursors of its neighbours.

    `older` / `newer`: the cursor values of the `after` / `before` links (None: no such page);
    `first`: whether this is the top of the list (no `before` link, "newest" is this page)."""

    items: list
    count: int
    count_capped: bool
    older: str | None = None
    newer: str | None = None
    first: bool = True
    per_page: int = PER_PAGE
    number: int = 1  # the page's number, carried in the address (`n`) for the reader's sake

    @property
    def older_number(self) -> int:
        return self.number + 1

    @property
    def newer_number(self) -> int:
        return max(self.number - 1, 1)

    @property
    def has_other_pages(self) -> bool:
        return bool(self.older or self.newer)


class SeekOrder:
    """A list's order: a key field and the id breaking ties, both descending or both ascending;
    a nullable key sorts its NULLs last (the order of `article_newest_first`)."""

    def __init__(self, model, key: str, *, descending: bool):
        self.model = model
        self.field = model._meta.get_field(key)
        self.key = key
        self.descending = descending
        self.nullable = self.field.null
        table = model._meta.db_table
        self._row = f'("{table}"."{self.field.column}", "{table}"."{model._meta.pk.column}")'

    def cursor(self, obj) -> str:
        value = getattr(obj, self.key)
        text = "" if value is None else (value.isoformat() if isinstance(value, dt.date) else str(value))
        return f"{text}.{obj.pk}"

    def parse(self, cursor: str | None) -> tuple[object, int] | None:
        """(key value, id) of a cursor; None for a missing or malformed one (the first page)."""
        if not cursor or "." not in cursor:
            return None
        text, _, pk = cursor.rpartition(".")
        try:
            value = None if text == "" and self.nullable else self.field.to_python(text)
            return value, int(pk)
        except (ValueError, ValidationError):
            return None

    def ordered(self, queryset: QuerySet, *, reverse: bool = False) -> QuerySet:
        descending = self.descending != reverse
        key = F(self.key).desc(nulls_last=True) if descending else F(self.key).asc(nulls_first=True)
        return queryset.order_by(key, "-pk" if descending else "pk")

    def _beyond(self, queryset: QuerySet, value, pk: int, *, forward: bool) -> QuerySet:
        """Rows with a key after (value, pk) in the direction of reading, the key not null: a row
        comparison, which the index of the order serves as a start position."""
        below = self.descending == forward
        return queryset.filter(**{f"{self.key}__isnull": False}).extra(
            where=[f"{self._row} {'<' if below else '>'} (%s, %s)"], params=[value, pk]
        )

    def read(self, queryset: QuerySet, position: tuple[object, int] | None, *, forward: bool, n: int) -> list:
        """Up to `n` rows after `position` reading forward (down the list), or before it reading
        backward (returned in reading order). At most 2 queries: the keyed rows, then, where
        they run out, the rows without a key (at the end of the list)."""
        if position is None:
            return list(self.ordered(queryset)[:n])
        value, pk = position
        if forward:
            if value is None:
                return list(self.ordered(queryset.filter(**{f"{self.key}__isnull": True, "pk__lt": pk}))[:n])
            rows = list(self.ordered(self._beyond(queryset, value, pk, forward=True))[:n])
            if len(rows) < n and self.nullable:
                rows += list(self.ordered(queryset.filter(**{f"{self.key}__isnull": True}))[: n - len(rows)])
            return rows
        rows = []
        if value is None:
            nulls = queryset.filter(**{f"{self.key}__isnull": True, "pk__gt": pk})
            rows = list(self.ordered(nulls, reverse=True)[:n])
            if len(rows) < n:
                rows += list(
                    self.ordered(queryset.filter(**{f"{self.key}__isnull": False}), reverse=True)[: n - len(rows)]
                )
        else:
            rows = list(self.ordered(self._beyond(queryset, value, pk, forward=False), reverse=True)[:n])
        return rows[::-1]


def seek_page(
    queryset: QuerySet,
    order: SeekOrder,
    *,
    after: str | None = None,
    before: str | None = None,
    per_page: int | None = None,
    count: bool = True,
    number: str | None = None,
) -> SeekPage:
    """The page after the row `after` (or before the row `before`; neither: the first page),
    with a capped count of the whole list (1 query, skipped with `count=False`) and the
    cursors of the neighbouring pages. 1 to 3 queries plus the count, whatever the rows."""
    per_page = per_page or PER_PAGE
    backward = order.parse(before)
    forward = order.parse(after) if backward is None else None
    if backward is not None:
        rows = order.read(queryset, backward, forward=False, n=per_page + 1)
        has_newer = len(rows) > per_page
        items = rows[-per_page:]
        has_older = True
    else:
        rows = order.read(queryset, forward, forward=True, n=per_page + 1)
        items = rows[:per_page]
        has_older = len(rows) > per_page
        has_newer = forward is not None
    if not items and (forward or backward):  # a stale cursor past the end: the first page
        return seek_page(queryset, order, per_page=per_page, count=count)
    shown = 1 if not has_newer else max(_number(number), 2)
    total, capped = capped_count(queryset) if count else (0, False)
    return SeekPage(
        items=items,
        count=total,
        count_capped=capped,
        older=order.cursor(items[-1]) if has_older and items else None,
        newer=order.cursor(items[0]) if has_newer and items else None,
        first=not has_newer,
        per_page=per_page,
        number=shown,
    )


def _number(value: str | None) -> int:
    try:
        return max(int(value or 1), 1)
    except ValueError:
        return 1
