"""Articles: list (JSON, CSV, or a cursor walk), detail in the interchange format, streamed
JSON Lines export of a filtered list."""

from __future__ import annotations

from django.db.models import F, Prefetch
from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from archive.api.filters import ArticleFilter
from archive.api.mixins import ArchiveAPIMixin, ConditionalRetrieveMixin
from archive.api.pagination import ArticlePagination
from archive.api.permissions import is_editor
from archive.api.renderers import JSONLinesRenderer
from archive.api.serializers.articles import ArticleDetailSerializer, ArticleListSerializer
from archive.api.serializers.writes import ArticleMetadataSerializer, LinkDecisionSerializer
from archive.interchange import article_entry
from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Link
from archive.services import article_update, articles_publish, articles_unpublish, links_confirm, links_reject
from archive.stories import readable

LIST_COLUMNS = ("id", "title", "title_derived", "language", "published", "published_precision", "status", "url")
LIST_COLUMNS += ("updated_at", "source__id", "source__name")
EXPORT_CHUNK = 500
LINK_MODELS = {"person": ArticlePerson, "organization": ArticleOrganization, "event": ArticleEvent}


@extend_schema_view(
    list=extend_schema(
        summary="List articles",
        description="Published articles, newest first, in a compact form: entities by id and name, no body. "
        "Page numbers by default (`page`, `page_size`); send `cursor=` to walk the whole archive by id "
        "instead, consistently while imports run. `?format=csv` for a spreadsheet.",
    ),
    retrieve=extend_schema(
        summary="One article in the interchange format",
        description="The archive interchange format (shared/docs/INTERCHANGE.md), as `export_archive` writes "
        "it, plus `modified`. Answers conditional requests (ETag, Last-Modified).",
    ),
)
class ArticleViewSet(ArchiveAPIMixin, ConditionalRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Article.objects.none()  # the model, for the schema; rows come from get_queryset
    filterset_class = ArticleFilter
    pagination_class = ArticlePagination
    editor_permission = "archive.change_article"
    csv_name = "articles"

    def get_serializer_class(self):
        return ArticleListSerializer if self.action == "list" else ArticleDetailSerializer

    def get_queryset(self):
        # Readers see published articles; editors also see drafts (they curate them).
        articles = Article.objects.all() if is_editor(self.request.user) else Article.objects.published()
        if self.action == "list":
            # Each story once (a copy is listed in its story's detail); editors see every copy.
            articles = articles if is_editor(self.request.user) else readable(articles)
            return self._compact(articles).order_by(F("published").desc(nulls_last=True), "-id")
        # Detail and export: the interchange form's query set, links prefetched once per
        # kind of link (with_entities), not once per article and kind.
        return articles.with_entities()

    @staticmethod
    def _compact(articles):
        # Only the columns a list shows: bodies and raw texts stay on disk.
        return (
            articles.select_related("source")
            .only(*LIST_COLUMNS)
            .prefetch_related(
                # One query per kind of link for the whole page (not one per article: the N+1),
                # each with its entity's name through a join (not one query per link).
                Prefetch(
                    "person_links",
                    ArticlePerson.objects.kept()
                    .select_related("person")
                    .only("article_id", "person_id", "person__name"),
                ),
                Prefetch(
                    "organization_links",
                    ArticleOrganization.objects.kept()
                    .select_related("organization")
                    .only("article_id", "organization_id", "organization__name", "organization__acronym")
                    .order_by("id"),
                ),
                Prefetch(
                    "event_links",
                    ArticleEvent.objects.kept()
                    .select_related("event")
                    .only("article_id", "event_id", "event__name", "relation")
                    .order_by("id"),
                ),
            )
        )

    def get_last_modified(self, article):
        # The detail shows the linked entities too: a renamed person changes the article's form.
        entities = [
            *(link.person for link in article.person_links.all()),
            *(link.organization for link in article.organization_links.all()),
            *(link.event for link in article.event_links.all()),
        ]
        return max([article.updated_at, *(entity.updated_at for entity in entities)])

    # -- writes: editors only, through archive.services (as the admin) -------------------------

    def _detail(self, article: Article) -> Response:
        fresh = Article.objects.with_entities().get(pk=article.pk)
        return Response(ArticleDetailSerializer(fresh).data)

    @extend_schema(
        summary="Change an article's metadata",
        description="Title, language, publication date (at its precision), source, URL. Editors only.",
        request=ArticleMetadataSerializer,
        responses=ArticleDetailSerializer,
    )
    def partial_update(self, request, pk=None):
        article = self.get_object()
        metadata = ArticleMetadataSerializer(data=request.data, partial=True)
        metadata.is_valid(raise_exception=True)
        article_update(article=article, changes=metadata.to_changes(), by=request.user)
        return self._detail(article)

    @extend_schema(summary="Publish an article", request=None, responses=ArticleDetailSerializer)
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        article = self.get_object()
        articles_publish(articles=Article.objects.filter(pk=article.pk), by=request.user)
        return self._detail(article)

    @extend_schema(summary="Unpublish an article (back to draft)", request=None, responses=ArticleDetailSerializer)
    @action(detail=True, methods=["post"])
    def unpublish(self, request, pk=None):
        article = self.get_object()
        articles_unpublish(articles=Article.objects.filter(pk=article.pk), by=request.user)
        return self._detail(article)

    @extend_schema(
        summary="Confirm or reject one of the article's links",
        description="The link from this article to a person, organization or event. Editors only.",
        request=LinkDecisionSerializer,
        responses=ArticleDetailSerializer,
    )
    @action(detail=True, methods=["post"])
    def links(self, request, pk=None):
        article = self.get_object()
        decision = LinkDecisionSerializer(data=request.data)
        decision.is_valid(raise_exception=True)
        kind, entity = decision.validated_data["kind"], decision.validated_data["entity"]
        links = LINK_MODELS[kind].objects.filter(article=article, **{f"{kind}_id": entity})
        if not links.exists():
            raise NotFound(f"This article has no link to {kind} {entity}.")
        decide = links_confirm if decision.validated_data["decision"] == Link.Decision.CONFIRMED else links_reject
        decide(links=links, by=request.user)
        return self._detail(article)

    @extend_schema(
        summary="Export articles as JSON Lines (streamed)",
        description="Every article matching the filters (no pagination), one interchange-format document per "
        "line, in id order, streamed as it is read: the same lines as `manage.py export_archive`.",
        responses={
            (200, "application/jsonl"): OpenApiResponse(
                response=OpenApiTypes.STR, description="One JSON document per line (interchange format)."
            )
        },
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def export(self, request):
        if request.query_params.get("q"):
            raise ValidationError({"q": ["The export does not search: filter it, or page through /api/articles/?q=."]})
        articles = self.filter_queryset(self.get_queryset()).order_by("id")
        rows = (JSONLinesRenderer.line(article_entry(a)) for a in articles.iterator(chunk_size=EXPORT_CHUNK))
        response = StreamingHttpResponse(rows, content_type="application/jsonl; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="articles.jsonl"'
        return response
