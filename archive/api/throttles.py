"""Request rates: anonymous readers by address, token holders by account.

Rates come from settings.API_THROTTLE_RATES, read when a request is checked (not when the
module is imported), so a deployment or a test can change them."""

from __future__ import annotations

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonThrottle(AnonRateThrottle):
    def get_rate(self):
        return settings.API_THROTTLE_RATES["anon"]


class UserThrottle(UserRateThrottle):
    def get_rate(self):
        return settings.API_THROTTLE_RATES["user"]

    def get_cache_key(self, request, view):
        # Anonymous requests are AnonThrottle's: counting them here too would apply two rates.
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
