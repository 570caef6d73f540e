"""Which known persons and organizations a query names, in any script and spelling.

A query names an entity when, folded, it is one of the entity's name forms (name, labels,
aliases, acronym) or, for a person, the last words of one ("Hammouchi", "الحموشي" for
"Abdellatif Hammouchi" / "عبد اللطيف الحموشي"). Rejected entities are never public.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from django.db.models import QuerySet

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
    wanted = tuple(search_words(query))
    if not wanted:
        return False
    for line in search_key.split("\n"):
        # A matching line ends with the query's last word (articles stripped), so it contains it:
        # most lines of the candidates the substring search returned are skipped unread.
        if wanted[-1] not in line:
            continue
        words = _line_words(line)
        if words == wanted or (surname and len(words) > len(wanted) and words[-len(wanted) :] == wanted):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _line_words(line: str) -> tuple[str, ...]:
    """The words of one stored name form, read as a query's. Every search for a common word
    reads the same forms again (26 organizations have "police" in a name), so they are kept:
    a bounded cache of short strings."""
    return tuple(search_words(line))


def _named(queryset: QuerySet, names: str, *, surname: bool) -> list:
    """The rows of `queryset` that `names` names. The entity search (a substring test on the
    stored folded names) narrows the rows; the whole-name test is done here on the few it
    returns, read as plain rows: only those that pass become instances (the same query)."""
    fields = [f.attname for f in queryset.model._meta.concrete_fields]
    key = fields.index("search_key")
    rows = queryset.search(names).values_list(*fields)[:MAX_CANDIDATES]
    model = queryset.model
    return [model.from_db(queryset.db, fields, row) for row in rows if names_match(names, row[key], surname=surname)]


def entities_named(names: str) -> NamedEntities:
    """The public persons and organizations `names` (a folded query) names."""
    if not names:
        return NamedEntities()
    return NamedEntities(
        persons=_named(Person.objects.public(), names, surname=True),
        organizations=_named(Organization.objects.public(), names, surname=False),
    )
