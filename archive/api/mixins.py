"""The API's policy, set once (as readthedocs' APIv3Settings does): authentication,
permissions, throttles, pagination, filters, renderers; and conditional requests on details."""

from __future__ import annotations

import calendar
import hashlib
import json

from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import status
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from archive.api.pagination import PagePagination
from archive.api.permissions import EditorWritesOnly
from archive.api.renderers import FastJSONRenderer, JSONLinesRenderer, ListCSVRenderer, csv_header_of
from archive.api.throttles import AnonThrottle, UserThrottle


class ArchiveAPIMixin:
    """Every API view: public reads, editor writes by token, throttled, paginated, filtered.

    Lists answer in JSON or CSV (`?format=csv` or `Accept: text/csv`); errors always in JSON."""

    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [EditorWritesOnly]
    throttle_classes = [AnonThrottle, UserThrottle]
    pagination_class = PagePagination
    filter_backends = [DjangoFilterBackend]
    lookup_value_regex = "[0-9]+"
    # The Django permission a write needs: the one the admin asks for the same change.
    editor_permission: str | None = None
    csv_name = "rows"

    def initial(self, request, *args, **kwargs):
        # Programs read the API: its messages are in one language, English, as its schema is.
        translation.activate("en")
        super().initial(request, *args, **kwargs)

    def get_renderers(self):
        if getattr(self, "action", None) == "list":
            return [FastJSONRenderer(), ListCSVRenderer()]
        if getattr(self, "action", None) == "export":
            return [JSONLinesRenderer(), FastJSONRenderer()]
        if getattr(self, "action", None) is None:
            # A method this resource lacks: negotiate leniently so that the answer is the 405.
            return [FastJSONRenderer(), ListCSVRenderer(), JSONLinesRenderer()]
        return [FastJSONRenderer()]

    def get_renderer_context(self):
        context = super().get_renderer_context()
        if getattr(self, "action", None) == "list":
            context["header"] = csv_header_of(self.get_serializer_class())
        return context

    def finalize_response(self, request, response, *args, **kwargs):
        renderer = getattr(request, "accepted_renderer", None)
        if isinstance(renderer, ListCSVRenderer | JSONLinesRenderer) and response.status_code >= 400:
            # An error is a JSON document whatever the list's format: clients parse one shape.
            request.accepted_renderer, request.accepted_media_type = FastJSONRenderer(), "application/json"
        elif isinstance(renderer, ListCSVRenderer):
            response["Content-Disposition"] = f'attachment; filename="{self.csv_name}.csv"'
        return super().finalize_response(request, response, *args, **kwargs)


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The resource changed: the If-Match or If-Unmodified-Since precondition does not hold."
    default_code = "precondition_failed"


class ConditionalRetrieveMixin:
    """ETag and Last-Modified on details, so a client re-reads only what changed.

    The ETag is a digest of the representation itself: exact, whatever changed (the row, a
    linked entity's name, a link). Last-Modified is the latest change the view knows of
    (`get_last_modified`); If-None-Match takes precedence over it, as HTTP says."""

    def get_last_modified(self, instance):
        return getattr(instance, "updated_at", None)

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        data = self.get_serializer(instance).data
        digest = hashlib.sha256(json.dumps(data, cls=JSONEncoder, sort_keys=True).encode()).hexdigest()
        etag = f'"{digest[:32]}"'
        modified = self.get_last_modified(instance)
        timestamp = calendar.timegm(modified.utctimetuple()) if modified else None
        headers = {"ETag": etag, **({"Last-Modified": http_date(timestamp)} if timestamp else {})}
        conditional = get_conditional_response(request._request, etag=etag, last_modified=timestamp)
        if conditional is not None and conditional.status_code == status.HTTP_412_PRECONDITION_FAILED:
            raise PreconditionFailed
        if conditional is not None:
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers=headers)
        return Response(data, headers=headers)
