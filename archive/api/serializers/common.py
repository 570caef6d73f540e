"""Compact nested forms shared by every resource, and the shapes of errors.

A compact form is what a list needs to show a related row and link to it: its id and name,
never its own relations (those are one request away, at its detail)."""

from __future__ import annotations

from rest_framework import serializers

PARTIAL_DATE_HELP = "ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown."


class PartialDateField(serializers.CharField):
    """A PartialDate written at its precision (2024, 2024-11, 2024-11-04)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("help_text", PARTIAL_DATE_HELP)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return str(value)


class LabelsField(serializers.DictField):
    def __init__(self, **kwargs):
        kwargs.setdefault("child", serializers.CharField())
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("help_text", "The name per language where known: keys fr, ar, en.")
        super().__init__(**kwargs)


class RefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)


class SourceRefSerializer(RefSerializer):
    pass


class SeriesRefSerializer(RefSerializer):
    pass


class OrganizationRefSerializer(RefSerializer):
    acronym = serializers.CharField(read_only=True, help_text="Usual acronym; empty when none.")


class EventRefSerializer(RefSerializer):
    ordinal = serializers.IntegerField(read_only=True, allow_null=True, help_text="Number within its series.")
    start = PartialDateField(source="start_date", help_text="When it began. " + PARTIAL_DATE_HELP)


class CountedRefSerializer(RefSerializer):
    articles = serializers.IntegerField(read_only=True, help_text="Published articles the two share.")


class CountedEventSerializer(EventRefSerializer):
    articles = serializers.IntegerField(read_only=True, help_text="Published articles that link the event.")


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    language = serializers.CharField(read_only=True)
    published = PartialDateField(source="published_date")


class ArticlesSummarySerializer(serializers.Serializer):
    """An entity's articles: how many, where to page through them, and the latest few."""

    count = serializers.IntegerField(help_text="Published articles that name it.")
    list = serializers.CharField(help_text="URL of the article list filtered on it (paginated, filterable).")
    latest = ArticleRefSerializer(many=True, help_text="The most recently published few.")


class ErrorSerializer(serializers.Serializer):
    """Every error answer: `detail` for a person to read; on a 400, `errors` names each
    parameter or field at fault with its problems."""

    detail = serializers.CharField(help_text="What went wrong.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="400 only: parameter or field name → the problems found with its value.",
    )
