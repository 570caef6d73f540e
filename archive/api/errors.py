"""One shape for every error: `{"detail": ...}`, and on a 400 `errors` naming each
parameter or field at fault. Clients handle one format; the schema documents one."""

from __future__ import annotations

from django.http import JsonResponse
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler

from archive.public.views.discovery import page_not_found as public_not_found


def _messages(detail, where: str = "") -> list[str]:
    """The messages of one field, flat: a nested field's or a list item's say where
    ("fr: Ensure this field has no more than 300 characters.", "item 2: This field may not be blank.")."""
    if isinstance(detail, dict):
        return [
            message
            for key, value in detail.items()
            for message in _messages(value, f"{where}{'item ' if isinstance(key, int) else ''}{key}: ")
        ]
    if isinstance(detail, list):
        return [message for item in detail for message in _messages(item, where)]
    return [f"{where}{detail}"]


def _as_lists(errors) -> dict[str, list[str]]:
    if isinstance(errors, dict):
        return {str(key): _messages(value) for key, value in errors.items()}
    return {"non_field_errors": _messages(errors)}


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = _as_lists(exc.detail)
        names = ", ".join(errors)
        response.data = {"detail": f"Invalid value for: {names}.", "errors": errors}
    elif not (isinstance(response.data, dict) and set(response.data) == {"detail"}):
        response.data = {"detail": str(response.data)}
    else:
        response.data = {"detail": str(response.data["detail"])}
    return response


def not_found(request, exception=None):
    """A 404 under /api/ (a path no route matches) is JSON like every other API error; the
    rest of the site keeps its own page."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return public_not_found(request, exception)
