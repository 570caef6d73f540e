"""The names of series outside the catalogue, as the articles of each language give them.

A candidate series is one body's meetings met in French, Arabic and English articles ("Conférence
des chefs de police de l'ASEAN", "ASEANAPOL Conference", "مؤتمر رؤساء الشرطة في آسيان"): one record
(its key does not depend on the script, events.detection.candidates), several names. Each language
an article is written in gives the series its label in that language (the public pages read them),
and its name follows the catalogue's convention, English first: a spelling met in an English
article, else one met in another Latin-script article, else the first met. The name changes only
while the series is a candidate: once an editor confirmed it, its name is the editor's. The
candidate sessions of a renamed series are renamed with it ("45th ASEANAPOL Conference"), their
former names kept as aliases, so that search still finds them.
"""

from __future__ import annotations

import re

from django.utils import timezone

from events.models import Event, EventSeries
from events.naming import arabic_session_name, ordinal_en
from people.models import Review
from text.normalize import normalize_name
from text.script import is_arabic_text as is_arabic

LABELS = {"fr": "label_fr", "ar": "label_ar", "en": "label_en"}
# The "language" of an English name derived from a French or an Arabic article ("CCPAO Annual General
# Meeting"): an English label when no English article gives one, ranked below an English article's
# own spelling ("WAPCCO General Assembly") as a name.
DERIVED_EN = "en*"


def rank(name: str, language: str) -> int:
    """How well a spelling names a series: English 0, another Latin-script language 1, else 3. An English
    article's spelling without a capital ("their bilateral border committee") describes the body rather
    than names it: 2, after the English name derived from its name in another language ("Algerian-
    Mauritanian Bilateral Border Committee") and after that name itself."""
    if is_arabic(name):
        return 3
    if language == "en":
        return 0 if any(c.isupper() for c in name) else 2
    return 1


def preferred(met: dict[str, str]) -> str:
    """The name among the spellings met (spelling → language of its article), in the order met."""
    return min(met, key=lambda name: rank(name, met[name]))


# English names of bodies (not of meetings): their sessions are "the 3rd Session of the …".
_BODY_ENDS = ("Committee", "Commission", "Council", "Board")


_OWN_NOUN = re.compile(r"(?:session|meeting|round) of ", re.IGNORECASE)


def session_name(series_name: str, ordinal: int | None, year: str = "", *, noun: str = "Session") -> str:
    """'45th ASEANAPOL Conference', '3rd Session of the Jordanian-Iraqi Joint Committee' (`noun`: what
    the text calls it, "Meeting" for "la troisième réunion du comité mixte",
    `events.detection.meeting_words.body_session_noun`); an Arabic name numbered after its noun; a
    year-named session 'Arab Cybersecurity Forum 2026'."""
    if ordinal and is_arabic(series_name):
        return arabic_session_name(series_name, ordinal)
    if ordinal and _OWN_NOUN.match(series_name):  # "session of the X Committee": its noun is there
        return f"{ordinal_en(ordinal)} {series_name[0].upper()}{series_name[1:]}"
    if ordinal and series_name.endswith(_BODY_ENDS):
        return f"{ordinal_en(ordinal)} {noun} of the {series_name}"
    if ordinal:
        return f"{ordinal_en(ordinal)} {series_name}"
    return f"{series_name} {year}".strip()


def new_series(met: dict[str, str], key: str, known: dict[str, int], taken: set[str] | None = None) -> EventSeries:
    """A candidate series as first met, named by `preferred`, labelled in each language met.
    `taken`: the folded names given to the other series created with it (added to), which the
    name must not repeat either (two keys may prefer one spelling: the names are unique)."""
    name = preferred(met)[:280]
    if normalize_name(name) in known or (taken is not None and normalize_name(name) in taken):
        name = f"{name} ({key})"[:300]  # a name another series holds: the key tells them apart
    if taken is not None:
        taken.add(normalize_name(name))
    organization = key.split(":")[2] if key.split(":")[1] == "org" else None
    series = EventSeries(
        name=name,
        review=Review.CANDIDATE,
        import_key=key[:300],
        organization_id=int(organization) if organization else None,
    )
    _label(series, met)
    return series


def _label(series: EventSeries, met: dict[str, str]) -> bool:
    """Each language's label from the first spelling its articles give; an English one derived from
    another language's article only when no English article gives one."""
    changed = False
    for derived in (False, True):
        for spelling, language in met.items():
            if (language == DERIVED_EN) != derived:
                continue
            field = "label_ar" if is_arabic(spelling) else LABELS.get("en" if derived else language)
            if field and not getattr(series, field):
                setattr(series, field, spelling[:300])
                changed = True
    return changed


def name_known_series(met: dict[int, dict[str, str]], known: dict[str, int]) -> tuple[dict[int, str], list[Event]]:
    """Labels and aliases for the spellings met of stored series (one read, one bulk write), and a
    better name for a candidate one, unless another series has it (`known`: folded names → ids).
    Returns the series' names ({id: name}) and the candidate sessions renamed with their series
    (one more read and write)."""
    if not met:
        return {}, []
    changed, renamed, names = [], {}, {}
    for series in EventSeries.objects.filter(pk__in=met).only(
        "id", "name", "label_fr", "label_ar", "label_en", "aliases", "review"
    ):
        spellings = met[series.pk]
        dirty = _label(series, spellings)
        best = preferred(spellings)
        current = rank(series.name, "en" if series.name == series.label_en else "")
        better = series.review == Review.CANDIDATE and rank(best, spellings[best]) < current
        if better and best != series.name and known.get(normalize_name(best), series.pk) == series.pk:
            renamed[series.pk] = best[:300]
            known[normalize_name(best)] = series.pk
            series.name, dirty = best[:300], True
        missing = sorted(set(spellings) - set(series.all_names()))
        if missing:
            series.aliases, dirty = [*(series.aliases or []), *missing], True
        if dirty:
            changed.append(series)
        names[series.pk] = series.name
    if changed:
        EventSeries.objects.bulk_update(changed, ["name", "label_fr", "label_ar", "label_en", "aliases"])
    return names, _rename_sessions(renamed) if renamed else []


def _rename_sessions(renamed: dict[int, str]) -> list[Event]:
    events = list(
        Event.objects.filter(series_id__in=renamed, review=Review.CANDIDATE).only(
            "id", "series_id", "ordinal", "name", "aliases"
        )
    )
    now = timezone.now()
    for event in events:
        year = event.name.rsplit(" ", 1)[-1] if not event.ordinal and event.name[-4:].isdigit() else ""
        noun = "Meeting" if " Meeting of the " in event.name else "Session"  # as first named
        name = session_name(renamed[event.series_id], event.ordinal, year, noun=noun)[:300]
        if name != event.name:
            event.aliases = [*(event.aliases or []), event.name]
            event.name, event.updated_at = name, now
    Event.objects.bulk_update(events, ["name", "aliases", "updated_at"])
    return events
