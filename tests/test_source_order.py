"""New sources get their ids in the order a batch names them, whatever the hash seed: the same files
imported twice give the same export (a set's order changes with PYTHONHASHSEED)."""

import pytest

from archive.importer.writer import _sources_by_name
from archive.models import Source

pytestmark = pytest.mark.django_db


def test_new_sources_are_created_in_the_order_first_named():
    names = [
        "Le Courrier du Sahel",
        "Gulf Wire",
        "",
        "Agence Atlas",
        "Gulf Wire",
        "Nile Post",
        "Andes Hoy",
        "Baltic Desk",
    ]
    _sources_by_name(names)
    order = ["Le Courrier du Sahel", "Gulf Wire", "Agence Atlas", "Nile Post", "Andes Hoy", "Baltic Desk"]
    assert [s.name for s in Source.objects.order_by("pk")] == order


def test_a_known_source_keeps_its_record():
    known = Source.objects.create(name="Gulf Wire")
    found = _sources_by_name(["Nile Post", "Gulf Wire"])
    assert found["Gulf Wire"].pk == known.pk
    assert Source.objects.count() == 2
