"""Linking the persons found in a batch of articles to the archive's persons, one decision each.

A person found by extraction is first looked up by an exact name (a name the record already goes
by: nothing to decide). Otherwise people.identity decides, against every known person and with the
article's context (the organization its role names, the persons already resolved in the article,
the article's events), whether it is the same as a known person (the link goes to that record, and
the spelling becomes one of its names), perhaps the same (a new candidate with a `similar_to`
suggestion) or new. Each such decision is written to `IdentityDecision` with its reasons.

Everything is read once per run (`load`) and kept current in memory while the run creates
persons; a batch writes its new persons, their names and the decisions in a few bulk queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import count

from django.utils import timezone

from archive.bulk import upsert
from archive.extraction.results import Extraction, FoundPerson
from archive.models import Article, ArticleEvent, ArticlePerson
from people.identity import Context, Decision, Outcome, PersonIndex, role_key
from people.keys import person_key
from people.models import REVIEW_ORDER, IdentityDecision, Person, Review
from people.name_keys import is_arabic, name_key


def _full(name: str) -> bool:
    """A name of two words or more once styles are set aside ("M. Bennani" is a surname alone)."""
    return len(name_key(name).tokens) >= 2


@dataclass
class _NewPerson:
    person: Person
    placeholder: int


class PersonLinker:
    """Exact names and the identity index of the run's persons; decides and writes in bulk."""

    def __init__(self) -> None:
        self.exact: dict[str, int] = {}
        self.index = PersonIndex()
        self._placeholders = count(-1, -1)
        self._suggested: dict[int, int] = {}  # placeholder → the person it is suggested to be
        self._keys_taken: set[str] = set()
        self.mark = 0  # the highest person id taken in: `refresh` reads only those created after

    @classmethod
    def load(cls) -> PersonLinker:
        """What the stored links say of each person's context (two queries); the names come with
        `refresh`, which the run's resolver calls first thing."""
        linker = cls()
        by_article: dict[int, set[int]] = defaultdict(set)
        for article_id, person_id, affiliation_id, roles in ArticlePerson.objects.values_list(
            "article_id", "person_id", "affiliation_id", "roles"
        ):
            by_article[article_id].add(person_id)
            if affiliation_id or roles:
                linker.index.add_context(person_id, affiliations=[affiliation_id], roles=roles or ())
        events: dict[int, set[int]] = defaultdict(set)
        for article_id, event_id in ArticleEvent.objects.values_list("article_id", "event_id"):
            events[article_id].add(event_id)
        for article_id, persons in by_article.items():
            for person_id in persons:
                linker.index.add_context(person_id, persons=persons, events=events.get(article_id, ()))
        return linker

    def refresh(self) -> None:
        """Take in the persons created since the last look, by this run or by another import
        running at the same time (see EntityResolver.refresh): their names only."""
        # Confirmed persons first, then candidates, rejected ones last (REVIEW_ORDER), so that a
        # name shared with a candidate resolves to the curated one.
        for pk, *names, aliases in (
            Person.objects.filter(id__gt=self.mark)
            .order_by(REVIEW_ORDER, "id")
            .values_list("id", "name", "label_fr", "label_ar", "label_en", "aliases")
        ):
            forms = [n for n in (*names, *(aliases or [])) if n]
            for name in forms:
                if _full(name):
                    self.exact.setdefault(person_key(name), pk)
            self.index.add_names(pk, forms)
            self.mark = max(self.mark, pk)

    def exact_match(self, found: FoundPerson) -> int | None:
        if found.known_key:
            return found.known_key
        for name in (found.name, *found.surfaces):
            # A bare surname ("M. Hammouchi") names a person only within its article, where
            # discovery already resolved it: across the archive it may be anyone of that family.
            if _full(name) and (pk := self.exact.get(person_key(name))):
                return pk
        return None

    def link(
        self,
        articles: dict[int, Article],
        extractions: dict[int, Extraction],
        *,
        event_ids: dict[int, int],
        affiliation_of,
    ) -> dict[int, int]:
        """id(found) → person id for every person of the batch, creating the new ones."""
        result: dict[int, int] = {}
        created: list[_NewPerson] = []
        decisions: list[IdentityDecision] = []
        names: dict[int, dict[str, str]] = defaultdict(dict)  # person → names met this batch → language
        for article_id, extraction in extractions.items():
            article = articles[article_id]
            taken: set[int] = set()
            undecided = []
            for found in extraction.persons:
                pk = self.exact_match(found)
                if pk and pk not in taken:
                    taken.add(pk)
                    result[id(found)] = pk
                else:
                    undecided.append(found)
            article_events = frozenset(event_ids[id(e)] for e in extraction.events if id(e) in event_ids)
            for found in undecided:
                roles = frozenset(filter(None, map(role_key, found.roles or [found.role or ""])))
                context = Context(affiliation_of(found), frozenset(taken), article_events, roles)
                decision = self.index.decide(found.name, context, exclude=taken)
                if decision.outcome == Outcome.SAME:
                    pk = decision.matched
                else:
                    pk = self._new_person(found, decision, created)
                taken.add(pk)
                result[id(found)] = pk
                decisions.append(_decision(pk, found, decision, article))
                self.index.add_names(pk, [found.name])
                for surface in (found.name, *found.surfaces):
                    if _full(surface):
                        self.exact.setdefault(person_key(surface), pk)
            for found in extraction.persons:
                pk = result[id(found)]
                names[pk].setdefault(found.name, article.language)
                for surface in found.surfaces:
                    names[pk].setdefault(surface, "")  # a surface ("M. X") is an alias, never a label
                self.index.add_context(
                    pk,
                    affiliations=[affiliation_of(found)],
                    persons=taken,
                    events=article_events,
                    roles=found.roles or [found.role or ""],
                )
        real = self._create(created, names)
        for key, pk in result.items():
            result[key] = real.get(pk, pk)
        for decision in decisions:
            decision.person_id = real.get(decision.person_id, decision.person_id)
            if decision.matched_id is not None:
                decision.matched_id = real.get(decision.matched_id, decision.matched_id)
        IdentityDecision.objects.bulk_create(decisions)
        _add_names({pk: n for pk, n in names.items() if pk > 0})
        return result

    def _new_person(self, found: FoundPerson, decision: Decision, created: list[_NewPerson]) -> int:
        placeholder = next(self._placeholders)
        key = person_key(found.name)
        if key in self.exact or key in self._keys_taken:
            key = f"{key} ~{-placeholder}"  # a namesake the article names apart: a record of its own
        self._keys_taken.add(key)
        person = Person(name=found.name[:300], review=Review.CANDIDATE, import_key=key[:300])
        if decision.outcome == Outcome.SUGGESTION:
            person.similarity = round(decision.score * 100, 1)
        created.append(_NewPerson(person, placeholder))
        if decision.outcome == Outcome.SUGGESTION:
            self._suggested[placeholder] = decision.matched
        return placeholder

    def _create(self, created: list[_NewPerson], names: dict[int, dict[str, str]]) -> dict[int, int]:
        """Write the batch's new persons, with the names met for them; placeholder → database id."""
        if not created:
            return {}
        for new in created:
            _merge_names(new.person, names.get(new.placeholder, {}))
        suggested = self._suggested
        for new in created:
            target = suggested.get(new.placeholder)
            if target is not None and target > 0:
                new.person.similar_to_id = target
        upsert(Person, [n.person for n in created])
        real = {n.placeholder: n.person.pk for n in created}
        later = []
        for new in created:
            target = suggested.pop(new.placeholder, None)
            if target is not None and target < 0:  # suggested to a person created in this batch
                new.person.similar_to_id = real[target]
                later.append(new.person)
        if later:
            Person.objects.bulk_update(later, ["similar_to"])
        for placeholder, pk in real.items():
            self.index.rename(placeholder, pk)
            self.mark = max(self.mark, pk)
        for key, pk in list(self.exact.items()):
            if pk < 0:
                self.exact[key] = real[pk]
        return real


