"""`{% machine_translation_note obj %}` (or `"app.model" pk`): on a page in English (or a partner
language), where the object's text in that language is a machine draft no translator has confirmed, a
note saying so with a link to the German original (public bodies say so of machine-made text that
informs the public)."""

from django import template
from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from operations import page_cache
from translations.models import TranslationSource
from translations.status import SOURCE

register = template.Library()


def _unconfirmed(language) -> set[tuple[int, int]]:
    """(content type, object) of every unconfirmed machine draft, and of the object whose page shows
    it when it is a row of another's form (a partnership's fact, a story's photo): few, and read once
    per generation."""
    rows = TranslationSource.objects.filter(machine_draft=True, language=language)
    keys = set(rows.values_list("content_type_id", "object_id").distinct())
    for kind, pk in list(keys):
        model = ContentType.objects.get_for_id(kind).model_class()
        if model is None or admin.site.is_registered(model):
            continue
        parents = [field for field in model._meta.fields if field.many_to_one]
        values = model._default_manager.filter(pk=pk).values_list(*(f.attname for f in parents)).first()
        for field, parent in zip(parents, values or (), strict=False):
            if parent is not None:
                keys.add((ContentType.objects.get_for_model(field.related_model).pk, parent))
    return keys


def _drafted(context) -> set[tuple[int, int]]:
    """Read once per template rendered: the timeline asks for each of its steps."""
    drafted = context.render_context.get("machine_drafts")
    if drafted is None:
        language = translation.get_language()
        drafted = context.render_context["machine_drafts"] = page_cache.remembered(
            "machine-drafts", lambda: _unconfirmed(language)
        )
    return drafted


@register.inclusion_tag("translations/machine_note.html", takes_context=True)
def machine_translation_note(context, obj_or_label, pk=None):
    if translation.get_language() == SOURCE:
        return {}
    model = apps.get_model(obj_or_label) if isinstance(obj_or_label, str) else type(obj_or_label)
    pk = obj_or_label.pk if pk is None else pk
    kind = ContentType.objects.get_for_model(model)
    if (kind.pk, pk) not in _drafted(context):
        return {}
    obj = model._default_manager.filter(pk=pk).first() if isinstance(obj_or_label, str) else obj_or_label
    if obj is None:
        return {}
    with translation.override(SOURCE):
        return {"german_url": obj.get_absolute_url()}
