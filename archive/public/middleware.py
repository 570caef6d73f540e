"""The interface language named in the address: `?lang=ar` serves the page in Arabic.

The cookie and `Accept-Language` (Django's LocaleMiddleware) choose the language of an address
without it; `?lang=` gives each language version of a page an address of its own, which the
`hreflang` alternates of every page point to (a crawler, or a shared link, gets the language it
asked for whatever its cookie says). Placed after LocaleMiddleware.
"""

from django.conf import settings
from django.utils import translation

LANGUAGE_PARAMETER = "lang"


def interface_language(request) -> str | None:
    """The interface language the address asks for, or None."""
    wanted = request.GET.get(LANGUAGE_PARAMETER, "")
    return wanted if wanted in dict(settings.LANGUAGES) else None


class LanguageParameterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = interface_language(request)
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
