"""Admin for event series and their sessions.

Counts are computed in the list query and related rows selected with it, so a list page costs
the same number of queries whatever its length. Article counts come from the models' querysets
(people.linked), through the archive's reverse relations: this app imports nothing of it. Dates
are typed at the precision known ("2021", "2021-03", "2021-03-03"), countries chosen by name,
aliases one per line; merges go through events.services.
"""

from django import forms
from django.contrib import admin

from events.models import Event, EventSeries
from events.services import event_merge, series_merge
from people.admin import ArticleCountMixin, NamesDisplayMixin, NamesThroughServicesMixin, changelist_link
from people.curation.admin import CuratedAdmin, FoldedSearchMixin, MergeActionMixin
from people.curation.forms import CountryField, LinesField, PartialDateField, check_period
from people.linked import count_of


class EventSeriesForm(forms.ModelForm):
    aliases = LinesField(required=False, help_text="Other names of the series, one per line, any script.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "label_ar" in self.fields:
            self.fields["label_ar"].widget.attrs.update({"dir": "rtl", "lang": "ar"})


@admin.register(EventSeries)
class EventSeriesAdmin(
    NamesThroughServicesMixin, ArticleCountMixin, FoldedSearchMixin, MergeActionMixin, NamesDisplayMixin, CuratedAdmin
):
    # An article may name several sessions of a series: count it once.
    article_links_via = "events__article_links"
    article_count_distinct = True
    article_filter = "series"
    form = EventSeriesForm
    list_display = ["name", "labels_display", "aliases_display", "organization", "review", "event_count"]
    # Candidates are series the importer found outside the catalogue: editors confirm (or reject) them.
    list_filter = ["review"]
    list_select_related = ["organization"]
    autocomplete_fields = ["organization"]
    actions = ["merge_selected"]
    merge_service = staticmethod(series_merge)
    fieldsets = [
        (None, {"fields": ["name", ("label_fr", "label_ar", "label_en"), "aliases", "review"]}),
        ("Sessions", {"fields": ["organization", "event_name_template"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=count_of(Event.objects.all(), "series"))

    @admin.display(description="events", ordering="event_count")
    def event_count(self, obj):
        return changelist_link("admin:events_event_changelist", obj.event_count, series__id__exact=obj.pk)


class EventForm(forms.ModelForm):
    """Dates at their precision, the country from a list, the end not before the start."""

    start_text = PartialDateField(label="start")
    end_text = PartialDateField(label="end")
    country = CountryField(help_text="Where the session was held.")
    aliases = LinesField(required=False, help_text="Other names of this session, one per line.")

    class Meta:
        model = Event
        fields = ["name", "series", "ordinal", "city", "country", "aliases"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("start_text", self.instance.start_date)
            self.initial.setdefault("end_text", self.instance.end_date)

    def clean(self):
        cleaned = super().clean()
        check_period(cleaned.get("start_text"), cleaned.get("end_text"))
        return cleaned

    def save(self, commit=True):
        event = super().save(commit=False)
        for attr in ("start", "end"):
            value = self.cleaned_data.get(f"{attr}_text")
            stored, precision = value.to_stored() if value else (None, "")
            setattr(event, attr, stored)
            setattr(event, f"{attr}_precision", precision)
        if commit:
            event.save()
        return event


@admin.register(Event)
class EventAdmin(NamesThroughServicesMixin, ArticleCountMixin, FoldedSearchMixin, MergeActionMixin, CuratedAdmin):
    article_filter = "event"
    form = EventForm
    list_display = ["name", "series", "ordinal", "city", "country", "start_display", "end_display"]
    list_filter = ["series", "country", "start_precision"]
    list_select_related = ["series"]
    related_search_keys = ("series__search_key",)
    autocomplete_fields = ["series"]
    date_hierarchy = "start"
    show_full_result_count = False
    readonly_fields = ["created_at", "updated_at"]
    actions = ["merge_selected"]
    merge_service = staticmethod(event_merge)
    # The dates beside the place, at the top, where an error about them is seen at once.
    fieldsets = [
        (None, {"fields": ["name", ("series", "ordinal"), ("city", "country"), ("start_text", "end_text"), "aliases"]}),
        ("History", {"classes": ["collapse"], "fields": [("created_at", "updated_at")]}),
    ]

    def merge_summary(self, row) -> str:
        return " · ".join(str(x) for x in (row.series or "no series", row.ordinal or "", row.city, row.start_date) if x)

    def merge_default(self, rows):
        return next((r for r in rows if r.series_id and r.ordinal), rows[0])

    @admin.display(description="start", ordering="start")
    def start_display(self, obj):
        return obj.start_date or "–"

    @admin.display(description="end", ordering="end")
    def end_display(self, obj):
        return obj.end_date or "–"
