"""The extraction run: the pure extractor built once from the database, and its results
linked to the archive's entities in bulk, a batch of articles at a time, keeping every
editor's decision."""

from __future__ import annotations

from archive.extraction.extractor import Extractor, article_text
from archive.extraction.results import Extraction


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


class ArticleExtractor:
    """Extraction and linking for a run: indexes built once from the database."""

    def __init__(self, extractor: Extractor, linker):
        self.extractor = extractor
        self.linker = linker

    @classmethod
    def for_run(cls) -> ArticleExtractor:
        from archive.extraction.linking import EntityResolver, Linker
        from events.detection import SeriesCatalogue
        from events.knowledge_base import catalogue_entries
        from people.knowledge_base import knowledge_base_rules
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
        extractor = Extractor(
            index=NameIndex.build(entries),
            rules=rules,
            organization_names={o.pk: o.name for o in organizations},
            catalogue=SeriesCatalogue.from_entries(catalogue_entries()),
            known_person_names=known_person_names,
        )
        return cls(extractor, Linker(EntityResolver.load()))

    def extract_text(self, *, title: str, body: str, title_derived: bool, language: str, published) -> Extraction:
        """Extraction of one article's headline and body, offsets relative to the body."""
        text, offset = article_text(title, body, title_derived)
        extraction = self.extractor.extract(text, language, published)
        for found in (*extraction.persons, *extraction.organizations, *extraction.events):
            # Evidence offsets point into the stored body; a name met in the headline has none.
            if found.start is not None and found.start >= offset:
                found.start, found.end = found.start - offset, found.end - offset
            else:
                found.start = found.end = None
        return extraction

    def extract_parsed(self, parsed) -> Extraction:
        """For the import: a parsed article, before it is stored (pure; runs in workers)."""
        return self.extract_text(
            title=parsed.title,
            body=parsed.body,
            title_derived=parsed.title_derived,
            language=parsed.language,
            published=parsed.published,
        )

    def link_extracted(self, articles, extractions_by_origin: dict, *, new: bool = False) -> None:
        """Write the links of stored articles from extractions computed before they were stored;
        `new` when the articles were just created (they have no links to replace). The extractions
        are keyed by (origin_root, origin), an article's identity."""
        self.linker.link(
            list(articles), {a.pk: extractions_by_origin[(a.origin_root, a.origin)] for a in articles}, new=new
        )

    def link_articles(self, articles) -> None:
        """Extract and link stored articles (re-extraction)."""
        extractions = {
            a.pk: self.extract_text(
                title=a.title,
                body=a.body,
                title_derived=a.title_derived,
                language=a.language,
                published=a.published_date,
            )
            for a in articles
        }
        self.linker.link(list(articles), extractions)
