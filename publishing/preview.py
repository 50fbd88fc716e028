"""Previews of content that is not public yet: for staff, and for whoever has a signed link.

Staff who may view a model see its unpublished objects at their public address. An editor can hand a
link to someone without an account (the mayor's office, an outside translator): the object's address
with a signed, expiring token for that one object. Previews are marked on the page, never cached and
never indexed; the sitemap lists published objects only.
"""

import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.http import Http404
from django.utils.cache import patch_cache_control
from django_otp import user_has_device

from publishing.models import ShareKey
from uploads.media_access import shared_with

PARAMETER = "preview"
# Named when this lived in core; a new name would end every share link handed out.
_SALT = "core.preview"


def _subject(obj) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}:{share_key(obj)}"


def share_key(obj) -> str:
    kind = ContentType.objects.get_for_model(obj)
    found, _created = ShareKey.objects.get_or_create(
        content_type=kind, object_id=obj.pk, defaults={"key": secrets.token_urlsafe(32)}
    )
    return found.key


def revoke_links(obj) -> None:
    """Every share link of `obj` made so far stops working; the next one is made with a new key."""
    ShareKey.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk).delete()


def preview_url(obj) -> str:
    """The object's address with a signed token; an object shown on a page of others (a milestone on
    its timeline) keeps its anchor."""
    token = signing.TimestampSigner(salt=_SALT).sign(_subject(obj))
    address, _hash, anchor = obj.get_absolute_url().partition("#")
    return f"{address}?{urlencode({PARAMETER: token})}" + (f"#{anchor}" if anchor else "")


def granted(request, model) -> int | None:
    """The primary key of the `model` object that the request's preview link is for, if it is valid."""
    token = request.GET.get(PARAMETER, "")
    try:
        subject = signing.TimestampSigner(salt=_SALT).unsign(token, max_age=settings.PREVIEW_LINK_SECONDS)
    except signing.BadSignature:  # also an expired one
        return None
    label, pk, key = (subject.split(":") + ["", "", ""])[:3]
    if label != model._meta.label_lower or not pk.isdigit():
        return None
    kind = ContentType.objects.get_for_model(model)
    current = ShareKey.objects.filter(content_type=kind, object_id=int(pk), key=key).exists()
    return int(pk) if current else None


def link_grants(request, obj) -> bool:
    return granted(request, type(obj)) == obj.pk


def staff_may_view(request, model) -> bool:
    opts = model._meta
    user = request.user
    return signed_in_staff(user) and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")


def keep_private(response) -> None:
    """A preview is for its viewer alone: no cache keeps it, no search engine lists it."""
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"


class PreviewMixin:
    """For the detail view of publishable content: the public gets published objects only; staff and
    holders of a preview link get the others too, marked as a preview."""

    preview = False
    shared_by_link = False

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Http404:
            # Not public: only for those who may preview it (no extra query for the public pages).
            obj = super().get_object(self.get_queryset().model.objects.all())
            if staff_may_view(self.request, type(obj)):
                self.preview = True
            elif link_grants(self.request, obj):
                self.preview = self.shared_by_link = True
            else:
                raise
            return obj

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=self.preview, **kwargs)

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if self.preview:
            keep_private(response)
        if self.shared_by_link:
            # Rendered now, while its files' addresses carry the link (uploads.media_access): a visitor
            # without an account sees the draft's images and downloads too.
            with shared_with(self.request.GET[PARAMETER]):
                response.render()
        return response


def needs_second_factor(user) -> bool:
    return settings.REQUIRE_TWO_FACTOR or user_has_device(user)


def signed_in_staff(user) -> bool:
    """Staff who gave every factor they must: only they see the admin, drafts and previews on the
    public pages, and the site during maintenance. A password alone is not enough where a code is due."""
    if not (user.is_active and user.is_staff):
        return False
    return not needs_second_factor(user) or getattr(user, "is_verified", lambda: False)()
