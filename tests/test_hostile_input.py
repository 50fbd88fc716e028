"""Whatever a client sends, the site answers in words and below 500, and writes nothing it should not.

Hypothesis sends odd paths, query strings, cookies, headers and form posts to every URL pattern of the
site (both languages, the admin, the machine-facing addresses), and keeps the smallest case that fails.
"""

import re
from urllib.parse import quote

import pytest
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from notices.active import HIDDEN_COOKIE

# Rows that an odd request may rightly write: a failed sign-in is recorded (django-axes).
ALLOWED_WRITES = {"axes_accessattempt", "axes_accessfailurelog", "axes_accesslog"}
PARAMETER = re.compile(r"<(?:\w+:)?\w+>|\(\?P<\w+>[^)]*\)")


def route_templates() -> list[str]:
    """Every URL pattern as a path with {} for each parameter, in German and in English."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = PARAMETER.sub("{}", str(pattern.pattern)).lstrip("^").rstrip("$").replace("\\", "")
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + route)
            elif isinstance(pattern, URLPattern):
                yield prefix + route

    templates = set()
    for language in ("de", "en"):
        with translation.override(language):
            templates |= set(walk(get_resolver().url_patterns, "/"))
    return sorted(templates)


def as_wsgi(text: str) -> str:
    """A header as a WSGI server hands it on: the bytes of its UTF-8, read as Latin-1."""
    return text.encode("utf-8", "replace").decode("latin-1")


TEMPLATES = route_templates()
odd_text = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    st.sampled_from(["١.١", "１２", "0.0", "-1", "99999999999999999999", "../../etc/passwd", "%00", "ä ö"]),
)
odd_bytes = st.binary(max_size=20).map(lambda raw: quote(raw, safe=""))
fields = st.dictionaries(
    st.sampled_from(["q", "year", "partnership", "notice", "next", "page", "message"]) | odd_text,
    odd_text,
    max_size=4,
)
cookie_names = st.sampled_from([HIDDEN_COOKIE, "sessionid", "csrftoken", "django_language"])
header_names = st.sampled_from(
    [
        "HTTP_ACCEPT_LANGUAGE",
        "HTTP_REFERER",
        "HTTP_ORIGIN",
        "HTTP_X_FORWARDED_PROTO",
        "HTTP_RANGE",
        "HTTP_IF_MODIFIED_SINCE",
        "HTTP_IF_NONE_MATCH",
        "HTTP_ACCEPT",
        "HTTP_X_REQUESTED_WITH",
        "HTTP_USER_AGENT",
    ]
)


def writes() -> dict:
    """Rows inserted, updated or deleted by this test's transaction so far, per table."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables "
            "WHERE n_tup_ins + n_tup_upd + n_tup_del > 0"
        )
        return dict(cursor.fetchall())


def assert_answered_in_words(response):
    assert response.status_code < 500, response.content[:300]
    for value in response.headers.values():
        value.encode("latin-1")  # WSGI can carry it; gunicorn answers a bare 500 otherwise
    for cookie in response.cookies.values():
        cookie.OutputString().encode("ascii")


@pytest.fixture(scope="module")
def visitor():
    return Client(raise_request_exception=False)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    template=st.sampled_from(TEMPLATES),
    values=st.lists(st.one_of(odd_text, odd_bytes), min_size=4, max_size=4),
    method=st.sampled_from(["get", "post", "head"]),
    data=fields,
    cookies=st.dictionaries(cookie_names, odd_text, max_size=2),
    headers=st.dictionaries(
        header_names, odd_text.map(lambda s: s.encode("utf-8", "replace").decode("latin-1")), max_size=3
    ),
)
@example(
    template="/notices/hide/", values=[""] * 4, method="post", data={"notice": "١.١"}, cookies={}, headers={}
)
@example(
    template="/de/", values=[""] * 4, method="get", data={}, cookies={HIDDEN_COOKIE: "١.١_１.２"}, headers={}
)
# A session cookie with a NUL byte once reached PostgreSQL, which refused it: a 500 (operations.sessions).
@example(
    template="/admin/", values=[""] * 4, method="get", data={}, cookies={"sessionid": "\x00" * 9}, headers={}
)
def test_no_request_gets_a_server_error_or_writes_what_it_should_not(
    visitor, city_content, template, values, method, data, cookies, headers
):
    path = template.format(*[quote(value, safe="%") for value in values[: template.count("{}")]])
    cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
    visitor.cookies.clear()
    before = writes()
    response = getattr(visitor, method)(path, data, HTTP_COOKIE=as_wsgi(cookie), **headers)
    assert_answered_in_words(response)
    written = {table: rows - before.get(table, 0) for table, rows in writes().items()}
    assert {table for table, rows in written.items() if rows} <= ALLOWED_WRITES


def test_every_kind_of_address_is_tried():
    assert {"/de/", "/en/", "/healthz", "/notices/hide/", "/de/partnerschaften/{}/", "/en/search/"} <= set(
        TEMPLATES
    )
    assert any(template.startswith("/admin/") for template in TEMPLATES)
