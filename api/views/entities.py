"""Persons and organizations: readers see every one an editor has not rejected."""

from __future__ import annotations

from django.db.models import Max
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from api.filters import OrganizationFilter, PersonFilter
from api.mixins import ArchiveAPIMixin, ConditionalRetrieveMixin
from api.serializers.entities import (
    OrganizationDetailSerializer,
    OrganizationListSerializer,
    PersonDetailSerializer,
    PersonListSerializer,
)
from api.views.common import articles_summary, names_by_script
from archive.selectors import articles_of, co_mentioned, events_of, person_roles, with_article_count
from people.models import Organization, Person


def _counted(rows, id_key: str, name_key: str) -> list[dict]:
    return [{"id": row[id_key], "name": row[name_key], "articles": row["articles"]} for row in rows]


class EntityViewSet(ArchiveAPIMixin, ConditionalRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    kind = ""  # 'person' or 'organization': the archive's name for its links
    model = Person

    def get_queryset(self):
        entities = self.model.objects.public()
        if self.action == "list":
            # The article count is a correlated subquery: counted for the page's rows only.
            return with_article_count(entities, self.kind).order_by("name", "id")
        # similar_to shown by name: joined, not a second query.
        return entities.select_related("similar_to")

    def get_object(self):
        entity = super().get_object()
        # The related reads, a fixed number of queries however often the entity is named.
        articles = articles_of(self.kind, entity.pk)
        entity.names_by_script = names_by_script(entity)
        entity.co_mentioned = _counted(co_mentioned(self.kind, entity.pk), "person_id", "person__name")
        entity.events = []
        for event, count in events_of(self.kind, entity.pk):
            event.articles = count
            entity.events.append(event)
        entity.articles_summary = articles_summary(self.request, articles, self.kind, entity.pk)
        entity.articles_modified = articles.aggregate(latest=Max("updated_at"))["latest"]
        return entity

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
    queryset = Person.objects.none()  # the model, for the schema; rows come from get_queryset
    filterset_class = PersonFilter
    editor_permission = "people.change_person"
    csv_name = "persons"

    def get_serializer_class(self):
        return PersonListSerializer if self.action == "list" else PersonDetailSerializer

    def get_object(self):
        person = super().get_object()
        person.roles = person_roles(person.pk)
        return person


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
