"""Sources: the publications articles come from."""

from __future__ import annotations

from django.db.models import Count, Q
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from archive.api.filters import SourceFilter
from archive.api.mixins import ArchiveAPIMixin, ConditionalRetrieveMixin
from archive.api.serializers.sources import SourceDetailSerializer, SourceListSerializer
from archive.api.views.common import articles_summary
from archive.models import Article, Source


@extend_schema_view(
    list=extend_schema(summary="List sources", description="Publications, by name, with their published articles."),
    retrieve=extend_schema(summary="One source", description="The publication and its latest articles."),
)
class SourceViewSet(ArchiveAPIMixin, ConditionalRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Source.objects.none()  # the model, for the schema; rows come from get_queryset
    filterset_class = SourceFilter
    editor_permission = "archive.change_source"
    csv_name = "sources"

    def get_serializer_class(self):
        return SourceListSerializer if self.action == "list" else SourceDetailSerializer

    def get_queryset(self):
        published = Q(articles__status=Article.Status.PUBLISHED)
        return Source.objects.annotate(article_count=Count("articles", filter=published)).order_by("name", "id")

    def get_object(self):
        source = super().get_object()
        articles = Article.objects.published().filter(source=source)
        source.articles_summary = articles_summary(self.request, articles, "source", source.pk)
        return source
