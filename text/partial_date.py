"""Dates known to a precision: a year, a month or a day.

News rarely gives a full date. A `PartialDate` keeps exactly what is known so that nothing
downstream invents a day or a month; it is stored as the first day of its period plus
a precision, and written as ISO 8601 truncated to that precision (2024, 2024-11, 2024-11-04).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    """How much of a date is known (plain Python: the models take their choices from it)."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


PRECISION_CHOICES = [(p.value, p.value) for p in Precision]  # for the models' fields

_RANK = {Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3}


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self):
        if self.day is not None and self.month is None:
            raise ValueError("a day without a month")
        # Raises ValueError for impossible dates (31 February); a year beyond what a date can
        # hold (a run of ten digits) overflows, which callers must see as the same ValueError.
        try:
            dt.date(self.year, self.month or 1, self.day or 1)
        except OverflowError as exc:
            raise ValueError(f"date out of range: {self.year}") from exc

    @property
    def precision(self) -> str:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def isoformat(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    __str__ = isoformat

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def is_finer_than(self, other: PartialDate) -> bool:
        return _RANK[self.precision] > _RANK[other.precision]

    def contains(self, other: PartialDate) -> bool:
        """True when `other` lies within this period (2024-11 contains 2024-11-04)."""
        if self.year != other.year:
            return False
        if self.month is not None and self.month != other.month:
            return False
        return self.day is None or self.day == other.day

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """Read 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; None for empty input, ValueError for bad input."""
        if not text:
            return None
        parts = str(text).strip()[:10].split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not an ISO date: {text!r}")
        numbers = [int(p) for p in parts] + [None, None]
        return cls(numbers[0], numbers[1], numbers[2])

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def from_stored(cls, value: dt.date | None, precision: str) -> PartialDate | None:
        if value is None:
            return None
        if precision == Precision.YEAR:
            return cls(value.year)
        if precision == Precision.MONTH:
            return cls(value.year, value.month)
        return cls(value.year, value.month, value.day)

    def to_stored(self) -> tuple[dt.date, str]:
        return self.first_day(), self.precision
