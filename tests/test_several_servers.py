"""Two gunicorn instances, as on two servers, against one PostgreSQL and one Redis: an edit through
one is on the other's pages at the next request (the page cache lives in Redis)."""

import http.cookiejar
import socket
import urllib.parse
import urllib.request

import pytest

from tests.admin_forms import form_values
from tests.drills import stack

pytestmark = pytest.mark.django_db(databases=[])  # the servers bring their own database


def redis_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


class Editor:
    """A browser signed in to the admin of one instance."""

    def __init__(self, base: str, username: str, password: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.send("/admin/login/", "login-form", username=username, password=password)

    def send(self, path: str, form_id: str, **changes) -> int:
        """GET the form at `path`, change some fields, POST it back; the final status."""
        html = self.opener.open(self.base + path, timeout=15).read().decode()
        data = form_values(html, form_id)
        data.update({name: [value] for name, value in changes.items()})
        body = urllib.parse.urlencode(data, doseq=True).encode()
        request = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path})
        return self.opener.open(request, timeout=15).status


@pytest.mark.skipif(not redis_reachable(), reason="no Redis at 127.0.0.1:6379")
def test_an_edit_through_one_server_is_on_the_others_pages_at_the_next_request(drill_database):
    pk = drill_database.manage("shell", "-c", CREATE_EDITOR).split()[-1]
    redis = {"REDIS_URL": "redis://127.0.0.1:6379/7"}
    first, second = (stack.Gunicorn(drill_database.url, workers=2, **redis) for _ in range(2))
    try:
        page = "/de/partnerschaften/morogoro/"
        assert "Morogoro-Stadt" not in stack.fetch(second.url + page)[2].decode()  # now in the cache
        editor = Editor(first.url, "zweiserver", "zwei-server-2026")
        change = f"/admin/partnerships/partnership/{pk}/change/"
        assert (
            editor.send(change, "partnership_form", city_de="Morogoro-Stadt") == 200
        )  # the list, after saving
        assert "Morogoro-Stadt" in stack.fetch(second.url + page)[2].decode()
    finally:
        first.stop()
        second.stop()


CREATE_EDITOR = """
from django.contrib.auth import get_user_model
from partnerships.models import Partnership
User = get_user_model()
if not User.objects.filter(username="zweiserver").exists():
    User.objects.create_superuser("zweiserver", "zwei@example.org", "zwei-server-2026")
print(Partnership.objects.get(slug_de="morogoro").pk)
"""
