import os
import subprocess
import sys

import pytest
from django.conf import settings

from arnsberg_site.db import parse_database_url

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "partnerschaften.arnsberg.de",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://partnerschaften.arnsberg.de",
    # Never connected to by these checks: only parsed.
    "DATABASE_URL": "postgres://arnsberg@127.0.0.1:5432/arnsberg",
}


def run_python(code: str, **env_changes) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(PRODUCTION_ENV)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


IMPORT_SETTINGS = "import arnsberg_site.settings"


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"])
def test_production_start_stops_with_one_line_when_a_required_setting_is_missing(missing):
    result = run_python(IMPORT_SETTINGS, **{missing: None})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()], "one line, no traceback"
    assert f"{missing} is not set" in result.stderr


def test_debug_starts_without_secret_key_or_hosts():
    result = run_python(
        "import arnsberg_site.settings as s; print(s.DEBUG, s.ALLOWED_HOSTS)",
        DJANGO_DEBUG="1",
        DJANGO_SECRET_KEY=None,
        DJANGO_ALLOWED_HOSTS=None,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("True ['127.0.0.1'")


def test_debug_is_off_unless_asked_for():
    result = run_python("import arnsberg_site.settings as s; print(s.DEBUG)", DJANGO_DEBUG=None)
    assert result.stdout.strip() == "False"


def test_a_database_other_than_postgresql_is_refused_with_a_clear_message():
    result = run_python(IMPORT_SETTINGS, DATABASE_URL="sqlite:///db.sqlite3")
    assert result.returncode == 1
    assert "PostgreSQL only" in result.stderr
    assert "Traceback" not in result.stderr


def test_deploy_check_is_clean_with_production_values():
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line;"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        DJANGO_SETTINGS_MODULE="arnsberg_site.settings",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_database_url_is_read_into_django_settings():
    config = parse_database_url("postgresql://city:s%40cret@db.example:6543/partners?sslmode=require")
    assert config["ENGINE"] == "arnsberg_site.db"
    assert (config["NAME"], config["USER"], config["PASSWORD"]) == ("partners", "city", "s@cret")
    assert (config["HOST"], config["PORT"]) == ("db.example", "6543")
    assert config["OPTIONS"] == {"sslmode": "require"}


def test_database_url_accepts_a_socket_folder_as_host():
    config = parse_database_url("postgres://postgres@/partners?host=/run/postgresql")
    assert config["HOST"] == "/run/postgresql"
    assert config["OPTIONS"] == {}


@pytest.mark.parametrize(("debug", "seconds"), [("1", "0"), (None, "600")])
def test_the_page_cache_is_off_with_debug_where_templates_change_under_the_server(debug, seconds):
    result = run_python("import arnsberg_site.settings as s; print(s.PAGE_CACHE_SECONDS)", DJANGO_DEBUG=debug)
    assert result.stdout.strip() == seconds, result.stderr


@pytest.mark.django_db
def test_a_query_run_again_on_a_connection_is_planned_once():
    """The pages' queries are planned by the server once per connection (DATABASE_PREPARE_THRESHOLD),
    with the publication check's date and time as a parameter, not part of the text."""
    from django.db import connection

    from partnerships.models import Partnership

    for _ in range(3):
        list(Partnership.objects.published())
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any('FROM "partnerships_partnership"' in statement and "$1" in statement for statement in prepared)


def test_prepared_statements_can_be_turned_off_for_a_pooler():
    code = "import arnsberg_site.settings as s; print(sorted(s.DATABASES['default']['OPTIONS']))"
    assert "prepare_threshold" not in run_python(code, DATABASE_PREPARE_THRESHOLD="0").stdout
    assert "'prepare_threshold', 'server_side_binding'" in run_python(code).stdout


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, "https://partnerschaften.arnsberg.de"),
        ({"DJANGO_SITE_URL": "https://www.arnsberg.de/"}, "https://www.arnsberg.de"),
        ({"DJANGO_HTTPS": "0", "DJANGO_ALLOWED_HOSTS": ".arnsberg.de,x"}, "http://arnsberg.de"),
    ],
)
def test_the_site_address_is_configured_or_the_first_allowed_host(changes, expected):
    result = run_python("import arnsberg_site.settings as s; print(s.SITE_URL)", **changes)
    assert result.stdout.strip() == expected, result.stderr


def test_a_site_address_with_a_path_stops_start_up_with_one_line():
    result = run_python(IMPORT_SETTINGS, DJANGO_SITE_URL="partnerschaften.arnsberg.de/de/")
    assert result.returncode == 1 and "DJANGO_SITE_URL must be a scheme and a host" in result.stderr


@pytest.mark.parametrize(("behind_proxy", "trusted"), [("1", True), ("0", False)])
def test_x_forwarded_proto_is_believed_only_behind_the_proxy(behind_proxy, trusted):
    code = "import arnsberg_site.settings as s; print(s.SECURE_PROXY_SSL_HEADER)"
    result = run_python(code, DJANGO_BEHIND_PROXY=behind_proxy)
    assert (result.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')") is trusted, result.stderr


def test_gunicorn_leaves_the_forwarded_scheme_to_the_site():
    """gunicorn would itself take X-Forwarded-Proto from a client on loopback as the request's scheme."""
    code = "import runpy; print(runpy.run_path('gunicorn.conf.py')['secure_scheme_headers'])"
    result = run_python(code)
    assert result.stdout.strip() == "{}", result.stderr
