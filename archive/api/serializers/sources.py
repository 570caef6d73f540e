"""Sources: the publications articles come from."""

from __future__ import annotations

from rest_framework import serializers

from archive.api.serializers.common import ArticlesSummarySerializer


class SourceListSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    domain = serializers.CharField(read_only=True, help_text="Web domain; empty when unknown.")
    language = serializers.CharField(read_only=True, help_text="Usual language (ISO 639-1); empty when unknown.")
    article_count = serializers.IntegerField(read_only=True, help_text="Published articles from this source.")


class SourceDetailSerializer(SourceListSerializer):
    articles = ArticlesSummarySerializer(source="articles_summary", read_only=True)
