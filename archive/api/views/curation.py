"""What editors do to any named record through the API (persons, organizations, event series,
events): change its names, merge others into it. Each through the service the admin calls
(people.services.entity_names_update, the merge service of the kind), one recorded operation
that the admin's history can undo."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from archive.api.serializers.writes import MergeSerializer, NamesSerializer
from people.curation.merging import MergeError
from people.services import NamesError, entity_names_update


class CurationMixin:
    """`PATCH` of the names and `POST …/merge/` on a detail; editors only (EditorWritesOnly).

    Set `merge_service` (survivor=, others=, by=) and `names_serializer`."""

    merge_service = None
    names_serializer = NamesSerializer

    def _detail(self, pk: int) -> Response:
        self.kwargs[self.lookup_field] = pk
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        summary="Change its names",
        description="Canonical name, labels per language, aliases: send only what changes. The admin's change, "
        "recorded in the editorial history (undo there). Editors only.",
        request=NamesSerializer,
    )
    def partial_update(self, request, pk=None):
        record = self.get_object()
        names = self.names_serializer(data=request.data, partial=True)
        names.is_valid(raise_exception=True)
        try:
            entity_names_update(entity=record, changes=names.to_changes(), by=request.user)
        except NamesError as error:
            raise ValidationError({"name": [str(error)]}) from None
        return self._detail(record.pk)

    @extend_schema(
        summary="Merge records into this one",
        description="Their links (or sessions) and names move to this record; they are deleted. One operation in "
        "the editorial history, which can undo it. Editors only.",
        request=MergeSerializer,
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        survivor = self.get_object()
        body = MergeSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        model = type(survivor)
        wanted = set(body.validated_data["others"]) - {survivor.pk}
        others = list(model.objects.filter(pk__in=wanted))
        missing = wanted - {o.pk for o in others}
        if missing:
            label = model._meta.verbose_name
            raise ValidationError({"others": [f"No such {label}: {', '.join(map(str, sorted(missing)))}."]})
        try:
            type(self).merge_service(survivor=survivor, others=others, by=request.user)
        except MergeError as error:
            raise ValidationError({"others": [str(error)]}) from None
        return self._detail(survivor.pk)
