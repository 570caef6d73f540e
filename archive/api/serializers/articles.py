"""Articles: a compact form for lists, the interchange format for the detail.

The detail IS the archive interchange format (shared/docs/INTERCHANGE.md), produced by the
same function as `export_archive` (archive.interchange.article_entry), so the two never
drift apart. The serializers below describe that shape for the schema; they do not build it.
"""

from __future__ import annotations

from rest_framework import serializers

from archive.api.compact import compact_articles
from archive.api.serializers.common import (
    LabelsField,
    OrganizationRefSerializer,
    PartialDateField,
    RefSerializer,
    SeriesRefSerializer,
    SourceRefSerializer,
)
from archive.interchange import article_entry
from archive.models import Article, ArticleEvent, Link
from archive.stories import copies_of
from people.models import Review

MODIFIED_HELP = "When the article last changed (its text, metadata, status or links)."


class LinkedPersonSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="person_id", read_only=True)
    name = serializers.CharField(source="person.name", read_only=True)


class LinkedOrganizationSerializer(OrganizationRefSerializer):
    id = serializers.IntegerField(source="organization_id", read_only=True)
    name = serializers.CharField(source="organization.name", read_only=True)
    acronym = serializers.CharField(source="organization.acronym", read_only=True)


class LinkedEventSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="event_id", read_only=True)
    name = serializers.CharField(source="event.name", read_only=True)
    relation = serializers.ChoiceField(
        choices=ArticleEvent.Relation.choices,
        read_only=True,
        help_text="subject: the article reports on the event; mention: it refers to it in passing.",
    )


class CompactArticleList(serializers.ListSerializer):
    """A page of articles in their compact form, assembled from plain rows for the whole page
    at once (archive.api.compact): the fields below describe it for the schema and the CSV header."""

    def to_representation(self, data):
        return compact_articles(data)


class ArticleListSerializer(serializers.Serializer):
    """What a list shows of an article: no body, entities by id and name."""

    class Meta:
        list_serializer_class = CompactArticleList

    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    title_derived = serializers.BooleanField(read_only=True, help_text="True where the title was made from the text.")
    language = serializers.CharField(read_only=True, help_text="ISO 639-1 code.")
    published = PartialDateField(source="published_date")
    status = serializers.ChoiceField(choices=Article.Status.choices, read_only=True)
    url = serializers.CharField(read_only=True, help_text="Where the article was published; empty when unknown.")
    source = SourceRefSerializer(read_only=True, allow_null=True)
    modified = serializers.DateTimeField(source="updated_at", read_only=True, help_text=MODIFIED_HELP)
    persons = LinkedPersonSerializer(source="person_links", many=True, read_only=True)
    organizations = LinkedOrganizationSerializer(source="organization_links", many=True, read_only=True)
    events = LinkedEventSerializer(source="event_links", many=True, read_only=True)

    def to_representation(self, instance):
        return compact_articles([instance])[0]


# -- the interchange format, described for the schema ----------------------------------------


class EvidenceSerializer(serializers.Serializer):
    surface = serializers.CharField(help_text="The name exactly as written in the article.")
    sentence = serializers.CharField(help_text="The sentence the link was found in.")
    start = serializers.IntegerField(allow_null=True, help_text="Offset of the surface in the body.")
    end = serializers.IntegerField(allow_null=True)
    method = serializers.ChoiceField(choices=Link.Method.choices, help_text="How the link was found.")
    confidence = serializers.FloatField(help_text="0 to 1: how sure the extraction is.")


class InterchangePersonSerializer(RefSerializer):
    labels = LabelsField()
    aliases = serializers.ListField(child=serializers.CharField(), help_text="Every other known name form.")
    role = serializers.CharField(allow_null=True, help_text="The role the article states for the person, as written.")
    roles = serializers.ListField(
        child=serializers.CharField(),
        required=False,
        help_text="Where the article states several roles (a rank and a title): all of them, `role` first.",
    )
    affiliation = serializers.CharField(allow_null=True, help_text="The organization the text ties them to.")
    review = serializers.ChoiceField(choices=Review.choices)
    evidence = EvidenceSerializer()


class InterchangeOrganizationSerializer(RefSerializer):
    acronym = serializers.CharField(allow_null=True)
    labels = LabelsField()
    aliases = serializers.ListField(child=serializers.CharField())
    review = serializers.ChoiceField(choices=Review.choices)
    evidence = EvidenceSerializer()


class InterchangeSeriesSerializer(SeriesRefSerializer):
    labels = LabelsField()
    aliases = serializers.ListField(child=serializers.CharField())


class InterchangeEventSerializer(RefSerializer):
    series = InterchangeSeriesSerializer(allow_null=True)
    ordinal = serializers.IntegerField(allow_null=True)
    city = serializers.CharField(allow_null=True)
    country = serializers.CharField(allow_null=True, help_text="ISO 3166-1 alpha-2 code.")
    start = PartialDateField()
    end = PartialDateField()
    relation = serializers.ChoiceField(choices=ArticleEvent.Relation.choices)
    evidence = EvidenceSerializer()


class StoryCopySerializer(serializers.Serializer):
    """Another copy of the same story: where it was published and under which headline."""

    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(read_only=True)
    language = serializers.CharField(read_only=True)
    published = PartialDateField(source="published_date")
    url = serializers.CharField(read_only=True)
    source = serializers.CharField(source="source.name", default=None, read_only=True)


class ArticleDetailSerializer(serializers.Serializer):
    """One article in the archive interchange format, plus `modified`."""

    id = serializers.IntegerField()
    origin = serializers.CharField(
        help_text="Path of the imported file relative to the import root; FILE#LINE for a record."
    )
    url = serializers.CharField(allow_null=True)
    title = serializers.CharField()
    title_derived = serializers.BooleanField(help_text="True where the input had no headline.")
    language = serializers.CharField(help_text="ISO 639-1 code.")
    published = PartialDateField()
    status = serializers.ChoiceField(choices=Article.Status.choices)
    source = SourceRefSerializer(allow_null=True)
    body = serializers.CharField(help_text="The cleaned text.")
    persons = InterchangePersonSerializer(many=True)
    organizations = InterchangeOrganizationSerializer(many=True)
    events = InterchangeEventSerializer(many=True)
    modified = serializers.DateTimeField(help_text=MODIFIED_HELP)
    story = serializers.IntegerField(
        allow_null=True,
        help_text="The story this article is a copy of (a republished wire story); null for a story itself.",
    )
    copies = StoryCopySerializer(
        many=True,
        help_text="The other published copies of the same story (the story itself first when this is a copy).",
    )

    def to_representation(self, instance: Article) -> dict:
        # The one implementation of the format; `modified`, `story` and `copies` are the API's additions.
        modified = serializers.DateTimeField().to_representation(instance.updated_at)
        copies = StoryCopySerializer(copies_of(instance), many=True).data
        return {**article_entry(instance), "modified": modified, "story": instance.story_id, "copies": copies}
