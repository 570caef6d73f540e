"""The starter knowledge base of organizations: reading it, loading it, and the rules it carries.

Why a data file (``people/knowledge/organizations.json``) rather than code or fixtures: it is
domain knowledge that editors and reviewers read and extend (every real name of INTERPOL,
the Council of Arab Interior Ministers, the news agencies…), it is loaded into the
Organization table by a data migration and by ``manage.py load_knowledge_base``, and it
also holds matching rules that the table has no column for.

One record per organization::

    {"name": "International Criminal Police Organization",  # canonical English name, the upsert key
     "acronym": "INTERPOL", "kind": "international", "country": "", "parent": null,
     "label_fr": "...", "label_ar": "...", "label_en": "...",
     "aliases": ["Interpol", "OIPC", "الإنتربول", ...],
     # optional rules, all read by KnowledgeRules:
     "generic_aliases": ["Comité exécutif", "اللجنة التنفيذية"],  # too generic to stand alone...
     "requires": ["International Criminal Police Organization"],  # ...kept only when these are found too
     "ambiguous_acronyms": ["ISA"],        # also a common word: kept only as a marker "(ISA)" or
                                           # when another name of the organization is in the article
     "case_sensitive": ["Territorial Surveillance"],  # match with these capitals only
     "country_cues": ["algérienne", "الجزائرية"],  # tells this one from homonyms sharing its names
     "mention_implies_parent": true}       # "X of PARENT": naming it also names the parent

Loading merges, it never removes: an editor's aliases, labels, parent and kind survive a reload.
The loader takes the model class as a parameter so that the data migration can run it on the
historical model; it must therefore only use fields that exist since migration 0001.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils import timezone

from people.lexicon import ROLE_HEADS
from text.matching import NameEntry, NameIndex, NameMatch, is_acronym
from text.normalize import normalize_name
from text.sentences import Sentences

DEFAULT_PATH = Path(__file__).resolve().parent / "knowledge" / "organizations.json"

# Organization.Kind values, repeated here so that the data migration does not depend on the
# current model (a test checks they stay equal).
KINDS = frozenset({"international", "ministry", "agency", "police", "university", "media", "other"})
CONFIRMED = "confirmed"
OTHER_KIND = "other"

_REQUIRED = ("name", "acronym", "kind", "country", "parent", "label_fr", "label_ar", "label_en", "aliases")
_LISTS = ("generic_aliases", "requires", "ambiguous_acronyms", "case_sensitive", "country_cues")
_FLAGS = ("mention_implies_parent",)
_MAX_LENGTH = {"name": 300, "label_fr": 300, "label_ar": 300, "label_en": 300, "acronym": 40}
_LABEL_FIELDS = ("label_fr", "label_ar", "label_en")
_MERGED_FIELDS = ["label_fr", "label_ar", "label_en", "acronym", "kind", "country", "aliases", "review", "updated_at"]

# How far around a homonym's mention a country cue is looked for (characters, same sentence).
CUE_WINDOW = 60
_OPENING = ("(", "[", "{")
_CLOSING = (")", "]", "}")
_SEPARATORS = "-–—|/:"
# A wire credit closing a line: names or codes joined by slashes, after a sentence, a dash or alone
# ("… (ASEAN). –CVN/VNA", "Hoang Minh/CVN", "— Times of Oman / ONA"): each code of it is a marker.
_CREDIT_WORD = r"(?:[A-ZÀ-Þ][\w.'’\-]*|of|de|du|the)"
_WIRE_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?»\"] )|(?<=[-–—]))\s*[-–—]?\s*(?P<credit>{_CREDIT_WORD}(?: {_CREDIT_WORD}){{0,3}}"
    rf"(?:\s?/\s?[A-Z][A-Za-z]{{1,7}})+)\s*$",
    re.MULTILINE,
)
_NEAR = 40
# (or in brackets closing a line after the writer's name: "C. A. Ould Sidi (avec AMI)")
_CREDIT_LEAD = re.compile(
    r"(?:(?:^|[.!?»\"”]\s*)\(?\s*(?:avec|with|source\s*:|sources\s*:|المصدر\s*:)|\(\s*(?:avec|with))$", re.IGNORECASE
)
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_][\w\-]*)")


class KnowledgeBaseError(ValueError):
    """The knowledge base file is malformed; the message lists every problem found."""


@dataclass(frozen=True)
class OrganizationRecord:
    """One organization of the knowledge base, as read and validated from the file."""

    name: str
    acronym: str
    kind: str
    country: str
    parent: str | None
    label_fr: str
    label_ar: str
    label_en: str
    aliases: tuple[str, ...]
    generic_aliases: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    ambiguous_acronyms: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    country_cues: tuple[str, ...] = ()
    mention_implies_parent: bool = False

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for label in (self.label_fr, self.label_ar, self.label_en) if label)

    def all_names(self) -> list[str]:
        """Every name form (canonical, labels, acronym, aliases, generic aliases), without repeats."""
        names = (self.name, *self.labels, self.acronym, *self.aliases, *self.generic_aliases)
        return list(dict.fromkeys(name for name in names if name))

    def stored_aliases(self) -> list[str]:
        """What goes into Organization.aliases: every name that has no field of its own."""
        own = {self.name, self.acronym, *self.labels}
        return [name for name in dict.fromkeys((*self.aliases, *self.generic_aliases)) if name and name not in own]


# ---------------------------------------------------------------------------- reading


def read_knowledge_base(path: str | Path | None = None) -> list[OrganizationRecord]:
    """Read and validate the knowledge base file; raise KnowledgeBaseError listing every problem."""
    path = Path(path) if path else DEFAULT_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise KnowledgeBaseError(f"{path}: {error}") from error
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{path}: expected a list of organizations")
    errors: list[str] = []
    records = [record for i, item in enumerate(data) if (record := _parse_record(i, item, errors))]
    errors.extend(_check_references(records))
    errors.extend(_check_homonyms(records))
    if errors:
        raise KnowledgeBaseError(f"{path}:\n" + "\n".join(errors))
    return records


def _parse_record(index: int, item: Any, errors: list[str]) -> OrganizationRecord | None:
    where = f"organization #{index}"
    if not isinstance(item, dict):
        errors.append(f"{where}: expected an object")
        return None
    where = f"organization #{index} ({item.get('name')!r})"
    problems = [f"missing field {key!r}" for key in _REQUIRED if key not in item]
    problems += [f"unknown field {key!r}" for key in item if key not in (*_REQUIRED, *_LISTS, *_FLAGS)]
    for key in ("name", "acronym", "kind", "country", *_LABEL_FIELDS):
        if key in item and not isinstance(item[key], str):
            problems.append(f"{key} must be a string")
    for key in ("aliases", *_LISTS):
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"{key} must be a list of non-empty strings")
    if problems:
        errors.extend(f"{where}: {problem}" for problem in problems)
        return None
    record = OrganizationRecord(
        name=item["name"].strip(),
        acronym=item["acronym"].strip(),
        kind=item["kind"],
        country=item["country"],
        parent=item["parent"],
        label_fr=item["label_fr"].strip(),
        label_ar=item["label_ar"].strip(),
        label_en=item["label_en"].strip(),
        aliases=tuple(item["aliases"]),
        **{key: tuple(item.get(key, ())) for key in _LISTS},
        mention_implies_parent=bool(item.get("mention_implies_parent", False)),
    )
    errors.extend(f"{where}: {problem}" for problem in _record_problems(record))
    return record


def _record_problems(record: OrganizationRecord) -> list[str]:
    problems = []
    if not record.name:
        problems.append("name is empty")
    if record.kind not in KINDS:
        problems.append(f"kind {record.kind!r} is not one of {sorted(KINDS)}")
    if record.country and not (len(record.country) == 2 and record.country.isupper()):
        problems.append(f"country {record.country!r} is not an ISO 3166-1 alpha-2 code")
    if record.parent is not None and not isinstance(record.parent, str):
        problems.append("parent must be a name or null")
    for key, limit in _MAX_LENGTH.items():
        if len(getattr(record, key)) > limit:
            problems.append(f"{key} is longer than {limit} characters")
    if bool(record.generic_aliases) != bool(record.requires):
        problems.append("generic_aliases and requires go together")
    names = set(record.all_names())
    problems += [
        f"ambiguous acronym {a!r} is not one of its names" for a in record.ambiguous_acronyms if a not in names
    ]
    problems += [f"case-sensitive name {a!r} is not one of its names" for a in record.case_sensitive if a not in names]
    if record.mention_implies_parent and not record.parent:
        problems.append("mention_implies_parent without a parent")
    return problems


def _check_references(records: Sequence[OrganizationRecord]) -> list[str]:
    by_name: dict[str, OrganizationRecord] = {}
    errors = []
    for record in records:
        if record.name in by_name:
            errors.append(f"{record.name!r}: listed twice")
        by_name[record.name] = record
    for record in records:
        for other in (record.parent, *record.requires):
            if other is not None and other not in by_name:
                errors.append(f"{record.name!r}: refers to unknown organization {other!r}")
        seen, parent = {record.name}, record.parent
        while parent in by_name:
            if parent in seen:
                errors.append(f"{record.name!r}: parents form a cycle")
                break
            seen.add(parent)
            parent = by_name[parent].parent
    return errors


def _check_homonyms(records: Sequence[OrganizationRecord]) -> list[str]:
    """A name shared by several organizations must be resolvable: by country cues (all but one
    of them have cues) or by requirements (a generic alias of each)."""
    owners: dict[str, list[tuple[OrganizationRecord, bool]]] = {}
    for record in records:
        generic = {normalize_name(name) for name in record.generic_aliases}
        for key in dict.fromkeys(normalize_name(name) for name in record.all_names()):
            owners.setdefault(key, []).append((record, key in generic))
    errors = []
    for key, sharing in owners.items():
        if len(sharing) < 2 or all(is_generic for _, is_generic in sharing):
            continue
        specific = [record for record, is_generic in sharing if not is_generic]
        if len(specific) < len(sharing):
            errors.append(f"name {key!r} is generic for some organizations and specific for others")
        elif sum(1 for record in specific if not record.country_cues) > 1:
            errors.append(
                f"name {key!r} is shared by {[r.name for r in specific]} and only country cues can tell them apart"
            )
    return errors


# ---------------------------------------------------------------------------- loading


def knowledge_base_upsert(
    *, records: Sequence[OrganizationRecord], organization_model: type, using: str = "default"
) -> dict[str, int]:
    """Create or merge the records into ``organization_model`` (the model or its historical
    version), matched by canonical name; then link parents. A constant number of queries."""
    manager = organization_model._default_manager.db_manager(using)
    names = [record.name for record in records]
    existing = _first_by_name(manager.filter(name__in=names).order_by("pk"))
    now = timezone.now()
    to_create, to_update = [], []
    for record in records:
        organization = existing.get(record.name)
        if organization is None:
            to_create.append(_new_organization(organization_model, record))
        elif _merge(organization, record):
            organization.updated_at = now
            to_update.append(organization)
    manager.bulk_create(to_create)
    manager.bulk_update(to_update, _MERGED_FIELDS)
    parents_set = _link_parents(records, manager, names, now)
    return {
        "total": len(records),
        "created": len(to_create),
        "updated": len(to_update),
        "unchanged": len(records) - len(to_create) - len(to_update),
        "parents_set": parents_set,
    }


def _first_by_name(organizations: Iterable[Any]) -> dict[str, Any]:
    """The oldest row per name: the one the knowledge base owns when an editor made a namesake."""
    first: dict[str, Any] = {}
    for organization in organizations:
        first.setdefault(organization.name, organization)
    return first


def _new_organization(model: type, record: OrganizationRecord) -> Any:
    return model(
        name=record.name,
        acronym=record.acronym,
        kind=record.kind,
        country=record.country,
        label_fr=record.label_fr,
        label_ar=record.label_ar,
        label_en=record.label_en,
        aliases=record.stored_aliases(),
        review=CONFIRMED,
    )


def _merge(organization: Any, record: OrganizationRecord) -> bool:
    """Bring the record's knowledge into an existing row without losing an editor's work:
    empty fields are filled, differing labels and acronyms become aliases, aliases are only added."""
    before = _snapshot(organization)
    extra: list[str] = []
    for key in (*_LABEL_FIELDS, "acronym"):
        ours, theirs = getattr(record, key), getattr(organization, key)
        if ours and not theirs:
            setattr(organization, key, ours)
        elif ours and ours != theirs:
            extra.append(ours)
    if organization.kind == OTHER_KIND and record.kind != OTHER_KIND:
        organization.kind = record.kind
    if not organization.country:
        organization.country = record.country
    organization.review = CONFIRMED
    current = list(organization.aliases or [])
    known = {organization.name, organization.acronym, organization.label_fr, organization.label_ar}
    known |= {organization.label_en, *current}
    current += [name for name in dict.fromkeys((*record.stored_aliases(), *extra)) if name not in known]
    organization.aliases = current
    return _snapshot(organization) != before


def _snapshot(organization: Any) -> tuple:
    return tuple(
        list(value) if isinstance(value := getattr(organization, key), list) else value
        for key in _MERGED_FIELDS
        if key != "updated_at"
    )


def _link_parents(records: Sequence[OrganizationRecord], manager: Any, names: list[str], now: Any) -> int:
    """Second pass, once every record has a row: set parents that are still empty."""
    rows = _first_by_name(manager.filter(name__in=names).order_by("pk"))
    changed = []
    for record in records:
        row, parent = rows.get(record.name), rows.get(record.parent or "")
        if row is not None and parent is not None and row.parent_id is None and parent.pk != row.pk:
            row.parent_id = parent.pk
            row.updated_at = now
            changed.append(row)
    manager.bulk_update(changed, ["parent", "updated_at"])
    return len(changed)


# ---------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class OrganizationRules:
    """What the knowledge base says about matching one organization's names."""

    generic: frozenset[str] = frozenset()  # normalized generic aliases
    requires: tuple[str, ...] = ()
    ambiguous: frozenset[str] = frozenset()  # normalized ambiguous acronyms
    case_sensitive: frozenset[str] = frozenset()  # exact names
    has_cues: bool = False
    parent: str | None = None
    implies_parent: bool = False
    compounds: frozenset[str] = frozenset()  # normalized names that open with the parent's name


