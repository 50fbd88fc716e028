"""Which links the content holds, read from the models themselves: every kind of content the history
keeps (django-reversion's registry, filled by the admin), and in it each rich text in each language, web
and e-mail addresses, and uploaded files (downloads, photos). A kind whose rendered page must be checked
as a whole (the legal pages, which also show the office's address and the authorities' links from their
templates) says so with a `links_shown` property."""

import reversion
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.fields import GenericForeignKey
from django.db import models
from django.test import Client
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from checks.markup import structure
from core.rich_text import RichTextField

LONGEST = 2000  # Link.url


def holders() -> list[type[models.Model]]:
    return [model for model in apps.get_models() if reversion.is_registered(model)]


def _originals(model) -> set[str]:
    """modeltranslation's untranslated column, kept equal to the German one: not read twice."""
    if model in translator.get_registered_models():
        return set(translator.get_options_for_model(model).fields)
    return set()


def _field_links(obj, field) -> list[str]:
    value = getattr(obj, field.attname, None)
    if not value:
        return []
    if isinstance(field, RichTextField):
        return [href for href, _text in structure(value).links]
    if isinstance(field, models.URLField):
        return [value]
    if isinstance(field, models.EmailField):
        return [f"mailto:{value}"]
    if isinstance(field, models.FileField):
        return [settings.MEDIA_URL + str(value)]
    return []


def _shown_links(obj) -> list[tuple[str, str]]:
    """The links of the object's public page in each language, as a visitor gets it (in the process)."""
    found = []
    if not getattr(obj, "links_shown", False):
        return found
    client = Client(raise_request_exception=False, HTTP_HOST=settings.SITE_URL.split("://")[1])
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            url = obj.get_absolute_url()
        response = client.get(url, secure=settings.SITE_URL.startswith("https:"))
        if response.status_code != 200:
            continue
        page = response.content.decode()
        main = page[page.find("<main") : page.find("</main>")]
        field = build_localized_fieldname("page", language)
        found += [(field, href) for href, _text in structure(main).links if not href.startswith("#")]
    return found


def holder(obj) -> tuple[models.Model, str]:
    """The object whose form shows `obj`, and the prefix of its fields there: itself and "", or for a
    row of a form's table (a download, a fact) its parent and "download.12."."""
    if admin.site.is_registered(type(obj)):
        return obj, ""
    prefix = f"{obj._meta.model_name}.{obj.pk}."
    for field in obj._meta.private_fields:
        if isinstance(field, GenericForeignKey) and (parent := getattr(obj, field.name, None)):
            return parent, prefix
    for field in obj._meta.concrete_fields:
        if field.many_to_one and admin.site.is_registered(field.related_model):
            if parent := getattr(obj, field.name):
                return parent, prefix
    return obj, ""


def links_of(obj) -> set[tuple[str, str]]:
    """(field, address) of every link `obj` holds."""
    model = type(obj)
    skip = _originals(model)
    found = [
        (field.name, href)
        for field in model._meta.concrete_fields
        if field.name not in skip
        for href in _field_links(obj, field)
    ]
    held = {href for _field, href in found}
    # The page's own links again only where its template adds them.
    found += [(field, href) for field, href in _shown_links(obj) if href not in held]
    return {(field, href.strip()[:LONGEST]) for field, href in found if href.strip()}
