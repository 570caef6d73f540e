"""The admin speaks one language: `ADMIN_LANGUAGE` (English by default).

The public site follows the reader (Accept-Language, the switcher's cookie). The admin's own
screens (the review queue, the dashboard, actions, model and field names, help texts) are
written in English and not translated, while Django's admin strings are: following the browser
gave a French header ("Déconnexion") over English titles and buttons. Under /admin/ this
middleware activates ADMIN_LANGUAGE instead, for every string of the page, whatever the browser
asks. Set it to another language only with the project's admin strings translated to it.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation


class AdminLanguageMiddleware:
    """After LocaleMiddleware: pages under ADMIN_PREFIX are rendered in ADMIN_LANGUAGE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.ADMIN_PREFIX):
            translation.activate(settings.ADMIN_LANGUAGE)
            request.LANGUAGE_CODE = settings.ADMIN_LANGUAGE
        return self.get_response(request)
