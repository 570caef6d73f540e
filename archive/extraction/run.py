"""The extraction run: the pure extractor and the linker, each built once from the database.

They are two objects with nothing in common: the extractor reads text and nothing else (an
import's worker processes hold it), the linker writes its results to the archive's entities in
bulk, a batch of articles at a time, keeping every editor's decision (it lives in the main
process only)."""

from __future__ import annotations

from archive.extraction.extractor import Extractor
from archive.extraction.linking import EntityResolver, Linker


def ensure_knowledge_base() -> None:
    """Load the starter knowledge base when its tables are empty (a flushed database, a test).

    The data migrations load it on `migrate`; this only covers a database emptied since, so
    that extraction never silently runs without the names of the field's bodies. A database
    that holds entities is left as editors made it. Under the import lock: two imports starting
    at once on an empty database load it once.
    """
    from django.db import transaction

    from archive.locking import lock_import_writes
    from events.models import EventSeries
    from events.services import event_series_load
    from people.models import Organization
    from people.services import knowledge_base_load

    with transaction.atomic():
        lock_import_writes()
        if not Organization.objects.exists():
            knowledge_base_load()
        if not EventSeries.objects.exists():
            event_series_load()


def build_extractor() -> Extractor:
    """The pure extractor for a run: the name index, the knowledge base's rules, the series
    catalogue and the known persons' names, read from the database once."""
    from archive.extraction.national_bodies import NationalBodies
    from events.detection import SeriesCatalogue
    from events.knowledge_base import catalogue_entries
    from people.knowledge_base import knowledge_base_rules, usual_acronyms
    from people.models import Organization, Person, Review
    from text.matching import NameEntry, NameIndex

    ensure_knowledge_base()
    rules = knowledge_base_rules()
    organizations = list(Organization.objects.all())
    entries = rules.name_entries(organizations)
    known_person_names = []
    for pk, review, *names, aliases in Person.objects.values_list(
        "id", "review", "name", "label_fr", "label_ar", "label_en", "aliases"
    ):
        forms = [n for n in (*names, *(aliases or [])) if n]
        known_person_names.extend(forms)
        if review == Review.CONFIRMED:
            # Curated persons are recognised wherever their full name appears, cue or not.
            entries.extend(NameEntry("person", pk, n) for n in forms if len(n.split()) >= 2)
    return Extractor(
        index=NameIndex.build(entries),
        rules=rules,
        organization_names={o.pk: o.name for o in organizations},
        catalogue=SeriesCatalogue.from_entries(catalogue_entries(), acronyms=usual_acronyms(organizations)),
        known_person_names=known_person_names,
        national_bodies=NationalBodies(
            (o.pk, o.country, o.all_names())
            for o in organizations
            if o.country and o.kind in (Organization.Kind.POLICE, Organization.Kind.NATIONAL_AGENCY)
        ),
    )


def build_linker() -> Linker:
    """The linker for a run: which name is which entity, read from the database once and kept
    current as the run creates candidates."""
    return Linker(EntityResolver.load())


def reextract_articles(articles: list, *, extractor: Extractor, linker: Linker) -> None:
    """Extract stored articles again and rewrite their links (editors' decisions kept)."""
    extractions = {
        a.pk: extractor.extract_article(
            title=a.title,
            body=a.body,
            title_derived=a.title_derived,
            language=a.language,
            published=a.published_date,
            source=a.source.name if a.source_id else None,
        )
        for a in articles
    }
    linker.link(list(articles), extractions)
