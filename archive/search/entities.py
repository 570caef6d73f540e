"""Which known persons and organizations a query names, in any script and spelling.

A query names an entity when, folded, it is one of the entity's name forms (name, labels,
aliases, acronym) or, for a person, the last words of one ("Hammouchi", "الحموشي" for
"Abdellatif Hammouchi" / "عبد اللطيف الحموشي"). Rejected entities are never public.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from people.models import Organization, Person
from text.search_keys import search_words

MAX_CANDIDATES = 50  # a name shared by more entities than this is not one entity's name


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


def names_match(query: str, search_key: str, *, surname: bool) -> bool:
    """`query` (folded) is one of the folded name forms of `search_key` (one per line), or with
    `surname` the last words of one; an Arabic article on a word does not count ("انتربول" is
    "الإنتربول")."""
    wanted = search_words(query)
    if not wanted:
        return False
    for line in search_key.split("\n"):
        # A matching line ends with the query's last word (articles stripped), so it contains it:
        # most lines of the candidates the substring search returned are skipped unread.
        if wanted[-1] not in line:
            continue
        words = search_words(line)
        if words == wanted or (surname and len(words) > len(wanted) and words[-len(wanted) :] == wanted):
            return True
    return False


def entities_named(names: str) -> NamedEntities:
    """The public persons and organizations `names` (a folded query) names."""
    found = NamedEntities()
    if not names:
        return found
    # The entity search (a substring test on the stored folded names) narrows the rows; the
    # whole-name test is done here on the few it returns.
    for person in Person.objects.public().search(names)[:MAX_CANDIDATES]:
        if names_match(names, person.search_key, surname=True):
            found.persons.append(person)
    for organization in Organization.objects.public().search(names)[:MAX_CANDIDATES]:
        if names_match(names, organization.search_key, surname=False):
            found.organizations.append(organization)
    return found
