from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from arnsberg_site.urls import *  # noqa: F403 (the handlers)
from arnsberg_site.urls import urlpatterns as site

urlpatterns = [*site, *i18n_patterns(path("ausfluege/", include("tests.contract.views")))]
