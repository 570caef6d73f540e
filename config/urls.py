from django.contrib import admin
from django.urls import include, path

from archive import admin_views
from archive.public.urls import sitemap_patterns

urlpatterns = [
    # The editors' pages, under the admin and behind its login.
    path("admin/review/", admin.site.admin_view(admin_views.review_queue), name="archive_review_queue"),
    path("admin/review/act/", admin.site.admin_view(admin_views.review_act), name="archive_review_act"),
    path("admin/dashboard/", admin.site.admin_view(admin_views.dashboard), name="archive_dashboard"),
    path("admin/", admin.site.urls),
    path("api/", include("archive.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    *sitemap_patterns,
    path("", include("archive.public.urls")),
]

# JSON under /api/, the public site's page elsewhere.
handler404 = "archive.api.errors.not_found"
