from django.urls import path

from archive import views

app_name = "archive"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article_list"),
    path("articles/<int:pk>/", views.ArticleDetailView.as_view(), name="article_detail"),
]
