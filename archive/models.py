"""The archive proper: sources, articles, the import runs that made them, and the links
from articles to the persons, organizations and events they name, each with its evidence.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from archive.fields import WebURLField
from archive.validators import validate_publication_date
from events.models import Event
from people.curation.models import TracedHistory
from people.models import Organization, Person, url_slug
from people.search import SearchableModel, SearchableQuerySet
from text.partial_date import PRECISION_CHOICES, PartialDate


class Source(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True, help_text="Web domain, e.g. barlamane.com.")
    language = models.CharField(max_length=8, blank=True, help_text="Usual language of the publication.")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", "running"
        FINISHED = "finished", "finished"
        INTERRUPTED = "interrupted", "interrupted (signal): re-run to complete"
        FAILED = "failed", "stopped by an error: re-run to complete"
        ABANDONED = "abandoned", "abandoned: its process died (kill -9, power cut): re-run to complete"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=12,
        choices=Status.choices,
        default=Status.RUNNING,
        db_index=True,
        help_text="How the run ended. An interrupted or failed run kept every batch it had written; "
        "its counts say how far it got, and a re-run completes it.",
    )
    arguments = models.JSONField(default=dict, blank=True, help_text="Paths and options the import was called with.")
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True, help_text="One {origin, error} object per file that failed.")
    updated_articles = models.JSONField(
        default=list, blank=True, help_text="Origins of the articles whose text changed and were updated."
    )
    files_total = models.PositiveIntegerField(
        default=0, help_text="Files a queued import split into batches (0 for an import run in one process)."
    )
    # Who runs it, so that a run whose process died without closing it (kill -9) can be closed for
    # it: see archive/importer/runs.py.
    host = models.CharField(max_length=255, blank=True, help_text="The machine the import ran on.")
    pid = models.PositiveIntegerField(null=True, blank=True, help_text="Its process id on that machine.")
    process_started = models.CharField(
        max_length=32, blank=True, help_text="When that process started (a pid is reused; a pid with its start is not)."
    )
    progressed_at = models.DateTimeField(
        null=True, blank=True, help_text="When its last batch was committed, with the counts above."
    )

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.started_at:%Y-%m-%d %H:%M})"


class ImportBatch(models.Model):
    """A share of the files of a queued import, handled by one task on any worker.

    Each batch records its own counts, so that workers never write the same row while they
    run; the run adds them up as each batch ends (`archive.importer.queued`). A batch delivered
    twice (a worker died before acknowledging it) runs again harmlessly: the import is idempotent,
    and a batch already finished is skipped."""

    class Status(models.TextChoices):
        QUEUED = "queued", "queued"
        RUNNING = "running", "running"
        FINISHED = "finished", "finished"
        FAILED = "failed", "failed"

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="batches")
    number = models.PositiveIntegerField()
    files = models.JSONField(help_text="[path, origin, root] of each file, as listed when the run was queued.")
    file_count = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    worker = models.CharField(max_length=200, blank=True, help_text="The worker (host and process) that ran it.")
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["run", "number"]
        constraints = [models.UniqueConstraint(fields=["run", "number"], name="import_batch_run_number")]

    def __str__(self) -> str:
        return f"batch {self.number} of import #{self.run_id}"


class FileReport(models.Model):
    """How one input file or record came through an import run: what the reading found out (encoding,
    language, date and where from, headline), what it removed as page noise and by which rule, the
    entities extracted, and warnings for the editor. Written in bulk by the import, one row per record
    read; built in the workers by `archive/importer/quality.py`."""

    class Outcome(models.TextChoices):
        CREATED = "created", "created"
        UPDATED = "updated", "updated"
        UNCHANGED = "unchanged", "unchanged (already stored)"
        FAILED = "failed", "failed"

    class DateSource(models.TextChoices):
        FIELD = "field", "record's date field"
        MARKER = "marker", "scraper's date marker"
        META = "meta", "“published” line"
        HEADER = "header", "header line"
        DATELINE = "dateline", "dateline"
        TEXT = "text", "text (“today”)"
        HIJRI = "hijri", "Hijri date in the text"
        URL = "url", "URL"
        NONE = "", "none"

    class TitleSource(models.TextChoices):
        GIVEN = "given", "given by the record"
        FOUND = "found", "found in the text"
        DERIVED = "derived", "derived from the body"
        NONE = "", "none"

    class Warning(models.TextChoices):
        SHORT_BODY = "short_body", "very short body"
        NO_DATE = "no_date", "no date"
        MIXED_LANGUAGES = "mixed_languages", "mixed languages (scripts)"
        UNSURE_LANGUAGE = "unsure_language", "unsure language"
        NO_LANGUAGE = "no_language", "no language"
        MOSTLY_NOISE = "mostly_noise", "mostly page noise"
        NO_ENTITY = "no_entity", "no entity found"

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="file_reports")
    article = models.ForeignKey(
        "Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="file_reports"
    )
    origin = models.CharField(max_length=1000, help_text="The file, or FILE#LINE of a record, as the import names it.")
    outcome = models.CharField(max_length=10, choices=Outcome.choices, db_index=True)
    error = models.TextField(blank=True, help_text="Why the record failed.")
    encoding = models.CharField(max_length=12, blank=True, help_text="How the file's bytes were decoded.")
    language = models.CharField(max_length=8, blank=True, db_index=True)
    language_confidence = models.FloatField(
        null=True, blank=True, help_text="The detector's confidence (0 to 1); empty for Arabic script or an override."
    )
    date_found = models.CharField(max_length=10, blank=True, help_text="YYYY, YYYY-MM or YYYY-MM-DD.")
    date_source = models.CharField(max_length=8, choices=DateSource.choices, blank=True, db_index=True)
    title_source = models.CharField(max_length=8, choices=TitleSource.choices, blank=True)
    raw_chars = models.PositiveIntegerField(default=0, help_text="Characters read.")
    body_chars = models.PositiveIntegerField(default=0, help_text="Characters of the cleaned body.")
    noise_lines = models.PositiveIntegerField(default=0)
    noise_chars = models.PositiveIntegerField(default=0)
    noise_rules = models.JSONField(
        default=dict, blank=True, help_text="Noise removed by each cleaning rule: {rule: [lines, characters]}."
    )
    persons = models.PositiveIntegerField(default=0, help_text="Person mentions extracted.")
    organizations = models.PositiveIntegerField(default=0, help_text="Organization mentions extracted.")
    events = models.PositiveIntegerField(default=0, help_text="Event mentions extracted.")
    # Comma-framed codes (",no_date,short_body,"): filterable with one LIKE on every database
    # (SQLite has no JSON containment).
    warnings = models.CharField(max_length=200, blank=True, default="", db_index=False)

    class Meta:
        ordering = ["run", "id"]
        indexes = [models.Index(fields=["run", "outcome"])]

    def __str__(self) -> str:
        return f"{self.origin} ({self.outcome})"

    @property
    def warning_codes(self) -> list[str]:
        return [code for code in self.warnings.split(",") if code]


class ArticleQuerySet(SearchableQuerySet):
    # Fields the full-text row (archive.search) is built from: a set-based update would leave it
    # stale, so these change through archive.services.article_update, which re-indexes.
    INDEXED_FIELDS = frozenset({"title", "language", "body"})

    def update(self, **kwargs):
        indexed = sorted(self.INDEXED_FIELDS & set(kwargs))
        # bulk_update (and so update_traced in article_update) sets the key it computed: its
        # callers re-index the articles they change.
        if indexed and "search_key" not in kwargs:
            raise ValueError(
                f"Article {', '.join(indexed)} cannot be changed by QuerySet.update() (the search index would "
                "go stale): use archive.services.article_update"
            )
        return super().update(**kwargs)

    def published(self):
        return self.filter(status=Article.Status.PUBLISHED)

    def drafts(self):
        return self.filter(status=Article.Status.DRAFT)

    def with_entities(self):
        """Articles with their links prefetched: one query per kind of link, whatever the count.
        Links come in the order they were written (extraction reads the text in order), the same
        in every query: the export and the API give identical documents for the same article."""
        return self.select_related("source").prefetch_related(
            models.Prefetch(
                "person_links", ArticlePerson.objects.kept().select_related("person", "affiliation").order_by("id")
            ),
            models.Prefetch(
                "organization_links",
                ArticleOrganization.objects.kept().select_related("organization").order_by("id"),
            ),
            models.Prefetch("event_links", ArticleEvent.objects.kept().select_related("event__series").order_by("id")),
        )


class Article(SearchableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "draft"
        PUBLISHED = "published", "published"

    title = models.CharField(max_length=500)
    title_derived = models.BooleanField(
        default=False, help_text="True where the input had no headline and the title was made from the text."
    )
    body = models.TextField(help_text="The cleaned text: page noise, tickers and duplicated paragraphs removed.")
    raw_text = models.TextField(help_text="The input exactly as read (decoded), nothing removed.")
    language = models.CharField(max_length=8, db_index=True, help_text="ISO 639-1 code.")
    published = models.DateField(
        null=True,
        blank=True,
        validators=[validate_publication_date],
        help_text="First day of the period the date is known to (1900 to 2100).",
    )
    published_precision = models.CharField(
        max_length=5,
        choices=PRECISION_CHOICES,
        blank=True,
        help_text="How much of the publication date is known: year, month or day.",
    )
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    url = WebURLField(
        max_length=1000,
        blank=True,
        help_text="The article's web address (http or https).",
    )
    origin = models.CharField(
        max_length=1000,
        help_text="Path of the imported file relative to the folder given to the import (its name first); "
        "FILE#LINE for a JSONL or CSV record.",
    )
    origin_root = models.CharField(
        max_length=1000,
        blank=True,
        default="",
        help_text="Absolute folder the origin is relative to, on the machine that imported it: with the origin, "
        "the article's identity (the same file name under another folder is another article). "
        "Empty for articles imported before it was kept.",
    )
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the raw text.")
    body_hash = models.CharField(
        max_length=64,
        blank=True,
        default="",
        help_text="SHA-256 of the cleaned body, whitespace folded: the same text from another file (an export "
        "re-imported, a page scraped twice) is recognized and never stored twice.",
    )
    import_run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    story = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
        help_text="The story this article is a copy of (a republished wire story, near-duplicate text): the first "
        "copy the archive received. Empty for a story itself and for an article with no copy. Readers see the "
        "story once, with its copies listed (archive/stories.py).",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(
        auto_now=True,
        db_index=True,
        help_text="When the row last changed (bulk writes set it too): incremental sync filters on it.",
    )

    objects = ArticleQuerySet.as_manager()
    # The raw text is never edited (it is the input as read): history keeps everything else.
    history = HistoricalRecords(bases=[TracedHistory], excluded_fields=["raw_text"])
    search_fields = ("title",)

    class Meta:
        ordering = ["-published", "-id"]
        # PostgreSQL also has article_newest_first (published DESC NULLS LAST, id DESC), made by
        # migration 0008 only there: SQLite cannot say NULLS LAST in an index.
        indexes = [
            models.Index(fields=["published"]),
            models.Index(fields=["origin"]),
            models.Index(fields=["url"]),
            # A filtered list's COUNT (language and dates) read from the index alone on PostgreSQL
            # (INCLUDE is ignored elsewhere), not from the table with its texts; `story` too, since
            # lists show each story once (archive.stories.readable): without it every row's
            # story_id is read from the table (bench_api: 174 ms cold against 12 ms).
            models.Index(
                fields=["language", "published"],
                include=["status", "published_precision", "story"],
                name="article_language_story",
            ),
        ]
        constraints = [
            # Identity of an imported article: where it came from. Concurrent imports of the same
            # or overlapping folders meet on these keys (see archive/importer/writer.py).
            models.UniqueConstraint(fields=["origin_root", "origin"], name="article_unique_origin"),
            models.UniqueConstraint(
                fields=["body_hash"], condition=~models.Q(body_hash=""), name="article_unique_body_hash"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("public:article_detail", kwargs={"pk": self.pk, "slug": url_slug(self.title)})

    @property
    def published_date(self) -> PartialDate | None:
        return PartialDate.from_stored(self.published, self.published_precision)


class ArticleSearch(models.Model):
    """An article as the search reads it, in a table of its own so that lists and pages never
    load it. Written in bulk by `archive.search.indexing` after every write of articles."""

    article = models.OneToOneField(Article, primary_key=True, on_delete=models.CASCADE, related_name="search")
    document = models.TextField(
        help_text="Title and body folded (case, accents, Arabic letter forms), function words dropped, "
        "single-spaced: what the vector is built from and snippets are cut from."
    )
    config = models.CharField(
        max_length=20, help_text="PostgreSQL text search configuration of the article's language (stemmer)."
    )
    vector = SearchVectorField(
        null=True, help_text="PostgreSQL only: the document through its configuration, GIN-indexed; empty on SQLite."
    )
    # The order of the search's walk down the newest articles, kept beside the vector so that the
    # walk reads this table alone and visits an article only when its text matches (migration
    # 0020: its index, and the trigger that follows every change of the article's date).
    published = models.DateField(
        null=True,
        editable=False,
        help_text="PostgreSQL only: a copy of the article's publication date, kept by the database; empty on SQLite.",
    )

    def __str__(self) -> str:
        return f"search document of article {self.article_id}"


class ArticleSignature(models.Model):
    """The MinHash signature of an article's cleaned body (text/near_duplicates.py), kept so that an import
    compares its new articles with the whole archive without reading old texts. A table of its own, like
    the search document: lists never load it."""

    article = models.OneToOneField(Article, primary_key=True, on_delete=models.CASCADE, related_name="signature")
    minhash = models.BinaryField(help_text="128 32-bit MinHash values of the body's 3-word shingles (512 bytes).")

    def __str__(self) -> str:
        return f"signature of article {self.article_id}"


class LinkQuerySet(models.QuerySet):
    def kept(self):
        """Links that stand: found by the importer or confirmed by an editor, not rejected."""
        return self.exclude(decision=Link.Decision.REJECTED)

    def kept_params(self) -> dict[str, str]:
        """`kept()` as the query parameters of an admin list of links."""
        return {"decision__in": f",{Link.Decision.CONFIRMED}"}


class Link(models.Model):
    """What every article–entity link keeps: where it was found, how, and what an editor decided."""

    class Method(models.TextChoices):
        KNOWLEDGE_BASE = "kb", "knowledge base"
        RULE = "rule", "rule"
        MODEL = "model", "statistical model"
        EDITOR = "editor", "editor"

    class Decision(models.TextChoices):
        NONE = "", "not reviewed"
        CONFIRMED = "confirmed", "confirmed"
        REJECTED = "rejected", "rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    surface = models.CharField(max_length=300, help_text="The name exactly as written in the article.")
    sentence = models.TextField(blank=True, help_text="The sentence the link was found in (evidence).")
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Offset of the surface in the stored body.")
    end = models.PositiveIntegerField(null=True, blank=True)
    method = models.CharField(max_length=6, choices=Method.choices, default=Method.RULE)
    confidence = models.FloatField(default=1.0, help_text="0 to 1: how sure the extraction is.")
    decision = models.CharField(
        max_length=10,
        choices=Decision.choices,
        blank=True,
        default="",
        help_text="An editor's decision; re-extraction never undoes it.",
    )

    objects = LinkQuerySet.as_manager()

    # When two entities are merged, two links of one article collapse into one (see
    # people.curation.merging): a link is a fact about an article and an entity, not a record of its own.
    collapse_on_merge = True

    class Meta:
        abstract = True


class ArticlePerson(Link):
    # No index of their own: `article_person_unique` leads with the article, `person_link_best` with
    # the person (each link written is one index entry fewer to write for each).
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="person_links", db_index=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="article_links", db_index=False)
    role = models.CharField(max_length=500, blank=True, help_text="Role or title stated next to the name.")
    roles = models.JSONField(
        default=list,
        blank=True,
        help_text="Where the article states several roles (a rank and a title): all of them, the role first.",
    )
    affiliation = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The organization the text ties the person to, where it says so.",
    )

    history = HistoricalRecords(bases=[TracedHistory])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "person"], name="article_person_unique")]
        # The best evidence of an entity first (the review queue's top sentences): an index walk.
        # A person's most recently added articles, read from the index alone (see RECENT in
        # archive/public/selectors.py): the sample the person page's aggregates are taken over.
        indexes = [
            models.Index(fields=["person", "-confidence", "id"], name="person_link_best"),
            models.Index(fields=["person", "-article"], include=["decision"], name="person_link_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.person} in article {self.article_id}"


class ArticleOrganization(Link):
    # Indexed by `article_organization_unique` and `organization_link_best` (see ArticlePerson).
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="organization_links", db_index=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="article_links", db_index=False
    )

    history = HistoricalRecords(bases=[TracedHistory])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "organization"], name="article_organization_unique")]
        # The best evidence of an entity first (the review queue's top sentences): an index walk.
        indexes = [
            models.Index(fields=["organization", "-confidence", "id"], name="organization_link_best"),
            models.Index(fields=["organization", "-article"], include=["decision"], name="organization_link_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.organization} in article {self.article_id}"


class ArticleEvent(Link):
    class Relation(models.TextChoices):
        SUBJECT = "subject", "subject"
        MENTION = "mention", "mention"

    # Indexed by `article_event_unique` and `event_link_best` (see ArticlePerson).
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="event_links", db_index=False)
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="article_links", db_index=False)
    relation = models.CharField(
        max_length=8,
        choices=Relation.choices,
        default=Relation.MENTION,
        help_text="subject: the article reports on the event; mention: it refers to it in passing.",
    )

    history = HistoricalRecords(bases=[TracedHistory])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "event"], name="article_event_unique")]
        # The best evidence of an entity first (the review queue's top sentences): an index walk.
        indexes = [
            models.Index(fields=["event", "-confidence", "id"], name="event_link_best"),
            models.Index(fields=["event", "-article"], include=["decision"], name="event_link_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.event} in article {self.article_id}"


class MentionCount(models.Model):
    """How many published articles name a public person, organization or event through a link
    that stands: precomputed, so that no page view counts links (an entity named in 30,000
    articles would cost a join over all of them on the home page, the lists and its own page).

    Rewritten whole by `archive.coverage.mention_counts_refresh`, which the import run calls at
    its end and every editorial operation (publish, link decision, merge, rejection, undo) calls
    before it commits: the counts are never older than the last write through a service."""

    class Kind(models.TextChoices):
        PERSON = "person", "person"
        ORGANIZATION = "organization", "organization"
        EVENT = "event", "event"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    entity_id = models.BigIntegerField(help_text="The id of the person, organization or event.")
    articles = models.PositiveIntegerField(help_text="Published articles with a standing link to the entity.")
    languages = models.JSONField(default=dict, help_text='The same per language of the articles: {"fr": 12, "ar": 9}.')

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "entity_id"], name="mention_count_unique")]
        # The most named first (home page, plan choice), read from the index alone.
        indexes = [models.Index(fields=["kind", "-articles", "entity_id"], name="mention_count_top")]

    def __str__(self) -> str:
        return f"{self.kind} {self.entity_id}: {self.articles} articles"


class YearCoverage(models.Model):
    """Published articles per year and language (the home page's chart), precomputed with the
    mention counts and refreshed with them (`archive.coverage`): the chart never reads every
    article on a page view."""

    year = models.PositiveSmallIntegerField()
    language = models.CharField(max_length=8)
    articles = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["year", "language"], name="year_coverage_unique")]

    def __str__(self) -> str:
        return f"{self.year} {self.language}: {self.articles}"
