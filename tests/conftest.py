import io
import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import connections


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Pages name hashed static files, which only exist after collectstatic (`make test` runs it)."""
    if not (settings.STATIC_ROOT / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def database_for_every_page(db):
    """Every page reads the database, so every test may."""


@pytest.fixture(autouse=True)
def empty_cache(settings):
    """Every test starts with an empty cache in memory, not with the files a running site uses."""
    locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}
    settings.CACHES = {**settings.CACHES, "default": locmem}
    cache.clear()
    caches["pages_in_this_worker"].clear()


@pytest.fixture
def city_content():
    """The content a fresh install ships: the introduction and the three partnerships."""
    output = io.StringIO()
    call_command("load_city_content", stdout=output)
    return output.getvalue()


@pytest.fixture
def partner_languages(settings):
    """Kiswahili and Romanian switched on, as DJANGO_LANGUAGE_SW=1 and DJANGO_LANGUAGE_RO=1 do."""
    settings.LANGUAGES = settings.CONTENT_LANGUAGES
    return [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what the code defers until its transaction commits (file removal)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """`make mutants` runs the tests from mutmut's copy in mutants/, perhaps while `make test` runs:
    it keeps a test database of its own."""
    if settings.BASE_DIR.name == "mutants":
        connections["default"].settings_dict["TEST"]["NAME"] = "test_mutants"


@pytest.fixture(autouse=True)
def site_address(settings):
    """The test client's host is the site's configured address (DJANGO_SITE_URL)."""
    settings.SITE_URL = "http://testserver"


@pytest.fixture(autouse=True)
def quick_password_hashing(settings):
    """Sign-in tests hash many passwords; the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


from tests.drills import stack  # noqa: E402


@pytest.fixture(scope="module")
def drill_database(drill_folder):
    """A PostgreSQL of the drills' own, with the site's tables and the city's content."""
    database = stack.Database.with_content(drill_folder)
    yield database
    database.close()


@pytest.fixture(scope="module")
def drill_folder():
    """Under var/, not pytest's temporary folder: pgserver runs PostgreSQL as its own user, who must
    enter the folder, and pytest makes its temporary folders private again at each run."""
    (settings.BASE_DIR / "var").mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="drill-", dir=settings.BASE_DIR / "var"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
