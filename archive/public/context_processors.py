"""What every public page needs: the search box's value and the interface languages."""

from django.conf import settings


def site(request):
    return {
        "site_query": request.GET.get("q", "")
        if request.resolver_match and request.resolver_match.url_name == "article_list"
        else "",
        "interface_languages": settings.LANGUAGES,
    }
