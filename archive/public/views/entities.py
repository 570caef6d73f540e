"""Persons and organizations: lists searchable by any name form, and detail pages."""

from django.shortcuts import render
from django.urls import reverse

from archive import coverage
from archive import selectors as shared
from archive.public import jsonld, selectors
from archive.public.pagination import SeekOrder, seek_page
from archive.public.views.common import get_or_404, redirect_to_canonical
from people.models import Organization, Person

KINDS = {
    "person": (selectors.public_persons, jsonld.person),
    "organization": (selectors.public_organizations, jsonld.organization),
}

# By name, then id (homonyms): the order the lists are read in, page after page.
ORDERS = {
    "person": SeekOrder(Person, "name", descending=False),
    "organization": SeekOrder(Organization, "name", descending=False),
}


def entity_list(request, kind: str):
    public, _ = KINDS[kind]
    q = request.GET.get("q", "").strip()
    entities = public()
    if q:
        entities = entities.search(q)  # any name form, folded: accents, case, hamza, ال
    page = seek_page(
        entities,
        ORDERS[kind],
        after=request.GET.get("after"),
        before=request.GET.get("before"),
        number=request.GET.get("n"),
        per_page=40,
    )
    selectors.with_article_counts(page.items, kind)
    query = request.GET.copy()
    for key in ("page", "after", "before", "n"):
        query.pop(key, None)
    return render(
        request,
        f"public/{kind}_list.html",
        {"page": page, "q": q, "query_string": query.urlencode(), "kind": kind},
    )


def entity_detail(request, kind: str, pk, slug=None):
    public, describe = KINDS[kind]
    related = ("parent",) if kind == "organization" else ()
    entity = get_or_404(public().select_related(*related), pk=pk)
    if redirect := redirect_to_canonical(request, entity, slug, entity.name):
        return redirect
    sample = shared.recent_article_ids(kind, entity)
    context = {
        "entity": entity,
        "kind": kind,
        "article_count": coverage.mention_count(kind, entity.pk).articles,
        "events": shared.entity_events(sample),
        "articles": selectors.entity_articles(kind, entity),
        "alongside": shared.alongside(kind, entity, sample),
        "jsonld": describe(entity, request.build_absolute_uri(entity.get_absolute_url())),
        "feed_url": reverse(f"public:{kind}_feed", args=[entity.pk]),
        "recent": shared.RECENT,
    }
    if kind == "person":
        context["roles"] = shared.person_roles(entity, sample)
    else:
        context["people"] = selectors.organization_people(entity, sample)
    return render(request, f"public/{kind}_detail.html", context)
