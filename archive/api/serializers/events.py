"""Events and event series: compact in lists; an event's detail gives who took part (the
persons and organizations its articles name) and its articles; a series gives its sessions."""

from __future__ import annotations

from rest_framework import serializers

from archive.api.serializers.common import (
    ArticlesSummarySerializer,
    CountedRefSerializer,
    EventRefSerializer,
    LabelsField,
    OrganizationRefSerializer,
    PartialDateField,
    SeriesRefSerializer,
)


class EventListSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    series = SeriesRefSerializer(read_only=True, allow_null=True)
    ordinal = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="Number of the session in its series."
    )
    city = serializers.CharField(read_only=True)
    country = serializers.CharField(read_only=True, help_text="ISO 3166-1 alpha-2 code; empty when unknown.")
    start = PartialDateField(source="start_date", help_text="When it began, at the precision known.")
    end = PartialDateField(source="end_date", help_text="When it ended, at the precision known.")
    modified = serializers.DateTimeField(source="updated_at", read_only=True)


class EventDetailSerializer(EventListSerializer):
    persons = CountedRefSerializer(
        many=True,
        read_only=True,
        help_text="Persons named in its published articles (the 500 most recently added), most often named first.",
    )
    organizations = CountedRefSerializer(
        many=True,
        read_only=True,
        help_text="Organizations named in its published articles (the 500 most recently added), most named first.",
    )
    articles = ArticlesSummarySerializer(source="articles_summary", read_only=True)


class SeriesListSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True, help_text="Canonical English name.")
    labels = LabelsField()
    organization = OrganizationRefSerializer(read_only=True, allow_null=True, help_text="Who holds the meetings.")
    event_count = serializers.IntegerField(read_only=True, help_text="Sessions known to the archive.")


class SeriesDetailSerializer(SeriesListSerializer):
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True)
    events = EventRefSerializer(many=True, read_only=True, help_text="Its sessions, latest first.")
    articles = ArticlesSummarySerializer(source="articles_summary", read_only=True)
