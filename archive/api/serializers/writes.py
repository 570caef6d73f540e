"""What editors' tools send: an article's metadata, a decision on a link, a merge. Each is
validated here (400 naming the field) and carried out by the apps' services."""

from __future__ import annotations

from rest_framework import serializers

from archive.api.filters import ISO_PARTIAL_DATE, LANGUAGE, MAX_ID
from archive.models import Link, Source
from archive.validators import validate_web_url
from text.partial_date import PartialDate

DECISIONS = [(Link.Decision.CONFIRMED, "confirmed"), (Link.Decision.REJECTED, "rejected")]


class ArticleMetadataSerializer(serializers.Serializer):
    """The fields of an article an editor may change (PATCH: send only those that change)."""

    title = serializers.CharField(max_length=500, help_text="The headline; the article's own from now on.")
    language = serializers.RegexField(LANGUAGE["pattern"], help_text="ISO 639-1 code (fr, ar, en, es).")
    published = serializers.RegexField(
        ISO_PARTIAL_DATE.pattern.join("^$"),
        allow_null=True,
        help_text="YYYY, YYYY-MM or YYYY-MM-DD: the precision the text gives, never more; null when unknown.",
    )
    source = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(), allow_null=True, help_text="Id of the source (see /api/sources/)."
    )
    # The model's rule (http or https only), once: DRF's URLField would add Django's URLValidator,
    # which takes ftp and gives a second message for the same bad address.
    url = serializers.CharField(
        max_length=1000,
        allow_blank=True,
        validators=[validate_web_url],
        style={"input_type": "url"},
        help_text="Where the article was published (http or https).",
    )

    def validate_published(self, value):
        if value is None:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError:
            raise serializers.ValidationError(f"Not a real date: {value}.") from None

    def to_changes(self) -> dict:
        """The validated data as model fields (a partial date is a first day and a precision)."""
        changes = dict(self.validated_data)
        if "published" in changes:
            date = changes.pop("published")
            changes["published"], changes["published_precision"] = date.to_stored() if date else (None, "")
        return changes


class LinkDecisionSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["person", "organization", "event"], help_text="What the link points at.")
    entity = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="Id of the person, organization or event."
    )
    decision = serializers.ChoiceField(
        choices=DECISIONS,
        help_text="confirmed: the evidence holds (re-extraction keeps the link); rejected: the link leaves "
        "public view and re-extraction never recreates it.",
    )


class MergeSerializer(serializers.Serializer):
    others = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        min_length=1,
        max_length=100,
        help_text="Ids of the records merged into this one (then deleted; the merge can be undone in the admin).",
    )
