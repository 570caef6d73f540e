"""The OpenAPI schema's one addition to drf-spectacular: the error answers every operation
can give, each described by ErrorSerializer, so that clients (and schemathesis) know them.

- 429 everywhere: every request is throttled;
- 400 where parameters are read (a list's filters) or a body is;
- 404 on a detail (and on a list, for a page or cursor past the end);
- 401 and 403 on writes: a token is needed, and an editor's permission;
- 304 and 412 on a detail that answers conditional requests.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework.permissions import SAFE_METHODS

from archive.api.serializers.common import ErrorSerializer

DESCRIPTIONS = {
    "304": "Not modified: the If-None-Match or If-Modified-Since validator still holds. No body.",
    "400": "A parameter or field has a bad value: `errors` names each one with its problems.",
    "401": "No credentials, or a bad token: send `Authorization: Token <key>`.",
    "403": "Authenticated, but not an editor allowed to change this resource.",
    "404": "No such resource (or not public), or a page or cursor that does not exist.",
    "412": "Precondition failed (If-Match or If-Unmodified-Since).",
    "429": "Too many requests: wait the number of seconds in the Retry-After header.",
}


class ArchiveAutoSchema(AutoSchema):
    def get_auth(self):
        auths = super().get_auth()
        # Reading is public (archive.api.permissions.EditorWritesOnly): credentials are optional there.
        if self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths

    def _error_codes(self) -> list[str]:
        codes = ["429"]
        action = getattr(self.view, "action", None)
        if self.method in ("GET", "HEAD"):
            if self._is_list_view():
                codes += ["400", "404"]
            else:
                codes += ["404"]
                if action == "retrieve":
                    codes += ["304", "412"]
        else:
            codes += ["400", "401", "403", "404"]
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if code in responses:
                continue
            if code == "304":
                responses[code] = {"description": DESCRIPTIONS[code]}
                continue
            responses[code] = self._get_response_for_code(
                OpenApiResponse(response=ErrorSerializer, description=DESCRIPTIONS[code]), code, direction=direction
            )
        return responses
