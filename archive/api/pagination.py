"""Pagination: page numbers everywhere, and a cursor on articles for consumers that walk the
whole archive.

Page numbers are what people expect (a total count, jump to page 7), but a page number is an
offset: while an import adds articles, a consumer paging through shifts by as many rows and
sees some twice or never. The cursor walks articles by id instead, so rows added during the
walk appear at its end and none is skipped or repeated.

Articles are counted up to a cap (`API_COUNT_CAP`, 1,000): at 100,000 articles the exact COUNT of
a filtered list cost more than the page itself (22 ms of SQL against 7 ms for the rows and their
links). Beyond the cap the answer says `"count": 1000, "count_capped": true` ("more than
1,000"), and `next` is given while a further row exists; a consumer who needs every row walks
with the cursor.
"""

from __future__ import annotations

from django.conf import settings
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import BasePagination, CursorPagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from archive.public.pagination import capped_count
from archive.search.service import search_articles


def _at_least_one(parameters: list[dict]) -> list[dict]:
    """Say in the schema what the API enforces: pages and page sizes start at 1."""
    for parameter in parameters:
        if parameter["name"] in ("page", "page_size"):
            parameter["schema"] = {**parameter["schema"], "minimum": 1}
    return parameters


def page_size_from(request, default: int, cap: int, parameter: str = "page_size") -> int:
    """The requested page size, at most `cap`; a value that is not a positive integer is a 400."""
    raw = request.query_params.get(parameter)
    if raw is None or raw == "":
        return default
    try:
        size = int(raw)
    except ValueError:
        raise ValidationError({parameter: [f"Expected a positive integer, got {raw[:40]!r}."]}) from None
    if size < 1:
        raise ValidationError({parameter: ["Must be at least 1."]})
    return min(size, cap)


def page_number_from(request, parameter: str = "page") -> int:
    """The requested page number (1 by default); one that is not a positive integer is a 400
    naming the parameter (a page past the end stays a 404: the number is fine, the page is gone)."""
    raw = request.query_params.get(parameter)
    if raw is None or raw == "":
        return 1
    if not raw.isdigit() or int(raw) < 1:
        raise ValidationError({parameter: [f"Expected a page number from 1, got {raw[:40]!r}."]})
    return int(raw)


class PagePagination(PageNumberPagination):
    page_size = settings.API_PAGE_SIZE
    max_page_size = settings.API_MAX_PAGE_SIZE
    page_size_query_param = "page_size"
    page_query_description = "Page number, from 1."
    page_size_query_description = (
        f"Results per page (default {settings.API_PAGE_SIZE}, at most {settings.API_MAX_PAGE_SIZE}: "
        "larger values are capped)."
    )

    def get_page_size(self, request):
        return page_size_from(request, self.page_size, self.max_page_size)

    def get_page_number(self, request, paginator):
        return page_number_from(request, self.page_query_param)

    def get_schema_operation_parameters(self, view):
        return _at_least_one(super().get_schema_operation_parameters(view))


class CappedPagePagination(PagePagination):
    """Page numbers with a count that stops at `count_cap` (the articles: the full COUNT of a
    filtered list read tens of thousands of index entries per page served). Two queries, as
    DRF's page numbers: the capped count (a LIMIT subquery, read from the covering index), then
    the page, one row more than it shows when the count is capped, to know whether `next` exists.
    A page past the end is a 404, as before."""

    count_cap = settings.API_COUNT_CAP

    def paginate_queryset(self, queryset, request, view=None):
        size = self.get_page_size(request)
        number = self.get_page_number(request, None)
        self.request, self.number = request, number
        self.count, self.count_capped = capped_count(queryset, self.count_cap)
        start = (number - 1) * size
        if self.count_capped:
            rows = list(queryset[start : start + size + 1])
            self.has_next, rows = len(rows) > size, rows[:size]
        else:
            rows = list(queryset[start : start + size]) if start < self.count else []
            self.has_next = start + size < self.count
        if not rows and number > 1:
            raise NotFound("Invalid page.")
        return rows

    def get_paginated_response(self, data):
        url = self.request.build_absolute_uri()
        return Response(
            {
                "count": self.count,
                "count_capped": self.count_capped,
                "next": replace_query_param(url, self.page_query_param, self.number + 1) if self.has_next else None,
                "previous": _previous(url, self.page_query_param, self.number),
                "results": data,
            }
        )


