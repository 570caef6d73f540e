"""Form fields that prevent the mistakes editors made with raw boxes.

- `LinesField`: a list of names (aliases) edited one per line, not as JSON;
- `CountryField`: an ISO 3166-1 code chosen from the list of countries by name (django-countries),
  never a free two-letter box ("Tunisia" saved as "Tu");
- `PartialDateField`: a date typed at the precision known: "2021", "2021-03" or "2021-03-03";
- `check_period`: an end not before its start, with a message naming both.
"""

from __future__ import annotations

import calendar
import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django_countries import countries

from text.partial_date import PartialDate


class LinesField(forms.Field):
    """A list of strings, one per line: blank lines dropped, spaces trimmed, repeats removed."""

    widget = forms.Textarea(attrs={"rows": 5, "cols": 60, "dir": "auto"})

    def __init__(self, *args, max_length: int = 300, **kwargs):
        self.max_length = max_length
        kwargs.setdefault("help_text", "One name per line.")
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(v) for v in value)
        return value

    def to_python(self, value) -> list[str]:
        lines = [str(v) for v in value] if isinstance(value, list | tuple) else str(value or "").splitlines()
        names = list(dict.fromkeys(" ".join(line.split()) for line in lines if line.strip()))
        too_long = [name for name in names if len(name) > self.max_length]
        if too_long:
            raise ValidationError(
                f"Each line is one name of at most {self.max_length} characters; "
                f"this one is longer: “{too_long[0][:60]}…”"
            )
        return names

    def has_changed(self, initial, data) -> bool:
        return self.to_python(initial) != self.to_python(data)


class CountryField(forms.ChoiceField):
    """An ISO 3166-1 alpha-2 code, chosen from the countries by name."""

    default_error_messages = {"invalid_choice": "Choose the country from the list (“%(value)s” is not one of them)."}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [("", "— none (international) —"), *countries])
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)


class PartialDateField(forms.CharField):
    """A date at the precision known: a year, a month or a day, in ISO order."""

    default_error_messages = {
        "invalid": "Type a year (2021), a month (2021-03) or a day (2021-03-03).",
        "impossible": "%(value)s is not a date of the calendar.",
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", "2021, 2021-03 or 2021-03-03: only what is known.")
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"size": 10, "maxlength": 10, "placeholder": "YYYY[-MM[-DD]]"})
        )
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        return value.isoformat() if isinstance(value, PartialDate) else value

    def to_python(self, value) -> PartialDate | None:
        if isinstance(value, PartialDate):
            return value
        text = (value or "").strip()
        if not text:
            return None
        parts = text.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            return PartialDate.parse(text)
        except ValueError:
            message = self.error_messages["impossible"]
            raise ValidationError(message, code="impossible", params={"value": text}) from None


def last_day(date: PartialDate) -> dt.date:
    """The last day of the period a partial date names (2021-02 → 2021-02-28)."""
    if date.day is not None:
        return date.first_day()
    if date.month is not None:
        return dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return dt.date(date.year, 12, 31)


def check_period(start: PartialDate | None, end: PartialDate | None) -> None:
    """Refuse an end wholly before its start (2021-03 may end in 2021-03-05, not in 2021-02)."""
    if start and end and last_day(end) < start.first_day():
        raise ValidationError({"end_text": f"The end ({end}) is before the start ({start})."})
