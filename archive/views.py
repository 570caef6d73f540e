"""Public pages: published articles only. (The full public site is its own issue.)"""

from django.views.generic import DetailView, ListView

from archive.models import Article


class ArticleListView(ListView):
    paginate_by = 50
    template_name = "archive/article_list.html"

    def get_queryset(self):
        return Article.objects.published().select_related("source")


class ArticleDetailView(DetailView):
    template_name = "archive/article_detail.html"

    def get_queryset(self):
        return Article.objects.published().with_entities()
