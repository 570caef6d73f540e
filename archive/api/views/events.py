"""Events (sessions of a series) and event series."""

from __future__ import annotations

from django.db.models import Count, F, Max, Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from archive.api.filters import EventFilter, EventSeriesFilter
from archive.api.mixins import ArchiveAPIMixin, ConditionalRetrieveMixin
from archive.api.serializers.events import (
    EventDetailSerializer,
    EventListSerializer,
    SeriesDetailSerializer,
    SeriesListSerializer,
)
from archive.api.serializers.writes import EventNamesSerializer
from archive.api.views.common import articles_summary
from archive.api.views.curation import CurationMixin
from archive.models import Article, ArticleEvent
from archive.selectors import articles_of, event_participants, recent_article_ids
from events.models import Event, EventSeries
from events.services import event_merge, series_merge


def _counted(participants) -> list[dict]:
    return [{"id": p.entity.pk, "name": p.entity.name, "articles": p.articles} for p in participants]


@extend_schema_view(
    list=extend_schema(summary="List events", description="Events (sessions of a series), latest first."),
    retrieve=extend_schema(
        summary="One event",
        description="The event, the persons and organizations its published articles name, and its articles.",
    ),
    partial_update=extend_schema(request=EventNamesSerializer),
)
class EventViewSet(ArchiveAPIMixin, CurationMixin, ConditionalRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Event.objects.none()  # the model, for the schema; rows come from get_queryset
    filterset_class = EventFilter
    editor_permission = "events.change_event"
    csv_name = "events"
    merge_service = event_merge
    names_serializer = EventNamesSerializer

    def get_serializer_class(self):
        return EventListSerializer if self.action == "list" else EventDetailSerializer

    def get_queryset(self):
        # The series is shown by name: joined, not one query per event.
        return Event.objects.public().with_series().order_by(F("start").desc(nulls_last=True), "name", "id")

    def get_object(self):
        event = super().get_object()
        articles = articles_of("event", event.pk)
        # Over its RECENT most recently added articles, as its public page shows them.
        persons, organizations = event_participants(recent_article_ids("event", event.pk))
        event.persons, event.organizations = _counted(persons), _counted(organizations)
        event.articles_summary = articles_summary(self.request, articles, "event", event.pk)
        event.articles_modified = articles.aggregate(latest=Max("updated_at"))["latest"]
        return event

    def get_last_modified(self, event):
        return max(t for t in (event.updated_at, event.articles_modified) if t is not None)


@extend_schema_view(
    list=extend_schema(summary="List event series", description="Recurring meetings, by name."),
    retrieve=extend_schema(
        summary="One event series", description="The series, its names, its sessions and the articles about them."
    ),
)
class EventSeriesViewSet(ArchiveAPIMixin, CurationMixin, viewsets.ReadOnlyModelViewSet):
    queryset = EventSeries.objects.none()  # the model, for the schema; rows come from get_queryset
    filterset_class = EventSeriesFilter
    editor_permission = "events.change_eventseries"
    csv_name = "series"
    merge_service = series_merge

    def get_serializer_class(self):
        return SeriesListSerializer if self.action == "list" else SeriesDetailSerializer

    def get_queryset(self):
        # The organization is shown by name: joined, not one query per series.
        series = EventSeries.objects.public().select_related("organization").annotate(event_count=Count("events"))
        if self.action == "list":
            return series.order_by("name", "id")
        # The detail lists the sessions: one query for all of them.
        sessions = Event.objects.order_by(F("start").desc(nulls_last=True), "-ordinal", "id")
        return series.prefetch_related(Prefetch("events", sessions))

    def get_object(self):
        series = super().get_object()
        linked = ArticleEvent.objects.kept().filter(event__series=series.pk).values("article_id")
        articles = Article.objects.published().filter(pk__in=linked)
        series.articles_summary = articles_summary(self.request, articles, "series", series.pk)
        return series
