"""Issue 13, item 7: reads go to the replica (DATABASE_REPLICA_URL) for the readers' requests, and to
the primary for writes, the admin, transactions, commands and workers. The test settings give a
second alias, `replica`, on the same server (a mirror of the test database); the router is turned
on per test with a settings override."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.db import connections, transaction
from django.test.utils import CaptureQueriesContext

from archive.models import Article, Source
from config.db_router import ReplicaRouter, replica_reads
from tests.celery_workers import ROOT

ROUTED = ["config.db_router.ReplicaRouter"]

# Transactional: inside a test transaction every read would rightly stay on the primary.
pytestmark = pytest.mark.django_db(databases=["default", "replica"], transaction=True)


@pytest.fixture
def routed(settings):
    settings.DATABASE_ROUTERS = ROUTED


def test_reads_go_to_the_replica_only_where_allowed(routed):
    assert Article.objects.all().db == "default"  # a command, a worker: the primary
    with replica_reads():
        assert Article.objects.all().db == "replica"
        with transaction.atomic():
            # In a transaction a read may decide a write: it must see the primary's rows.
            assert Article.objects.all().db == "default"
    router = ReplicaRouter()
    assert router.db_for_write(Article) == "default"
    assert router.allow_migrate("replica", "archive") is False and router.allow_migrate("default", "archive")


def test_the_public_site_reads_from_the_replica_and_the_admin_from_the_primary(routed, client, admin_client):
    Source.objects.create(name="Agence")
    with CaptureQueriesContext(connections["replica"]) as on_replica:
        assert client.get("/").status_code == 200
    assert any("archive_article" in q["sql"] for q in on_replica.captured_queries)

    with CaptureQueriesContext(connections["replica"]) as on_replica:
        assert admin_client.get("/admin/archive/source/").status_code == 200
    assert on_replica.captured_queries == []


def test_database_replica_url_makes_the_alias_and_the_router():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": "postgres://archive@primary.example:5432/archive",
        "DATABASE_REPLICA_URL": "postgres://reader@replica.example:5432/archive",
    }
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.DATABASES['replica']['HOST'], s.DATABASES['replica']['USER'], s.DATABASE_ROUTERS]))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == ["replica.example", "reader", ROUTED]
