"""Addresses that last: when an editor changes a translated slug, the old one keeps leading to the object."""

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.utils import build_localized_fieldname

from core.i18n import object_url
from core.translated_text import content_languages, translations
from publishing.models import OldSlug
from publishing.preview import link_grants, staff_may_view
from publishing.publishing import PublishableModel
from publishing.reviews import set_first_review


def prepare_slugs(obj) -> None:
    """Before saving `obj`: a language without a slug takes the German one (every language's page needs
    an address; the German one serves until an editor sets another), and each slug it is about to lose
    is remembered."""
    german = getattr(obj, build_localized_fieldname("slug", settings.LANGUAGE_CODE))
    for code in content_languages():
        field = build_localized_fieldname("slug", code)
        if not getattr(obj, field):
            setattr(obj, field, german)
    remember_replaced_slugs(obj)


def remember_replaced_slugs(obj) -> None:
    """Before saving `obj`: record each slug it is about to lose; forget old ones it takes back."""
    if obj.pk is None:
        return
    saved = type(obj).objects.filter(pk=obj.pk).first()
    if saved is None:
        return
    kind = ContentType.objects.get_for_model(obj)
    new = translations(obj, "slug")
    for language, old in translations(saved, "slug").items():
        if old and old != new[language]:
            OldSlug.objects.update_or_create(
                content_type=kind, language=language, slug=old, defaults={"object_id": obj.pk}
            )
    for language, slug in new.items():
        OldSlug.objects.filter(content_type=kind, language=language, slug=slug, object_id=obj.pk).delete()


def check_slugs_are_free(obj) -> None:
    """A slug that still leads to another object's page cannot be taken without the editor knowing."""
    kind = ContentType.objects.get_for_model(obj)
    errors = {}
    for language, slug in translations(obj, "slug").items():
        others = OldSlug.objects.filter(content_type=kind, language=language, slug=slug)
        owner = others.exclude(object_id=obj.pk).first()
        if slug and owner is not None:
            errors[build_localized_fieldname("slug", language)] = _(
                "“%(slug)s” was the address of “%(other)s”; its old links still lead there. Please choose "
                "another address."
            ) % {"slug": slug, "other": owner.target}
    if errors:
        raise ValidationError(errors)


def may_see(request, obj) -> bool:
    public = type(obj)._default_manager.published().filter(pk=obj.pk).exists()
    return public or staff_may_view(request, type(obj)) or link_grants(request, obj)


def current_object(model, slug: str, language: str):
    """The object that had `slug` in `language` before, or None."""
    old = OldSlug.objects.filter(
        content_type=ContentType.objects.get_for_model(model), language=language, slug=slug
    ).first()
    return model.objects.filter(pk=old.object_id).first() if old else None


def moved_address(request, model, slug: str) -> str | None:
    """The address asked for with the old `slug` replaced by the object's current one, wherever the
    address carries it (a path segment: a calendar, a feed; a query value: a list's filter); None when
    `slug` was no slug of a `model` this request may see. Subscribed calendars and feed readers keep
    working after an editor changes a slug."""
    target = current_object(model, slug, translation.get_language()) if slug else None
    if target is None or not may_see(request, target):
        return None
    new = target.slug
    path = "/".join(new if segment == slug else segment for segment in request.path.split("/"))
    query = request.GET.copy()
    for key, values in query.lists():
        query.setlist(key, [new if value == slug else value for value in values])
    return path + (f"?{query.urlencode()}" if query else "")


def moved_or_404(request, model, slug: str) -> HttpResponsePermanentRedirect:
    """For an address derived from a slug that finds nothing: 301 to its current address, or 404."""
    address = moved_address(request, model, slug)
    if address is None:
        raise Http404
    return HttpResponsePermanentRedirect(address)


class OldSlugRedirectMixin:
    """For views found by slug: an old slug answers 301 to the object's current address, to those who
    may see the object: the old address of a draft does not tell the public its new one."""

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            target = current_object(self.slug_model, kwargs["slug"], translation.get_language())
            if target is None or not may_see(request, target):
                raise
            query = f"?{request.GET.urlencode()}" if request.GET else ""
            return HttpResponsePermanentRedirect(self.address_of(target) + query)

    def address_of(self, obj) -> str:
        return obj.get_absolute_url()


class AddressedModel(PublishableModel):
    """Published content with a page of its own: a translated `slug` (declared in the model and its
    translation.py), its address per language from `url_name` ("pages:detail"), old addresses that keep
    leading to it, and documents attached. What each such model did alike, said once."""

    url_name = ""
    review_by = models.DateField(
        gettext_lazy("review by"),
        null=True,
        blank=True,
        help_text=gettext_lazy("By then an editor looks at it again. Set when it is first published."),
    )

    old_slugs = GenericRelation("publishing.OldSlug")
    downloads = GenericRelation("uploads.Download")

    class Meta(PublishableModel.Meta):
        abstract = True

    def save(self, **kwargs):
        prepare_slugs(self)
        set_first_review(self)
        super().save(**kwargs)

    def clean(self):
        super().clean()
        check_slugs_are_free(self)

    def get_absolute_url(self):
        return object_url(self.url_name, slug=self.slug)


def fill_missing_slugs(**kwargs) -> None:
    """After `migrate` (post_migrate): a language new to the content (settings.CONTENT_LANGUAGES) gives
    the rows saved before it the German slug, as their next save would (`prepare_slugs`): every
    language's page needs an address as soon as the language is switched on."""
    german = build_localized_fieldname("slug", settings.LANGUAGE_CODE)
    for model in django_apps.get_models():
        if not issubclass(model, AddressedModel):
            continue
        for code in content_languages():
            column = build_localized_fieldname("slug", code)
            empty = Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
            model._base_manager.filter(empty).update(**{column: F(german)})
