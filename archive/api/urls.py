"""/api/: the resources, the OpenAPI schema, and its documentation (Swagger UI and Redoc,
served from local files by drf-spectacular-sidecar: no CDN)."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from archive.api.views.articles import ArticleViewSet
from archive.api.views.entities import OrganizationViewSet, PersonViewSet
from archive.api.views.events import EventSeriesViewSet, EventViewSet
from archive.api.views.sources import SourceViewSet

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False
router.register("articles", ArticleViewSet, basename="article")
router.register("sources", SourceViewSet, basename="source")
router.register("series", EventSeriesViewSet, basename="series")
router.register("events", EventViewSet, basename="event")
router.register("persons", PersonViewSet, basename="person")
router.register("organizations", OrganizationViewSet, basename="organization")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("docs/redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    *router.urls,
]
