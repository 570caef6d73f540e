"""Login rate limiting: django-axes, with two adjustments of ours.

- `LoginRateLimitBackend` applies the limit to logins that come with a request (the admin's
  login form, the API's session login). Logins without one (a management command, the test
  client's `login()`) are not attempts from a client and have no address to count.
- `client_ip` tells whose attempts to count: behind a reverse proxy (BEHIND_PROXY=1) every
  request comes from the proxy, so the client is the last address the proxy appended to
  X-Forwarded-For (the ones before it are the client's word and could be forged).
"""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest


class LoginRateLimitBackend(AxesStandaloneBackend):
    def authenticate(self, request: HttpRequest | None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request: HttpRequest) -> str | None:
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR")
