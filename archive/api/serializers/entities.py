"""Persons and organizations: compact in lists; in the detail, every name form by script,
the roles articles give a person over time, the persons most often named beside them, and
their events and articles."""

from __future__ import annotations

from rest_framework import serializers

from archive.api.serializers.common import (
    ArticlesSummarySerializer,
    CountedEventSerializer,
    CountedRefSerializer,
    LabelsField,
    PartialDateField,
    RefSerializer,
)
from people.models import Organization, Review

REVIEW_HELP = "confirmed: curated by an editor (or from the starter knowledge base); candidate: not yet reviewed."


class EntityListSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True, help_text="Canonical name.")
    labels = LabelsField()
    review = serializers.ChoiceField(choices=Review.choices, read_only=True, help_text=REVIEW_HELP)
    article_count = serializers.IntegerField(read_only=True, help_text="Published articles that name it.")
    modified = serializers.DateTimeField(source="updated_at", read_only=True, help_text="When it last changed.")


class PersonListSerializer(EntityListSerializer):
    pass


class OrganizationListSerializer(EntityListSerializer):
    acronym = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(choices=Organization.Kind.choices, read_only=True)
    country = serializers.CharField(
        read_only=True, help_text="ISO 3166-1 alpha-2 code of a national body; empty otherwise."
    )


class RoleSpanSerializer(serializers.Serializer):
    role = serializers.CharField(read_only=True, help_text="The role as an article writes it.")
    first = PartialDateField(source="first.published_date", help_text="Earliest publication giving this role.")
    last = PartialDateField(source="last.published_date", help_text="Latest publication giving this role.")
    articles = serializers.IntegerField(source="count", read_only=True, help_text="Published articles with this role.")


class NamesByScriptSerializer(serializers.Serializer):
    latin = serializers.ListField(child=serializers.CharField(), help_text="Names written in Latin script.")
    arabic = serializers.ListField(child=serializers.CharField(), help_text="Names written in Arabic script.")


class EntityDetailSerializer(serializers.Serializer):
    """The view puts the related reads (`extra`) in the context: they are counted queries."""

    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True, help_text="Canonical name.")
    labels = LabelsField()
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True, help_text="Every other name form.")
    names_by_script = NamesByScriptSerializer(read_only=True, help_text="Every name form, grouped by writing system.")
    review = serializers.ChoiceField(choices=Review.choices, read_only=True, help_text=REVIEW_HELP)
    similar_to = RefSerializer(
        read_only=True, allow_null=True, help_text="A known entity whose name resembles this one's: a suggestion."
    )
    modified = serializers.DateTimeField(source="updated_at", read_only=True)
    co_mentioned = CountedRefSerializer(
        many=True,
        read_only=True,
        help_text="Persons most often named in the same published articles (its 500 most recently added).",
    )
    events = CountedEventSerializer(
        many=True,
        read_only=True,
        help_text="Events its articles cover (its 500 most recently added), most covered first.",
    )
    articles = ArticlesSummarySerializer(source="articles_summary", read_only=True)


class PersonDetailSerializer(EntityDetailSerializer):
    roles = RoleSpanSerializer(
        many=True,
        read_only=True,
        help_text="Roles its articles give the person (its 500 most recently added), one per role, oldest first.",
    )


class OrganizationDetailSerializer(EntityDetailSerializer):
    acronym = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(choices=Organization.Kind.choices, read_only=True)
    country = serializers.CharField(read_only=True)
    parent = RefSerializer(read_only=True, allow_null=True, help_text="The body this one belongs to.")
