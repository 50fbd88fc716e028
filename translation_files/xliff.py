"""Files for a translation agency: every missing or outdated text of one language (English, Kiswahili,
Romanian) as one XLIFF 1.2 file (which OmegaT, Trados and memoQ open), and the translated file read
back. The file says its languages (`source-language`, `target-language`): the source is the German, or
the English for a partner language when the agency reads it better.

A unit is named `app.model:pk:field` and carries the source text; rich text goes as its HTML (datatype
"html"). On import a unit is applied only if its object and field still exist and the source text is
still what was exported; a rich text must keep the source's tags and links, and markup
the site does not allow is never stored. Everything else is reported, not applied, and nothing else
changes: an unchanged file changes nothing.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

import reversion
from django.apps import apps
from django.db import transaction
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from translate.storage import xliff

from core.rich_text import RichTextField, sanitize
from core.translated_text import translations
from translations import rights
from translations.status import (
    SOURCE,
    SOURCES,
    TARGET,
    field_states,
    language_name,
    status,
    target_languages,
    translated_fields,
)

# A file larger than this is refused before it is read.
MOST_BYTES = 5 * 1024 * 1024
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
_HREF = re.compile(r'href="([^"]*)"')


class XliffFile(xliff.xlifffile):
    """translate-toolkit's XLIFF file, written as version 1.2 (it reads 1.1 and 1.2)."""

    namespace = "urn:oasis:names:tc:xliff:document:1.2"
    XMLskeleton = xliff.xlifffile.XMLskeleton.replace("1.1", "1.2")


def _unit_id(obj, name) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}:{name}"


def export(objects=None, language=TARGET, source=SOURCE) -> bytes:
    """The missing and outdated texts in `language` of `objects` (default: of every kind), one unit
    each, from the `source` language; an outdated text's translation is its target, for the agency to
    revise. A field whose source text is empty (English not written yet) waits."""
    if objects is None:
        entries = status(language)
        objects = [row.object for entry in entries for row in entry.rows if row.missing or row.outdated]
    file = XliffFile(sourcelanguage=source, targetlanguage=language)
    for obj in objects:
        for name in field_states(obj, language):
            texts = translations(obj, name)
            if not texts[source]:
                continue
            unit = file.addsourceunit(texts[source])
            unit.setid(_unit_id(obj, name))
            if texts[language]:
                unit.target = texts[language]
            unit.addnote(f"{obj._meta.verbose_name}: {obj} – {obj._meta.get_field(name).verbose_name}")
    return bytes(file)


@dataclass
class Report:
    applied: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (unit, why)
    refused: str = ""  # the whole file


def _tags(html: str) -> tuple[Counter, set]:
    return Counter((m[1], m[2].lower()) for m in _TAG.finditer(html)), set(_HREF.findall(html))


def _parse(data: bytes):
    if len(data) > MOST_BYTES:
        raise ValueError(_("The file is larger than 5 MB."))
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise ValueError(_("The file declares a document type or entities, which an XLIFF file never needs."))
    try:
        return xliff.xlifffile.parsestring(data)
    except Exception as error:  # whatever the XML parser or the toolkit finds wrong
        raise ValueError(_("This is not an XLIFF file the site can read.")) from error


def read(data: bytes, user) -> Report:
    """Applies what the file may change: units of kinds `user` may change, checked as above."""
    report = Report()
    try:
        file = _parse(data)
    except ValueError as error:
        report.refused = str(error)
        return report
    pair = (file.getsourcelanguage() or SOURCE, file.gettargetlanguage() or TARGET)
    if pair[1] not in target_languages() or pair[0] not in SOURCES or pair[0] == pair[1]:
        report.refused = _("The file's languages are not a pair this site translates.")
        return report
    changes: dict = {}
    for unit in file.units:
        name = unit.getid().split("\x04")[-1]
        why = _check(unit, name, changes, user, pair)
        if why:
            report.skipped.append((name, why))
    _apply(changes, report, user, pair[1])
    return report


def _located(unit_id: str, changes: dict):
    """(object, field name) a unit names, or (None, why not)."""
    label, _sep, rest = unit_id.partition(":")
    pk, _sep, name = rest.partition(":")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None, _("No such kind of content.")
    if model not in translator.get_registered_models() or name not in translated_fields(model):
        return None, _("No such translated field.")
    known = changes.get((model, pk))
    obj = known["object"] if known else model._default_manager.filter(pk=pk).first() if pk.isdigit() else None
    return (obj, name) if obj is not None else (None, _("The entry no longer exists."))


def _stored(field, text: str, german: str) -> tuple[str, str]:
    """The English text as it would be stored, and why it may not be ("" if it may)."""
    if isinstance(field, RichTextField):
        stored = sanitize(text)
        if _tags(stored) != _tags(german) or _tags(stored) != _tags(text):
            return "", _("The markup differs from the German text's (tags or links changed, or not allowed).")
        return stored, ""
    if _TAG.search(text):
        return "", _("A text without formatting carries markup.")
    return text.strip(), ""


def _check(unit, unit_id: str, changes: dict, user, pair) -> str:
    """Why the unit is not applied, or "" after noting its change in `changes`."""
    obj, name = _located(unit_id, changes)
    if obj is None:
        return name
    (source, language), model = pair, type(obj)
    texts, target = translations(obj, name), unit.target or ""
    if not user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
        return _("You may not change this kind of content.")
    if not rights.may_translate(user, language):
        return _("You may not change the texts of this language.")
    if (unit.source or "") != (texts[source] or ""):
        if source == SOURCE:
            return _("The German text changed since the file was exported; translate it again.")
        return _("The English text changed since the file was exported; translate it again.")
    if not target.strip() or target == (texts[language] or ""):
        return _("No new translation in the file.")
    stored, why = _stored(model._meta.get_field(name), target, texts[source] or "")
    column = model._meta.get_field(build_localized_fieldname(name, language))
    if not why and column.max_length and len(stored) > column.max_length:
        why = _("Longer than the %(limit)d characters the field holds.") % {"limit": column.max_length}
    if not why:
        changes.setdefault((model, str(obj.pk)), {"object": obj, "fields": {}})["fields"][name] = stored
    return why


def _apply(changes: dict, report: Report, user, language) -> None:
    for entry in changes.values():
        obj = entry["object"]
        with transaction.atomic(), reversion.create_revision():
            for name, text in entry["fields"].items():
                setattr(obj, build_localized_fieldname(name, language), text)
            obj.save()
            reversion.set_user(user)
            if language == TARGET:
                reversion.set_comment(_("English from a translation file (XLIFF)"))
            else:
                comment = _("%(language)s from a translation file (XLIFF)")
                reversion.set_comment(comment % {"language": language_name(language)})
        report.applied.extend(_unit_id(obj, name) for name in entry["fields"])
