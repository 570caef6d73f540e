"""The OpenAPI schema is generated (from help_text), valid, documents filters and errors;
the documentation pages are served from local files."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(api) -> dict:
    response = api.get("/api/schema/?format=json")
    assert response.status_code == 200
    return response.json()


def test_schema_lists_every_resource(schema):
    paths = set(schema["paths"])
    for resource in ("articles", "sources", "series", "events", "persons", "organizations"):
        assert f"/api/{resource}/" in paths
        assert f"/api/{resource}/{{id}}/" in paths
    assert "/api/articles/export/" in paths


def test_filters_are_documented_from_help_text(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/articles/"]["get"]["parameters"]}
    for name in ("language", "source", "published_after", "published_before", "person", "organization"):
        assert parameters[name].get("description"), name
    for name in ("event", "series", "modified_since", "ordering", "page", "page_size", "cursor"):
        assert name in parameters
    assert parameters["person"]["schema"]["type"] == "integer"
    assert parameters["published_after"]["schema"]["pattern"]


def test_errors_are_documented(schema):
    listing = schema["paths"]["/api/articles/"]["get"]["responses"]
    assert {"200", "400", "404", "429"} <= set(listing)
    detail = schema["paths"]["/api/articles/{id}/"]["get"]["responses"]
    assert {"200", "304", "404", "429"} <= set(detail)
    assert listing["400"]["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/Error"


def test_csv_is_offered_for_lists(schema):
    assert "text/csv" in schema["paths"]["/api/articles/"]["get"]["responses"]["200"]["content"]


def test_docs_are_served_from_local_files(api):
    for url in ("/api/docs/", "/api/docs/redoc/"):
        page = api.get(url)
        assert page.status_code == 200
        html = page.content.decode()
        assert "/static/drf_spectacular_sidecar/" in html
        # Every script, stylesheet and font from this site: no address of another host. (The
        # page's random CSRF token may well contain the letters "cdn": the addresses are checked.)
        addresses = re.findall(r"""(?:src|href)\s*[=:]\s*["']([^"']+)["']""", html)
        assert addresses and not [a for a in addresses if a.startswith(("http:", "https:", "//"))]
        assert "cdn." not in html.lower() and "unpkg" not in html.lower() and "jsdelivr" not in html.lower()


def test_curation_writes_are_documented(schema):
    for resource in ("persons", "organizations", "series", "events"):
        patch = schema["paths"][f"/api/{resource}/{{id}}/"]["patch"]
        merge = schema["paths"][f"/api/{resource}/{{id}}/merge/"]["post"]
        for operation in (patch, merge):
            assert {"200", "400", "401", "403", "404"} <= set(operation["responses"]), resource
    names = schema["components"]["schemas"]
    event_request = schema["paths"]["/api/events/{id}/"]["patch"]["requestBody"]["content"]["application/json"]
    assert event_request["schema"]["$ref"].endswith("/PatchedEventNamesRequest")
    assert "labels" not in names["PatchedEventNamesRequest"]["properties"]
    assert set(names["PatchedNamesRequest"]["properties"]) == {"name", "aliases", "labels"}
