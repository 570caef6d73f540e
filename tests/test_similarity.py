"""Suggestions that a new name is another form of a known one: spellings and transliterations."""

import pytest
from django.core.management import call_command

from people.models import IdentityDecision, Person, Review
from people.similarity import SimilarNames, name_skeleton

KNOWN = [(1, "Karim Bennani"), (2, "Youssef El Amrani"), (3, "Nadia Ben Salah")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Karim Benani", 1),  # a spelling
        ("كريم بناني", 1),  # an Arabic transliteration
        ("يوسف العمراني", 2),  # with the Arabic article glued to the surname
        ("Nadia Bensalah", 3),
        ("Omar Tazi", None),  # nothing alike
    ],
)
def test_proposals(name, expected):
    proposal = SimilarNames(KNOWN).propose(name)
    assert (proposal.entity_key if proposal else None) == expected


def test_skeleton_ignores_script_vowels_and_articles():
    assert name_skeleton("Youssef El-Amrani") == name_skeleton("يوسف العمراني")


@pytest.mark.django_db
def test_a_spelling_of_a_known_person_is_linked_to_them_and_recorded(tmp_path):
    """A dropped double letter is the same person (people.identity): linked, remembered as an alias,
    and the decision kept for editors. Names that are only alike get a suggestion (test_identity_linking)."""
    known = Person.objects.create(name="Karim Bennani", review=Review.CONFIRMED)
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(
        "Rabat – M. Karim Benani, directeur de la coopération internationale, a reçu une délégation.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    assert not Person.objects.filter(name="Karim Benani").exists()
    known.refresh_from_db()
    assert "Karim Benani" in known.all_names()  # its French label, or an alias
    decision = IdentityDecision.objects.get()
    assert (decision.person, decision.outcome, decision.spelling) == (known, "same", "Karim Benani")