_NO_RULES = OrganizationRules()


def _compound_names(record: OrganizationRecord, parent: OrganizationRecord | None) -> frozenset[str]:
    """The record's names that open with its parent's canonical name or one of its labels
    ("African Union Commission"): a proper name containing another's, which names only itself."""
    if parent is None or not record.mention_implies_parent:
        return frozenset()
    heads = {normalize_name(name) for name in (parent.name, *parent.labels) if name}
    return frozenset(
        key for key in map(normalize_name, record.all_names()) if any(key.startswith(head + " ") for head in heads)
    )


@dataclass
class _Group:
    """The candidates (homonyms) found for one span of text, in index order."""

    start: int
    end: int
    candidates: list[tuple[NameMatch, str]] = field(default_factory=list)
    chosen: tuple[NameMatch, str] | None = None


class KnowledgeRules:
    """The knowledge base's matching rules, applied to the matches of one article.

    Build once per run (``knowledge_base_rules()``); ``name_entries`` feeds ``NameIndex.build``
    and ``resolve`` turns one article's raw matches into one organization per span.
    """

    def __init__(self, records: Iterable[OrganizationRecord]) -> None:
        self._rules: dict[str, OrganizationRules] = {}
        cues: list[NameEntry] = []
        records = list(records)
        by_name = {record.name: record for record in records}
        for record in records:
            self._rules[record.name] = OrganizationRules(
                generic=frozenset(normalize_name(name) for name in record.generic_aliases),
                requires=record.requires,
                ambiguous=frozenset(normalize_name(name) for name in record.ambiguous_acronyms),
                case_sensitive=frozenset(record.case_sensitive),
                has_cues=bool(record.country_cues),
                parent=record.parent,
                implies_parent=record.mention_implies_parent,
                compounds=_compound_names(record, by_name.get(record.parent or "")),
            )
            cues += [NameEntry("cue", record.name, cue) for cue in record.country_cues]
        self._cue_index = NameIndex.build(cues)
        self._countries = {record.name: record.country for record in records if record.country}
        # Whether a name is generic, ambiguous for an organization: asked several times for every match.
        self._kinds: dict[tuple[str, str], tuple[bool, bool]] = {}

    def country_of(self, name: str) -> str:
        """The country (ISO 3166-1 alpha-2) of a national organization of the file, by canonical name; ''."""
        return self._countries.get(name, "")

    def rules_for(self, name: str) -> OrganizationRules:
        """The rules of an organization by canonical name (none for one the file does not know)."""
        return self._rules.get(name, _NO_RULES)

    def name_entries(
        self, organizations: Iterable[Any], *, key: Callable[[Any], str | int] | None = None, kind: str = "organization"
    ) -> list[NameEntry]:
        """Index entries for organizations (model rows or OrganizationRecords): every name, the
        acronym included, case-sensitive where the knowledge base says so. The entity key is
        the row's pk by default."""
        key = key or (lambda organization: organization.pk)
        entries = []
        for organization in organizations:
            cased = self.rules_for(organization.name).case_sensitive
            names = dict.fromkeys((*organization.all_names(), organization.acronym))
            entries += [NameEntry(kind, key(organization), name, name in cased) for name in names if name]
        return entries

    def named(self, matches: Iterable[NameMatch], name_of: Mapping[str | int, str]) -> set[str]:
        """The organizations these matches name, with the parents their mentions imply: "the
        Commission of the African Union" names the Union too (the corpus conventions' "X of
        ORG"); "the African Union Commission", a proper name opening with its parent's, does not."""
        names, implying = set(), set()
        for match in matches:
            name = name_of[match.entity_key]
            names.add(name)
            compounds = self.rules_for(name).compounds  # (a few bodies have any: asked before folding)
            if not compounds or normalize_name(match.name) not in compounds:
                implying.add(name)
        return names | self.implied(implying)

    def implied(self, names: Iterable[str]) -> set[str]:
        """The organizations whose mention is implied by these: "General Secretariat of the
        Council" names the Council too (transitively)."""
        found = set(names)
        pending = list(found)
        while pending:
            rules = self.rules_for(pending.pop())
            if rules.implies_parent and rules.parent and rules.parent not in found:
                found.add(rules.parent)
                pending.append(rules.parent)
        return found

    def resolve(self, text: str, matches: Sequence[NameMatch], name_of: Mapping[str | int, str]) -> list[NameMatch]:
        """One organization per matched span, after the rules: ambiguous acronyms need a marker
        or another name of theirs; homonyms are told apart by country cues (a cued choice holds
        for the article's other uncued mentions); generic aliases need their required
        organizations in the article, the nearest preceding one deciding between several."""
        groups = _group(matches, name_of)
        plain = {
            canonical
            for group in groups
            for match, canonical in group.candidates
            if not self._is_generic(match, canonical) and not self._is_ambiguous(match, canonical)
        }
        plain_spans = [
            (group.start, group.end)
            for group in groups
            if any(not self._is_generic(m, c) and not self._is_ambiguous(m, c) for m, c in group.candidates)
        ]
        for group in groups:
            group.candidates = [
                (match, canonical)
                for match, canonical in group.candidates
                if not self._is_ambiguous(match, canonical)
                or canonical in plain
                or _is_marker(text, match)
                or _opens_a_title(text, match)
                or _called_an_agency(text, match)
                or _listed_with_bodies(text, match, plain_spans)
            ]
        self._choose_homonyms(text, [g for g in groups if not self._all_generic(g)])
        found = self.implied(group.chosen[1] for group in groups if group.chosen)
        self._choose_generic(groups, found)
        return [group.chosen[0] for group in groups if group.chosen]

    def _is_generic(self, match: NameMatch, canonical: str) -> bool:
        return self._kind(match.name, canonical)[0]

    def _is_ambiguous(self, match: NameMatch, canonical: str) -> bool:
        return self._kind(match.name, canonical)[1]

    def _kind(self, name: str, canonical: str) -> tuple[bool, bool]:
        kind = self._kinds.get((name, canonical))
        if kind is None:
            key, rules = normalize_name(name), self.rules_for(canonical)
            kind = self._kinds[name, canonical] = (key in rules.generic, key in rules.ambiguous)
        return kind

    def _all_generic(self, group: _Group) -> bool:
        return all(self._is_generic(match, canonical) for match, canonical in group.candidates)

    def _choose_homonyms(self, text: str, groups: list[_Group]) -> None:
        """Pick one candidate per span: a local country cue first, then the choice a cue made
        elsewhere in the article for the same homonyms, then the candidate without cues."""
        specific = [(group, [(m, c) for m, c in group.candidates if not self._is_generic(m, c)]) for group in groups]
        # the spans naming one organization only, where a cue is that organization's own word
        single = sorted(
            (group.start, group.end, candidates[0][1]) for group, candidates in specific if len(candidates) == 1
        )
        by_cue: dict[frozenset[str], list[tuple[int, str]]] = {}
        undecided = []
        for group, candidates in specific:
            if not candidates:
                continue
            if len(candidates) == 1:
                group.chosen = candidates[0]
                continue
            cued = self._local_cue(text, group, candidates, single)
            if cued is not None:
                group.chosen = cued
                by_cue.setdefault(_names(candidates), []).append((group.start, cued[1]))
            else:
                undecided.append((group, candidates))
        for group, candidates in undecided:
            decisions = by_cue.get(_names(candidates))
            if decisions:
                nearest = min(decisions, key=lambda decision: abs(decision[0] - group.start))[1]
                group.chosen = next(c for c in candidates if c[1] == nearest)
            else:
                group.chosen = next((c for c in candidates if not self.rules_for(c[1]).has_cues), candidates[0])

    def _local_cue(
        self,
        text: str,
        group: _Group,
        candidates: list[tuple[NameMatch, str]],
        single: Sequence[tuple[int, int, str]] = (),
    ) -> tuple[NameMatch, str] | None:
        """The candidate whose country cue is nearest in the span's sentence; a cue inside another
        mention that names one of the candidates only ("… بالمديرية العامة للأمن الوطني مع المدير العام
        للأمن الوطني الموريتاني") belongs to that mention, not to its neighbour."""
        left, right = _sentence_window(text, group.start, group.end)
        best: tuple[int, tuple[NameMatch, str]] | None = None
        wanted = {candidate[1]: candidate for candidate in candidates}
        for cue in self._cue_index.find(text[left:right]):
            candidate = wanted.get(str(cue.entity_key))
            if candidate is None:
                continue
            start, end = cue.start + left, cue.end + left
            at = bisect_right(single, (start, len(text) + 1)) - 1
            if at >= 0 and single[at][0] <= start and end <= single[at][1] and single[at][2] in wanted:
                continue  # the cue is a word of another name of one of these homonyms: that mention's
            distance = start - group.end if start >= group.end else group.start - end
            if best is None or distance < best[0]:
                best = (distance, candidate)
        return best[1] if best else None

    def _choose_generic(self, groups: list[_Group], found: set[str]) -> None:
        """Keep a generic alias only when its required organizations are in the article. Between
        several, prefer one the article already named (a bare "secrétariat général" after "the
        General Secretariat of the Council"), then the one whose required organization was
        mentioned last before it."""
        positions: dict[str, list[int]] = {}
        for group in groups:
            if group.chosen:
                for name in self.implied([group.chosen[1]]):
                    insort(positions.setdefault(name, []), group.start)
        for group in groups:
            if group.chosen:
                continue
            eligible = [
                (match, canonical)
                for match, canonical in group.candidates
                if self._is_generic(match, canonical) and set(self.rules_for(canonical).requires) <= found
            ]
            if not eligible:
                continue
            group.chosen = min(
                eligible,
                key=lambda c: (c[1] not in positions, self._distance_to_required(c[1], group.start, positions)),
            )
            for name in self.implied([group.chosen[1]]):
                insort(positions.setdefault(name, []), group.start)

    def _distance_to_required(self, canonical: str, start: int, positions: Mapping[str, list[int]]) -> int:
        """How far back the nearest mention of a required organization is (after, if none before).
        `positions` are sorted: found by bisection, not by reading every mention for each group."""
        before, after = [], []
        for required in self.rules_for(canonical).requires:
            spots = positions.get(required)
            if spots:
                i = bisect_left(spots, start)
                if i:
                    before.append(start - spots[i - 1])
                else:
                    after.append(spots[0] - start)
        if before:
            return min(before)
        return 10**9 + min(after) if after else 2 * 10**9


