"""The article list's filters, kept in the query string so that every filtered page has an address."""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Source
from events.models import Event, EventSeries
from people.models import Organization, Person

LANGUAGE_CHOICES = [("fr", _("French")), ("ar", _("Arabic")), ("en", _("English"))]


def _linked(link_model, field: str):
    """Articles with a standing link to the chosen entity: a subquery, never a join that would
    repeat an article."""

    def method(queryset, name, value):
        if not value:
            return queryset
        links = link_model.objects.kept().filter(**{field: value})
        return queryset.filter(id__in=links.values("article_id"))

    return method


class ArticleFilter(django_filters.FilterSet):
    language = django_filters.ChoiceFilter(choices=LANGUAGE_CHOICES, label=_("Language"), empty_label=_("All"))
    source = django_filters.ModelChoiceFilter(
        queryset=Source.objects.order_by("name"), label=_("Source"), empty_label=_("All")
    )
    date_from = django_filters.DateFilter(
        field_name="published", lookup_expr="gte", label=_("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        field_name="published", lookup_expr="lte", label=_("To"), widget=forms.DateInput(attrs={"type": "date"})
    )
    series = django_filters.ModelChoiceFilter(
        queryset=EventSeries.objects.public().order_by("name"),
        label=_("Event series"),
        empty_label=_("All"),
        method=_linked(ArticleEvent, "event__series"),
    )
    # Chosen by following a link (a person's page, an event's coverage): hidden, shown as a chip.
    person = django_filters.ModelChoiceFilter(
        queryset=Person.objects.public(),
        widget=forms.HiddenInput,
        method=_linked(ArticlePerson, "person"),
    )
    organization = django_filters.ModelChoiceFilter(
        queryset=Organization.objects.public(),
        widget=forms.HiddenInput,
        method=_linked(ArticleOrganization, "organization"),
    )
    event = django_filters.ModelChoiceFilter(
        queryset=Event.objects.all(), widget=forms.HiddenInput, method=_linked(ArticleEvent, "event")
    )

    class Meta:
        model = Article
        fields: list[str] = []

    def chosen_entities(self) -> list[tuple[str, object]]:
        """The person, organization or event the list is narrowed to, for the chips."""
        data = self.form.cleaned_data if self.form.is_valid() else {}
        return [(name, data[name]) for name in ("person", "organization", "event") if data.get(name)]
