"""Who appears in the news: persons and organizations, with every name they go by.

Names are the unit of matching: each entity has a canonical name, a label per language
(fr, ar, en) and any number of aliases (spellings, transliterations, acronyms, forms with
and without article). The extraction builds one automaton from all of them per run.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from people.curation.models import TracedHistory
from people.linked import ArticleCountQuerySet
from people.search import SearchableModel, SearchableQuerySet


def url_slug(text: str) -> str:
    """The readable part of a public address. The id beside it is what identifies the page, so a
    renamed entity keeps its address (the old slug redirects). Unicode: an Arabic-only title
    keeps Arabic words."""
    return slugify(text or "", allow_unicode=True)[:80].strip("-") or "-"


class Review(models.TextChoices):
    CONFIRMED = "confirmed", "confirmed"
    CANDIDATE = "candidate", "candidate"
    REJECTED = "rejected", "rejected"


# Which entity wins a name several share: the confirmed one, else a candidate, a rejected one last.
REVIEW_ORDER = models.Case(
    models.When(review=Review.CONFIRMED, then=models.Value(0)),
    models.When(review=Review.CANDIDATE, then=models.Value(1)),
    default=models.Value(2),
)


class ReviewedQuerySet(models.QuerySet):
    """Rows editors review (persons, organizations, event series, events): by review state."""

    def confirmed(self):
        return self.filter(review=Review.CONFIRMED)

    def candidates(self):
        return self.filter(review=Review.CANDIDATE)

    def rejected(self):
        return self.filter(review=Review.REJECTED)

    def public(self):
        """What readers may see: everything an editor has not rejected."""
        return self.exclude(review=Review.REJECTED)


class NamedEntityQuerySet(ArticleCountQuerySet, SearchableQuerySet, ReviewedQuerySet):
    pass


def review_field(default: str = Review.CANDIDATE, **kwargs) -> models.CharField:
    """The review state of something the importer may create and editors review."""
    return models.CharField(max_length=10, choices=Review.choices, default=default, db_index=True, **kwargs)


class MultilingualNames:
    """Reading the names of anything with `name`, `label_fr/ar/en` and `aliases` (persons,
    organizations, event series): one implementation for the export, the admin and matching."""

    @property
    def labels(self) -> dict[str, str]:
        """The name per language where known, as the interchange format gives it."""
        return {
            lang: label
            for lang, label in (("fr", self.label_fr), ("ar", self.label_ar), ("en", self.label_en))
            if label
        }

    def all_names(self) -> list[str]:
        """Every name form, canonical first, without repeats."""
        return list(dict.fromkeys(n for n in (self.name, *self.labels.values(), *(self.aliases or [])) if n))


class NamedEntity(MultilingualNames, SearchableModel):
    """What persons and organizations share: names in three languages, aliases, review state."""

    name = models.CharField(max_length=300, help_text="Canonical name (Latin script).")
    label_fr = models.CharField("French label", max_length=300, blank=True)
    label_ar = models.CharField("Arabic label", max_length=300, blank=True)
    label_en = models.CharField("English label", max_length=300, blank=True)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Every other form of the name met in the news: spellings, transliterations, "
        "forms with or without article. A list of strings.",
    )
    review = review_field(
        help_text="confirmed: curated by an editor or part of the starter knowledge base; "
        "candidate: found by the importer and not yet reviewed; rejected: not a person or body "
        "(a reporter's name, a place): out of public view, and re-extraction keeps it rejected.",
    )
    similar_to = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A known entity this candidate's name resembles (a spelling or a transliteration): "
        "a suggestion for editors, never applied by the importer.",
    )
    similarity = models.FloatField(null=True, blank=True, help_text="0–100: how alike the two names are.")
    import_key = models.CharField(
        max_length=300,
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text="The folded name under which the importer created this candidate (people/keys.py): unique, so "
        "that imports running at once that meet the same new name create one candidate, not two. Empty "
        "(NULL) for entities made by editors or the knowledge base, which may share a name (homonyms).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(
        auto_now=True,
        db_index=True,
        help_text="When the row last changed (bulk writes set it too): incremental sync filters on it.",
    )

    objects = NamedEntityQuerySet.as_manager()

    search_fields = ("name", "label_fr", "label_ar", "label_en", "aliases")

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def search_names(self):
        return self.all_names()


class Person(NamedEntity):
    history = HistoricalRecords(bases=[TracedHistory])

    class Meta(NamedEntity.Meta):
        indexes = [models.Index(Lower("name"), name="person_name_lower")]

    def get_absolute_url(self) -> str:
        return reverse("public:person_detail", kwargs={"pk": self.pk, "slug": url_slug(self.name)})


class Organization(NamedEntity):
    class Kind(models.TextChoices):
        INTERNATIONAL = "international", "international organization"
        MINISTRY = "ministry", "ministry"
        NATIONAL_AGENCY = "agency", "national agency"
        POLICE = "police", "police body"
        UNIVERSITY = "university", "university"
        MEDIA = "media", "media"
        OTHER = "other", "other"

    acronym = models.CharField(
        max_length=40, blank=True, help_text="Usual international acronym, matched case-sensitively."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    country = models.CharField(
        max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code of a national body; empty for international ones."
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this one belongs to (a general secretariat's council, a council's university).",
    )

    history = HistoricalRecords(bases=[TracedHistory])
    search_fields = (*NamedEntity.search_fields, "acronym")

    def search_names(self):
        return [*self.all_names(), self.acronym]

    class Meta(NamedEntity.Meta):
        indexes = [models.Index(Lower("name"), name="organization_name_lower")]

    def get_absolute_url(self) -> str:
        return reverse("public:organization_detail", kwargs={"pk": self.pk, "slug": url_slug(self.name)})


class IdentityDecisionBase(models.Model):
    """What the importer decided about one name it met in one article, and why.

    The importer resolves every person (and organization) it finds against the records already
    known: a spelling met before, the same name in another script ("عبد اللطيف حموشي" for
    "Abdellatif Hammouchi"), a variant ("Hamouchi"), a surname alone. Each automatic decision is
    kept here with its score and its reasons, so that an editor can see why two spellings became
    one record, or why they did not, and undo it (the curation screens split a wrong "same" and
    merge a "new" or "suggestion" that was right; they set `undone_at` and `undone_by`).

    Outcomes, for the record the decision is about, `person` (or `organization`):
      - same: the spelling was linked to the known record `matched` (= `person`), and became one of
        its names (an alias, or its label in that script);
      - suggestion: a new candidate (`person`) was created and `matched` is proposed to editors as the
        same (also stored as the candidate's `similar_to`);
      - new: a new candidate (`person`) was created; `matched`, when set, is the nearest known record
        that was turned down (the reasons say what kept them apart).

    `article_id` is the id of the `archive.Article` the name was met in. It is not a foreign key
    because `people` does not depend on `archive` (apps depend one way); `origin` repeats the
    article's origin so that the decision reads on its own. `reasons` is a list of objects
    `{"evidence": str, "detail": str, "weight": float}`: `evidence` is one of "name", "script",
    "surname", "role", "affiliation", "event", "co-mentioned", "same article" (a guard) ...;
    `weight` is what it added to (or, negative, took from) the score.
    """

    class Outcome(models.TextChoices):
        SAME = "same", "same (linked)"
        SUGGESTION = "suggestion", "suggestion for editors"
        NEW = "new", "new record"

    spelling = models.CharField(max_length=300, help_text="The name exactly as the article wrote it.")
    script = models.CharField(max_length=10, blank=True, help_text="latin, arabic or other: the spelling's script.")
    outcome = models.CharField(max_length=10, choices=Outcome.choices, db_index=True)
    score = models.FloatField(help_text="0–1: how alike, names and context together, the two records are.")
    reasons = models.JSONField(
        default=list,
        blank=True,
        help_text='What the score is made of: a list of {"evidence", "detail", "weight"} objects.',
    )
    article_id = models.PositiveIntegerField(
        null=True, blank=True, db_index=True, help_text="The archive article the name was met in (its id)."
    )
    origin = models.CharField(max_length=500, blank=True, help_text="That article's origin (file or record).")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    undone_at = models.DateTimeField(null=True, blank=True, help_text="When an editor undid this decision.")
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.spelling} → {self.get_outcome_display()} ({self.score:.2f})"

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


class IdentityDecision(IdentityDecisionBase):
    """An identity decision about a person mention (see IdentityDecisionBase)."""

    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="identity_decisions",
        help_text="The record the mention was linked to (the known one for 'same', the new one otherwise).",
    )
    matched = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The known record compared with: linked to, suggested, or the nearest turned down.",
    )

    # A merge moves decisions to the survivor, a split or undo moves them back: traced like the rest.
    history = HistoricalRecords(bases=[TracedHistory])

    class Meta(IdentityDecisionBase.Meta):
        indexes = [models.Index(fields=["person", "-created_at"], name="person_decision_entity")]


class OrganizationIdentityDecision(IdentityDecisionBase):
    """An identity decision about an organization found outside the knowledge base."""

    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="identity_decisions",
        help_text="The record the mention was linked to (the known one for 'same', the new one otherwise).",
    )
    matched = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The known record compared with: linked to, suggested, or the nearest turned down.",
    )

    history = HistoricalRecords(bases=[TracedHistory])

    class Meta(IdentityDecisionBase.Meta):
        indexes = [models.Index(fields=["organization", "-created_at"], name="organization_decision_entity")]
