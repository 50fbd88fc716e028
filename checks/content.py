"""The checks run on an object of any kind of content: its translated rich texts and titles in each
language, the English beside the German, its images' descriptions, and the rows of its form."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from checks.models import Considered
from checks.registry import EASY, IMAGE, PAIR, RICH, TITLE, Finding, run
from core.rich_text import RichTextField


def _text_findings(obj, name: str, field) -> list[Finding]:
    found, values = [], {}
    for language, _name in settings.CONTENT_LANGUAGES:
        column = build_localized_fieldname(name, language)
        values[language] = value = getattr(obj, column, "") or ""
        if not value:
            continue
        if isinstance(field, RichTextField):
            found += run(RICH, column, value, language)
            if getattr(obj, "easy_language", False) and language == settings.LANGUAGE_CODE:
                found += run(EASY, column, value, language)
        elif name == "title":
            found += run(TITLE, column, value, language)
    for language, english in values.items():
        if language != settings.LANGUAGE_CODE and english:
            found += run(
                PAIR, build_localized_fieldname(name, language), values[settings.LANGUAGE_CODE], english
            )
    return found


def _image_findings(obj, translated: set) -> list[Finding]:
    found = []
    for field in obj._meta.concrete_fields:
        if not isinstance(field, models.ImageField) or not getattr(obj, field.name):
            continue
        prefix = "" if field.name == "image" and hasattr(obj, "alt") else f"{field.name}_"
        alt = f"{prefix}alt"
        column = build_localized_fieldname(alt, settings.LANGUAGE_CODE) if alt in translated else alt
        decorative = getattr(obj, f"{prefix}is_decorative", False)
        found += run(IMAGE, column, getattr(obj, column, ""), decorative)
    return found


def findings(obj, rows=()) -> list[Finding]:
    """What the checks find in `obj` and in `rows` (the objects of its form's tables)."""
    model = type(obj)
    translated = (
        set(translator.get_options_for_model(model).fields)
        if model in translator.get_registered_models()
        else set()
    )
    found = []
    for name in sorted(translated):
        found += _text_findings(obj, name, model._meta.get_field(name))
    found += _image_findings(obj, translated)
    for row in rows:
        found += [Finding(f.code, f.severity, "", f"{row}: {f.message}") for f in findings(row)]
    return found


def considered(obj) -> dict[tuple[str, str], str]:
    """(code, field) -> reason, for the warnings of `obj` an editor considered."""
    kind = ContentType.objects.get_for_model(type(obj))
    rows = Considered.objects.filter(content_type=kind, object_id=obj.pk)
    return {(code, field): reason for code, field, reason in rows.values_list("code", "field", "reason")}


def consider(obj, warnings, reason: str, user) -> None:
    kind = ContentType.objects.get_for_model(type(obj))
    for finding in warnings:
        Considered.objects.update_or_create(
            content_type=kind, object_id=obj.pk, code=finding.code, field=finding.field,
            defaults={"reason": reason, "user": user},
        )  # fmt: skip
