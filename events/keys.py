"""The key under which an event is identified: one definition, for the importer's resolver, the
unique `Event.import_key` column and its data migration. An event with a series and an ordinal
is identified by them alone, whatever its name in whichever language; one without, by its
series and folded name."""

from __future__ import annotations

from text.normalize import normalize_name


def event_key(series_id: int | None, ordinal: int | None, name: str) -> tuple:
    return (series_id, ordinal, "") if series_id and ordinal else (series_id, ordinal, normalize_name(name))


def event_import_key(series_id: int | None, ordinal: int | None, name: str) -> str:
    """`event_key` as the text stored in `Event.import_key`: 'series|ordinal|folded name'."""
    return "|".join("" if part is None else str(part) for part in event_key(series_id, ordinal, name))
