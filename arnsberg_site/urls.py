from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy

from core import contributions, views
from offline.views import OfflineView, ServiceWorkerView
from publishing import views as publishing_views
from search.views import SearchView
from workplace import password_reset

# Outside the language prefix: machine-facing URLs and the admin (which follows the browser's language).
urlpatterns = [
    # Staff who forgot their password get a link by e-mail (the admin's sign-in page offers it).
    path(
        f"{settings.ADMIN_PATH}password_reset/",
        password_reset.PasswordResetView.as_view(),
        name="admin_password_reset",
    ),
    path(
        f"{settings.ADMIN_PATH}password_reset/done/",
        auth.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        f"{settings.ADMIN_PATH}reset/<uidb64>/<token>/",
        auth.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        f"{settings.ADMIN_PATH}reset/done/",
        auth.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(settings.ADMIN_PATH, admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.RobotsView.as_view(), name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    # At the root, so that the worker may serve the pages of every language (offline app).
    path("sw.js", ServiceWorkerView.as_view(), name="service_worker"),
    # Each app contributes its sitemap when it is ready (see core.contributions).
    path("sitemap.xml", sitemap, {"sitemaps": contributions.sitemaps()}, name="sitemap"),
    path("notices/", include("notices.urls")),
]

# Uploads answer as their object's rule says (uploads.media_access), whoever sends the bytes.
urlpatterns.append(re_path(r"^media/(?P<path>.*)$", publishing_views.media, name="media"))

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path(pgettext_lazy("URL", "search/"), SearchView.as_view(), name="search"),
    # Path segments are translated: /de/partnerschaften/… and /en/partnerships/…
    path(pgettext_lazy("URL", "partnerships/"), include("partnerships.urls")),
    path(pgettext_lazy("URL", "timeline/"), include("milestones.urls")),
    path(pgettext_lazy("URL", "themes/"), include("partnerships.theme_urls")),
    path(pgettext_lazy("URL", "stories/"), include("stories.urls")),
    path(pgettext_lazy("URL", "events/"), include("events.urls")),
    path(pgettext_lazy("URL", "events/"), include("calendars.urls")),
    path(pgettext_lazy("URL", "sign-up/"), include("signups.urls")),
    path(pgettext_lazy("URL", "report-a-barrier/"), include("feedback.urls")),
    path(pgettext_lazy("URL", "alerts/"), include("alerts.urls")),
    path(pgettext_lazy("URL", "offline/"), OfflineView.as_view(), name="offline"),
    # Last: a page's own address is one segment, e.g. /de/impressum/.
    path("", include("pages.urls")),
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
