"""URL map: admin and machine files without a language prefix, every visitor page under /<lang>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.views import serve as wagtail_serve

from home.sitemaps import TargetPagesSitemap, TranslatedPagesSitemap
from home.views import robots_txt, search, switch_language, web_manifest

handler404 = "home.views.page_not_found"

handler500 = "r4blp.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("i18n/switch/<str:language_code>/", switch_language, name="switch_language"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": TranslatedPagesSitemap, "targets": TargetPagesSitemap}},
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("manifest.webmanifest", web_manifest, name="web_manifest"),
    # Data files a page serves as routable subpages (e.g. /en/regions/regions.csv,
    # /en/events/calendar.ics): Wagtail's own pattern only matches paths ending in a slash.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.(?:csv|json|ics))$", wagtail_serve, name="wagtail_serve_file"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
