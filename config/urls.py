from django.contrib import admin
from django.urls import include, path

from archive import admin_views

urlpatterns = [
    # The editors' pages, under the admin and behind its login.
    path("admin/review/", admin.site.admin_view(admin_views.review_queue), name="archive_review_queue"),
    path("admin/review/act/", admin.site.admin_view(admin_views.review_act), name="archive_review_act"),
    path("admin/dashboard/", admin.site.admin_view(admin_views.dashboard), name="archive_dashboard"),
    path("admin/", admin.site.urls),
    path("", include("archive.urls")),
]
