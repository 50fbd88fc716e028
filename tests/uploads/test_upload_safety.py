"""Uploads that cannot harm: what an attacker, or a careless export, would send is refused with a
message that says what is wrong, or stored without the part that could run or that names a person."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from stories.models import Photo
from tests.admin_forms import form_values
from tests.factories import jpeg_bytes, make_partnership, make_story, office_bytes, pdf_bytes
from uploads.documents import prepare
from uploads.images import MAX_STORED_EDGE, validate_image_upload

PREFIX = "uploads-download-content_type-object_id"
RELATION = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def relation(kind: bytes, target: bytes) -> bytes:
    return (
        b'<Relationships><Relationship Id="rId1" Type="'
        + RELATION
        + kind
        + b'" Target="'
        + target
        + b'" TargetMode="External"/></Relationships>'
    )


def refused(content: bytes, name="dokument.pdf") -> str:
    """What the editor reads (in German) when `content` is refused."""
    with pytest.raises(ValidationError) as caught:
        prepare(SimpleUploadedFile(name, content))
    with translation.override("de"):
        return " ".join(str(message) for message in caught.value.messages)


def active_pdf() -> bytes:
    """A PDF that runs JavaScript when opened, on a page, from a link, and launches a program."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    script = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )
    launch = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("cmd.exe")}
    )
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(script)
    writer.root_object[NameObject("/AA")] = DictionaryObject({NameObject("/WC"): script})
    scripts = ArrayObject([TextStringObject("beim Laden"), writer._add_object(script)])
    tree = DictionaryObject({NameObject("/JavaScript"): DictionaryObject({NameObject("/Names"): scripts})})
    writer.root_object[NameObject("/Names")] = tree
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): script})
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/A"): launch,
        }
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def office(kind: str, extra: dict[str, bytes]) -> bytes:
    """An office document of `kind` with further members (name → content)."""
    source = zipfile.ZipFile(io.BytesIO(office_bytes(kind)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            if member.filename not in extra:
                target.writestr(member, source.read(member))
        for name, content in extra.items():
            target.writestr(zipfile.ZipInfo(name), content)
    return buffer.getvalue()


def test_an_encrypted_pdf_is_refused_in_words_and_the_editors_form_keeps_its_typing(admin_client, media_root):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="", owner_password="geheim", algorithm="RC4-128")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    assert "verschlüsselt" in refused(encrypted.getvalue())
    partnership = make_partnership()
    url = f"/admin/partnerships/partnership/{partnership.pk}/change/"
    data = form_values(admin_client.get(url).content.decode(), "partnership_form")
    data.update(
        {
            "summary_de": "Neu geschrieben, nicht verlieren.",
            f"{PREFIX}-TOTAL_FORMS": "1",
            f"{PREFIX}-0-title_de": "Bericht",
            f"{PREFIX}-0-language": "de",
            f"{PREFIX}-0-date": "01.02.2024",
            f"{PREFIX}-0-position": "0",
            f"{PREFIX}-0-file": SimpleUploadedFile("bericht.pdf", encrypted.getvalue()),
        }
    )
    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    html = response.content.decode()
    assert "verschlüsselt" in html and "Neu geschrieben, nicht verlieren." in html


def test_an_old_or_encrypted_office_file_is_refused_in_words():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    assert "verschlüsselt" in refused(ole, "protokoll.docx")


def test_a_pdf_loses_everything_that_would_run_when_it_is_opened():
    content = prepare(SimpleUploadedFile("aktiv.pdf", active_pdf())).content
    for active in (b"/JavaScript", b"/JS", b"/Launch", b"/OpenAction", b"/AA", b"cmd.exe", b"app.alert"):
        assert active not in content, active
    reader = PdfReader(io.BytesIO(content))
    assert reader.metadata.title == "Handlungsprogramm" and len(reader.pages) == 1


@pytest.mark.parametrize(
    ("kind", "member", "content"),
    [
        (
            "docx",
            "word/_rels/settings.xml.rels",
            relation(b"attachedTemplate", b"https://evil.example/t.dotm"),
        ),
        (
            "xlsx",
            "xl/externalLinks/_rels/externalLink1.xml.rels",
            relation(b"externalLinkPath", b"file:///C:/geheim.xlsx"),
        ),
    ],
)
def test_a_document_that_fetches_a_template_or_data_from_elsewhere_is_refused(kind, member, content):
    assert "von außerhalb" in refused(office(kind, {member: content}), f"x.{kind}")


def test_a_hyperlink_to_another_site_is_no_reason_to_refuse():
    link = relation(b"hyperlink", b"https://www.arnsberg.de/")
    assert (
        prepare(SimpleUploadedFile("x.docx", office("docx", {"word/_rels/document.xml.rels": link}))).format
        == "docx"
    )


@pytest.mark.parametrize(
    "extra",
    [
        {"word/harmlos.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100},  # a macro project renamed
        {
            "[Content_Types].xml": b'<Types><Default Extension="dat" '
            b'ContentType="application/vnd.ms-office.vbaProject"/></Types>'
        },
    ],
)
def test_a_macro_under_any_name_is_refused(extra):
    assert "Makros" in refused(office("docx", extra), "x.docx")


@pytest.mark.parametrize("name", ["../../evil.sh", "/etc/cron.d/x", "word\\..\\x.xml"])
def test_members_that_would_unpack_outside_the_document_are_refused(name):
    assert "Namen" in refused(office("docx", {name: b"x"}), "x.docx")


def test_comment_and_change_authors_and_the_people_list_are_removed():
    comments = b'<w:comments><w:comment w:id="0" w:author="Erika Mustermann" w:initials="EM"/></w:comments>'
    changes = b'<w:document><w:ins w:id="1" w:author="Erika Mustermann" w:date="2024-01-01"/></w:document>'
    people = (
        b'<w15:people><w15:person w15:author="Erika Mustermann"><w15:presenceInfo w15:providerId="AD" '
        b'w15:userId="erika.mustermann@arnsberg.example"/></w15:person></w15:people>'
    )
    xlsx_comments = b"<comments><authors><author>Erika Mustermann</author></authors></comments>"
    odt_note = b"<office:annotation><dc:creator>Erika Mustermann</dc:creator></office:annotation>"
    cases = [
        ("docx", {"word/comments.xml": comments, "word/changes.xml": changes, "word/people.xml": people}),
        ("xlsx", {"xl/comments1.xml": xlsx_comments}),
        ("odt", {"styles.xml": odt_note}),
    ]
    for kind, extra in cases:
        content = prepare(SimpleUploadedFile(f"x.{kind}", office(kind, extra))).content
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            everything = b"".join(archive.read(name) for name in archive.namelist())
        assert b"Erika" not in everything and b"arnsberg.example" not in everything, kind
        assert b"Protokoll der Sitzung" in everything, "the text itself stays"


def test_a_jpeg_comment_reaches_neither_the_original_nor_a_rendition(media_root):
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 1000), (0, 80, 125)).save(buffer, "JPEG", comment=b"Erika Mustermann, Privat")
    photo = Photo.objects.create(
        story=make_story([make_partnership()]),
        image=SimpleUploadedFile("p.jpg", buffer.getvalue()),
        alt_de="x",
    )
    names = [photo.image.name, *(r[kind] for r in photo.renditions for kind in ("jpeg", "webp"))]
    for name in names:
        with photo.image.storage.open(name) as stored:
            assert b"Erika" not in stored.read(), name


def test_an_image_of_too_many_pixels_is_refused_by_its_size_in_words():
    buffer = io.BytesIO()
    Image.new("L", (9000, 5000)).save(buffer, "PNG")
    with pytest.raises(ValidationError) as caught:
        validate_image_upload(SimpleUploadedFile("gross.png", buffer.getvalue()))
    with translation.override("de"):
        messages = [str(message) for message in caught.value.messages]
    assert messages == [
        "Das Bild ist zu groß: 45,0 Megapixel; erlaubt sind höchstens 40. Bitte verkleinern Sie es vorher."
    ]


def test_a_large_photo_is_stored_no_larger_than_the_site_needs(media_root):
    photo = Photo.objects.create(
        story=make_story([make_partnership()]),
        image=SimpleUploadedFile("gross.jpg", jpeg_bytes(6000, 4000)),
        alt_de="Groß",
    )
    with Image.open(photo.image.path) as stored:
        assert max(stored.size) <= MAX_STORED_EDGE
    assert [r["width"] for r in photo.renditions] == [160, 480, 800, 1200]
