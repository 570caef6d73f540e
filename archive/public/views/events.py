from django.shortcuts import render

from archive.public import jsonld, selectors
from archive.public.views.common import get_or_404, redirect_to_canonical
from events.models import Event, EventSeries


def event_list(request):
    """The timeline: events by year, narrowed to one series with ?series=."""
    series_list = list(EventSeries.objects.public().order_by("name"))
    chosen = next((s for s in series_list if str(s.pk) == request.GET.get("series")), None)
    return render(
        request,
        "public/event_list.html",
        {"years": selectors.events_by_year(chosen), "series_list": series_list, "chosen_series": chosen},
    )


def event_detail(request, pk, slug=None):
    event = get_or_404(Event.objects.public().select_related("series__organization"), pk=pk)
    if redirect := redirect_to_canonical(request, event, slug, event.name):
        return redirect
    persons, organizations = selectors.event_participants(event)
    coverage, counts = selectors.event_coverage(event)
    previous, following = selectors.neighbour_sessions(event)
    return render(
        request,
        "public/event_detail.html",
        {
            "event": event,
            "persons": persons,
            "organizations": organizations,
            "coverage": [(language, articles, counts.get(language, 0)) for language, articles in coverage.items()],
            "previous": previous,
            "next": following,
            "recent": selectors.RECENT,
            "jsonld": jsonld.event(event, request.build_absolute_uri(event.get_absolute_url())),
        },
    )
