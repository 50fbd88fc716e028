"""What a page shows beside its object's own text fields, kept in a column so that the search finds it.

A partnership's page shows its kind ("Klimapartnerschaft"), its facts, its "Mitmachen" section with the
roles of the people to ask, and the titles of its documents: texts of other rows, of other apps, and
labels from the code. Each app that puts such texts on a page registers them here (`ShownText`); the
searchable model keeps them, per language, in `shown_text_<language>` (part of its search vector), and
they are written again whenever the object or a row they come from is saved, linked or deleted.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.utils import translation
from django.utils.translation import gettext as _

from core.translated_text import content_languages

FIELD = "shown_text"


@dataclass(frozen=True)
class ShownText:
    model: str  # the label of the searchable model whose page shows the texts: "partnerships.Partnership"
    texts: Callable[[models.Model], Iterable[str]]  # the texts, in the active language
    # The rows the texts come from, each (model label, row -> the objects whose pages show it).
    sources: tuple[tuple[str, Callable[[models.Model], Iterable[models.Model]]], ...] = ()


_registry: list[ShownText] = []


def columns() -> list[str]:
    return [f"{FIELD}_{code}" for code in content_languages()]


def add_columns(model) -> None:
    """Right after a searchable model's class: a column per language for its shown texts (as
    modeltranslation adds a column per language to a translated field)."""
    for name in columns():
        column = models.TextField(default="", editable=False, blank=True)
        column.derived = True  # derived from other rows: kept out of revisions (workplace.admin)
        column.contribute_to_class(model, name)


def register(shown: ShownText) -> None:
    """In an AppConfig.ready(): the texts an app adds to the pages of `shown.model`."""
    if shown in _registry:
        return
    _registry.append(shown)
    post_save.connect(_saved, sender=shown.model, dispatch_uid=f"shown-text:{shown.model}")
    for label, _owners in shown.sources:
        uid = f"shown-text:{label}"
        pre_save.connect(_saving, sender=label, dispatch_uid=uid)
        post_save.connect(_saved, sender=label, dispatch_uid=uid)
        pre_delete.connect(_deleting, sender=label, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=label, dispatch_uid=uid)
    m2m_changed.connect(_linked, dispatch_uid="shown-text:links")


def text(obj, language: str) -> str:
    label = obj._meta.label
    with translation.override(language):
        parts = [str(part) for shown in _registry if shown.model == label for part in shown.texts(obj)]
    return "\n".join(part for part in parts if part)


def refresh(objects: Iterable[models.Model]) -> None:
    """Writes the shown texts of `objects` (an update: no signal, no revision, no other save)."""
    for obj in {(type(obj), obj.pk): obj for obj in objects if obj is not None and obj.pk}.values():
        values = {f"{FIELD}_{code}": text(obj, code) for code in content_languages()}
        type(obj)._base_manager.filter(pk=obj.pk).update(**values)


def fill_missing(**kwargs) -> None:
    """After `migrate` (post_migrate): the objects whose shown texts were never written."""
    for label in {shown.model for shown in _registry}:
        model = apps.get_model(label)
        refresh(model._base_manager.filter(**{f"{FIELD}_{settings.LANGUAGE_CODE}": ""}))


def _pages_showing(row) -> list[models.Model]:
    """The objects whose pages show texts of `row`: itself if it has such a page, and its sources'."""
    label = row._meta.label
    found = [row] if any(shown.model == label for shown in _registry) else []
    for shown in _registry:
        found += [obj for source, owners in shown.sources if source == label for obj in owners(row)]
    return found


def _saving(sender, instance, raw=False, **kwargs):
    # A row that moves (a "Mitmachen" section given to another partnership) leaves its old page too.
    saved = None if raw or instance.pk is None else sender._base_manager.filter(pk=instance.pk).first()
    instance.shown_text_pages = _pages_showing(saved) if saved is not None else []


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh([*getattr(instance, "shown_text_pages", []), *_pages_showing(instance)])


def _deleting(sender, instance, **kwargs):
    # Its links (a contact's partnerships) are gone by the time it is deleted: found now.
    instance.shown_text_pages = [obj for obj in _pages_showing(instance) if obj is not instance]


def _deleted(sender, instance, **kwargs):
    refresh(getattr(instance, "shown_text_pages", []))


def _linked(sender, instance, action, model, pk_set, **kwargs):
    """A many-to-many link added or removed, from either side (a contact named for a partnership)."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    touched = _pages_showing(instance)
    if pk_set:
        for row in apps.get_model(model._meta.label)._base_manager.filter(pk__in=pk_set):
            touched += _pages_showing(row)
    refresh(touched)


def _document_titles(obj) -> list[str]:
    from core.translated_text import translated_text

    titles = [translated_text(download, "title") for download in obj.downloads.all()]
    return [_("Downloads"), *titles] if titles else []


def documents(label: str) -> ShownText:
    """The titles of the documents attached to the objects of `label` (uploads.models.Download)."""
    return ShownText(
        label, _document_titles, (("uploads.Download", lambda download: [download.attached_to]),)
    )
