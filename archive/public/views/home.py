from django.shortcuts import render

from archive.public import selectors
from archive.public.charts import coverage_chart


def home(request):
    """Search box, latest articles, recent events, most mentioned persons and organizations,
    coverage over time."""
    return render(
        request,
        "public/home.html",
        {
            "latest": selectors.listed_articles().filter(published__isnull=False)[:8],
            "events": selectors.recent_events(),
            "persons": selectors.most_mentioned("person"),
            "organizations": selectors.most_mentioned("organization"),
            "chart": coverage_chart(selectors.coverage_by_year()),
        },
    )
