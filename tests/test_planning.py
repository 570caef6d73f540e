"""The plan stage and the write stage, each on its own: planning decides new / changed /
unchanged from the archive and writes nothing; writing stores a planned, parsed batch."""

from __future__ import annotations

import pytest

from archive.importer.parsing import parse_record
from archive.importer.planning import content_hash, plan_batch
from archive.importer.readers import RawRecord
from archive.importer.writer import write_batch
from archive.models import Article

TEXT = (
    "Rabat, 3 mars 2024 – Les chefs de police de la région se sont réunis pour une session de travail "
    "consacrée à l'échange d'informations et à la formation des enquêteurs."
)
OTHER = TEXT.replace("formation des enquêteurs", "protection des frontières maritimes")


def _record(origin: str, text: str) -> RawRecord:
    return RawRecord(origin=origin, raw_text=text, root="/corpus")


def _store(record: RawRecord) -> Article:
    [article] = write_batch(
        [(parse_record(record), content_hash(record.raw_text), None)], run=None, status=Article.Status.DRAFT
    ).created
    return article


@pytest.mark.django_db
def test_plan_sorts_new_changed_and_unchanged_and_writes_nothing(django_assert_num_queries):
    stored = _store(_record("a.txt", TEXT))
    records = [_record("a.txt", TEXT), _record("a2.txt", OTHER), _record("b.txt", OTHER + " Fin.")]
    _store(_record("c.txt", "Un autre texte, assez long pour être un article complet, sur la coopération."))
    changed = _record("c.txt", TEXT + " Mise à jour.")
    with django_assert_num_queries(2):  # origins, then texts: two queries whatever the batch
        plan = plan_batch([*records, changed])
    assert [r.origin for r in plan.unchanged] == ["a.txt"]
    assert [(r.origin, existing) for r, _, existing in plan.to_parse] == [
        ("a2.txt", None),
        ("b.txt", None),
        ("c.txt", Article.objects.get(origin="c.txt").pk),
    ]
    assert all(digest == content_hash(r.raw_text) for r, digest, _ in plan.to_parse)
    assert Article.objects.count() == 2 and Article.objects.get(pk=stored.pk).body == stored.body


@pytest.mark.django_db
def test_plan_never_plans_the_same_text_twice_in_a_run():
    seen: set[str] = set()
    first = plan_batch([_record("a.txt", TEXT)], seen=seen)
    second = plan_batch([_record("copy/a.txt", TEXT), _record("b.txt", OTHER)], seen=seen)
    assert len(first.to_parse) == 1
    assert [r.origin for r in second.unchanged] == ["copy/a.txt"]
    assert [r.origin for r, _, _ in second.to_parse] == ["b.txt"]


@pytest.mark.django_db
def test_write_creates_updates_and_skips_what_another_import_stored_meanwhile():
    old = _store(_record("a.txt", TEXT))
    planned = [_record("a.txt", OTHER), _record("b.txt", TEXT + " Suite."), _record("c.txt", TEXT + " Encore.")]
    # Another import stores c.txt's text after this batch was planned.
    _store(_record("elsewhere.txt", TEXT + " Encore."))
    result = write_batch(
        [(parse_record(r), content_hash(r.raw_text), None) for r in planned], run=None, status=Article.Status.DRAFT
    )
    assert [a.pk for a in result.updated] == [old.pk]  # found by its origin again, in the transaction
    assert [a.origin for a in result.created] == ["b.txt"]
    assert result.already_stored == ["c.txt"]
    assert "protection des frontières" in Article.objects.get(pk=old.pk).body
