"""Documents to download: checked by content, stripped of who made them, listed where they belong."""

import io
import zipfile

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from pypdf import PdfReader

from tests.admin_forms import form_values
from tests.factories import make_partnership, make_story, office_bytes, pdf_bytes
from tests.html import soup, texts
from uploads.models import Download

PREFIX = "uploads-download-content_type-object_id"


def attach(obj, content: bytes, name="programm.pdf", **fields) -> Download:
    values = {"title_de": "Handlungsprogramm 2030", "title_en": "Action programme 2030", **fields}
    return Download.objects.create(attached_to=obj, file=SimpleUploadedFile(name, content), **values)


@pytest.fixture
def partnership(db, media_root):
    return make_partnership(slug_de="morogoro-test", city_de="Morogoro")


def listed(client, obj, language="de"):
    with translation.override(language):
        html = client.get(obj.get_absolute_url()).content.decode()
    return soup(html).select(".download")


def test_a_pdf_loses_its_author_keeps_its_title_and_is_listed_with_type_size_language_and_date(
    client, partnership
):
    download = attach(partnership, pdf_bytes(), date="2024-02-17", language="en")
    with download.file.open("rb") as stored:
        content = stored.read()
    reader = PdfReader(download.file.path)
    assert b"Erika Mustermann" not in content and b"Textverarbeitung" not in content
    assert reader.metadata.title == "Handlungsprogramm" and len(reader.pages) == 1
    assert download.format == "pdf" and download.size == len(content)
    assert download.file.name.startswith("downloads/") and "handlungs" not in download.file.name
    disposition = client.get(download.file.url)["Content-Disposition"]
    assert disposition == 'attachment; filename="handlungsprogramm-2030.pdf"', "downloaded under its title"
    [item] = listed(client, partnership)
    link = item.select_one("a.download__link")
    assert (link.get_text(strip=True), link["href"], link["hreflang"]) == (
        "Handlungsprogramm 2030",
        f"/media/{download.file.name}",
        "en",
    )
    meta = item.select_one(".download__meta").get_text(" ", strip=True)
    assert meta.startswith(f"(PDF, {download.size}\xa0Bytes, Englisch, 17.02.2024")
    [item_en] = listed(client, partnership, "en")
    assert item_en.select_one("a").get_text(strip=True) == "Action programme 2030"
    assert "17 February 2024" in item_en.get_text()


def test_an_untagged_pdf_offers_an_accessible_version_through_the_feedback_desk(client, partnership):
    untagged = attach(partnership, pdf_bytes(tagged=False))
    tagged = attach(partnership, pdf_bytes(tagged=True), name="getaggt.pdf", title_de="Bericht", position=1)
    root = PdfReader(tagged.file.path).trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root, "cleaning keeps the tags"
    first, second = listed(client, partnership)
    assert "Dieses PDF ist nicht barrierefrei." in first.get_text() and second.select(".download__note") == []
    offer = first.select_one(".download__note a")
    assert offer.get_text(strip=True) == "Barrierefreie Fassung anfordern"
    form = client.get(offer["href"]).content.decode()
    message = soup(form).select_one("textarea[name=message]").get_text()
    assert "barrierefreie Fassung des Dokuments „Handlungsprogramm 2030“" in message
    assert soup(form).select_one("input[name=page_url]")["value"] == partnership.get_absolute_url()
    assert untagged.needs_accessible_version


@pytest.mark.parametrize("kind", ["docx", "xlsx", "odt"])
def test_office_documents_lose_their_author_and_keep_their_content(partnership, kind):
    download = attach(partnership, office_bytes(kind), name=f"protokoll.{kind}", title_de="Protokoll")
    assert download.format == kind and download.file.name.endswith(f".{kind}")
    assert download.download_name == f"protokoll.{kind}"
    with zipfile.ZipFile(download.file.path) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
        names = archive.namelist()
    assert b"Erika Mustermann" not in everything and b"Protokoll der Sitzung" in everything
    if kind == "odt":
        assert names[0] == "mimetype"


def broken_inside() -> bytes:
    """A DOCX whose parts are all listed, but one of them does not match its checksum."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Protokoll der Sitzung</w:document>")
    return buffer.getvalue().replace(b"der Sitzung", b"der Sitzunx")


def unpacks_to_far_more() -> bytes:
    """A small DOCX that unpacks to 30 MB of nothing: reading it through would fill memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 30_000_000)
    return buffer.getvalue()


