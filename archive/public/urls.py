from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from archive.public import feeds
from archive.public.sitemaps import SITEMAPS
from archive.public.views import articles, discovery, entities, events, home

app_name = "public"

urlpatterns = [
    path("", home.home, name="home"),
    path("articles/", articles.article_list, name="article_list"),
    path("articles/<int:pk>/", articles.article_detail, name="article_detail_short"),
    path("articles/<int:pk>-<str:slug>/", articles.article_detail, name="article_detail"),
    path("events/", events.event_list, name="event_list"),
    path("events/<int:pk>/", events.event_detail, name="event_detail_short"),
    path("events/<int:pk>-<str:slug>/", events.event_detail, name="event_detail"),
    path("events/<int:pk>/feed/", feeds.EventFeed(), name="event_feed"),
    path("people/", entities.entity_list, {"kind": "person"}, name="person_list"),
    path("people/<int:pk>/", entities.entity_detail, {"kind": "person"}, name="person_detail_short"),
    path("people/<int:pk>-<str:slug>/", entities.entity_detail, {"kind": "person"}, name="person_detail"),
    path("people/<int:pk>/feed/", feeds.PersonFeed(), name="person_feed"),
    path("organizations/", entities.entity_list, {"kind": "organization"}, name="organization_list"),
    path("organizations/<int:pk>/", entities.entity_detail, {"kind": "organization"}, name="organization_detail_short"),
    path(
        "organizations/<int:pk>-<str:slug>/",
        entities.entity_detail,
        {"kind": "organization"},
        name="organization_detail",
    ),
    path("organizations/<int:pk>/feed/", feeds.OrganizationFeed(), name="organization_feed"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed_latest"),
    path("robots.txt", discovery.robots_txt, name="robots"),
]

# At the root of the site, outside the app's namespace: crawlers expect these names.
sitemap_patterns = [
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
]
