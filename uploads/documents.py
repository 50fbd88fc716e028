"""Uploaded documents (PDF, ODT, DOCX, XLSX): recognised by their content, checked, and cleaned before
anyone can download them: nothing that runs (uploads.pdf_files, uploads.office_files), nobody's name.

A PDF is also asked whether it is tagged (its structure marked for screen readers): the list of
downloads says when it is not, and offers an accessible version through the feedback desk.
"""

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
from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError

from uploads import office_files, pdf_files
from uploads.images import refuse_oversized


class DocumentFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    ODT = "odt", _("Text document (ODT)")
    DOCX = "docx", _("Word document (DOCX)")
    XLSX = "xlsx", _("Spreadsheet (XLSX)")


# What reading a broken PDF or zip raises, in pypdf, zipfile and zlib (DependencyError: a kind of
# encryption pypdf cannot read without an optional package; refused as unreadable, never a 500).
UNREADABLE = (
    PyPdfError,
    DependencyError,
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    IndexError,
    ValueError,
    OSError,
    EOFError,
    RecursionError,
    NotImplementedError,
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


@dataclass(frozen=True)
class Prepared:
    """What is stored of an uploaded document: its format, whether it is tagged, its cleaned content."""

    format: str
    is_tagged: bool
    content: bytes

    def file(self, title: str, fallback: str) -> ContentFile:
        """The content as a file (stored under a random name: uploads.media_access.RandomName)."""
        stem = slugify(title)[:80] or PurePosixPath(fallback).stem
        return ContentFile(self.content, name=f"{stem}.{self.format}")


def prepare(upload) -> Prepared:
    """Recognise, check and clean an upload, whatever its name says; a file that is none of ours, or
    cannot be read through, is refused here, where the editor sees why, rather than when it is saved."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return _prepared_pdf(upload)
        office_files.refuse_encrypted_office(head)
        with zipfile.ZipFile(upload) as archive:
            document_format = office_files.office_format(archive, upload.size)
        if document_format is None:
            raise _refused()
        return Prepared(document_format, False, office_files.cleaned(upload))
    except UNREADABLE:
        raise _refused() from None
    finally:
        upload.seek(0)


def _prepared_pdf(upload) -> Prepared:
    reader = PdfReader(upload)  # read once, for the checks, the tags and the cleaning
    pdf_files.refuse_encrypted(reader)
    reader.pages[0]  # parses the cross-reference table and the first page
    return Prepared(DocumentFormat.PDF, pdf_files.is_tagged(reader), pdf_files.cleaned(reader))


def validate_document_upload(upload) -> None:
    """For the file field: refuse what is too large or no readable document; keep the cleaned document
    on the upload, so that saving does not do the work again."""
    if getattr(upload, "_committed", False):
        return  # stored and checked when it was uploaded
    message = _("The file is %(size)s; documents may be at most %(limit)s.")
    refuse_oversized(upload, settings.DOCUMENT_MAX_UPLOAD_BYTES, message)
    upload.prepared = prepare(upload)
