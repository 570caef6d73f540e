"""Recurring meetings and their sessions: the events that articles report on or mention.

An EventSeries (the INTERPOL General Assembly, the sessions of the Council of Arab Interior
Ministers) has names in three languages; an Event is one session of it, identified by its
ordinal, so that French, Arabic and English coverage of the same session meet on one row.
"""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from events.naming import session_labels
from people.curation.models import TracedHistory
from people.linked import ArticleCountQuerySet
from people.models import MultilingualNames, Organization, Review, ReviewedQuerySet, review_field, url_slug
from people.search import SearchableModel, SearchableQuerySet
from text.partial_date import PRECISION_CHOICES, PartialDate


class EventSeriesQuerySet(ArticleCountQuerySet, SearchableQuerySet, ReviewedQuerySet):
    pass


class EventSeries(MultilingualNames, SearchableModel):
    name = models.CharField(max_length=300, unique=True, help_text="Canonical English name of the series.")
    label_fr = models.CharField("French label", max_length=300, blank=True)
    label_ar = models.CharField("Arabic label", max_length=300, blank=True)
    label_en = models.CharField("English label", max_length=300, blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names of the series, a list of strings.")
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_series",
        help_text="The body that holds these meetings.",
    )
    review = review_field(
        default=Review.CONFIRMED,
        help_text="confirmed: from the catalogue (events/knowledge/series.json) or vouched for by an editor; "
        "candidate: waits in the review queue; rejected: not a series of meetings, out of public view.",
    )
    event_name_template = models.CharField(
        max_length=300,
        blank=True,
        help_text="How one session is named, with {ordinal} for '93rd': '{ordinal} INTERPOL General Assembly'.",
    )
    import_key = models.CharField(
        max_length=300,
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text="The key under which the importer created this candidate series (events.detection.candidates: "
        "the meeting kind and the body's name or organization, the same in every script).",
    )

    objects = EventSeriesQuerySet.as_manager()
    history = HistoricalRecords(bases=[TracedHistory])
    search_fields = ("name", "label_fr", "label_ar", "label_en", "aliases")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "event series"

    def __str__(self) -> str:
        return self.name

    def search_names(self):
        return self.all_names()

    def get_absolute_url(self) -> str:
        """The timeline of this series' sessions."""
        return reverse("public:event_list") + f"?series={self.pk}"


class EventQuerySet(ArticleCountQuerySet, SearchableQuerySet, ReviewedQuerySet):
    def with_series(self):
        return self.select_related("series")


class Event(SearchableModel):
    series = models.ForeignKey(EventSeries, null=True, blank=True, on_delete=models.PROTECT, related_name="events")
    ordinal = models.PositiveIntegerField(null=True, blank=True, help_text="Number of the session within its series.")
    name = models.CharField(max_length=300)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names of this session (those of events merged into it), a list of strings.",
    )
    review = review_field(
        default=Review.CONFIRMED,
        help_text="candidate: created by the importer, waits in the review queue; confirmed: a known session "
        "of the catalogue or vouched for by an editor; rejected: not a session (a misread ordinal): it and its "
        "links leave public view, and re-extraction writes its links rejected.",
    )
    city = models.CharField(max_length=120, blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code.")
    start = models.DateField(null=True, blank=True, help_text="First day of the period the start is known to.")
    start_precision = models.CharField(max_length=5, choices=PRECISION_CHOICES, blank=True)
    end = models.DateField(null=True, blank=True, help_text="First day of the period the end is known to.")
    end_precision = models.CharField(max_length=5, choices=PRECISION_CHOICES, blank=True)
    import_key = models.CharField(
        max_length=400,
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text="The key under which the importer created this event (events/keys.py: series and ordinal, or "
        "series and folded name where there is no ordinal): unique, so that imports running at once "
        "create one event, not two.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(
        auto_now=True,
        db_index=True,
        help_text="When the row last changed (bulk writes set it too): incremental sync filters on it.",
    )

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords(bases=[TracedHistory])
    search_fields = ("name", "city", "aliases")

    class Meta:
        ordering = ["-start", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "ordinal"],
                condition=models.Q(series__isnull=False, ordinal__isnull=False),
                name="event_unique_series_ordinal",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def search_names(self):
        return [self.name, self.city, *(self.aliases or [])]

    def get_absolute_url(self) -> str:
        return reverse("public:event_detail", kwargs={"pk": self.pk, "slug": url_slug(self.name)})

    @property
    def labels(self) -> dict[str, str]:
        """The session's name in each language its series has a label in (the public pages show
        the one of the interface language). Read the event with its series (`with_series()`)."""
        if self.series_id is None:
            return {}
        series = self.series
        year = self.start.year if self.start else None
        return session_labels(series.labels, series.event_name_template, self.ordinal, year)

    @property
    def start_date(self) -> PartialDate | None:
        return PartialDate.from_stored(self.start, self.start_precision)

    @property
    def end_date(self) -> PartialDate | None:
        return PartialDate.from_stored(self.end, self.end_precision)
