import pytest

from notices.active import HIDDEN_COOKIE, MAX_COOKIE_CHARS
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
    assert "Cookie" in [value.strip() for value in response["Vary"].split(",")]


def test_hiding_works_without_javascript_and_lasts_on_later_pages(client):
    notice = make_notice(title_de="Ausblendbar")
    response = client.post(HIDE, {"notice": token(notice), "next": "/de/zeitleiste/?a=1"})
    assert response.status_code == 303
    assert response["Location"] == "/de/zeitleiste/?a=1"
    cookie = response.cookies[HIDDEN_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and int(cookie["max-age"]) > 3600 * 24 * 300
    assert "Ausblendbar" not in client.get("/de/zeitleiste/").content.decode()
    assert "Ausblendbar" not in client.get("/en/").content.decode()


def test_several_notices_stay_hidden_together(client):
    first, second = make_notice(title_de="Erster Hinweis"), make_notice(title_de="Zweiter Hinweis")
    client.post(HIDE, {"notice": token(first)})
    client.post(HIDE, {"notice": token(second)})
    html = client.get("/de/").content.decode()
    assert "Erster Hinweis" not in html and "Zweiter Hinweis" not in html


def test_an_overlong_cookie_is_read_only_up_to_its_limit(client):
    notice = make_notice(title_de="Versteckt")
    client.cookies[HIDDEN_COOKIE] = "_".join([token(notice)] * 60)
    assert "Versteckt" not in client.get("/de/").content.decode(), "the first tokens count"
    client.cookies[HIDDEN_COOKIE] = "x" * MAX_COOKIE_CHARS + "_" + token(notice)
    assert "Versteckt" in client.get("/de/").content.decode(), "what lies beyond the limit does not"


def test_a_full_address_on_this_site_is_a_fine_way_back(client):
    notice = make_notice()
    response = client.post(HIDE, {"notice": token(notice), "next": "http://testserver/de/zeitleiste/"})
    assert response["Location"] == "http://testserver/de/zeitleiste/"


def test_over_https_a_way_back_over_plain_http_is_refused(client):
    notice = make_notice()
    response = client.post(HIDE, {"notice": token(notice), "next": "http://testserver/de/"}, secure=True)
    assert response["Location"] == "/de/"


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


def test_each_edit_of_a_notice_or_its_items_counts_once():
    notice = make_notice(items=[("Suche", "search", NoticeItem.State.MISSING)])
    assert notice.revision == 1
    notice.save()
    notice.save()
    assert notice.revision == 3, "the saved notice knows its new revision"
    before = notice.updated_at
    item = notice.items.get()
    item.state = NoticeItem.State.AVAILABLE
    item.save()
    notice.refresh_from_db()
    assert notice.revision == 4 and notice.updated_at > before
    item.delete()
    notice.refresh_from_db()
    assert notice.revision == 5