def usual_acronyms(organizations: Iterable[Any]) -> dict[str, str]:
    """Each organization's acronyms in other languages, to its usual one ("OCS" and "UA" to "SCO"
    and "AU"): the acronym a French text writes and an English one's are one body. An acronym two
    organizations give is left out."""
    found: dict[str, set[str]] = {}
    for organization in organizations:
        usual = organization.acronym
        if not usual:
            continue
        for name in organization.all_names():
            if name != usual and is_acronym(name):
                found.setdefault(name, set()).add(usual)
    return {other: next(iter(usual)) for other, usual in found.items() if len(usual) == 1}


def knowledge_base_rules(*, path: str | Path | None = None) -> KnowledgeRules:
    """The matching rules of the knowledge base file (build once per run)."""
    return KnowledgeRules(read_knowledge_base(path))


def _group(matches: Sequence[NameMatch], name_of: Mapping[str | int, str]) -> list[_Group]:
    groups: list[_Group] = []
    for match in matches:
        if not groups or (groups[-1].start, groups[-1].end) != (match.start, match.end):
            groups.append(_Group(match.start, match.end))
        groups[-1].candidates.append((match, name_of.get(match.entity_key, str(match.entity_key))))
    return groups


def _names(candidates: list[tuple[NameMatch, str]]) -> frozenset[str]:
    return frozenset(canonical for _, canonical in candidates)


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Up to CUE_WINDOW characters either side of the span, inside its sentence (text.sentences)."""
    sentences = Sentences(text)
    left = max(start - CUE_WINDOW, sentences.bounds(start)[0])
    right = min(end + CUE_WINDOW, sentences.bounds(max(start, end - 1))[1])
    return left, right


def _opens_a_title(text: str, match: NameMatch) -> bool:
    """Whether an acronym in capitals stands before a capitalised title it qualifies ("the AU
    Commissioner for Political Affairs", "ISA President"): the title is held in that body."""
    if not match.surface.isupper():
        return False
    following = _NEXT_WORD.match(text, match.end)
    return bool(following) and following.group(1)[0].isupper() and normalize_name(following.group(1)) in ROLE_HEADS


# "selon l'agence officielle Petra", "the Jordanian agency Petra", "وكالة الأنباء بترا": a common word
# the text calls an agency (up to three words between) is the agency's name.
_AGENCY_BEFORE = re.compile(r"(?:\b(?:agence|agency)|(?<!\w)وكالة)(?:[ \u00a0][^\W\d_][\w'’-]*){0,3}[ \u00a0]$")


def _called_an_agency(text: str, match: NameMatch) -> bool:
    return _AGENCY_BEFORE.search(text, max(0, match.start - _NEAR), match.start) is not None


# What stands between two items of a list of bodies: "the CSTO, the SCO and the CIS", "l'OTSC et la CEI".
_LIST_GAP = re.compile(
    r"\s*(?:,\s*|\s(?:and|et|ainsi que|as well as)\s+|\sو)(?:(?:the|la|le|les|l'|l’)\s*)?", re.IGNORECASE
)


def _listed_with_bodies(text: str, match: NameMatch, plain_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether an acronym is an item of a list of the knowledge base's bodies ("Representatives of the
    CSTO, the SCO and the CIS"): right after or before another one, a list's comma or "and" between."""
    return any(
        (end <= match.start and _LIST_GAP.fullmatch(text, end, match.start))
        or (match.end <= start and _LIST_GAP.fullmatch(text, match.end, start))
        for start, end in plain_spans
    )


def _is_marker(text: str, match: NameMatch) -> bool:
    """Whether a name stands apart as a marker rather than a word of a sentence: in brackets
    "(MAP)", between dashes or at a line's end "الرباط - ومع -", or alone on its line."""
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : match.start].rstrip()[-_NEAR:]
    after = text[match.end : line_end].lstrip()[:_NEAR]
    if before.endswith(_OPENING):
        return after.startswith(_CLOSING)
    if "/" in before or "/" in after:
        credit = _WIRE_CREDIT.search(text, line_start, line_end)
        if credit and credit.start("credit") <= match.start and match.end <= credit.end("credit"):
            return True
    if _CREDIT_LEAD.search(before) and (after in ("", ")", ".") or after[:1] in "+/&"):
        # an agency's credit closing the copy: "Avec TAP", "(avec AFP)", "Source : MAP", "المصدر: RT + نوفوستي"
        return True
    if (
        before.endswith("/")
        and after.startswith("/")
        and (text[match.start - 1].isspace() or text[match.end].isspace())
    ):
        return True  # an agency's code between slashes in a dateline: "الكويت في 12 نوفمبر/ بنا / …"
    if before.endswith(",") and after[:1] in "-–—" and after:
        # a dateline's agency code: "Tunis, March 3, 2019, SPA -- Minister …"
        dashes = len(after) - len(after.lstrip("-–—"))
        return len(after) == dashes or after[dashes].isspace()
    return _separated(before[::-1]) and _separated(after)


def _separated(side: str) -> bool:
    """Nothing on this side, or a free-standing separator (not the hyphen of "FAR-MAS")."""
    return not side or (side[0] in _SEPARATORS and (len(side) == 1 or side[1].isspace()))
