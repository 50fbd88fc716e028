"""The site under real faults, as an operator would cause them: its own PostgreSQL stopped and frozen
under gunicorn, gunicorn killed, slow clients, nginx in front (scripts/stack.py)."""

import json
import shutil
import signal
import time
import urllib.error
import urllib.request

import pytest

from tests.drills import proxy_check, stack
from uploads.media_access import SANDBOX

pytestmark = pytest.mark.django_db(databases=[])  # the drills bring their own database


@pytest.fixture
def site(drill_database):
    gunicorn = stack.Gunicorn(drill_database.url, workers=2)
    yield gunicorn
    if gunicorn.process.poll() is None:
        gunicorn.stop()


def timed(url):
    started = time.monotonic()
    status, headers, body = stack.fetch(url)
    return status, headers, time.monotonic() - started


@pytest.mark.parametrize("fault", ["stop", "freeze"])
def test_pages_answer_503_within_seconds_while_the_database_is_away_and_recover_by_themselves(
    site, drill_database, fault
):
    assert stack.fetch(site.url + "/de/")[0] == 200
    getattr(drill_database, fault)()
    try:
        # Pages that are not in the page cache (a query string it has not seen) need the database.
        for path in [f"/de/?{fault}=1", f"/en/timeline/?{fault}=2", f"/de/?{fault}=3"]:
            status, headers, seconds = timed(site.url + path)
            assert (status, headers.get("Retry-After")) == (503, "30")
            assert seconds < 5
        assert stack.fetch(site.url + "/de/")[0] == 200, "a page in the cache is still there"
        status, _, seconds = timed(site.url + "/healthz")
        assert status == 503 and seconds < 5
        assert stack.fetch(site.url + "/robots.txt")[0] == 200
        assert stack.fetch(site.url + "/favicon.ico")[0] == 200  # its redirect, followed to the static file
    finally:
        {"stop": drill_database.start, "freeze": drill_database.thaw}[fault]()
    stack.wait_until(lambda: stack.fetch(site.url + "/de/")[0] == 200, 5, "recovery")
    assert stack.fetch(site.url + "/healthz")[0] == 200
    log = open(site.log.name).read()
    assert "Traceback" not in log
    assert "Service Unavailable: /de/ (database unavailable:" in log


def test_with_only_the_postmaster_frozen_every_health_check_says_503_within_seconds(site, drill_database):
    """The workers' open connections still answer; a monitor must learn that no new one can be made,
    from every worker alike, and that the server takes them again once it is thawed."""
    for _ in range(4):  # each of the two workers opens its connection
        assert stack.fetch(site.url + f"/de/suche/?q={_}")[0] == 200
    drill_database.freeze_postmaster()
    try:
        answers = [timed(site.url + "/healthz") for _ in range(4)]
    finally:
        drill_database.thaw()
    assert [status for status, _, _ in answers] == [503] * 4
    assert max(seconds for _, _, seconds in answers) < 5
    stack.wait_until(lambda: stack.fetch(site.url + "/healthz")[0] == 200, 5, "recovery")


