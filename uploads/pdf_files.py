"""A PDF as the site keeps it: readable without a password, without what could run when it is opened
(JavaScript, launch and open actions, embedded files), and without who made it (author, software,
dates, the XMP packet). Its title, tags and language stay: screen readers need them."""

import io

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject

# Actions that run something or send something, wherever a PDF may hold them.
ACTIVE = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/ResetForm",
    "/Rendition",
    "/Sound",
    "/Movie",
}
# Entries of the document's catalogue that run on opening or carry other files and forms that script.
CATALOGUE_KEYS = ("/OpenAction", "/AA", "/Metadata")
NAME_TREES = ("/JavaScript", "/EmbeddedFiles")


def refuse_encrypted(reader: PdfReader) -> None:
    if reader.is_encrypted:
        raise ValidationError(
            _(
                "This PDF is encrypted (protected by a password or against copying): visitors and screen "
                "readers could not read it. Please save it without protection and upload it again."
            ),
            code="document_encrypted",
        )


def is_tagged(reader: PdfReader) -> bool:
    """Marked as tagged and with a structure tree: the least a screen reader needs to read a PDF."""
    root = reader.trailer["/Root"]
    mark_info = root.get("/MarkInfo")
    return bool(mark_info and mark_info.get("/Marked")) and "/StructTreeRoot" in root


def cleaned(reader: PdfReader) -> bytes:
    writer = PdfWriter(clone_from=reader)
    root = writer.root_object
    for key in CATALOGUE_KEYS:
        root.pop(key, None)
    names = root.get("/Names")
    if names is not None:
        for key in NAME_TREES:
            names.get_object().pop(key, None)
    form = root.get("/AcroForm")
    if form is not None:
        form.get_object().pop("/XFA", None)  # XML forms that script
    for page in writer.pages:
        page.pop("/AA", None)
        for annotation in page.get("/Annots") or []:
            _passive(annotation.get_object())
    # The title stays (a screen reader announces it); author, creator, producer and dates go.
    title = (reader.metadata or {}).get("/Title")
    writer.metadata = None
    if title:
        writer.add_metadata({"/Title": str(title)})
    # The removed dictionaries and streams would still be written as objects nobody refers to.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _passive(annotation: DictionaryObject) -> None:
    """A link keeps its target (a page, an address); an action that runs or sends goes."""
    annotation.pop("/AA", None)
    action = annotation.get("/A")
    if action is not None and action.get_object().get("/S") in ACTIVE:
        del annotation[NameObject("/A")]
