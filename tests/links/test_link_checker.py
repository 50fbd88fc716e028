"""The link checker as editors meet it: a daily command that finds every link of the content, asks each
address once (other sites over the network, within a deadline; this site in the process), lists broken
and redirected links in the admin, on the object's form and on the start page, and mails the new ones."""

import time

import pytest
from django.core import mail
from django.core.management import call_command

from links.models import Link, LinkStatus, Problem
from stories.models import Story
from tests.factories import make_partnership, make_story

pytestmark = pytest.mark.django_db


def linking(*addresses) -> str:
    return "".join(f'<p><a href="{address}">Link {n}</a></p>' for n, address in enumerate(addresses))


def check():
    call_command("check_links", stdout=open("/dev/null", "w"))


def state(url):
    return Link.objects.filter(url=url).values_list("status", "problem", "code").first()


@pytest.fixture
def editor_with_mail(admin_user):
    admin_user.email = "redaktion@arnsberg.de"
    admin_user.save()
    return admin_user


def test_each_answer_of_another_site_is_told_apart(linked_site, editor_with_mail):
    site = linked_site.url
    paths = ["/ok", "/moved", "/temporary", "/gone", "/error", "/loop-a", "/no-head", "/never", "/dribble"]
    paths += ["/slow?1", "/slow?2", "/slow?3"]
    make_story([make_partnership()], body_de=linking(*(site + path for path in paths)))
    started = time.monotonic()
    check()
    assert time.monotonic() - started < 10, "a host that never answers, or dribbles, is given up on"
    assert state(site + "/ok") == (LinkStatus.OK, "", 200)
    assert state(site + "/moved")[:2] == (LinkStatus.REDIRECTED, Problem.MOVED)
    assert Link.objects.get(url=site + "/moved").redirect_to == site + "/ok"
    assert state(site + "/temporary") == (LinkStatus.OK, "", 200), "a temporary redirect is no problem"
    assert state(site + "/gone") == (LinkStatus.BROKEN, Problem.STATUS, 404)
    assert state(site + "/error") == (LinkStatus.BROKEN, Problem.STATUS, 500)
    assert state(site + "/loop-a")[:2] == (LinkStatus.BROKEN, Problem.LOOP)
    assert state(site + "/no-head") == (LinkStatus.OK, "", 200), "asked again with GET"
    assert state(site + "/never")[:2] == (LinkStatus.BROKEN, Problem.NO_ANSWER)
    assert state(site + "/dribble")[:2] == (LinkStatus.BROKEN, Problem.NO_ANSWER)
    assert linked_site.most_in_flight == 1, "one request after another to a host"
    assert {agent for *_rest, agent in linked_site.requests} == {
        "Arnsberg-Partnerschaften-Linkpruefung/1.0 (+http://testserver/)"
    }
    assert [method for method, path, _agent in linked_site.requests if path == "/ok"][0] == "HEAD"


def test_a_page_that_later_answers_404_is_listed_after_the_next_check(
    linked_site, editor_with_mail, admin_client
):
    address = linked_site.url + "/programme"
    linked_site.answers["/programme"] = (200, None)
    story = make_story([make_partnership()], body_de=linking(address), body_en=linking(address))
    check()
    assert state(address)[0] == LinkStatus.OK and not mail.outbox
    linked_site.answers["/programme"] = (404, None)
    check()
    assert state(address) == (LinkStatus.BROKEN, Problem.STATUS, 404)
    listing = admin_client.get("/admin/links/link/?status__exact=broken", HTTP_ACCEPT_LANGUAGE="de")
    assert address in listing.content.decode()
    assert "Die Adresse antwortet 404: Seite nicht gefunden." in listing.content.decode()
    form = admin_client.get(f"/admin/stories/story/{story.pk}/change/", HTTP_ACCEPT_LANGUAGE="de")
    summary = form.content.decode()
    assert "Links, die einen Blick brauchen" in summary and address in summary
    start = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "1 defekter Link" in start
    [message] = mail.outbox
    assert message.to == ["redaktion@arnsberg.de"]
    assert address in message.body and "Text (Deutsch), Text (Englisch)" in message.body
    assert f"/admin/stories/story/{story.pk}/change/" in message.body
    check()
    assert len(mail.outbox) == 1, "a link is named in one mail, not every day"
    linked_site.answers["/programme"] = (200, None)
    check()
    assert state(address)[0] == LinkStatus.OK
    assert Link.objects.get(url=address, field="body_de").broken_since is None


