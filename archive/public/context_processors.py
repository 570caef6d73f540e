"""What every public page needs: the search box's value, the interface languages, and the
addresses of the page in each of them (canonical and `hreflang` alternates)."""

from django.conf import settings

from archive.public.middleware import LANGUAGE_PARAMETER, interface_language


def site(request):
    page = request.build_absolute_uri(request.path)
    chosen = interface_language(request)
    rest = request.GET.copy()
    rest.pop(LANGUAGE_PARAMETER, None)
    return {
        "site_query": request.GET.get("q", "")
        if request.resolver_match and request.resolver_match.url_name == "article_list"
        else "",
        "interface_languages": settings.LANGUAGES,
        # The page's address without filters or paging; with its language when the address named one.
        "canonical_url": f"{page}?{LANGUAGE_PARAMETER}={chosen}" if chosen else page,
        "language_versions": [(code, f"{page}?{LANGUAGE_PARAMETER}={code}") for code, _ in settings.LANGUAGES],
        "default_version": page,
        # Where the language switcher comes back to: this page without ?lang=, which would
        # otherwise override the language just chosen.
        "switch_next": f"{request.path}?{rest.urlencode()}" if rest else request.path,
    }
