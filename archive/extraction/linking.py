"""Linking extraction results to the archive's entities, a batch of articles at a time.

The resolver holds, for the whole run, which normalized name belongs to which person,
organization or event, so that the same new name met in many articles becomes one
candidate, never many, and no query is made per name. Links are rewritten per article
without touching those an editor decided on (confirmed or rejected): re-extraction never
undoes an editor's work, and never duplicates a link.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import timezone

from archive.bulk import insert_rows, upsert
from archive.extraction import series_names as series_names_module
from archive.extraction.persons import PersonLinker
from archive.extraction.results import Extraction, FoundEvent, FoundOrganization, FoundPerson
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Link
from events.detection.meeting_words import body_session_noun
from events.keys import event_import_key, event_key
from events.knowledge_base import read_series
from events.models import Event, EventSeries
from events.naming import event_name
from people.keys import organization_key
from people.models import REVIEW_ORDER, Organization, OrganizationIdentityDecision, Person, Review
from people.name_keys import is_arabic, token_skeleton
from people.similarity import SimilarNames
from text.normalize import normalize_name


@dataclass
class EntityResolver:
    """Normalized names → entity ids, for one run; kept current as candidates are created."""

    persons: PersonLinker = field(default_factory=PersonLinker)
    organizations: dict[str, int] = field(default_factory=dict)
    series: dict[str, int] = field(default_factory=dict)
    events: dict[tuple[int | None, int | None, str], int] = field(default_factory=dict)
    # Entities an editor rejected: their names still resolve to them (so that the importer does
    # not create them again as new candidates), and their new links are written rejected.
    rejected: dict[str, set[int]] = field(
        default_factory=lambda: {"person": set(), "organization": set(), "event": set()}
    )
    similar_organizations: SimilarNames = field(default_factory=lambda: SimilarNames([]))
    # Acronyms by their script-independent key ("SAHELPOL" and "ساحلبول" give one key); None where
    # two bodies share a key (editors decide).
    acronym_twins: dict[str, int | None] = field(default_factory=dict)
    # Every acronym's skeleton, short ones too ("bk" of EAPCCO and إيابكو), with its length in letters:
    # read only for the body of a candidate series, whose own key is that skeleton already
    # (events.detection.candidates). A short skeleton is shared ("bk" of BKA too): an acronym in
    # the other script writes its vowels, so the one of about its length is its twin.
    acronym_skeletons: dict[str, dict[int, int]] = field(default_factory=dict)

    # (series, year) → the numbered sessions of that year: the one a meeting named by its year is
    # ("African Internal Security Forum 2026" is the 3rd, held in January 2026)
    numbered_in_year: dict[tuple[int, int], set[int]] = field(default_factory=lambda: defaultdict(set))
    # (series, year) → its sessions known by their year only, which a numbered one of that year is
    year_named_in: dict[tuple[int, int], set[int]] = field(default_factory=lambda: defaultdict(set))

    # organization → its one catalogue series (id, name, event name template)
    only_series_of: dict[int, tuple[int, str, str]] = field(default_factory=dict)

    # The highest id of each kind taken in: `refresh` reads only the rows created after.
    marks: dict[str, int] = field(default_factory=lambda: {"organization": 0, "event": 0})

    @classmethod
    def load(cls) -> EntityResolver:
        resolver = cls(persons=PersonLinker.load())
        held: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        # (a body's summits hold no meetings of its officials: "the SCO's secretaries of security
        # councils held their 19th meeting" is no summit of the SCO's heads of state)
        summits = {entry["name"] for entry in read_series() if entry.get("kinds") == ["summit"]}
        for pk, import_key, organization, review, template, *names, aliases in EventSeries.objects.order_by(
            REVIEW_ORDER, "id"
        ).values_list(
            "id",
            "import_key",
            "organization_id",
            "review",
            "event_name_template",
            "name",
            "label_fr",
            "label_ar",
            "label_en",
            "aliases",
        ):
            resolver._remember(resolver.series, pk, [*names, *(aliases or [])], normalize_name)
            if import_key:
                resolver.series.setdefault("KEY:" + import_key, pk)
            if organization and review != Review.CANDIDATE and not import_key and names[0] not in summits:
                held[organization].append((pk, names[0], template or ""))
        # An organization that holds one series of the catalogue: a meeting of that body named in
        # a way the catalogue does not list ("the 7th General Assembly of the African Union
        # Mechanism for Police Cooperation") is a session of that series, not a new candidate.
        resolver.only_series_of = {org: pks[0] for org, pks in held.items() if len(pks) == 1}
        resolver.refresh()
        return resolver

    def refresh(self) -> None:
        """Take in the persons, organizations and events created since the last look: by this
        run, or by another import running at the same time. Called by the linker inside the
        batch's write transaction, under the import lock (archive.importer.writer), so that what
        the other import committed is seen before any candidate is created: one name, one
        candidate, whatever the number of imports."""
        marks = self.marks
        organizations = Organization.objects.filter(id__gt=marks["organization"])
        self.rejected["person"].update(
            Person.objects.filter(id__gt=self.persons.mark).rejected().values_list("id", flat=True)
        )
        self.rejected["organization"].update(organizations.rejected().values_list("id", flat=True))
        self.persons.refresh()
        # Confirmed entities first, then candidates, rejected ones last (REVIEW_ORDER), so that a
        # name shared with a candidate resolves to the curated one.
        for pk, acronym, *names, aliases in organizations.order_by(REVIEW_ORDER, "id").values_list(
            "id", "acronym", "name", "label_fr", "label_ar", "label_en", "aliases"
        ):
            self._remember(self.organizations, pk, [*names, *(aliases or [])], organization_key)
            self.similar_organizations.add(pk, names[0])
            if acronym:
                self.organizations.setdefault("ACRONYM:" + acronym, pk)
                self.remember_acronym(acronym, pk)
            marks["organization"] = max(marks["organization"], pk)
        for pk, series_id, ordinal, name, review, start in Event.objects.filter(id__gt=marks["event"]).values_list(
            "id", "series_id", "ordinal", "name", "review", "start"
        ):
            self.events.setdefault(event_key(series_id, ordinal, name), pk)
            if series_id and ordinal and start:
                self.numbered_in_year[(series_id, start.year)].add(pk)
            elif series_id and not ordinal and (year := _named_year(name) or (start and start.year)):
                self.year_named_in[(series_id, year)].add(pk)
            if review == Review.REJECTED:
                self.rejected["event"].add(pk)
            marks["event"] = max(marks["event"], pk)

    @staticmethod
    def _remember(table: dict, pk: int, names: Iterable[str], key) -> None:
        for name in names:
            if name:
                table.setdefault(key(name), pk)

    def organization_for(self, found: FoundOrganization) -> int | None:
        if found.known_key:
            return found.known_key
        if found.acronym and "ACRONYM:" + found.acronym in self.organizations:
            return self.organizations["ACRONYM:" + found.acronym]
        return self.organizations.get(normalize_name(found.name))

    def remember_acronym(self, acronym: str, pk: int) -> None:
        key = acronym_key(acronym)
        if key:
            self.acronym_twins[key] = pk if self.acronym_twins.get(key, pk) == pk else None
        letters = normalize_name(acronym).replace(" ", "")
        skeleton = token_skeleton(letters)
        if len(skeleton) >= 2:
            self.acronym_skeletons.setdefault(skeleton, {})[pk] = len(letters)

    def acronym_skeleton_twin(self, word: str) -> int | None:
        """The body whose acronym has this one-word body's skeleton and about its length (two
        letters apart at most), when exactly one is closest."""
        letters = normalize_name(word)
        found = self.acronym_skeletons.get(token_skeleton(letters), {})
        near = sorted((abs(length - len(letters)), pk) for pk, length in found.items())
        if not near or near[0][0] > 2 or (len(near) > 1 and near[1][0] == near[0][0]):
            return None
        return near[0][1]

    def acronym_twin(self, found: FoundOrganization) -> int | None:
        """The body whose acronym is this one written in the other script ("ساحلبول" for
        "SAHELPOL"), when exactly one body has it."""
        key = acronym_key(found.acronym or "")
        return self.acronym_twins.get(key) if key else None

    def names_only(self, found: FoundEvent, organization: int) -> bool:
        """Whether a candidate's body is the organization and nothing more ("of the African Union
        Mechanism for Police Cooperation", "d'AFRIPOL"): a meeting of that body. A body that goes on
        with a theme or other words ("l'ONUDC sur la cybercriminalité", "UNODC Regional … on
        Cybercrime") names another meeting of it, which its one series of the catalogue is not."""
        body = found.candidate_body
        return organization in (
            self.organizations.get(organization_key(body)),
            self.organizations.get("ACRONYM:" + body),
        )

    def candidate_series_key(self, found: FoundEvent) -> str:
        """The key of a series outside the catalogue: the organization the body's name is known
        as (any of its names, in any script, or its acronym), else the name's own key (the same
        in every script, events.detection.candidates)."""
        kind, _, name_key = found.candidate_key.partition(":")
        words = found.candidate_body.split()
        for n in range(len(words), 0, -1):  # the longest known name the body starts with
            body = " ".join(words[:n])
            org = self.organizations.get(organization_key(body)) or self.organizations.get("ACRONYM:" + body)
            if org and n < len(words) and name_key.startswith("concepts "):
                # a meeting of the organisation named by what it is about, the organisation one of its concepts
                # ("INTERPOL Global Cybercrime Conference", "المؤتمر العالمي للإنتربول حول الجريمة السيبرانية"): the
                # same key in every script, not the organisation's other meetings
                break
            if org:
                return f"{kind}:org:{org}"
        if len(words) == 1:  # an acronym written in the other script ("إيابكو" for "EAPCCO")
            org = self.acronym_skeleton_twin(words[0])
            if org:
                return f"{kind}:org:{org}"
        return f"{kind}:name:{name_key}"


def _meet(met: dict[str, str], spelling: str, language: str) -> None:
    """Note a series' spelling met in an article of `language`: in the order first met, as the best
    language it was met in (a name derived from an Arabic article, then written by an English one, is an
    English article's name: "Moroccan-Mauritanian Joint Security Committee" before "Joint Security
    Committee")."""
    if spelling not in met or series_names_module.rank(spelling, language) < series_names_module.rank(
        spelling, met[spelling]
    ):
        met[spelling] = language


def _english_rank(language: str) -> str:
    """The language an English name derived from an article counts as: English from an English
    article, else derived (series_names.DERIVED_EN: ranked below a name an English article writes,
    "WAPCCO General Assembly" before the "CCPAO …" derived from a French article)."""
    return "en" if language == "en" else series_names_module.DERIVED_EN


def acronym_key(acronym: str) -> str:
    """The script-independent key of an acronym of four letters or more with at least three
    consonants (people.name_keys.token_skeleton): shorter ones meet too many others."""
    folded = normalize_name(acronym).replace(" ", "")
    if len(folded) < 4:
        return ""
    skeleton = token_skeleton(folded)
    return skeleton if len(skeleton) >= 3 else ""


def _kept_pairs(model, entity_field: str, article_ids: list[int]) -> set[tuple[int, int]]:
    """(article, entity) pairs an editor decided on: never recreated, never deleted."""
    return set(
        model.objects.filter(article_id__in=article_ids)
        .exclude(decision=Link.Decision.NONE)
        .values_list("article_id", f"{entity_field}_id")
    )


@dataclass
class _EventBatch:
    """The events of one batch being linked: those to create (by key, with the reports waiting for
    their id) and the reports of events that exist already; `result` maps each report to its event."""

    new: dict[tuple, Event] = field(default_factory=dict)
    waiting: dict[tuple, list[FoundEvent]] = field(default_factory=lambda: defaultdict(list))
    result: dict[int, int] = field(default_factory=dict)
    found_for_existing: dict[int, list[FoundEvent]] = field(default_factory=lambda: defaultdict(list))

    def link_existing(self, pk: int, found: Iterable[FoundEvent]) -> None:
        for f in found:
            self.result[id(f)] = pk
            self.found_for_existing[pk].append(f)


class Linker:
    def __init__(self, resolver: EntityResolver):
        self.resolver = resolver

    def link(self, articles: list[Article], extractions: dict[int, Extraction], *, new: bool = False) -> None:
        """Write the links of `articles`. `new`: the articles were just created and have no
        links yet, so there is nothing to replace or keep (saves two queries per kind)."""
        article_ids = [a.pk for a in articles]
        self.resolver.refresh()
        event_ids = self._events(extractions, {a.pk: a.language for a in articles})
        person_ids = self.resolver.persons.link(
            {a.pk: a for a in articles}, extractions, event_ids=event_ids, affiliation_of=self._affiliation
        )
        org_ids = self._organizations({a.pk: a for a in articles}, extractions)

        if not new:
            for model in (ArticlePerson, ArticleOrganization, ArticleEvent):
                model.objects.filter(article_id__in=article_ids, decision=Link.Decision.NONE).delete()
            # Links are part of an article's interchange form: re-linked articles count as
            # modified for incremental sync (`modified_since`) and conditional requests.
            Article.objects.filter(pk__in=article_ids).update(updated_at=timezone.now())

        ids = {"person": person_ids, "organization": org_ids, "event": event_ids}
        for model, field_name, attribute in (
            (ArticlePerson, "person", "persons"),
            (ArticleOrganization, "organization", "organizations"),
            (ArticleEvent, "event", "events"),
        ):
            kept = set() if new else _kept_pairs(model, field_name, article_ids)
            rejected = self.resolver.rejected.get(field_name, set())
            rows = []
            for article_id, extraction in extractions.items():
                seen = set()
                for found in getattr(extraction, attribute):
                    pk = ids[field_name][id(found)]
                    if (article_id, pk) in kept or pk in seen:
                        continue
                    seen.add(pk)
                    row = {"article_id": article_id, f"{field_name}_id": pk}
                    row.update(_evidence(found), **self._specific(found))
                    if pk in rejected:
                        row["decision"] = Link.Decision.REJECTED
                    rows.append(row)
            insert_rows(model, rows)

    def _specific(self, found) -> dict:
        """What a kind of link keeps beyond the evidence: a person's role and affiliation, an
        event's relation to the article."""
        if isinstance(found, FoundPerson):
            return {
                "role": (found.role or "")[:500],
                "roles": [r[:500] for r in found.roles] if len(found.roles) > 1 else [],
                "affiliation_id": self._affiliation(found),
            }
        if isinstance(found, FoundEvent):
            return {"relation": found.relation}
        return {}

    # -- entities -------------------------------------------------------------------------

    def _affiliation(self, found: FoundPerson) -> int | None:
        """The organization a person's stated role names, when the run knows it."""
        return self.resolver.organizations.get(normalize_name(found.affiliation or "")) if found.affiliation else None

    def _organizations(self, articles: dict[int, Article], extractions: dict[int, Extraction]) -> dict[int, int]:
        """id(found) → organization id. A name the run does not know is the same as a known body
        when it is that body's name spelled apart (SimilarNames.same_spelling), else a new
        candidate, with a suggestion when a known name resembles it; each decision is recorded."""
        result: dict[int, int] = {}
        new: dict[str, Organization] = {}
        met_in: dict[str, Article] = {}
        waiting: dict[str, list[FoundOrganization]] = defaultdict(list)
        decisions: list[OrganizationIdentityDecision] = []
        spellings: dict[int, set[str]] = defaultdict(set)
        similar = self.resolver.similar_organizations
        new_acronyms: dict[str, str] = {}  # acronym key → key of the candidate created in this batch
        twins_met: dict[str, set[str]] = defaultdict(set)  # that candidate's names in the other script
        for article_id, extraction in extractions.items():
            for found in extraction.organizations:
                pk = self.resolver.organization_for(found)
                if pk:
                    result[id(found)] = pk
                    continue
                key = organization_key(found.name)
                twin = self.resolver.acronym_twin(found) if key not in new else None
                if twin:
                    # The same acronym in the other script: one body named in French, English and Arabic.
                    self.resolver.organizations[key] = result[id(found)] = twin
                    spellings[twin].add(found.name)
                    decisions.append(
                        _org_decision(twin, twin, found.name, "same", 100.0, articles[article_id], evidence="acronym")
                    )
                    continue
                twin_key = new_acronyms.get(acronym_key(found.acronym or "")) if found.acronym else None
                if key not in new and twin_key:
                    waiting[twin_key].append(found)  # its twin is created in this batch
                    twins_met[twin_key].add(found.name)
                    continue
                if key not in new:
                    same = similar.same_spelling(found.name)
                    if same:
                        self.resolver.organizations[key] = result[id(found)] = same.entity_key
                        spellings[same.entity_key].add(found.name)
                        decisions.append(
                            _org_decision(
                                same.entity_key, same.entity_key, found.name, "same", same.score, articles[article_id]
                            )
                        )
                        continue
                    new[key] = Organization(
                        name=found.name[:300],
                        acronym=(found.acronym or "")[:40],
                        aliases=sorted({found.evidence.surface} - {found.name}),
                        review=Review.CANDIDATE,
                        import_key=key[:300],
                    )
                    met_in[key] = articles[article_id]
                    if acronym_key(found.acronym or ""):
                        new_acronyms.setdefault(acronym_key(found.acronym or ""), key)
                waiting[key].append(found)
        if new:
            _propose(new.values(), similar)
            upsert(Organization, new.values())
            for key, org in new.items():
                similar.add(org.pk, org.name)
                self.resolver.organizations.setdefault(key, org.pk)
                if org.acronym:
                    self.resolver.organizations.setdefault("ACRONYM:" + org.acronym, org.pk)
                    self.resolver.remember_acronym(org.acronym, org.pk)
                for name in twins_met[key]:
                    spellings[org.pk].add(name)
                    self.resolver.organizations.setdefault(organization_key(name), org.pk)
                    decisions.append(
                        _org_decision(org.pk, org.pk, name, "same", 100.0, met_in[key], evidence="acronym")
                    )
                for found in waiting[key]:
                    result[id(found)] = org.pk
                outcome = "suggestion" if org.similar_to_id else "new"
                decisions.append(
                    _org_decision(org.pk, org.similar_to_id, org.name, outcome, org.similarity, met_in[key])
                )
        OrganizationIdentityDecision.objects.bulk_create(decisions)
        _add_aliases(Organization, spellings, latin_name=True)
        return result

    def _events(self, extractions: dict[int, Extraction], languages: dict[int, str]) -> dict[int, int]:
        batch = _EventBatch()
        new, waiting, result, found_for_existing = batch.new, batch.waiting, batch.result, batch.found_for_existing
        candidates, series_names, session_names = self._candidate_series(extractions, languages)
        for extraction in extractions.values():
            for found in extraction.events:
                name = found.name
                if found.candidate_key:
                    series_id = candidates[id(found)]
                    if id(found) in session_names:  # a session of the catalogue's series
                        name = session_names[id(found)]
                    elif series_id in series_names:  # a session is named after its series' name
                        year = found.name.removeprefix(found.series_name).strip() if not found.ordinal else ""
                        ordinal = found.ordinal
                        if ordinal and found.candidate_key.startswith("year:") and found.start_date:
                            # a forum's edition goes by its year, as the catalogue's forums do ("Marrakech
                            # Security Forum 2026" for "the 16th edition"), its number kept as its ordinal
                            ordinal, year = None, str(found.start_date.year)
                        name = series_names_module.session_name(
                            series_names[series_id], ordinal, year, noun=body_session_noun(found.evidence.surface)
                        )
                else:
                    series_id = self.resolver.series.get(normalize_name(found.series_name or ""))
                key = event_key(series_id, found.ordinal, name)
                pk = self.resolver.events.get(key)
                if pk:
                    batch.link_existing(pk, [found])
                    continue
                if key not in new:
                    new[key] = Event(
                        series_id=series_id,
                        ordinal=found.ordinal,
                        name=name[:300],
                        aliases=[found.name[:300]] if name != found.name else [],
                        review=Review.CANDIDATE,
                        import_key=event_import_key(series_id, found.ordinal, name)[:400],
                    )
                waiting[key].append(found)
                _fill_blanks(new[key], found)
        self._join_year_named_to_numbered(batch)
        self._join_numbered_to_year_named(batch)
        if new:
            upsert(Event, new.values())
            for key, event in new.items():
                self.resolver.events[key] = event.pk
                for found in waiting[key]:
                    result[id(found)] = event.pk
        if found_for_existing:
            # Complete what is unknown about existing events; never overwrite what is known.
            changed = []
            for event in Event.objects.filter(pk__in=found_for_existing):
                if any([_fill_blanks(event, found) for found in found_for_existing[event.pk]]):
                    changed.append(event)
            if changed:
                now = timezone.now()  # bulk_update skips auto_now: incremental sync must see the change
                for event in changed:
                    event.updated_at = now
                Event.objects.bulk_update(
                    changed, ["city", "country", "start", "start_precision", "end", "end_precision", "updated_at"]
                )
        return result

    def _join_year_named_to_numbered(self, batch: _EventBatch) -> None:
        """A new meeting named by its year ("African Internal Security Forum 2026", from one
        article) is the one numbered session of its series held that year, known or met in this
        batch ("la 3e édition du Forum africain …, le 20 janvier 2026", from another): its reports
        link to that session, as `events.detection` makes one event of the two within an article."""
        new, waiting = batch.new, batch.waiting
        years: dict[tuple, int] = {}  # the year-named meetings of this batch met so far, by key
        for key in [k for k, event in new.items() if event.series_id and event.ordinal is None]:
            year = next((f.start_date.year for f in waiting[key] if f.start_date), None) or _named_year(new[key].name)
            if year is None:
                continue
            known = self.resolver.numbered_in_year.get((key[0], year), set())
            met = [k for k, e in new.items() if k[0] == key[0] and e.ordinal and e.start and e.start.year == year]
            if not known and len(met) > 1 and new[key].city:
                # two sessions dated that year (one of them perhaps misread): the one held in the same city
                met = [k for k in met if new[k].city == new[key].city]
            if not known and not met:
                # no numbered session that year: the one meeting of the series named by that year already,
                # in another language ("INTERPOL Global Cybercrime Conference 2025", "المؤتمر العالمي
                # للإنتربول حول الجريمة السيبرانية 2025": one candidate series, one meeting)
                known = self.resolver.year_named_in.get((key[0], year), set())
                met = [k for k, y in years.items() if k[0] == key[0] and y == year and k in new]
            years[key] = year
            if len(known) + len(met) != 1:
                continue
            found = waiting.pop(key)
            del new[key]
            if met:
                waiting[met[0]].extend(found)
                for f in found:
                    _fill_blanks(new[met[0]], f)
            else:
                batch.link_existing(next(iter(known)), found)

    def _join_numbered_to_year_named(self, batch: _EventBatch) -> None:
        """The other way round: a new numbered session of a series whose one session known for
        that year is named by its year only (met in an earlier import): that session, which now
        takes its ordinal and its numbered name."""
        promoted, new = [], batch.new
        for key in [k for k, event in new.items() if event.series_id and event.ordinal and event.start]:
            event = new[key]
            series_year = (event.series_id, event.start.year)
            known = self.resolver.year_named_in.get(series_year, set())
            if len(known) != 1 or self.resolver.numbered_in_year.get(series_year):
                continue
            pk = known.pop()
            self.resolver.numbered_in_year[series_year].add(pk)
            self.resolver.events[key] = pk
            promoted.append(
                Event(
                    pk=pk,
                    ordinal=event.ordinal,
                    name=event.name,
                    import_key=event.import_key,
                    updated_at=timezone.now(),
                )
            )
            batch.link_existing(pk, batch.waiting.pop(key))
            del new[key]
        if promoted:
            Event.objects.bulk_update(promoted, ["ordinal", "name", "import_key", "updated_at"])

    def _candidate_series(
        self, extractions: dict[int, Extraction], languages: dict[int, str]
    ) -> tuple[dict[int, int], dict[int, str], dict[int, str]]:
        """id(found) → series id for events of series outside the catalogue: one candidate series
        per key for the whole run, however many articles and scripts name it; the spellings met
        become its name, labels and aliases (archive.extraction.series_names). A body that holds
        one series of the catalogue is that series. Also returns the series' names ({series id:
        name}) and the names of the catalogue's sessions met that way ({id(found): name})."""
        series = self.resolver.series
        result: dict[int, int] = {}
        met: dict[str, dict[str, str]] = defaultdict(dict)  # key → spelling → language of its article
        waiting: dict[str, list[FoundEvent]] = defaultdict(list)
        known_met: dict[int, dict[str, str]] = defaultdict(dict)
        session_names: dict[int, str] = {}  # id(found) → its session's name, for the catalogue's series
        for article_id, extraction in extractions.items():
            for found in extraction.events:
                if not found.candidate_key:
                    continue
                key = self.resolver.candidate_series_key(found)
                language = languages.get(article_id, "")
                _kind, _, org = key.partition(":org:")
                if org and int(org) in self.resolver.only_series_of and self.resolver.names_only(found, int(org)):
                    pk, name, template = self.resolver.only_series_of[int(org)]
                    result[id(found)] = pk
                    session_names[id(found)] = event_name(template, name, found.ordinal)
                    continue
                pk = series.get("KEY:" + key)
                if pk:
                    result[id(found)] = pk
                    if found.candidate_name_en:
                        _meet(known_met[pk], found.candidate_name_en, _english_rank(language))
                    _meet(known_met[pk], found.series_name, language)
                    continue
                if found.candidate_name_en:  # the name the archive gives it first, as written next
                    _meet(met[key], found.candidate_name_en, _english_rank(language))
                _meet(met[key], found.series_name, language)
                waiting[key].append(found)
        names: dict[int, str] = {}
        if met:
            taken: set[str] = set()
            rows = {key: series_names_module.new_series(m, key, series, taken) for key, m in met.items()}
            EventSeries.objects.bulk_create(
                list(rows.values()), update_conflicts=True, unique_fields=["import_key"], update_fields=["import_key"]
            )
            for key, row in rows.items():
                series["KEY:" + key] = row.pk
                series.setdefault(normalize_name(row.name), row.pk)
                names[row.pk] = row.name
                for found in waiting[key]:
                    result[id(found)] = row.pk
                missing = set(met[key]) - set(row.all_names())
                if missing:
                    known_met[row.pk].update({n: met[key][n] for n in missing})
        known_names, renamed = series_names_module.name_known_series(known_met, series)
        names.update(known_names)
        for event in renamed:  # a session of a renamed series goes by its new name from now on
            self.resolver.events.setdefault(event_key(event.series_id, event.ordinal, event.name), event.pk)
        return result, names, session_names


def _named_year(name: str) -> int | None:
    """The year a meeting is named by ("African Internal Security Forum 2026", "INTERPOL General
    Assembly (2026)"), else None."""
    last = name.rsplit(" ", 1)[-1].strip("()")
    return int(last) if len(last) == 4 and last.isdigit() and last[:2] in ("19", "20") else None


def _org_decision(
    pk: int,
    matched: int | None,
    spelling: str,
    outcome: str,
    score: float | None,
    article: Article,
    evidence: str = "name",
) -> OrganizationIdentityDecision:
    detail = {
        "same": "the name of a known body, spelled apart",
        "suggestion": "a name like a known body's: for editors",
        "new": "no known body with a name like it",
    }[outcome]
    if evidence == "acronym":
        detail = "the acronym of a known body written in the other script"
    return OrganizationIdentityDecision(
        organization_id=pk,
        matched_id=matched,
        spelling=spelling[:300],
        script="arabic" if is_arabic(spelling) else "latin",
        outcome=outcome,
        score=round((score or 0) / 100, 3),
        reasons=[{"evidence": evidence, "detail": detail, "weight": round((score or 0) / 100, 3)}],
        article_id=article.pk,
        origin=(article.origin or "")[:500],
    )


def _add_aliases(model, spellings: dict[int, set[str]], *, latin_name: bool = False) -> None:
    """Remember the spellings met for known entities (one read, one bulk write). `latin_name`: a
    record named in Arabic that meets a Latin spelling takes it as its name (the name is Latin by
    rule) and keeps the Arabic one as its Arabic label; one without an Arabic label takes the
    first Arabic form met."""
    if not spellings:
        return
    changed = []
    for entity in model.objects.filter(pk__in=spellings).only(
        "id", "name", "label_fr", "label_ar", "label_en", "aliases"
    ):
        met = set(spellings[entity.pk])
        latin = sorted(n for n in met if not is_arabic(n))
        renamed = latin_name and is_arabic(entity.name) and bool(latin)
        if renamed:
            if not entity.label_ar:
                entity.label_ar = entity.name
            else:
                met.add(entity.name)
            entity.name = latin[0]
        arabic = sorted(n for n in met if is_arabic(n))
        if latin_name and arabic and not entity.label_ar:
            entity.label_ar, renamed = arabic[0], True  # the first Arabic form met labels it in Arabic
        missing = sorted(met - set(entity.all_names()))
        if missing or renamed:
            entity.aliases = [*(entity.aliases or []), *missing]
            changed.append(entity)
    if changed:
        model.objects.bulk_update(changed, ["name", "label_ar", "aliases"])


def _propose(candidates: Iterable, similar: SimilarNames) -> None:
    """Suggest, for each new candidate, the known entity its name resembles (editors decide)."""
    for entity in candidates:
        proposal = similar.propose(entity.name)
        if proposal:
            entity.similar_to_id, entity.similarity = proposal.entity_key, proposal.score


def _fill_blanks(event: Event, found: FoundEvent) -> bool:
    changed = False
    if not event.city and found.city:
        event.city, changed = found.city[:120], True
    if not event.country and found.country:
        event.country, changed = found.country[:2], True
    for attr, value in (("start", found.start_date), ("end", found.end_date)):
        if value is None:
            continue
        current = getattr(event, f"{attr}_date")
        if current is None or (value.is_finer_than(current) and current.contains(value)):
            setattr(event, attr, value.first_day())
            setattr(event, f"{attr}_precision", value.precision)
            changed = True
    return changed


def _evidence(found: FoundPerson | FoundOrganization | FoundEvent) -> dict:
    """The columns every kind of link shares, from the one evidence shape."""
    evidence = found.evidence
    return {
        "surface": evidence.surface[:300],
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "method": evidence.method,
        "confidence": evidence.confidence,
    }
