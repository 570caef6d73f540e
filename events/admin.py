"""Admin for event series and their sessions.

Counts are computed in the list query and related rows selected with it, so a list page costs
the same number of queries whatever its length. Article counts come from the models' querysets
(people.linked), through the archive's reverse relations: this app imports nothing of it.
"""

from django.contrib import admin

from events.models import Event, EventSeries
from people.admin import ArticleCountMixin, NamesDisplayMixin, changelist_link
from people.linked import count_of


@admin.register(EventSeries)
class EventSeriesAdmin(ArticleCountMixin, NamesDisplayMixin, admin.ModelAdmin):
    # An article may name several sessions of a series: count it once.
    article_links_via = "events__article_links"
    article_count_distinct = True

    list_display = ["name", "labels_display", "aliases_display", "organization", "event_count"]
    list_select_related = ["organization"]
    search_fields = ["name", "label_fr", "label_ar", "label_en", "aliases"]
    autocomplete_fields = ["organization"]
    fieldsets = [
        (None, {"fields": ["name", ("label_fr", "label_ar", "label_en"), "aliases"]}),
        ("Sessions", {"fields": ["organization", "event_name_template"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_count=count_of(Event.objects.all(), "series"))

    @admin.display(description="events", ordering="event_count")
    def event_count(self, obj):
        return changelist_link("admin:events_event_changelist", obj.event_count, series__id__exact=obj.pk)


@admin.register(Event)
class EventAdmin(ArticleCountMixin, admin.ModelAdmin):
    list_display = ["name", "series", "ordinal", "city", "country", "start_display", "end_display"]
    list_filter = ["series", "country", "start_precision"]
    list_select_related = ["series"]
    search_fields = ["name", "city", "series__name", "series__label_fr", "series__label_ar", "series__label_en"]
    autocomplete_fields = ["series"]
    date_hierarchy = "start"
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", ("series", "ordinal"), ("city", "country")]}),
        (
            "Dates",
            {
                "description": "Each date is stored as the first day of the period it is known to, "
                "with the precision saying how much of it is known.",
                "fields": [("start", "start_precision"), ("end", "end_precision")],
            },
        ),
        ("History", {"fields": [("created_at", "updated_at")]}),
    ]

    @admin.display(description="start", ordering="start")
    def start_display(self, obj):
        return obj.start_date or "–"

    @admin.display(description="end", ordering="end")
    def end_display(self, obj):
        return obj.end_date or "–"
