from django.contrib import admin
from django.urls import include, path

from public.urls import sitemap_patterns

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    *sitemap_patterns,
    path("", include("public.urls")),
]

# JSON under /api/, the public site's page elsewhere.
handler404 = "api.errors.not_found"
