"""Uploaded documents (PDF, ODT, DOCX, XLSX): recognised by their content, checked, and stripped of the
metadata that names people (author, last editor, company, software) before anyone can download them.

A PDF is also asked whether it is tagged (its structure marked for screen readers): the list of
downloads says when it is not, and offers an accessible version through the feedback desk.
"""

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

from core.images import refuse_oversized


class DocumentFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    ODT = "odt", _("Text document (ODT)")
    DOCX = "docx", _("Word document (DOCX)")
    XLSX = "xlsx", _("Spreadsheet (XLSX)")


ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# The member each office format must have; checked after the zip itself.
OFFICE_MEMBERS = {DocumentFormat.DOCX: "word/document.xml", DocumentFormat.XLSX: "xl/workbook.xml"}
# What replaces each metadata part: the same part, with nothing in it.
EMPTY_PARTS = {
    "docProps/core.xml": b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>',
    "docProps/app.xml": b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>',
    "docProps/custom.xml": b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>',
    "meta.xml": b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'office:version="1.3"><office:meta/></office:document-meta>',
}
# A zip that unpacks to more than this is refused: rewriting it would fill memory (a "zip bomb").
MAX_UNPACKED_FACTOR = 20
# What reading a broken PDF or zip raises, in pypdf, zipfile and zlib.
UNREADABLE = (
    PyPdfError,
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    IndexError,
    ValueError,
    OSError,
    EOFError,
    RecursionError,
)


def upload_help() -> str:
    return _(
        "A PDF, ODT, DOCX or XLSX file of at most %(limit)s. Author, company and similar details are "
        "removed. Please upload tagged (accessible) PDFs where you can."
    ) % {"limit": filesizeformat(settings.DOCUMENT_MAX_UPLOAD_BYTES)}


def _refused():
    return ValidationError(
        _("This file is not a PDF, ODT, DOCX or XLSX document that can be read."), code="document_format"
    )


def recognise(upload) -> str:
    """The format the file's content has, whatever its name says; refuses what is none of ours."""
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    try:
        if head == b"%PDF-":
            PdfReader(upload).pages[0]  # parses the cross-reference table and the first page
            return DocumentFormat.PDF
        with zipfile.ZipFile(upload) as archive:
            return _office_format(archive, upload.size)
    except UNREADABLE:
        raise _refused() from None
    finally:
        upload.seek(0)


def _office_format(archive: zipfile.ZipFile, size: int) -> str:
    if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED_FACTOR * max(size, 1_000_000):
        raise _refused()
    names = set(archive.namelist())
    if any(_is_macro(name) for name in names):
        raise ValidationError(
            _("This document contains macros (programs). Please save it without them, e.g. as DOCX or XLSX."),
            code="document_macros",
        )
    if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
        return DocumentFormat.ODT
    for document_format, member in OFFICE_MEMBERS.items():
        if member in names and "[Content_Types].xml" in names:
            return document_format
    raise _refused()


def _is_macro(name: str) -> bool:
    """Office's macro part (a .docm or .xlsm renamed), or an OpenDocument's Basic or script folders."""
    return name.lower().endswith("vbaproject.bin") or name.startswith(("Basic/", "Scripts/"))


@dataclass(frozen=True)
class Prepared:
    """What is stored of an uploaded document: its format, whether it is tagged, its cleaned content."""

    format: str
    is_tagged: bool
    content: bytes

    def file(self, title: str, fallback: str) -> ContentFile:
        """The content as a file named after `title` (or `fallback`, the uploaded name's stem)."""
        stem = slugify(title)[:80] or PurePosixPath(fallback).stem
        return ContentFile(self.content, name=f"{stem}.{self.format}")


def prepare(upload) -> Prepared:
    """Recognise, check and clean an upload; a file that cannot be read through is refused here, where
    the editor sees why, rather than failing when it is saved."""
    document_format = recognise(upload)
    upload.seek(0)
    try:
        if document_format == DocumentFormat.PDF:
            reader = PdfReader(upload)  # read once, for the tags and for the cleaning
            tagged, content = _tagged(reader), _pdf_without_metadata(reader)
        else:
            tagged, content = False, _zip_without_metadata(upload)
    except UNREADABLE:
        raise _refused() from None
    finally:
        upload.seek(0)
    return Prepared(document_format, tagged, content)


def validate_document_upload(upload) -> None:
    """For the file field: refuse what is too large or no readable document; keep the cleaned document
    on the upload, so that saving does not do the work again."""
    if getattr(upload, "_committed", False):
        return  # stored and checked when it was uploaded
    message = _("The file is %(size)s; documents may be at most %(limit)s.")
    refuse_oversized(upload, settings.DOCUMENT_MAX_UPLOAD_BYTES, message)
    upload.prepared = prepare(upload)


def _tagged(reader: PdfReader) -> bool:
    """Marked as tagged and with a structure tree: the least a screen reader needs to read a PDF."""
    root = reader.trailer["/Root"]
    mark_info = root.get("/MarkInfo")
    return bool(mark_info and mark_info.get("/Marked")) and "/StructTreeRoot" in root


def _pdf_without_metadata(reader: PdfReader) -> bytes:
    writer = PdfWriter(clone_from=reader)
    # The title stays (a screen reader announces it); author, creator, producer and dates go, and so
    # does the XMP packet, which repeats them. The tags and the language are part of the document.
    title = (reader.metadata or {}).get("/Title")
    writer.metadata = None
    if title:
        writer.add_metadata({"/Title": str(title)})
    writer.root_object.pop("/Metadata", None)
    # The removed dictionaries and streams would still be written as objects nobody refers to.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip_without_metadata(upload) -> bytes:
    upload.seek(0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(upload) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            content = EMPTY_PARTS.get(member.filename) or source.read(member)
            # ODF wants its "mimetype" first and uncompressed; the others keep their compression.
            target.writestr(member, content, compress_type=member.compress_type)
    return buffer.getvalue()
