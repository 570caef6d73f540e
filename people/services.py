"""Writes on persons and organizations that the admin, the API and the commands share."""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from people.models import Organization, Person, Review


@transaction.atomic
def entities_confirm(*, entities: QuerySet[Person] | QuerySet[Organization]) -> int:
    """Mark persons or organizations as confirmed in one UPDATE; returns how many changed."""
    if entities.model not in (Person, Organization):
        raise TypeError(f"expected persons or organizations, not {entities.model.__name__}")
    # update() skips auto_now, so the timestamp is set here.
    return entities.exclude(review=Review.CONFIRMED).update(review=Review.CONFIRMED, updated_at=timezone.now())
