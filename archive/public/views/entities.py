"""Persons and organizations: lists searchable by any name form, and detail pages."""

from django.shortcuts import render
from django.urls import reverse

from archive import selectors as shared
from archive.public import jsonld, selectors
from archive.public.pagination import elided_range, page_of
from archive.public.views.common import get_or_404, redirect_to_canonical

KINDS = {
    "person": (selectors.public_persons, jsonld.person),
    "organization": (selectors.public_organizations, jsonld.organization),
}


def entity_list(request, kind: str):
    public, _ = KINDS[kind]
    q = request.GET.get("q", "").strip()
    entities = public().order_by("name", "pk")
    if q:
        entities = entities.search(q)  # any name form, folded: accents, case, hamza, ال
    page = page_of(entities, request.GET.get("page"), per_page=40)
    selectors.with_article_counts(page.object_list, kind)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        f"public/{kind}_list.html",
        {"page": page, "page_range": elided_range(page), "q": q, "query_string": query.urlencode(), "kind": kind},
    )


def entity_detail(request, kind: str, pk, slug=None):
    public, describe = KINDS[kind]
    related = ("parent",) if kind == "organization" else ()
    entity = get_or_404(public().select_related(*related), pk=pk)
    if redirect := redirect_to_canonical(request, entity, slug, entity.name):
        return redirect
    context = {
        "entity": entity,
        "kind": kind,
        "events": [event for event, _ in shared.events_of(kind, entity.pk)],
        "articles": selectors.entity_articles(kind, entity),
        "alongside": shared.co_mentioned(kind, entity.pk, other=kind, limit=8),
        "jsonld": describe(entity, request.build_absolute_uri(entity.get_absolute_url())),
        "feed_url": reverse(f"public:{kind}_feed", args=[entity.pk]),
        "recent": shared.RECENT,
    }
    if kind == "person":
        context["roles"] = shared.person_roles(entity.pk)
    else:
        context["people"] = selectors.organization_people(entity)
    return render(request, f"public/{kind}_detail.html", context)