def _decision(pk: int, found: FoundPerson, decision: Decision, article: Article) -> IdentityDecision:
    return IdentityDecision(
        person_id=pk,
        matched_id=decision.matched,
        spelling=found.name[:300],
        script="arabic" if is_arabic(found.name) else "latin",
        outcome=decision.outcome,
        score=decision.score,
        reasons=decision.reasons,
        article_id=article.pk,
        origin=(article.origin or "")[:500],
    )


def _label_field(name: str, language: str) -> str | None:
    if is_arabic(name):
        return "label_ar"
    return {"fr": "label_fr", "en": "label_en"}.get(language)


def _set_label(person: Person, name: str, language: str) -> bool:
    """Fill the person's label in the name's script and language when it has none yet; a record
    known only in Arabic takes its first full Latin spelling as its name (the display rule)."""
    changed = False
    field_name = _label_field(name, language)
    if field_name and not getattr(person, field_name) and _full(name):
        setattr(person, field_name, name[:300])
        changed = True
    if person.review != Review.CONFIRMED and is_arabic(person.name) and not is_arabic(name) and _full(name):
        if person.name not in (person.aliases or []) and person.name != person.label_ar:
            person.aliases = [*(person.aliases or []), person.name]
        person.name = name[:300]
        changed = True
    return changed


def _merge_names(person: Person, names: dict[str, str]) -> bool:
    """Labels where missing (the fullest name of each script and language), aliases otherwise."""
    dirty = False
    for name in sorted(names, key=lambda n: -len(n)):
        if names[name]:
            dirty |= _set_label(person, name, names[name])
    known = set(person.all_names())
    missing = sorted(n for n in names if n not in known)
    if missing:
        person.aliases = [*(person.aliases or []), *missing]
        dirty = True
    return dirty


def _add_names(names: dict[int, dict[str, str]]) -> None:
    """Remember the spellings met for existing persons (one read, one bulk write)."""
    wanted = {pk: n for pk, n in names.items() if n}
    if not wanted:
        return
    changed = []
    for person in Person.objects.filter(pk__in=wanted).only(
        "id", "name", "label_fr", "label_ar", "label_en", "aliases", "review"
    ):
        if _merge_names(person, wanted[person.pk]):
            person.updated_at = timezone.now()  # bulk_update skips auto_now: incremental sync must see it
            changed.append(person)
    if changed:
        Person.objects.bulk_update(changed, ["name", "label_fr", "label_ar", "label_en", "aliases", "updated_at"])
