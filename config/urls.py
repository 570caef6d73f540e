from django.contrib import admin
from django.urls import include, path

from public.urls import sitemap_patterns

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    *sitemap_patterns,
    path("", include("public.urls")),
]

handler404 = "public.views.discovery.page_not_found"
