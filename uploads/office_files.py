"""Office documents (DOCX, XLSX, ODT) as the site keeps them: zip files with no macro or embedded
program whatever its part is called, no link that makes the office program fetch a template or data
from elsewhere, no member that would unpack outside its folder, and nobody's name or address in them
(document properties, comment and tracked-change authors, the list of people who edited it)."""

import io
import re
import zipfile
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# The member each office format must have; checked after the zip itself.
OFFICE_MEMBERS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
# A zip that unpacks to more than this is refused: rewriting it would fill memory (a "zip bomb").
MAX_UNPACKED_FACTOR = 20
# The start of an OLE compound file: Office's macro projects, ActiveX controls, embedded programs, and
# a password-protected DOCX or XLSX (which is no zip at all).
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MACRO_TYPES = re.compile(rb"vbaProject|macroEnabled|activeX|ms-office\.vba|oleObject", re.IGNORECASE)
# A relation to something outside the file that the office program fetches by itself. Hyperlinks are
# fetched only when a reader follows them.
EXTERNAL = re.compile(rb"<Relationship\b[^>]*TargetMode=\"External\"[^>]*>", re.IGNORECASE)
RELATION_TYPE = re.compile(rb"Type=\"([^\"]*)\"")
# What names people, in any part: attributes (comment and tracked-change authors, the people list of
# Word, threaded comments of Excel) and elements (ODF's creators, Excel's comment authors).
PERSON_ATTRIBUTES = re.compile(
    rb"(\s(?:[\w.-]+:)?(?:author|initials|userId|providerId|displayName))=\"[^\"]*\"", re.IGNORECASE
)
PERSON_ELEMENTS = re.compile(
    rb"(<(dc:creator|meta:initial-creator|meta:printed-by|author|cp:lastModifiedBy)\b[^>]*>)"
    rb"[^<]*(</\2>)"
)
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


def refuse(message, code: str):
    return ValidationError(message, code=code)


def refuse_encrypted_office(head: bytes) -> None:
    if head.startswith(OLE):
        raise refuse(
            _(
                "This document is encrypted (protected by a password) or in an old format (DOC, XLS). "
                "Please save it without protection as DOCX, XLSX, ODT or PDF and upload it again."
            ),
            "document_encrypted",
        )


def office_format(archive: zipfile.ZipFile, size: int) -> str | None:
    """The format of an office zip, after every check; None if it is no office document of ours."""
    members = archive.infolist()
    if sum(member.file_size for member in members) > MAX_UNPACKED_FACTOR * max(size, 1_000_000):
        return None
    if any(not _plain(member.filename) for member in members):
        raise refuse(
            _("This document holds files with names that lead out of it; it cannot be taken."), "odd_names"
        )
    contents = {member.filename: archive.read(member) for member in members}
    if any(_is_macro(name, content) for name, content in contents.items()):
        raise refuse(
            _("This document contains macros (programs). Please save it without them, e.g. as DOCX or XLSX."),
            "document_macros",
        )
    if any(_fetches(content) for name, content in contents.items() if name.endswith(".rels")):
        raise refuse(
            _(
                "This document loads a template or data from elsewhere when it is opened (an external link "
                "or template). Please remove the link, e.g. by saving a copy with the values only."
            ),
            "document_external",
        )
    names = set(contents)
    if contents.get("mimetype", b"").strip() == ODT_MIMETYPE:
        return "odt"
    for document_format, member in OFFICE_MEMBERS.items():
        if member in names and "[Content_Types].xml" in names:
            return document_format
    return None


def _plain(name: str) -> bool:
    path = PurePosixPath(name)
    return not (path.is_absolute() or ".." in path.parts or "\\" in name or ":" in name)


def _is_macro(name: str, content: bytes) -> bool:
    """Office's macro project or ActiveX control under any name (by its content and its declared type),
    or an OpenDocument's Basic and script folders."""
    lowered = name.lower()
    if lowered.startswith(("basic/", "scripts/")) or lowered.endswith("vbaproject.bin"):
        return True
    if content.startswith(OLE):
        return True
    declares = name in ("[Content_Types].xml", "META-INF/manifest.xml") or name.endswith(".rels")
    return declares and bool(MACRO_TYPES.search(content) or b"Basic/" in content or b"Scripts/" in content)


def _fetches(relations: bytes) -> bool:
    types = (RELATION_TYPE.search(relation) for relation in EXTERNAL.findall(relations))
    return any(found is None or not found.group(1).endswith(b"/hyperlink") for found in types)


def cleaned(upload) -> bytes:
    upload.seek(0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(upload) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            content = EMPTY_PARTS.get(member.filename) or _anonymous(member.filename, source.read(member))
            # ODF wants its "mimetype" first and uncompressed; the others keep their compression.
            target.writestr(member, content, compress_type=member.compress_type)
    return buffer.getvalue()


def _anonymous(name: str, content: bytes) -> bytes:
    if not name.endswith(".xml"):
        return content
    content = PERSON_ATTRIBUTES.sub(rb'\1=""', content)
    return PERSON_ELEMENTS.sub(rb"\1\3", content)