def _previous(url: str, parameter: str, number: int) -> str | None:
    if number <= 1:
        return None
    # DRF's page numbers give page 1 without the parameter; so do we.
    return remove_query_param(url, parameter) if number == 2 else replace_query_param(url, parameter, number - 1)


class ArticleCursorPagination(CursorPagination):
    """Keyset pagination over article ids, ascending: stable while imports add articles."""

    ordering = ("id",)
    page_size = settings.API_PAGE_SIZE
    max_page_size = settings.API_MAX_PAGE_SIZE
    page_size_query_param = "page_size"
    cursor_query_description = (
        "Opaque position in a walk of the archive by article id, taken from `next` or `previous`. "
        "Send `cursor=` (empty) to start a walk."
    )

    def get_page_size(self, request):
        return page_size_from(request, self.page_size, self.max_page_size)

    def get_schema_operation_parameters(self, view):
        return _at_least_one(super().get_schema_operation_parameters(view))

    def get_ordering(self, request, queryset, view):
        # Fixed on purpose: only a unique, never-changing key keeps a walk consistent.
        return self.ordering


class SearchPagination(PagePagination):
    """Pages of the article search service (archive.search.service.search_articles), which
    ranks and pages by itself: relevance first, a count exact up to its cap."""

    max_page_size = 100  # the service's largest page

    def paginate_search(self, queryset, request, q: str) -> list:
        size = self.get_page_size(request)
        number = page_number_from(request, self.page_query_param)
        self.request = request
        self.results = search_articles(
            q=q, queryset=queryset, offset=(number - 1) * size, limit=size, with_snippets=False
        )
        self.number, self.size = number, size
        if number > 1 and (number - 1) * size >= self.results.reachable:
            raise NotFound("Invalid page.")
        return [hit.article for hit in self.results.hits]

    def get_paginated_response(self, data):
        reachable = self.results.reachable
        url = self.request.build_absolute_uri()
        following = self.number * self.size < reachable
        return Response(
            {
                "count": self.results.count,
                "count_capped": self.results.count_capped,
                "next": replace_query_param(url, self.page_query_param, self.number + 1) if following else None,
                "previous": replace_query_param(url, self.page_query_param, self.number - 1)
                if self.number > 1
                else None,
                "results": data,
            }
        )


class ArticlePagination(BasePagination):
    """Page numbers by default; the cursor when the request carries `cursor` (even empty);
    the search service's ranked pages when it carries `q`.

    The cursor fixes the order (article id) and a search orders by relevance, so asking for
    either with an `ordering`, or for both, is a 400 rather than a silently ignored parameter."""

    def __init__(self):
        self.pages = CappedPagePagination()
        self.cursor = ArticleCursorPagination()
        self.search = SearchPagination()
        self.active: BasePagination = self.pages

    def paginate_queryset(self, queryset, request, view=None):
        q = (request.query_params.get("q") or "").strip()
        if q:
            for other in ("cursor", "ordering"):
                if other in request.query_params:
                    raise ValidationError({other: ["Cannot be combined with `q`: search results come by relevance."]})
            self.active = self.search
            return self.search.paginate_search(queryset, request, q)
        if ArticleCursorPagination.cursor_query_param in request.query_params:
            if request.query_params.get("ordering"):
                raise ValidationError({"ordering": ["Cannot be combined with `cursor`: a walk goes by article id."]})
            self.active = self.cursor
        else:
            self.active = self.pages
        return self.active.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        return self.active.get_paginated_response(data)

    def get_paginated_response_schema(self, schema):
        page_schema = self.pages.get_paginated_response_schema(schema)
        # With a cursor there is no total count (counting would defeat the keyset).
        page_schema["required"] = ["results"]
        page_schema["properties"]["count"]["description"] = (
            f"Matching articles, exact up to {settings.API_COUNT_CAP:,} (see `count_capped`); not given with a cursor."
        )
        page_schema["properties"]["count_capped"] = {
            "type": "boolean",
            "description": f"True when there are more matching articles than `count` (more than "
            f"{settings.API_COUNT_CAP:,}): `next` is then given while another page exists, and no last page "
            "number is known; walk with `cursor=` to read them all. Not given with a cursor.",
        }
        return page_schema

    def get_schema_operation_parameters(self, view):
        return [
            *self.pages.get_schema_operation_parameters(view),
            *[p for p in self.cursor.get_schema_operation_parameters(view) if p["name"] != "page_size"],
        ]
