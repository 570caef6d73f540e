"""Persons and organizations: readers see every one an editor has not rejected."""

from __future__ import annotations

from django.db.models import Max
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from archive.api.filters import OrganizationFilter, PersonFilter
from archive.api.mixins import ArchiveAPIMixin, ConditionalRetrieveMixin
from archive.api.permissions import is_editor
from archive.api.serializers.entities import (
    OrganizationDetailSerializer,
    OrganizationListSerializer,
    PersonDetailSerializer,
    PersonListSerializer,
)
from archive.api.views.common import articles_summary, names_by_script
from archive.api.views.curation import CurationMixin
from archive.selectors import (
    alongside,
    articles_of,
    entity_events,
    person_roles,
    recent_article_ids,
    with_article_count,
)
from people.models import Organization, Person
from people.services import entities_confirm, entities_reject, organization_merge, person_merge


def _counted(pairs) -> list[dict]:
    return [{"id": entity.pk, "name": entity.name, "articles": n} for entity, n in pairs]


class EntityViewSet(ArchiveAPIMixin, CurationMixin, ConditionalRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    kind = ""  # 'person' or 'organization': the archive's name for its links
    model = Person

    def get_queryset(self):
        # Readers see what editors have not rejected; editors see everything (they may undo).
        entities = self.model.objects.all() if is_editor(self.request.user) else self.model.objects.public()
        if self.action == "list":
            # The article count is a correlated subquery: counted for the page's rows only.
            return with_article_count(entities, self.kind).order_by("name", "id")
        # similar_to shown by name: joined, not a second query.
        return entities.select_related("similar_to")

    def get_object(self):
        entity = super().get_object()
        # The related reads, a fixed number of queries however often the entity is named; the
        # aggregates over its RECENT most recently added articles, as its public page shows them.
        articles = articles_of(self.kind, entity.pk)
        entity.sample = recent_article_ids(self.kind, entity.pk)
        entity.names_by_script = names_by_script(entity)
        entity.co_mentioned = _counted(alongside(self.kind, entity.pk, entity.sample, limit=20, other="person"))
        entity.events = entity_events(entity.sample)
        entity.articles_summary = articles_summary(self.request, articles, self.kind, entity.pk)
        entity.articles_modified = articles.aggregate(latest=Max("updated_at"))["latest"]
        return entity

    # -- writes: editors only, through people.services (as the admin) ----------------------------

    def _review(self, request, pk, service) -> Response:
        entity = self.get_object()
        service(entities=self.model.objects.filter(pk=entity.pk), by=request.user)
        return self._detail(entity.pk)

    def get_last_modified(self, entity):
        # The detail shows its articles' counts and events: a new article changes it.
        return max(t for t in (entity.updated_at, entity.articles_modified) if t is not None)


@extend_schema_view(
    list=extend_schema(summary="List persons", description="Persons not rejected by an editor, by name."),
    retrieve=extend_schema(
        summary="One person",
        description="Every name form by script, the roles articles give the person over time, the persons most "
        "often named beside them, their events and articles.",
    ),
)
class PersonViewSet(EntityViewSet):
    kind = "person"
    model = Person
    merge_service = person_merge
    queryset = Person.objects.none()  # the model, for the schema; rows come from get_queryset
    filterset_class = PersonFilter
    editor_permission = "people.change_person"
    csv_name = "persons"

    def get_serializer_class(self):
        return PersonListSerializer if self.action == "list" else PersonDetailSerializer

    def get_object(self):
        person = super().get_object()
        person.roles = person_roles(person.pk, person.sample)
        return person

    @extend_schema(summary="Confirm a person", request=None, responses=PersonDetailSerializer)
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        return self._review(request, pk, entities_confirm)

    @extend_schema(
        summary="Reject a person",
        description="The person and their links leave public view; re-extraction keeps them rejected.",
        request=None,
        responses=PersonDetailSerializer,
    )
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        return self._review(request, pk, entities_reject)


@extend_schema_view(
    list=extend_schema(summary="List organizations", description="Organizations not rejected by an editor, by name."),
    retrieve=extend_schema(
        summary="One organization",
        description="Every name form by script, the persons most often named beside it, its events and articles.",
    ),
)
class OrganizationViewSet(EntityViewSet):
    kind = "organization"
    model = Organization
    merge_service = organization_merge
    queryset = Organization.objects.none()  # the model, for the schema; rows come from get_queryset
    filterset_class = OrganizationFilter
    editor_permission = "people.change_organization"
    csv_name = "organizations"

    def get_serializer_class(self):
        return OrganizationListSerializer if self.action == "list" else OrganizationDetailSerializer

    def get_queryset(self):
        # The parent is shown by name: joined, not a second query.
        queryset = super().get_queryset()
        return queryset if self.action == "list" else queryset.select_related("parent")

    @extend_schema(summary="Confirm an organization", request=None, responses=OrganizationDetailSerializer)
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        return self._review(request, pk, entities_confirm)

    @extend_schema(
        summary="Reject an organization",
        description="It and its links leave public view; re-extraction keeps it rejected.",
        request=None,
        responses=OrganizationDetailSerializer,
    )
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        return self._review(request, pk, entities_reject)
