"""The admin as a German editor sees it: every form and list fits a 1280 px screen; on a phone a list
keeps its title and publication in view."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from partnerships.models import Partnership
from tests.factories import pdf_bytes
from uploads.models import Download


@pytest.fixture
def signed_in(site, browser, admin_user, media_root):
    morogoro = Partnership.objects.get(slug_de="morogoro")
    Download.objects.create(
        attached_to=morogoro,
        title_de="Handlungsprogramm zur Agenda 2030 der Partnerschaft",
        file=SimpleUploadedFile("p.pdf", pdf_bytes()),
    )

    def open_at(path, width=1280):
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            locale="de-DE",
            extra_http_headers={"Accept-Language": "de"},
        )
        page = context.new_page()
        page.goto(f"{site}/admin/login/?next={path}")
        page.fill("#id_username", "admin")
        page.fill("#id_password", "password")
        page.click("input[type=submit]")
        page.wait_for_selector("#content")
        return page

    return open_at, morogoro


def right_edge(page, selector) -> float:
    box = page.locator(selector).first.bounding_box()
    return box["x"] + box["width"]


def test_a_partnerships_form_fits_1280_px_and_links_its_steps(signed_in):
    open_at, morogoro = signed_in
    page = open_at(f"/admin/partnerships/partnership/{morogoro.pk}/change/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    # The downloads, with their notes, are on the screen.
    assert right_edge(page, "#uploads-download-content_type-object_id-group .field-listed_as") <= 1280
    # The steps are links to their own forms, not six stacked forms.
    assert page.locator(".field-steps .step-list li a").count() == 6
    assert page.evaluate("document.documentElement.scrollHeight") < 6000
    # A title fits into its input; the preview address is a link and a field to copy, not a bare path.
    title = page.locator("#id_uploads-download-content_type-object_id-0-title_de")
    assert title.evaluate("i => i.scrollWidth <= i.clientWidth")
    assert page.locator(".field-preview_link a[target=_blank]").first.inner_text() != ""
    assert right_edge(page, ".share-link input") <= 1280


def test_the_notice_list_shows_every_column_on_1280_px(signed_in):
    open_at, _ = signed_in
    page = open_at("/admin/notices/notice/")
    assert right_edge(page, "#result_list th:last-child") <= right_edge(page, "#changelist .results") + 1
    headers = page.locator("#result_list thead th").all_inner_texts()
    assert any("ÖFFENTLICH AB" in header.upper() for header in headers)


def test_a_step_offers_only_its_partnerships_phases(signed_in):
    open_at, morogoro = signed_in
    warren = Partnership.objects.get(slug_de="warren")
    page = open_at(f"/admin/milestones/milestone/add/?partnership={warren.pk}")
    assert page.locator("#id_phase option").all_inner_texts() == ["---------"]
    page = open_at(f"/admin/milestones/milestone/add/?partnership={morogoro.pk}")
    assert len(page.locator("#id_phase option").all_inner_texts()) == 4


@pytest.mark.parametrize(
    "path", ["/admin/milestones/milestone/", "/admin/stories/story/", "/admin/notices/notice/"]
)
def test_on_a_phone_a_list_keeps_title_and_publication_in_view(signed_in, path):
    open_at, _ = signed_in
    page = open_at(path, width=375)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert right_edge(page, "#result_list th.column-publication") <= 375
