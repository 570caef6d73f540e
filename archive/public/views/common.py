"""What detail views share: the canonical address (id + slug) and safe links."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import Http404, HttpResponsePermanentRedirect

from people.models import url_slug


def redirect_to_canonical(request, obj, slug: str | None, name: str):
    """A permanent redirect to the object's address when the slug in the request is not the one
    of its current `name` (a renamed entity, an old link, an address without slug); else None."""
    if slug == url_slug(name):
        return None
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(obj.get_absolute_url() + (f"?{query}" if query else ""))


def get_or_404(queryset, **lookup):
    try:
        return queryset.get(**lookup)
    except queryset.model.DoesNotExist as missing:
        raise Http404(str(missing)) from missing


def web_link(url: str) -> str:
    """`url` when it is an http(s) address, else "": a stored javascript: or data: link is never
    rendered as a link."""
    return url if urlsplit(url or "").scheme in ("http", "https") else ""


def direction(language: str) -> str:
    return "rtl" if language in ("ar", "fa", "he", "ur") else "ltr"
