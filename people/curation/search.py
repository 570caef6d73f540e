"""The database condition of a search that forgives: every folded word of the query inside a
stored search key. The one implementation behind `people.search.search_filter`, the querysets'
`.search(q)` and the admin's search box (this app sits below the others, so it lives here)."""

from __future__ import annotations

from django.db.models import Q

from text.search_keys import search_words


def folded_condition(query: str | None, field: str = "search_key") -> Q:
    """Every folded word of `query` in the key `field` (which may follow a relation:
    "series__search_key"); an empty query is no condition."""
    condition = Q()
    for word in search_words(query):
        condition &= Q(**{f"{field}__contains": word})
    return condition
