from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from pages.models import Confirmation, ContactPerson, Page, Participation, SignLanguageVideo
from pages.videos import video_help
from uploads.images import upload_help
from workplace.admin import ContentAdmin, ContentInline, PublicationColumn, PublicationStatusFilter
from workplace.download_admin import DownloadInline


class ConfirmationInline(ContentInline, admin.TabularInline):
    """The page's checklist: facts in its text that an editor must still confirm."""

    model = Confirmation
    extra = 1
    fields = ("label", "confirmed", "ordering")
    # The whole sentence in view: it says what to add to the text.
    formfield_overrides = {models.CharField: {"widget": forms.TextInput(attrs={"size": 90})}}


@admin.register(Page)
class PageAdmin(PublicationColumn, ContentAdmin):
    list_display = ("title", "publication", "to_confirm", "kind")
    list_filter = (PublicationStatusFilter, "kind")
    search_fields = ("title", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("preview_link",)
    inlines = [ConfirmationInline, DownloadInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "summary", "body")}),
        (_("Publication"), {"fields": ("is_published", "publish_from", "publish_until", "preview_link")}),
    )

    def get_queryset(self, request):
        unconfirmed = Count("confirmations", filter=Q(confirmations__confirmed=False))
        return super().get_queryset(request).annotate(unconfirmed=unconfirmed)

    @admin.display(description=_("to confirm"), ordering="unconfirmed")
    def to_confirm(self, obj):
        if not obj.unconfirmed:
            return "–"
        return ngettext("%(count)d fact", "%(count)d facts", obj.unconfirmed) % {"count": obj.unconfirmed}


@admin.register(ContactPerson)
class ContactPersonAdmin(ContentAdmin):
    """Whom citizens can ask: shown in the contact box of each partnership and page ticked here."""

    list_display = ("name", "role", "email", "phone")
    search_fields = ("name", "role", "unit", "email")
    filter_horizontal = ("partnerships", "pages")
    fieldsets = (
        (None, {"fields": ("name", "role", "unit")}),
        (_("Contact"), {"fields": ("phone", "email", "street", "postal_code", "town")}),
        (_("Photo"), {"fields": ("photo", "photo_alt")}),
        (_("Shown on"), {"fields": ("partnerships", "pages", "ordering")}),
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "photo":
            kwargs["help_text"] = upload_help()
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Participation)
class ParticipationAdmin(ContentAdmin):
    """The section "Taking part" of a partnership's page: one per partnership, public with it."""

    list_display = ("partnership", "updated_at")
    filter_horizontal = ("contacts",)
    fields = ("partnership", "body", "contacts")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("partnership")


@admin.register(SignLanguageVideo)
class SignLanguageVideoAdmin(PublicationColumn, ContentAdmin):
    """The home page's video in German Sign Language: there is one; until it is published, none shows."""

    list_display = ("title", "duration", "publication")
    fields = ("title", "video", "duration", "transcript", "is_published", "publish_from", "publish_until")

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SignLanguageVideo.objects.exists()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "video":
            kwargs["help_text"] = video_help()
        return super().formfield_for_dbfield(db_field, request, **kwargs)
