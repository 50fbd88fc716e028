"""Small helpers that make rows the way editors would."""

import io
import itertools

from PIL import Image

from partnerships.models import Fact, Partnership, SustainableDevelopmentGoal

_numbers = itertools.count(1)


def make_partnership(published=True, facts=2, sdgs=(11, 13), **fields) -> Partnership:
    n = next(_numbers)
    values = {
        "city_de": f"Partnerstadt {n}",
        "city_en": f"Partner city {n}",
        "slug_de": f"partnerstadt-{n}",
        "slug_en": f"partner-city-{n}",
        "country_de": "Tansania",
        "country_en": "Tanzania",
        "kind": Partnership.Kind.SUSTAINABILITY,
        "since_year": 2023,
        "summary_de": f"Deutsche Kurzbeschreibung {n}.",
        "summary_en": f"English summary {n}.",
        "is_published": published,
        "ordering": n,
    }
    values.update(fields)
    partnership = Partnership.objects.create(**values)
    partnership.sdgs.set(SustainableDevelopmentGoal.objects.filter(number__in=sdgs))
    for i in range(facts):
        Fact.objects.create(
            partnership=partnership,
            label_de=f"Merkmal {i}",
            label_en=f"Label {i}",
            value_de="1",
            value_en="1",
        )
    return partnership


def jpeg_bytes(width=1600, height=1000, exif=None) -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (width, height), (0, 80, 125))
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, format="JPEG", **options)
    return buffer.getvalue()


def exif_with_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x0112] = 1  # Orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (51.0, 24.0, 0.0)  # Arnsberg
    gps[3] = "E"
    gps[4] = (8.0, 4.0, 0.0)
    return exif


def make_phase(name="Anbahnungsphase", ordering=10):
    from milestones.models import Phase

    return Phase.objects.create(name_de=name, name_en=f"{name} (en)", ordering=ordering)


def make_milestone(partnership, phase, start=None, end=None, published=True, **fields):
    from milestones.models import Milestone

    values = {"title_de": "Treffen", "title_en": "Meeting", "start_date": start, "end_date": end}
    values.update(fields)
    return Milestone.objects.create(partnership=partnership, phase=phase, is_published=published, **values)


def make_notice(items=(), **fields):
    from notices.models import Notice, NoticeItem

    values = {"title_de": "Hinweis", "title_en": "Notice", "text_de": "Text.", "is_published": True}
    values.update(fields)
    notice = Notice.objects.create(**values)
    NoticeItem.objects.bulk_create(
        NoticeItem(notice=notice, label_de=de, label_en=en, state=state, ordering=i)
        for i, (de, en, state) in enumerate(items)
    )
    return notice


def make_story(partnerships, published=True, date=None, **fields):
    import datetime

    from stories.models import Story

    values = {
        "title_de": "Besuch in der Partnerstadt",
        "title_en": "Visit to the partner city",
        "teaser_de": "Ein kurzer Bericht.",
        "body_de": "<p>Was geschah.</p>",
        "date": date or datetime.date(2025, 5, 1),
        "slug_de": f"bericht-{datetime.datetime.now().timestamp()}".replace(".", "-"),
    }
    values.update(fields)
    story = Story.objects.create(is_published=published, **values)
    story.partnerships.add(*partnerships)
    return story


def pdf_bytes(tagged=False, author="Erika Mustermann", title="Handlungsprogramm") -> bytes:
    """A one-page PDF with an author in its metadata; `tagged` marks it as structured for screen readers."""
    from pypdf import PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Author": author, "/Title": title, "/Creator": "Textverarbeitung"})
    # The XMP packet, where office programs repeat the author.
    xmp = StreamObject()
    xmp.set_data(f"<x:xmpmeta><dc:creator>{author}</dc:creator></x:xmpmeta>".encode())
    xmp.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
    writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    if tagged:
        root = writer.root_object
        root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
        tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
        root[NameObject("/StructTreeRoot")] = writer._add_object(tree)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def office_bytes(kind: str, author="Erika Mustermann", text="Protokoll der Sitzung") -> bytes:
    """A small DOCX, XLSX or ODT whose metadata names an author and whose content holds `text`."""
    import zipfile

    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        f' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{author}</dc:creator></cp:coreProperties>'
    )
    parts = {
        "docx": {"[Content_Types].xml": "<Types/>", "word/document.xml": f"<w:document>{text}</w:document>"},
        "xlsx": {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": f"<workbook>{text}</workbook>"},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if kind == "odt":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
            archive.writestr("content.xml", f"<office:document-content>{text}</office:document-content>")
            archive.writestr(
                "meta.xml",
                f"<office:document-meta><meta:initial-creator>{author}"
                "</meta:initial-creator></office:document-meta>",
            )
        else:
            for name, content in parts[kind].items():
                archive.writestr(name, content)
            archive.writestr("docProps/core.xml", core)
            archive.writestr("docProps/app.xml", f"<Properties><Company>{author} GmbH</Company></Properties>")
    return buffer.getvalue()


def make_event(start=None, hours=2, published=True, partnerships=(), themes=(), **fields):
    import datetime

    from django.utils import timezone

    from events.models import Event

    start = start or timezone.now() + datetime.timedelta(days=7)
    number = next(_event_numbers)
    values = {
        "title_de": f"Weltwerkstatt {number}",
        "teaser_de": "Ein Abend für alle.",
        "slug_de": f"veranstaltung-{number}",
        "start": start,
        "end": start + datetime.timedelta(hours=hours) if hours else None,
    }
    values.update(fields)
    event = Event.objects.create(is_published=published, **values)
    event.partnerships.add(*partnerships)
    event.themes.add(*themes)
    return event


_event_numbers = itertools.count(1)
