"""Field rules of the archive's models, shared by the admin's forms and the importer's
validation stage (which calls the models' `clean_fields()`): one statement of each rule."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone

# The archive covers modern news; a date before this is a typo or a placeholder (0001-01-01).
EARLIEST_PUBLICATION = datetime.date(1900, 1, 1)

# Only web links: a `javascript:` or `data:` URL rendered as a link would run in readers' browsers.
validate_web_url = URLValidator(schemes=["http", "https"], message="Enter an http:// or https:// address.")


# How far ahead a publication date may be: dated wires, time zones and scrapers' clocks make a
# few days ahead ordinary; a year ahead is the margin beyond which a date is surely wrong.
LATEST_AHEAD = datetime.timedelta(days=366)


def validate_publication_date(value: datetime.date | None) -> None:
    """A publication date between 1900 and a year from today (9999-12-31 and 0001-01-01 are
    placeholders, never dates)."""
    if value is None:
        return
    latest = timezone.now().date() + LATEST_AHEAD
    if not EARLIEST_PUBLICATION <= value <= latest:
        raise ValidationError(
            f"{value.isoformat()} is outside the range of publication dates "
            f"({EARLIEST_PUBLICATION.isoformat()} to {latest.isoformat()})."
        )
