"""The API's JSON renderer (orjson) writes the document DRF's renderer writes."""

from __future__ import annotations

import datetime as dt
import decimal
import json

from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from archive.api.renderers import FastJSONRenderer


def test_same_document_as_drf():
    data = {
        "when": dt.datetime(2026, 12, 1, 9, 30, 5, 120, tzinfo=dt.UTC),
        "day": dt.date(2024, 2, 29),
        "name": "كريم بنيس — Mansour",
        "lazy": gettext_lazy("Not found."),
        "amount": decimal.Decimal("1.5"),
        "nested": [{"id": 1, "empty": None, "flag": True}],
    }
    fast, drf = FastJSONRenderer().render(data), JSONRenderer().render(data)
    assert json.loads(fast) == json.loads(drf)
    assert "كريم".encode() in fast  # UTF-8, not \\u escapes
    assert FastJSONRenderer().render(None) == b""


def test_an_indent_asked_for_is_honoured():
    text = FastJSONRenderer().render({"a": 1}, "application/json; indent=4").decode()
    assert text == '{\n    "a": 1\n}'
