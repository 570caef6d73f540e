"""`modified` (updated_at, indexed) moves with every write that changes what the API shows,
bulk writes included: incremental sync with `modified_since` misses nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command

from archive.models import Article
from events.models import Event
from people.models import Person

pytestmark = pytest.mark.django_db
LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def test_re_extraction_moves_modified_of_relinked_articles(sample_corpus, api):
    call_command("import_articles", str(sample_corpus), "--publish", verbosity=0)
    Article.objects.update(updated_at=LONG_AGO)
    Person.objects.update(updated_at=LONG_AGO)
    Event.objects.update(updated_at=LONG_AGO)
    call_command("extract_entities", "--all", verbosity=0)
    assert not Article.objects.filter(updated_at=LONG_AGO).exists()
    since = api.get("/api/articles/", {"modified_since": "2021-01-01T00:00:00Z", "page_size": 100}).json()
    assert since["count"] == Article.objects.count()


def test_modified_columns_are_indexed():
    for model in (Article, Person, Event):
        assert model._meta.get_field("updated_at").db_index, model
