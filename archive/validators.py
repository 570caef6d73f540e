"""Field rules of the archive's models, shared by the admin's forms and the importer's
validation stage (which calls the models' `clean_fields()`): one statement of each rule."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

# The archive covers modern news. Fixed bounds, not "today": a record valid today stays valid,
# and placeholders such as 0001-01-01 and 9999-12-31 fall outside.
EARLIEST_PUBLICATION = datetime.date(1900, 1, 1)
LATEST_PUBLICATION = datetime.date(2100, 12, 31)

# Only web links: a `javascript:` or `data:` URL rendered as a link would run in readers' browsers.
validate_web_url = URLValidator(schemes=["http", "https"], message="Enter an http:// or https:// address.")


def validate_publication_date(value: datetime.date | None) -> None:
    """A publication date between 1900 and 2100."""
    if value is None:
        return
    if not EARLIEST_PUBLICATION <= value <= LATEST_PUBLICATION:
        raise ValidationError(
            f"{value.isoformat()} is outside the range of publication dates "
            f"({EARLIEST_PUBLICATION.isoformat()} to {LATEST_PUBLICATION.isoformat()})."
        )
