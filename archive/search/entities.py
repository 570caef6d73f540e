"""Which known persons and organizations a query names, in any script and spelling.

A query names an entity when, folded, it is one of the entity's name forms (name, labels,
aliases, acronym) or, for a person, the last words of one ("Hammouchi", "الحموشي" for
"Abdellatif Hammouchi" / "عبد اللطيف الحموشي"). Rejected entities are never public.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from people.models import Organization, Person
from text.normalize import normalize_name


@dataclass
class NamedEntities:
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)

    @property
    def person_ids(self) -> list[int]:
        return [p.pk for p in self.persons]

    @property
    def organization_ids(self) -> list[int]:
        return [o.pk for o in self.organizations]

    def __bool__(self) -> bool:
        return bool(self.persons or self.organizations)


def names_match(query: str, names: list[str], *, surname: bool) -> bool:
    """`query` (folded) is one of `names` (folded here), or with `surname` the end of one."""
    for name in names:
        folded = normalize_name(name)
        if folded == query or (surname and " " in folded and folded.endswith(" " + query)):
            return True
    return False


def entities_named(names: str) -> NamedEntities:
    """The public persons and organizations `names` (a folded query) names."""
    found = NamedEntities()
    if not names:
        return found
    words = names.split()
    for person in _candidates(Person, words):
        if names_match(names, person.all_names(), surname=True):
            found.persons.append(person)
    for organization in _candidates(Organization, words):
        if names_match(names, [*organization.all_names(), organization.acronym], surname=False):
            found.organizations.append(organization)
    return found


def _candidates(model, words: list[str]):
    # Every entity, read once per search: the names are folded in Python (the folding has no
    # SQL twin). Replaced by the stored folded name key of the entity search when it lands.
    return model.objects.all()
