"""Model fields that carry one of the archive's rules (`archive.validators`) as their only rule."""

from __future__ import annotations

from django.db import models

from archive.validators import validate_web_url


class WebURLField(models.URLField):
    """A web address: http or https only. A plain URLField with the http/https validator added
    checked every address twice (Django's own URLValidator, which also takes ftp, then ours), so a
    bad address was reported twice; here the http/https validator is the field's one rule."""

    default_validators = [validate_web_url]
