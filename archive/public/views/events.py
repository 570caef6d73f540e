from django.shortcuts import render

from archive import selectors as shared
from archive.public import jsonld, selectors
from archive.public.pagination import SeekOrder, seek_page
from archive.public.views.common import get_or_404, redirect_to_canonical
from events.models import Event, EventSeries

# Newest first, undated last; a page of EVENTS_PER_PAGE read by seeking (see pagination).
EVENT_ORDER = SeekOrder(Event, "start", descending=True)
EVENTS_PER_PAGE = 30


def event_list(request):
    """The timeline: events by year, a page at a time, narrowed to one series with ?series=."""
    series_list = list(EventSeries.objects.public().order_by("name"))
    chosen = next((s for s in series_list if str(s.pk) == request.GET.get("series")), None)
    events = Event.objects.public().with_series()
    if chosen is not None:
        events = events.filter(series=chosen)
    page = seek_page(
        events,
        EVENT_ORDER,
        after=request.GET.get("after"),
        before=request.GET.get("before"),
        number=request.GET.get("n"),
        per_page=EVENTS_PER_PAGE,
        count=False,
    )
    query = request.GET.copy()
    for key in ("after", "before", "n"):
        query.pop(key, None)
    return render(
        request,
        "public/event_list.html",
        {
            "years": selectors.by_year(page.items),
            "page": page,
            "query_string": query.urlencode(),
            "series_list": series_list,
            "chosen_series": chosen,
        },
    )


def event_detail(request, pk, slug=None):
    event = get_or_404(Event.objects.public().select_related("series__organization"), pk=pk)
    if redirect := redirect_to_canonical(request, event, slug, event.name):
        return redirect
    sample = shared.recent_article_ids("event", event)
    persons, organizations = shared.event_participants(sample)
    coverage, counts = selectors.event_coverage(event, sample)
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
            "recent": shared.RECENT,
            "jsonld": jsonld.event(event, request.build_absolute_uri(event.get_absolute_url())),
        },
    )
