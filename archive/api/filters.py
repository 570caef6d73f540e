"""One FilterSet per model. Every filter says in `help_text` what it does (the schema is
generated from it), and every bad value is a 400 naming the parameter, never a 500: ids are
bounded integers, codes are checked against their pattern, dates are ISO at any precision.
"""

from __future__ import annotations

import calendar
import copy
import datetime as dt
import re

from django import forms
from django.core.validators import RegexValidator
from django.db.models import Exists, F, OuterRef, Q
from django_filters import rest_framework as filters
from django_filters.fields import IsoDateTimeField
from drf_spectacular.drainage import set_override

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Source
from events.models import Event, EventSeries
from people.models import Organization, Person, Review
from text.partial_date import PartialDate, Precision

ISO_PARTIAL_DATE = re.compile(r"[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")
MAX_ID = 2**63 - 1  # the largest bigint: beyond it the database would fail, so it is a 400


class DocumentedType:
    """A filter whose OpenAPI type is declared (`openapi`) rather than guessed from its class,
    with its bounds or pattern, keeping its help_text as the description: so that what the
    schema calls valid is what the filter accepts."""

    openapi: dict = {}

    def __init__(self, *args, pattern: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        schema = {**self.openapi, "description": self.extra.get("help_text", "")}
        if "min_value" in self.extra:
            schema["minimum"] = self.extra["min_value"]
        if "max_value" in self.extra:
            schema["maximum"] = self.extra["max_value"]
        if pattern:
            schema["pattern"] = pattern
            self.extra.setdefault("validators", []).append(RegexValidator(pattern, self.pattern_message))
        set_override(self, "field", schema)


class CodeFilter(DocumentedType, filters.CharFilter):
    """A short code checked against a pattern (a language or a country)."""

    openapi = {"type": "string"}

    def __init__(self, *args, pattern: str, message: str, **kwargs):
        self.pattern_message = message
        super().__init__(*args, pattern=pattern, **kwargs)


class IntegerFilter(DocumentedType, filters.NumberFilter):
    """A whole number (NumberFilter would take decimals)."""

    field_class = forms.IntegerField
    openapi = {"type": "integer"}


class IdFilter(IntegerFilter):
    """A row id: a positive integer within the database's range."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class PartialDateField(forms.CharField):
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', read into a PartialDate."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            if not ISO_PARTIAL_DATE.fullmatch(value):
                raise ValueError(value)
            return PartialDate.parse(value)
        except ValueError:
            raise forms.ValidationError(
                f"Expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got {value[:40]!r}.", code="invalid"
            ) from None


class PartialDateFilter(DocumentedType, filters.Filter):
    """Dates at the precision they are known to: a bound given as a year or a month is the
    whole year or month, and an article dated to a month matches a bound inside that month.

    `after`: the article's period ends on or after the start of the bound's period;
    otherwise (before): the article's period starts on or before the bound's last day."""

    field_class = PartialDateField
    openapi = {"type": "string", "pattern": ISO_PARTIAL_DATE.pattern.join("^$")}

    def __init__(self, *args, after: bool, **kwargs):
        self.after = after
        super().__init__(*args, **kwargs)

    def filter(self, qs, value: PartialDate | None):
        if value is None:
            return qs
        name, precision = self.field_name, f"{self.field_name}_precision"
        if not self.after:
            return qs.filter(**{f"{name}__lte": _last_day(value)})
        start = value.first_day()
        # A stored date is the first day of its period: a month-precise article of the bound's
        # month (or a year-precise one of its year) still reaches into the bound.
        return qs.filter(
            Q(**{f"{name}__gte": start})
            | Q(**{precision: Precision.MONTH, f"{name}__gte": start.replace(day=1)})
            | Q(**{precision: Precision.YEAR, f"{name}__gte": start.replace(month=1, day=1)})
        )


def _last_day(value: PartialDate) -> dt.date:
    if value.day is not None:
        return value.first_day()
    if value.month is not None:
        return dt.date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    return dt.date(value.year, 12, 31)


LANGUAGE = {"pattern": "^[a-z]{2}$", "message": "Expected an ISO 639-1 code of two lower-case letters (fr, ar, en)."}
COUNTRY = {"pattern": "^[A-Za-z]{2}$", "message": "Expected an ISO 3166-1 alpha-2 country code (MA, FR)."}


class UtcDateTimeField(IsoDateTimeField):
    """An ISO 8601 instant, taken to UTC: an offset Python accepts (up to ±24 h) but the
    database does not (±15:59) must not reach it."""

    def to_python(self, value):
        value = super().to_python(value)
        if value is None:
            return None
        try:
            return value.astimezone(dt.UTC)
        except (OverflowError, ValueError):
            raise forms.ValidationError("Out of range once taken to UTC.", code="invalid") from None


class ModifiedSinceFilter(filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, field_name="updated_at", lookup_expr="gte", help_text=MODIFIED_SINCE_HELP, **kwargs)


MODIFIED_SINCE_HELP = (
    "Only rows changed at or after this instant (ISO 8601, e.g. 2026-12-01T00:00:00Z): "
    "for incremental sync, pass the time of your previous sync."
)


def _linked(link_model, entity_field: str, value: int):
    """Articles with a standing (not rejected) link to the entity: an EXISTS, so an article
    never comes twice and the filter composes with the others."""
    return Exists(link_model.objects.kept().filter(article=OuterRef("pk"), **{f"{entity_field}_id": value}))


class OrderingFilter(filters.OrderingFilter):
    # Plain English in the schema, whatever the server's default language.
    descending_fmt = "%s (descending)"

    def filter(self, qs, value):
        # `ordering=,` names no key: the default order stays (django-filter would clear it, and
        # an unordered page is not a stable one). Rows that tie come by id, page after page.
        keys = [key for key in value or [] if key]
        if not keys:
            return qs
        return qs.order_by(*[self.get_ordering_value(key) for key in keys], "pk")


class NullsLastOrderingFilter(OrderingFilter):
    """Undated rows last in both directions, on PostgreSQL as on SQLite."""

    def get_ordering_value(self, param):
        descending = param.startswith("-")
        field = F(self.param_map[param[1:] if descending else param])
        return field.desc(nulls_last=True) if descending else field.asc(nulls_last=True)


class _SharedFields(dict):
    """A form's fields, read but never changed by a request: a form's "deep copy" of them is
    the same fields (BaseForm copies every field for every form)."""

    def __deepcopy__(self, memo):
        return dict(self)


class _SharedFilters(dict):
    """A FilterSet's filters, copied shallowly per request: each copy gets its own `parent`
    and `model`, and shares the rest (django-filter deep-copies every filter, its field,
    validators and choices, for every request)."""

    def __deepcopy__(self, memo):
        return {name: _copy_filter(f) for name, f in self.items()}


def _copy_filter(original: filters.Filter) -> filters.Filter:
    copied = copy.copy(original)
    if original.method is not None:
        copied.method = original.method  # a method filter calls its own FilterSet's method
    return copied


class ArchiveFilterSet(filters.FilterSet):
    """A FilterSet whose per-request set-up is a few dict copies: filters copied shallowly, the
    form class made once per FilterSet class, its fields shared by every form. Building them
    per request was 40% of the Python time of a page of articles (cProfile, bench_api); no
    filter here keeps request state in its field."""

    @classmethod
    def get_filters(cls):
        return _SharedFilters(super().get_filters())

    def get_form_class(self):
        form = type(self).__dict__.get("_form_class")
        if form is None:
            form = super().get_form_class()
            form.base_fields = _SharedFields(form.base_fields)
            type(self)._form_class = form
        return form


class ArticleFilter(ArchiveFilterSet):
    q = filters.CharFilter(
        method="filter_q",
        max_length=200,
        help_text='Full-text search (the site\'s search service): words, all required; "a phrase"; -excluded; '
        "`or` between alternatives. Any language and script; accents and Arabic letter forms optional. "
        "Results come by relevance (no `ordering`, no `cursor`); pages of at most 100.",
    )
    language = CodeFilter(**LANGUAGE, help_text="ISO 639-1 code of the article's language.")
    source = IdFilter(field_name="source_id", help_text="Id of the source (see /api/sources/).")
    published_after = PartialDateFilter(
        field_name="published",
        after=True,
        help_text="Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD. An article dated "
        "only to a month or a year matches when its period reaches the date.",
    )
    published_before = PartialDateFilter(
        field_name="published",
        after=False,
        help_text="Published on or before this date: YYYY (to the year's end), YYYY-MM (to the month's "
        "end) or YYYY-MM-DD. An article dated only to a month or a year matches when its period starts by then.",
    )
    person = IdFilter(method="filter_person", help_text="Id of a person the article names.")
    organization = IdFilter(method="filter_organization", help_text="Id of an organization the article names.")
    event = IdFilter(method="filter_event", help_text="Id of an event the article reports on or mentions.")
    series = IdFilter(method="filter_series", help_text="Id of an event series one of the article's events belongs to.")
    modified_since = ModifiedSinceFilter()
    ordering = NullsLastOrderingFilter(
        fields=(("published", "published"), ("id", "id"), ("updated_at", "modified"), ("title", "title")),
        help_text="Sort key; prefix with - for descending. Default: -published (undated articles last).",
    )

    class Meta:
        model = Article
        fields = []

    def filter_q(self, qs, name, value):
        # Validated here; applied by archive.api.pagination.SearchPagination, because the search service
        # ranks and pages by itself (it cannot be a plain filter on the query set).
        return qs

    def filter_person(self, qs, name, value):
        return qs.filter(_linked(ArticlePerson, "person", value))

    def filter_organization(self, qs, name, value):
        return qs.filter(_linked(ArticleOrganization, "organization", value))

    def filter_event(self, qs, name, value):
        return qs.filter(_linked(ArticleEvent, "event", value))

    def filter_series(self, qs, name, value):
        return qs.filter(_linked(ArticleEvent, "event__series", value))


class SourceFilter(ArchiveFilterSet):
    name = filters.CharFilter(lookup_expr="icontains", help_text="Part of the source's name, any case.")
    language = CodeFilter(**LANGUAGE, help_text="Usual language of the source (ISO 639-1).")
    ordering = OrderingFilter(fields=(("name", "name"), ("id", "id")), help_text="Sort key; - for descending.")

    class Meta:
        model = Source
        fields = []


class EventSeriesFilter(ArchiveFilterSet):
    organization = IdFilter(field_name="organization_id", help_text="Id of the organization that holds the meetings.")
    ordering = OrderingFilter(fields=(("name", "name"), ("id", "id")), help_text="Sort key; - for descending.")

    class Meta:
        model = EventSeries
        fields = []


def _participating(link_model, entity_field: str, value: int):
    """Events covered by an article that names the entity (both links standing)."""
    articles = link_model.objects.kept().filter(**{f"{entity_field}_id": value}).values("article_id")
    return Exists(ArticleEvent.objects.kept().filter(event=OuterRef("pk"), article_id__in=articles))


class EventFilter(ArchiveFilterSet):
    series = IdFilter(field_name="series_id", help_text="Id of the event series (see /api/series/).")
    ordinal = IntegerFilter(
        field_name="ordinal",
        min_value=1,
        max_value=2**31 - 1,
        help_text="Number of the session within its series (47 for the 47th).",
    )
    year = IntegerFilter(method="filter_year", min_value=1, max_value=9999, help_text="Year the event began.")
    country = CodeFilter(field_name="country", lookup_expr="iexact", **COUNTRY, help_text="ISO 3166-1 alpha-2 code.")
    city = filters.CharFilter(field_name="city", lookup_expr="iexact", help_text="City, as written (any case).")
    participant = IdFilter(
        method="filter_participant", help_text="Id of a person named in an article about or mentioning the event."
    )
    organization = IdFilter(
        method="filter_organization",
        help_text="Id of an organization named in an article about or mentioning the event.",
    )
    modified_since = ModifiedSinceFilter()
    ordering = NullsLastOrderingFilter(
        fields=(("start", "start"), ("ordinal", "ordinal"), ("name", "name"), ("id", "id"), ("updated_at", "modified")),
        help_text="Sort key; prefix with - for descending. Default: -start (undated events last).",
    )

    class Meta:
        model = Event
        fields = []

    def filter_year(self, qs, name, value):
        year = int(value)
        return qs.filter(start__gte=dt.date(year, 1, 1), start__lte=dt.date(year, 12, 31))

    def filter_participant(self, qs, name, value):
        return qs.filter(_participating(ArticlePerson, "person", value))

    def filter_organization(self, qs, name, value):
        return qs.filter(_participating(ArticleOrganization, "organization", value))


class NamedEntityFilter(ArchiveFilterSet):
    q = filters.CharFilter(
        method="filter_q",
        max_length=200,
        help_text="Any name form, in any script: every word must appear in one of its names. Accents, case, "
        "Arabic letter forms (hamza, alef, ta marbuta) and the article al- do not matter.",
    )
    review = filters.ChoiceFilter(
        choices=Review.choices,
        help_text="confirmed: curated by an editor or from the starter knowledge base; candidate: found by "
        "the importer, not yet reviewed.",
    )
    modified_since = ModifiedSinceFilter()
    ordering = OrderingFilter(
        fields=(("name", "name"), ("id", "id"), ("updated_at", "modified")),
        help_text="Sort key; prefix with - for descending. Default: name.",
    )

    def filter_q(self, qs, name, value):
        # The people app's one name search (people.search), as the admin uses it.
        return qs.search(value)


class PersonFilter(NamedEntityFilter):
    class Meta:
        model = Person
        fields = []


class OrganizationFilter(NamedEntityFilter):
    kind = filters.ChoiceFilter(choices=Organization.Kind.choices, help_text="What sort of body it is.")
    country = CodeFilter(field_name="country", lookup_expr="iexact", **COUNTRY, help_text="ISO 3166-1 alpha-2 code.")
    acronym = filters.CharFilter(field_name="acronym", help_text="Exact acronym (INTERPOL, UNODC), case-sensitive.")

    class Meta:
        model = Organization
        fields = []
