"""The site's settings, and a kind of content that exists only in the tests (tests.contract)."""

from arnsberg_site.settings import *  # noqa: F403
from arnsberg_site.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.contract"]
ROOT_URLCONF = "tests.urls"
# No request leaves the machine: the link checker asks other sites only where a test starts one.
LINK_CHECK_EXTERNAL = False
# Visit counts stay in memory until a test adds them to the database (visits.counting.flush).
VISITS_FLUSH_SECONDS = 10**9
