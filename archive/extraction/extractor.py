"""The pure extractor: the one public entry point from an article's text to persons,
organizations and events.

`Extractor.extract(text, language, published)` reads no database: it combines the
knowledge-base matcher (text.matching), discovery by textual cues (people.discovery) and
event detection (events.detection), and returns the plain results of
`archive.extraction.results`. `archive.extraction.run.build_extractor` builds it once per run
from the database; the run hands its results to the linker (`archive.extraction.linking`),
which is a separate object: an import's workers hold the extractor only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from archive.extraction.national_bodies import NationalBodies
from archive.extraction.results import Evidence, Extraction, FoundEvent, FoundOrganization, FoundPerson
from archive.extraction.titled_bodies import titled_bodies
from events.detection import detect_events
from people.discovery import KnownNames, PersonMention, discover_organizations, discover_persons, resolve_mentions
from people.discovery.orgs import ministry_named_further
from text.matching import scan_together
from text.normalize import normalize_name, prepare_folding
from text.outlets import outlet_shaped
from text.partial_date import PartialDate
from text.places import CITY_INDEX, country_beside, country_name
from text.sentences import Sentences

# Between a person's name and the body they come from: "X, de la Police nationale espagnole", "X of the OSCE".
_FROM_BODY = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:de la|de l['’]|d['’]|du|des|of the|of|from the|from)[ \u00a0]*")
_EVIDENCE_CHARS = 2000  # an evidence sentence longer than this is a run of text without stops


# The head nouns of a body that holds sessions ("le Comité mixte …", "the Joint Security Committee",
# "مجلس قادة الشرطة"), folded: the body is an organization as well as its sessions' series.
_SESSION_BODY_HEADS = frozenset(
    normalize_name(w)
    for w in [
        "comité",
        "commission",
        "conseil",
        "committee",
        "commission",
        "council",
        "board",
        "مجلس",
        "المجلس",
        "لجنة",
        "اللجنة",
        "الهيئة",
        "هيئة",
        "groupe",
        "group",
        "مجموعة",
        "المجموعة",
    ]
)


def _bodies_of_sessions(
    text: str, events: list[FoundEvent], organizations: list[FoundOrganization], sentences: Sentences
) -> list[FoundOrganization]:
    """The body that holds the sessions of a series outside the catalogue, named in the article
    ("la 5e session du Comité mixte sénégalo-mauritanien de sécurité", "the council of Sahel-Saharan
    police chiefs"): an organization of the article too, as the catalogue's councils are, by its
    English name where detection tells it (a joint body: "Senegalese-Mauritanian Joint Security
    Committee"), else as written; once, and not twice when another rule found it."""
    found: dict[str, FoundOrganization] = {}
    taken: set[str] | None = None  # the names found otherwise, folded: read only for a body to add
    for event in events:
        if not event.candidate_key.startswith("session:"):
            continue
        body = event.candidate_body.strip()
        words = normalize_name(body).split()
        joint = event.candidate_key.startswith("session:joint")
        if not words or not (joint or words[0] in _SESSION_BODY_HEADS):
            continue  # (detection read a joint body's head wherever its name puts it: "Joint Migration Group")
        if taken is None:
            taken = {normalize_name(o.name) for o in organizations}
            taken |= {normalize_name(o.evidence.surface) for o in organizations}
        name = event.candidate_name_en if joint and event.candidate_name_en else body
        if normalize_name(name) in taken or normalize_name(body) in taken or name in found:
            continue
        start = text.find(body, event.evidence.start or 0) if event.evidence.start is not None else text.find(body)
        if start < 0:
            start = text.find(body)
        if start < 0:
            continue
        found[name] = FoundOrganization(
            name=name,
            evidence=Evidence(
                surface=body,
                start=start,
                end=start + len(body),
                sentence=_evidence_sentence(sentences, start, start + len(body)),
                method="rule",
                confidence=0.7,
            ),
        )
    return list(found.values())


def _add_source_outlet(extraction: Extraction, source: str | None) -> None:
    """The article's source as one of its organizations when its name is shaped as an outlet's
    ("West Africa Watch", "بوابة الأمن العربي") and nothing found it already (the knowledge base's
    outlets are found in the source's line as anywhere): no offsets, as a headline's names."""
    source = (source or "").strip()
    if not source or not outlet_shaped(source):
        return
    folded = normalize_name(source)
    if any(folded in (normalize_name(o.name), normalize_name(o.evidence.surface)) for o in extraction.organizations):
        return
    evidence = Evidence(surface=source, start=None, end=None, sentence=source, method="rule", confidence=0.7)
    extraction.organizations.append(FoundOrganization(name=source, evidence=evidence))


def _without_persons_of_the_source(extraction: Extraction, source: str) -> None:
    """Drop the persons named only on the source's line, which opens the text read: it names the
    outlet, never a person ("The Jordan Times" is no Jordan Times, though "Jordan" is a given name)."""
    head = len(source.strip())
    extraction.persons = [
        person
        for person in extraction.persons
        if person.evidence.start is None
        or person.evidence.start >= head
        or not all(surface in source for surface in person.surfaces)
    ]


def _outside_names(
    known: list[FoundOrganization], spans: list[tuple[int, int]], org_at: dict[int, str], discovered
) -> list[FoundOrganization]:
    """The known organizations named somewhere outside the longer names found around them: "des
    Nations unies" inside "Mission … des Nations unies pour la stabilisation au Mali (MINUSMA)" is
    a word of the mission's name, not the United Nations (people.discovery.orgs `_holds_known`)."""
    names = [(f.evidence.start, f.evidence.end) for f in discovered if f.acronym]
    if not names:
        return known
    inside: set[str] = set()
    outside: set[str] = set()
    for start, end in spans:
        (inside if any(s < start and end < e for s, e in names) else outside).add(org_at[start])
    return [f for f in known if f.name not in inside - outside or f.known_key is None]


def _evidence_sentence(sentences: Sentences, start: int, end: int) -> str:
    return sentences.spanning(start, end)[:_EVIDENCE_CHARS]


def _overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


class ArticleInput(NamedTuple):
    """What extraction reads of an article."""

    title: str
    body: str
    title_derived: bool
    language: str
    published: PartialDate | None
    source: str | None = None  # the outlet the page or the record names (ParsedArticle.source_name)


class Extractor:
    """Persons, organizations and events of one article's text: pure, built once per run
    (by `archive.extraction.run.build_extractor`), and what an import's workers hold."""

    _UNKNOWN = object()  # an affiliation not looked up yet (None is an answer)

    def __init__(
        self,
        *,
        index,
        rules,
        organization_names: dict[int, str],
        catalogue,
        known_person_names: Iterable[str] = (),
        national_bodies: NationalBodies | None = None,
    ):
        self.index = index
        self.national_bodies = national_bodies
        self.rules = rules
        self.organization_names = organization_names
        self.organization_ids = {name: pk for pk, name in organization_names.items()}
        self.catalogue = catalogue
        self.known_person_names = list(known_person_names)
        self._known_names = KnownNames(self.known_person_names)  # indexed once per run, not per article
        self._affiliations: dict[str, str | None] = {}  # by role: roles repeat from article to article
        if hasattr(catalogue, "name_index"):
            # The three indexes read every article: one pass of one automaton serves them all.
            scan_together(
                index, catalogue.name_index, CITY_INDEX, *([national_bodies.index] if national_bodies else [])
            )
        prepare_folding()  # here, before an import's workers fork, rather than in each worker

    def extract_article(
        self,
        *,
        title: str,
        body: str,
        title_derived: bool,
        language: str,
        published: PartialDate | None,
        source: str | None = None,
    ) -> Extraction:
        """An article's source, headline and body read together, offsets relative to the body
        (what is stored); a name met only in the source or the headline keeps no offsets."""
        return self.extract_articles([ArticleInput(title, body, title_derived, language, published, source)])[0]

    def extract_articles(self, articles: Sequence[ArticleInput]) -> list[Extraction]:
        """`extract_article` for each of `articles`, step by step over all of them: each step's
        code and tables (automata, gazetteer, patterns) stay in the processor's caches from one
        article to the next, where running every step on one article before the next evicted
        them (an import's worker reads its articles a chunk at a time)."""
        texts = [article_text(a.title, a.body, a.title_derived, a.source) for a in articles]
        extractions = self._extract_texts(
            [(text, a.language, a.published) for (text, _), a in zip(texts, articles, strict=True)]
        )
        for extraction, (_, offset), article in zip(extractions, texts, articles, strict=True):
            if article.source:
                _without_persons_of_the_source(extraction, article.source)
            if offset:
                extraction.shift(-offset)
            _add_source_outlet(extraction, article.source)
        return extractions

    def extract(self, text: str, language: str, published: PartialDate | None = None) -> Extraction:
        """Everything `text` names. A text longer than WINDOW_CHARS is read a window at a time
        (see `windows`), so that time stays linear in its length whatever it holds."""
        return self._extract_texts([(text, language, published)])[0]

    def _extract_texts(self, texts: Sequence[tuple[str, str, PartialDate | None]]) -> list[Extraction]:
        """The extractions of many texts: their windows read together (`_extract_windows`), each
        text's parts put back together, a knowledge-base organization once per text."""
        pieces = [(text, language, published, windows(text)) for text, language, published in texts]
        parts = iter(
            self._extract_windows(
                [
                    (text[start:end], language, published)
                    for text, language, published, spans in pieces
                    for start, end in spans
                ]
            )
        )
        results = []
        for _text, _language, _published, spans in pieces:
            if len(spans) == 1:
                results.append(next(parts))
                continue
            result = Extraction()
            kb_organizations: set[int] = set()
            for start, _end in spans:
                part = next(parts)
                part.shift(start)
                result.persons.extend(part.persons)
                for organization in part.organizations:
                    # A knowledge-base organization once per text, as within one window.
                    if organization.known_key is None or organization.known_key not in kb_organizations:
                        result.organizations.append(organization)
                        kb_organizations.add(organization.known_key)
                result.events.extend(part.events)
            results.append(result)
        return results

    def _extract_windows(self, windows: list[tuple[str, str, PartialDate | None]]) -> list[Extraction]:
        """The steps in order, each over every window before the next: known organizations,
        persons (known and discovered), then organizations found by their cues outside both,
        then events."""
        sentences = [Sentences(text) for text, _, _ in windows]
        matches = [self._with_bodies_of_titles_and_countries(text, self.index.find(text)) for text, _, _ in windows]
        known = [
            self._known_organizations(text, found, sents)
            for (text, _, _), found, sents in zip(windows, matches, sentences, strict=True)
        ]
        persons = [
            self._persons(text, language, found, org_spans, sents, org_at)
            for (text, language, _), found, (_, org_spans, org_at), sents in zip(
                windows, matches, known, sentences, strict=True
            )
        ]
        discovered = [
            self._discovered_organizations(text, language, org_spans + person_spans)
            for (text, language, _), (_, org_spans, _), (_, person_spans) in zip(windows, known, persons, strict=True)
        ]
        known = [
            (_outside_names(found_known, org_spans, org_at, found_discovered), org_spans, org_at)
            for (found_known, org_spans, org_at), found_discovered in zip(known, discovered, strict=True)
        ]
        events = [self._events(text, language, published) for text, language, published in windows]
        return [
            Extraction(
                persons=found_persons,
                organizations=[
                    *known_organizations,
                    *found_organizations,
                    *_bodies_of_sessions(text, found, [*known_organizations, *found_organizations], sents),
                ],
                events=found,
            )
            for (text, _, _), (known_organizations, _, _), (found_persons, _), found_organizations, found, sents in zip(
                windows, known, persons, discovered, events, sentences, strict=True
            )
        ]

    def _with_bodies_of_titles_and_countries(self, text: str, found: list) -> list:
        """The index's matches, the bodies that directors' titles name (`titled_bodies`), and the national
        bodies named by a generic name whose country the text says beside it (`national_bodies`)."""
        taken = [(m.start, m.end) for m in found if m.kind == "organization"]
        found = found + titled_bodies(text, self.index.find, self._country_of_match, taken)
        if self.national_bodies is None:
            return found
        taken = [(m.start, m.end) for m in found if m.kind == "organization"]
        national = self.national_bodies.find(text, taken)
        if not national:
            return found
        # (a body's name held in a longer generic name of another country's body is that body's)
        held = [
            m
            for m in found
            if m.kind == "organization" and any(n.start <= m.start and m.end <= n.end for n in national)
        ]
        return [m for m in found if m not in held] + national

    def _country_of_match(self, match) -> str | None:
        return self.rules.country_of(self.organization_names[match.entity_key])

    def _known_organizations(
        self, text: str, matches, sentences: Sentences
    ) -> tuple[list[FoundOrganization], list[tuple[int, int]], dict[int, str]]:
        """Organizations of the knowledge base, once each, with the first mention as evidence,
        and those a name implies ("General Secretariat of the Council" names the Council too);
        with the spans of every mention, which no later rule reads as a person, and the name of
        the organization each mention starts (where a person's stated body is looked for)."""
        org_matches = [
            m
            for m in self.rules.resolve(text, [m for m in matches if m.kind == "organization"], self.organization_names)
            # "ministère de l'Intérieur et des Municipalités": a known ministry's name opens another's
            if not ministry_named_further(text, m.start, m.end)
        ]
        # "North Macedonia's Ministry of Interior": the known Moroccan ministry's name, another country's
        # ministry: a body of its own, named as the file names its own
        named_as = {
            m.start: self._of_another_country(text, m) or self.organization_names[m.entity_key] for m in org_matches
        }
        seen: dict[int | str, FoundOrganization] = {}
        for match in org_matches:
            name = named_as[match.start]
            key = match.entity_key if name == self.organization_names[match.entity_key] else name
            if key not in seen:
                seen[key] = FoundOrganization(
                    name=name,
                    evidence=Evidence(
                        surface=match.surface,
                        start=match.start,
                        end=match.end,
                        sentence=_evidence_sentence(sentences, match.start, match.end),
                        method="kb",
                        confidence=0.95 if key == match.entity_key else 0.8,
                    ),
                    known_key=match.entity_key if key == match.entity_key else None,
                )
        spans = [(m.start, m.end) for m in org_matches]  # another country's too: no rule reads them again
        org_matches = [m for m in org_matches if named_as[m.start] == self.organization_names[m.entity_key]]
        named = self.rules.named(org_matches, self.organization_names)
        for name in named - {f.name for f in seen.values()}:
            pk = self.organization_ids.get(name)
            if pk and pk not in seen:
                child = next(f for f in seen.values() if self.rules.implied([f.name]) >= {name})
                seen[pk] = FoundOrganization(name=name, evidence=replace(child.evidence, confidence=0.8), known_key=pk)
        return list(seen.values()), spans, named_as

    def _of_another_country(self, text: str, match) -> str | None:
        """The name of the body a known national organization's name stands for when the text says it is
        another country's ("le ministère de l'Intérieur de Macédoine du Nord" → "Ministry of Interior (North
        Macedonia)", as the knowledge base names its own: the English name, the country in brackets), else None."""
        name = self.organization_names[match.entity_key]
        country = self.rules.country_of(name)
        if not country:
            return None
        beside = country_beside(text, match.start, match.end)
        if beside is None or beside == country:
            return None
        return f"{name.rsplit(' (', 1)[0]} ({country_name(beside) or beside})"

    def _persons(
        self, text: str, language: str, matches, org_spans, sentences: Sentences, org_at: dict[int, str]
    ) -> tuple[list[FoundPerson], list[tuple[int, int]]]:
        """Known names, then cues of the text, grouped per person (people.discovery); with the
        spans of every mention of them."""

        known_mentions = [
            PersonMention(
                surface=m.surface,
                name=m.surface,
                start=m.start,
                end=m.end,
                role=None,
                cue="knowledge base",
                confidence=0.9,
                sentence=_evidence_sentence(sentences, m.start, m.end),
            )
            for m in matches
            if m.kind == "person" and not _overlaps((m.start, m.end), org_spans)
        ]
        mentions = discover_persons(text, language, known_spans=org_spans)
        covered = [(m.start, m.end) for m in mentions]
        mentions += [m for m in known_mentions if not _overlaps((m.start, m.end), covered)]
        persons, spans = [], []
        for group in resolve_mentions(mentions, known_names=self._known_names):
            first = min(group.mentions, key=lambda m: m.start)
            evidence = Evidence(
                surface=first.surface,
                start=first.start,
                end=first.end,
                sentence=first.sentence or _evidence_sentence(sentences, first.start, first.end),
                method="kb" if any(m.cue == "knowledge base" for m in group.mentions) else "rule",
                confidence=max(m.confidence for m in group.mentions),
            )
            person = FoundPerson(
                name=group.name,
                surfaces=list(dict.fromkeys(group.surfaces)),
                role=group.role,
                roles=group.roles,
                evidence=evidence,
                affiliation=self._affiliation(group.role) or _stated_body(text, group.mentions, org_at),
            )
            persons.append(person)
            spans.extend((m.start, m.end) for m in group.mentions)
        return persons, spans

    @staticmethod
    def _discovered_organizations(text: str, language: str, taken_spans) -> list[FoundOrganization]:
        """Organizations the knowledge base does not hold, found by their cues outside the
        spans of known organizations and persons."""

        return [
            FoundOrganization(
                name=mention.name,
                evidence=Evidence(
                    surface=mention.surface,
                    start=mention.start,
                    end=mention.end,
                    sentence=mention.sentence,
                    method="rule",
                    confidence=mention.confidence,
                ),
                acronym=mention.acronym,
            )
            for mention in discover_organizations(text, language, known_spans=taken_spans)
        ]

    def _events(self, text: str, language: str, published: PartialDate | None) -> list[FoundEvent]:
        return [
            FoundEvent(
                series_name=m.series_name,
                ordinal=m.ordinal,
                name=m.name,
                city=m.city,
                country=m.country,
                start_date=m.start_date,
                end_date=m.end_date,
                relation=m.relation,
                candidate_key=m.candidate_key,
                candidate_body=m.candidate_body,
                candidate_name_en=m.candidate_name_en,
                evidence=Evidence(
                    surface=m.surface,
                    start=m.start,
                    end=m.end,
                    sentence=m.sentence,
                    method=m.method,
                    confidence=m.confidence,
                ),
            )
            for m in detect_events(text, language, published=published, catalogue=self.catalogue)
        ]

    def _affiliation(self, role: str | None) -> str | None:
        """The first known organization the stated role names ("directeur … à la DGSN")."""
        if not role:
            return None
        affiliation = self._affiliations.get(role, self._UNKNOWN)
        if affiliation is not self._UNKNOWN:
            return affiliation
        matches = self.rules.resolve(
            role, [m for m in self.index.find(role) if m.kind == "organization"], self.organization_names
        )
        affiliation = self.organization_names[matches[0].entity_key] if matches else None
        if len(self._affiliations) >= 10_000:
            self._affiliations.clear()
        self._affiliations[role] = affiliation
        return affiliation


# The longest text read in one piece. Discovery and event detection used to compare each match with
# every match, place or cue found before it, which cost time in the square of the text's length;
# they now ask indexes built once per text (text.scanning.SpanIndex, bisection over places, cues
# and mentions), and a whole text of 1 MB or 4 MB takes time in proportion to its length without
# windows (`manage.py bench_extraction`-style measure in BENCHMARKS.md). The window stays as a
# second bound against a stage that would still grow faster than the text. News articles are far
# shorter (the longest of the dev corpus is under 20,000 characters), so an article is read whole;
# a dump is read in windows cut at a paragraph break and loses only links between windows. The
# importer refuses texts over MAX_ARTICLE_CHARS anyway.
WINDOW_CHARS = 50_000


def windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` of at most `size` characters, cut at the last paragraph
    break, else line break, else sentence end, else space, of each piece."""
    pieces, start = [], 0
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(separator, start + size // 2, limit)
            if cut >= 0:
                cut += len(separator)
                break
        if cut < 0:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def article_text(title: str, body: str, title_derived: bool, source: str | None = None) -> tuple[str, int]:
    """The text extraction reads, and where the body starts in it: a real headline names
    people and events too; a derived title only repeats the body. The article's source (the
    outlet its page or its record names) comes first, on a line of its own: the outlet is one
    of the bodies the article names, found as any other (the knowledge base's, or a name shaped
    as an outlet's)."""
    head = source.strip() + "\n\n" if source and source.strip() else ""
    if title and not title_derived:
        head += title.rstrip() + "\n\n"
    return head + body, len(head)


def _stated_body(text: str, mentions, org_at: dict[int, str]) -> str | None:
    """The known organization named right after one of a person's mentions, when the role names
    none: "le commissaire X, de la Police nationale espagnole, a présenté …", "X of the OSCE said".
    It is the person's context (identity weighs it), not their role."""
    if not org_at:
        return None
    for mention in mentions:
        bridge = _FROM_BODY.match(text, mention.end)
        if bridge and bridge.end() > mention.end and bridge.end() in org_at:
            return org_at[bridge.end()]
    return None
