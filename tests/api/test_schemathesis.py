"""schemathesis against the API's own schema: requests generated from the OpenAPI document
(valid and invalid parameters), each answer checked for server errors and for conformance
to the documented status codes, content types and response schemas.

Runs in `make test` on whichever database is configured (SQLite by default, PostgreSQL in CI),
over a small archive with links so that details and filters return rows.

Every check runs but two that judge the API's leniency rather than its answers:
- negative_data_rejection: an empty query value (`?language=`) means "no filter", the HTML
  form convention django-filter keeps, so it is accepted though the schema's pattern says no;
- positive_data_acceptance: `cursor` together with `ordering` is refused with a 400 (a walk
  goes by id), a rule between two parameters that OpenAPI 3.0 cannot state.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import checks

from archive.models import Article
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_source,
)

EXAMPLES_PER_OPERATION = 30


@pytest.fixture
def wsgi_in_test_transaction():
    """The WSGI handler closes the database connection after each request, which would end
    the test's transaction (on PostgreSQL); Django's test client keeps it open the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def archive_rows(db, wsgi_in_test_transaction):
    series = make_event_series()
    for n in range(3):
        article = make_article(status=Article.Status.PUBLISHED, source=make_source())
        make_article_person(article=article)
        make_article_organization(article=article)
        make_article_event(article=article, event=make_event(series=series, ordinal=100 + n))


# Generating the schema reads no table, so it is loaded once, at collection.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_schema(case, archive_rows):
    case.call_and_validate(excluded_checks=[checks.negative_data_rejection, checks.positive_data_acceptance])
