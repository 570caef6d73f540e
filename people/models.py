"""Who appears in the news: persons and organizations, with every name they go by.

Names are the unit of matching: each entity has a canonical name, a label per language
(fr, ar, en) and any number of aliases (spellings, transliterations, acronyms, forms with
and without article). The extraction builds one automaton from all of them per run.
"""

from django.db import models
from django.db.models.functions import Lower


class Review(models.TextChoices):
    CONFIRMED = "confirmed", "confirmed"
    CANDIDATE = "candidate", "candidate"


class NamedEntityQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(review=Review.CONFIRMED)

    def candidates(self):
        return self.filter(review=Review.CANDIDATE)


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


class NamedEntity(MultilingualNames, models.Model):
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
    review = models.CharField(
        max_length=10,
        choices=Review.choices,
        default=Review.CANDIDATE,
        db_index=True,
        help_text="confirmed: curated by an editor or part of the starter knowledge base; "
        "candidate: found by the importer and not yet reviewed.",
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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(
        auto_now=True,
        db_index=True,
        help_text="When the row last changed (bulk writes set it too): incremental sync filters on it.",
    )

    objects = NamedEntityQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Person(NamedEntity):
    class Meta(NamedEntity.Meta):
        indexes = [models.Index(Lower("name"), name="person_name_lower")]


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

    class Meta(NamedEntity.Meta):
        indexes = [models.Index(Lower("name"), name="organization_name_lower")]