def with_macros() -> bytes:
    """An XLSX that is really an XLSM: its macros come along."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    return buffer.getvalue()


def upload_form(admin_client, obj):
    url = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
    html = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    data = form_values(html, f"{obj._meta.model_name}_form")
    data.update(
        {f"{PREFIX}-TOTAL_FORMS": ["1"], f"{PREFIX}-0-title_de": ["Satzung"], f"{PREFIX}-0-position": ["0"]}
    )
    data.update({f"{PREFIX}-0-language": ["de"], f"{PREFIX}-0-date": ["01.03.2024"]})
    return url, data


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("satzung.pdf", b"Nur Text, kein PDF\n" * 40, "kein PDF-, ODT-, DOCX- oder XLSX-Dokument"),
        ("satzung.docx", office_bytes("docx")[:300], "kein PDF-, ODT-, DOCX- oder XLSX-Dokument"),
        ("satzung.exe", b"MZ" + b"\0" * 500, "kein PDF-, ODT-, DOCX- oder XLSX-Dokument"),
        ("satzung.docx", broken_inside(), "kein PDF-, ODT-, DOCX- oder XLSX-Dokument"),
        ("satzung.xlsx", with_macros(), "enthält Makros"),
        ("satzung.pdf", pdf_bytes() + b" " * 3000, "Dokumente dürfen höchstens 2,0 KB groß sein"),
    ],
)
def test_the_admin_refuses_what_is_no_document_or_too_large_and_keeps_the_form(
    admin_client, partnership, settings, name, content, error
):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 2048
    url, data = upload_form(admin_client, partnership)
    data[f"{PREFIX}-0-file"] = SimpleUploadedFile(name, content)
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    assert any(error in text for text in texts(response.content.decode(), ".errorlist li")), texts(
        response.content.decode(), ".errorlist li"
    )
    assert not Download.objects.exists()


def test_an_editor_attaches_a_document_to_a_story_in_the_german_admin(admin_client, client, partnership):
    story = make_story([partnership], title_de="Besuch", slug_de="besuch")
    url, data = upload_form(admin_client, story)
    data[f"{PREFIX}-0-file"] = SimpleUploadedFile("satzung.pdf", pdf_bytes(tagged=True))
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302, texts(response.content.decode(), ".errorlist li")
    download = Download.objects.get()
    assert download.content_type == ContentType.objects.get_for_model(story) and download.is_tagged
    assert [item.select_one("a").get_text(strip=True) for item in listed(client, story)] == ["Satzung"]
    page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "PDF, " in page and "nicht getaggt" not in page


def test_a_page_lists_its_downloads_and_drops_a_deleted_one_at_once(client, db, media_root):
    from pages.models import Page

    page = Page.objects.create(
        title_de="Satzungen",
        slug_de="satzungen",
        body_de="<p>Text</p>",
        is_published=True,
    )
    download = attach(page, office_bytes("odt"), name="satzung.odt", title_de="Satzung")
    [item] = listed(client, page)
    assert item.select_one("a").get_text(strip=True) == "Satzung"
    assert item.select(".download__note") == [], "only a PDF can lack tags"
    download.delete()
    assert listed(client, page) == []


@pytest.mark.parametrize("value", ["abc", "99999999999999999999999", "１２", "-1", "1e3", "1%00"])
def test_the_feedback_form_ignores_a_request_for_a_document_it_does_not_know(client, db, value):
    response = client.get("/de/barriere-melden/", {"download": value})
    assert response.status_code == 200
    assert soup(response.content.decode()).select_one("textarea[name=message]").get_text().strip() == ""


def test_each_page_lists_its_own_downloads(client, partnership):
    other = make_partnership(slug_de="bergstadt", city_de="Bergstadt")
    attach(partnership, pdf_bytes(), title_de="Vereinbarung Morogoro")
    attach(other, office_bytes("odt"), name="b.odt", title_de="Protokoll Bergstadt")
    for obj, title in ((partnership, "Vereinbarung Morogoro"), (other, "Protokoll Bergstadt")):
        assert [item.select_one("a").get_text(strip=True) for item in listed(client, obj)] == [title]


def test_a_document_that_unpacks_to_far_more_than_it_weighs_is_refused(admin_client, partnership):
    url, data = upload_form(admin_client, partnership)
    data[f"{PREFIX}-0-file"] = SimpleUploadedFile("satzung.docx", unpacks_to_far_more())
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200 and not Download.objects.exists()
    assert "kein PDF-, ODT-, DOCX- oder XLSX-Dokument" in response.content.decode()