def test_the_embedded_database_stops_with_gunicorn_even_after_a_worker_was_killed(drill_folder, monkeypatch):
    """gunicorn's master, not its workers, holds the embedded server (gunicorn.conf.py)."""
    import psutil

    data = drill_folder / "embedded"  # not the one this test run may use
    monkeypatch.setenv("DATABASE_EMBEDDED_DIR", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    site = stack.Gunicorn("", workers=2)
    assert json.loads((data / ".handle_pids.json").read_text()) == [site.process.pid]
    master = psutil.Process(site.process.pid)
    worker = master.children()[0]
    worker.send_signal(signal.SIGKILL)
    stack.wait_until(
        lambda: len(master.children()) == 2 and worker not in master.children(), 10, "a new worker"
    )
    assert stack.fetch(site.url + "/healthz")[0] == 200
    site.stop()
    assert not (data / "postmaster.pid").exists()


@pytest.mark.skipif(not shutil.which("nginx"), reason="Debian's nginx is not installed (.ci/run installs it)")
def test_behind_nginx_slow_clients_block_nobody_and_pages_stay_readable_while_the_site_is_down(
    drill_database, tmp_path
):
    results = proxy_check.run(drill_database, tmp_path)
    assert None in results["direct"], "without nginx, 50 slow clients tie up the two workers"
    assert None not in results["proxied"]
    assert max(results["proxied"]) < 1
    for key in ["database_stopped", "gunicorn_stopped"]:
        assert [status for status, _, _ in results[key]] == [200] * len(proxy_check.PAGES)
        # From nginx's cache: fresh (the site's own page cache answered meanwhile) or stale.
        assert {headers["X-Cache-Status"] for _, headers, _ in results[key]} <= {"HIT", "STALE", "UPDATING"}
    assert results["static"][0] == 200


def test_gunicorn_answers_odd_input_in_words(site):
    """What once made gunicorn answer a bare 500: a hiding token in Arabic-Indic digits, whose cookie
    could not be sent; and cookies and headers in bytes that are no UTF-8."""
    request = urllib.request.Request(site.url + "/notices/hide/", data="notice=١.١".encode(), method="POST")
    try:
        urllib.request.urlopen(request, timeout=10)
        status = 200
    except urllib.error.HTTPError as error:
        status = error.code
    assert status == 400
    for headers in [{"Cookie": "hidden_notices=\xd9\xa1.\xd9\xa1"}, {"Accept-Language": "\xff\xfe"}]:
        assert stack.fetch(site.url + "/de/", headers=headers)[0] == 200


def test_a_drills_database_stops_when_the_drill_ends_even_after_a_restart_by_hand(drill_folder):
    import psutil

    database = stack.Database(drill_folder / "restarted")
    database.stop()
    database.start()  # as the drills do after an outage: pgserver knows nothing of this server
    postmaster = int((database.folder / "postmaster.pid").read_text().split()[0])
    database.close()
    assert not (database.folder / "postmaster.pid").exists()
    assert not psutil.pid_exists(postmaster) or psutil.Process(postmaster).status() == psutil.STATUS_ZOMBIE


MAKE_FILES = """
from django.core.files.uploadedfile import SimpleUploadedFile
from uploads.models import Download
from partnerships.models import Partnership
from tests.factories import make_partnership, pdf_bytes
for published in (True, False):
    town = make_partnership(published=published)
    download = Download.objects.create(
        attached_to=town, title_de="Bericht", file=SimpleUploadedFile("b.pdf", pdf_bytes())
    )
    print(download.file.name)
"""


@pytest.mark.skipif(not shutil.which("nginx"), reason="Debian's nginx is not installed (.ci/run installs it)")
def test_behind_nginx_a_file_answers_as_its_object_does_and_the_files_folder_is_out_of_reach(
    drill_database, tmp_path
):
    public, draft = drill_database.manage("shell", "-c", MAKE_FILES).split()[-2:]
    gunicorn = stack.Gunicorn(drill_database.url, workers=1, DJANGO_SERVE_MEDIA="0")
    nginx = stack.Nginx(f"127.0.0.1:{gunicorn.port}", tmp_path / "nginx")
    try:
        status, headers, body = stack.fetch(f"{nginx.url}/media/{public}")
        assert status == 200 and body.startswith(b"%PDF-")
        assert headers["Content-Disposition"] == 'attachment; filename="bericht.pdf"'
        assert headers["Content-Security-Policy"] == SANDBOX, "deploy/nginx.conf repeats the site's sandbox"
        assert stack.fetch(f"{nginx.url}/media/{draft}")[0] == 404
        assert stack.fetch(f"{nginx.url}/internal-media/{public}")[0] == 404, "nginx's own location"
    finally:
        nginx.stop()
        gunicorn.stop()
        for name in (public, draft):
            (stack.ROOT / "media" / name).unlink(missing_ok=True)
