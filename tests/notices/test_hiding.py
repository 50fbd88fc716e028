import pytest

from notices.active import HIDDEN_COOKIE
from notices.models import NoticeItem
from tests.factories import make_notice

HIDE = "/notices/hide/"


def token(notice):
    notice.refresh_from_db()
    return f"{notice.pk}.{notice.revision}"


def test_pages_set_no_cookie_and_vary_on_it_for_shared_caches(client):
    make_notice()
    response = client.get("/de/")
    assert not response.cookies
    assert "Cookie" in response["Vary"]


def test_hiding_works_without_javascript_and_lasts_on_later_pages(client):
    notice = make_notice(title_de="Ausblendbar")
    response = client.post(HIDE, {"notice": token(notice), "next": "/de/zeitleiste/?a=1"})
    assert response.status_code == 303
    assert response["Location"] == "/de/zeitleiste/?a=1"
    cookie = response.cookies[HIDDEN_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and int(cookie["max-age"]) > 3600 * 24 * 300
    assert "Ausblendbar" not in client.get("/de/zeitleiste/").content.decode()
    assert "Ausblendbar" not in client.get("/en/").content.decode()


def test_hiding_with_javascript_answers_without_a_page(client):
    notice = make_notice()
    response = client.post(HIDE, {"notice": token(notice)}, HTTP_ACCEPT="application/json")
    assert response.status_code == 204
    assert HIDDEN_COOKIE in response.cookies


def test_a_hidden_notice_comes_back_when_an_editor_changes_it(client):
    notice = make_notice(title_de="Alte Fassung")
    client.post(HIDE, {"notice": token(notice), "next": "/de/"})
    assert "Alte Fassung" not in client.get("/de/").content.decode()
    notice.title_de = "Neue Fassung"
    notice.save()
    assert "Neue Fassung" in client.get("/de/").content.decode()


def test_only_dismissible_notices_can_be_hidden(client):
    notice = make_notice(is_dismissible=False, title_de="Bleibt")
    assert client.post(HIDE, {"notice": token(notice)}).status_code == 400
    client.cookies[HIDDEN_COOKIE] = token(notice)
    html = client.get("/de/").content.decode()
    assert "Bleibt" in html and "Hinweis ausblenden" not in html


@pytest.mark.parametrize("bad", ["", "abc", "1", "1.2.3", "999999.1", "<script>", "9" * 30])
def test_a_broken_hide_request_gets_a_clear_400(client, bad):
    make_notice()
    response = client.post(HIDE, {"notice": bad}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 400
    assert "Ungültige Anfrage" in response.content.decode()


def test_a_foreign_next_address_leads_home_instead(client):
    notice = make_notice()
    response = client.post(HIDE, {"notice": token(notice), "next": "https://evil.example/"})
    assert response["Location"] == "/de/"


def test_a_post_from_another_site_is_refused(client):
    notice = make_notice()
    response = client.post(HIDE, {"notice": token(notice)}, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403


def test_hiding_needs_a_post(client):
    assert client.get(HIDE).status_code == 405


def test_a_tampered_cookie_is_ignored(client):
    make_notice(title_de="Trotzdem da")
    client.cookies[HIDDEN_COOKIE] = "x" * 5000 + "_'; drop table"
    response = client.get("/de/")
    assert response.status_code == 200
    assert "Trotzdem da" in response.content.decode()


def test_editing_an_item_brings_a_hidden_notice_back():
    notice = make_notice(items=[("Suche", "search", NoticeItem.State.MISSING)])
    revision = notice.revision
    item = notice.items.get()
    item.state = NoticeItem.State.AVAILABLE
    item.save()
    notice.refresh_from_db()
    assert notice.revision == revision + 1
