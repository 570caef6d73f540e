from django.shortcuts import render

from archive.models import Article
from archive.public import jsonld, selectors
from archive.public.filters import ArticleFilter
from archive.public.pagination import PER_PAGE, SeekOrder, elided_range, page_number, page_of, seek_page
from archive.public.views.common import get_or_404, redirect_to_canonical, web_link
from archive.search.service import search_articles

# Newest first, undated last: the order of the article_newest_first index.
ARTICLE_ORDER = SeekOrder(Article, "published", descending=True)


def article_list(request):
    """Articles, filtered in the query string; with `q`, the search's ranked hits and snippets."""
    filters = ArticleFilter(request.GET, queryset=selectors.public_articles().select_related("source"))
    q = request.GET.get("q", "").strip()
    results = None
    if q:
        number = page_number(request.GET.get("page"))
        results = search_articles(q=q, queryset=filters.qs, offset=(number - 1) * PER_PAGE, limit=PER_PAGE)
        page = page_of(range(results.reachable), number)
        if page.number != number and results.reachable:  # past the end: the last page instead
            results = search_articles(q=q, queryset=filters.qs, offset=page.start_index() - 1, limit=PER_PAGE)
        items = [(hit.article, hit.snippet) for hit in results.hits]
        page_range = elided_range(page)
    else:
        page = seek_page(
            filters.qs.defer(*selectors.TEXTS),
            ARTICLE_ORDER,
            after=request.GET.get("after"),
            before=request.GET.get("before"),
            number=request.GET.get("n"),
        )
        items = [(article, None) for article in page.items]
        page_range = None
    query = request.GET.copy()
    for key in ("page", "after", "before", "n"):
        query.pop(key, None)
    return render(
        request,
        "public/article_list.html",
        {
            "filters": filters,
            "q": q,
            "results": results,
            "items": items,
            "page": page,
            "page_range": page_range,
            "query_string": query.urlencode(),
            "chosen": filters.chosen_entities(),
        },
    )


def article_detail(request, pk, slug=None):
    article = get_or_404(selectors.article_queryset(), pk=pk)
    if redirect := redirect_to_canonical(request, article, slug, article.title):
        return redirect
    return render(
        request,
        "public/article_detail.html",
        {
            "article": article,
            "original_url": web_link(article.url),
            "other_languages": selectors.other_language_coverage(article),
            "copies": selectors.story_copies(article),
            "jsonld": jsonld.news_article(article, request.build_absolute_uri(article.get_absolute_url())),
        },
    )
