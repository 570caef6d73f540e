"""The record of the importer's identity decisions: what editors read and undo."""

import pytest
from django.utils import timezone

from people.models import IdentityDecision
from tests.factories import make_person

pytestmark = pytest.mark.django_db


def test_a_decision_keeps_its_reasons_and_can_be_marked_undone():
    known = make_person(name="Karim Belhadjoub")
    decision = IdentityDecision.objects.create(
        person=known,
        matched=known,
        spelling="Karim Belhadjoube",
        script="latin",
        outcome=IdentityDecision.Outcome.SAME,
        score=0.93,
        reasons=[{"evidence": "name", "detail": "one letter apart", "weight": 0.8}],
        article_id=12,
        origin="in/x.txt",
    )
    assert not decision.undone
    assert list(known.identity_decisions.all()) == [decision]
    decision.undone_at = timezone.now()
    decision.save(update_fields=["undone_at"])
    decision.refresh_from_db()
    assert decision.undone
    assert decision.reasons[0]["evidence"] == "name"
    assert str(decision) == "Karim Belhadjoube → same (linked) (0.93)"


def test_decisions_go_with_the_record_they_are_about():
    person = make_person(name="Lina Ouardighi")
    other = make_person(name="Lina Wardighi")
    IdentityDecision.objects.create(
        person=person, matched=other, spelling="Lina Ouardighi", outcome="suggestion", score=0.7
    )
    other.delete()
    assert IdentityDecision.objects.get().matched is None  # the suggestion stays, pointing nowhere
    person.delete()
    assert not IdentityDecision.objects.exists()