def test_a_changed_slug_on_this_site_breaks_no_link(client):
    partnership = make_partnership(slug_de="morogoro")
    story = make_story([partnership], body_de=linking("/de/partnerschaften/morogoro/", "/de/gibt-es-nicht/"))
    check()
    assert state("/de/partnerschaften/morogoro/") == (LinkStatus.OK, "", 200)
    assert state("/de/gibt-es-nicht/") == (LinkStatus.BROKEN, Problem.STATUS, 404)
    partnership.slug_de = "morogoro-municipal-council"
    partnership.save()
    check()
    link = Link.objects.get(url="/de/partnerschaften/morogoro/")
    assert (link.status, link.problem) == (LinkStatus.REDIRECTED, Problem.MOVED), "still leads there"
    assert link.redirect_to.endswith("/de/partnerschaften/morogoro-municipal-council/")
    assert client.get(link.redirect_to).status_code == 200
    assert story.pk == link.object_id


def test_addresses_known_bad_are_never_asked(linked_site, settings):
    body = linking("javascript:alert(1)", "file:///etc/passwd", "mailto:nobody", "mailto:info@arnsberg.de")
    story = make_story([make_partnership()])
    # As an old revision or a shell might have left it: past the sanitizer.
    Story.objects.filter(pk=story.pk).update(body_de=body)
    settings.LINK_CHECK_PRIVATE_NETWORKS = False
    make_story([make_partnership()], body_de=linking(linked_site.url + "/ok"))
    check()
    assert state("javascript:alert(1)")[:2] == (LinkStatus.BROKEN, Problem.UNSAFE)
    assert state("file:///etc/passwd")[:2] == (LinkStatus.BROKEN, Problem.UNSAFE)
    assert state("mailto:nobody")[:2] == (LinkStatus.BROKEN, Problem.MALFORMED)
    assert state("mailto:info@arnsberg.de")[0] == LinkStatus.OK
    assert state(linked_site.url + "/ok")[:2] == (LinkStatus.UNCHECKED, Problem.PRIVATE)
    assert linked_site.requests == [], "no machine of a private network is asked"


def test_thousands_of_links_to_one_host_are_asked_a_few_a_run(linked_site, settings):
    settings.LINK_CHECK_PER_HOST = 20
    addresses = [f"{linked_site.url}/ok?page={n}" for n in range(3000)]
    make_story([make_partnership()], body_de=linking(*addresses))
    check()
    assert Link.objects.count() == 3000
    assert len(linked_site.requests) == 20
    assert Link.objects.filter(status=LinkStatus.OK).count() == 20
    check()
    assert Link.objects.filter(status=LinkStatus.OK).count() == 40, "the next run takes the next ones"


def test_files_legal_pages_and_deleted_content(city_content, media_root, admin_client):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from pages.models import Page
    from tests.factories import pdf_bytes
    from uploads.models import Download

    story = make_story([make_partnership()], body_de=linking("/media/documents/fehlt.pdf"))
    download = Download.objects.create(
        attached_to=story, title="Programm", file=ContentFile(pdf_bytes(), name="programm.pdf")
    )
    check()
    imprint = Page.objects.get(kind=Page.Kind.IMPRINT)
    shown = Link.objects.of(imprint).filter(field__startswith="page_")
    assert shown.exists(), "the links the legal page's template adds are checked too"
    assert state("/media/documents/fehlt.pdf")[:2] == (LinkStatus.BROKEN, Problem.NO_FILE)
    file_link = Link.objects.of(story).get(field=f"download.{download.pk}.file")
    assert file_link.status == LinkStatus.OK
    default_storage.delete(download.file.name)
    check()
    file_link.refresh_from_db()
    assert (file_link.status, file_link.problem) == (LinkStatus.BROKEN, Problem.NO_FILE)
    form = admin_client.get(f"/admin/stories/story/{story.pk}/change/", HTTP_ACCEPT_LANGUAGE="de")
    assert "Download „Programm“: Datei" in form.content.decode()
    story.delete()
    check()
    assert not Link.objects.filter(url="/media/documents/fehlt.pdf").exists()
    assert not Link.objects.filter(pk=file_link.pk).exists()


def test_the_list_is_read_only_and_for_editors(admin_client, client, django_user_model):
    from django.contrib.auth.models import Group

    make_story([make_partnership()], body_de=linking("/de/gibt-es-nicht/"))
    check()
    link = Link.objects.get()
    assert admin_client.get("/admin/links/link/add/").status_code == 403
    answer = admin_client.post(f"/admin/links/link/{link.pk}/change/", {"url": "/"})
    assert answer.status_code == 403
    assert admin_client.post(f"/admin/links/link/{link.pk}/delete/", {"post": "yes"}).status_code == 403
    translator = django_user_model.objects.create_user("t", password="pw", is_staff=True)
    translator.groups.add(Group.objects.get(name="Übersetzung"))
    client.force_login(translator)
    assert client.get("/admin/links/link/").status_code == 403
