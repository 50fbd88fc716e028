from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from partnerships.models import Fact, Partnership, Programme, SustainableDevelopmentGoal
from partnerships.translation import PartnershipTranslation
from translations.status import missing_translations
from uploads.images import preview, upload_help
from workplace.admin import ContentAdmin, ContentInline, PublicationColumn, PublicationStatusFilter
from workplace.download_admin import DownloadInline

# The slug is filled from the German one when left empty, so it is no translator's to-do.
PARTNERSHIP_TEXTS = [
    field.name
    for field in Partnership._meta.fields
    if field.name in PartnershipTranslation.fields and field.name != "slug"
]


class FactInline(ContentInline, TranslationTabularInline):
    model = Fact
    extra = 1
    fields = ("label", "value", "ordering")


@admin.register(Partnership)
class PartnershipAdmin(PublicationColumn, ContentAdmin):
    # Few columns, so that the translators' column shows on a 1280 px screen beside the filters;
    # kind, status and programme are filters.
    list_display = ("city", "publication", "english_missing", "country")
    list_filter = (PublicationStatusFilter, "status", "kind", "programme")
    search_fields = ("city", "official_name", "country", "region")
    prepopulated_fields = {"slug": ("city",)}
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    readonly_fields = ("image_preview", "preview_link")
    # Other apps add theirs (milestones: the partnership's steps) from their own admin module.
    inlines = [FactInline, DownloadInline]
    fieldsets = (
        (None, {"fields": ("city", "official_name", "slug", "country", "region")}),
        (
            _("Partnership"),
            {
                "fields": (
                    "kind",
                    "programme",
                    "since_year",
                    "status",
                    "sdgs",
                    "is_published",
                    "publish_from",
                    "publish_until",
                    "preview_link",
                    "ordering",
                )
            },
        ),
        (_("Texts"), {"fields": ("summary", "body")}),
        (
            _("Image"),
            {"fields": ("image", "image_preview", "image_alt", "image_is_decorative", "image_credit")},
        ),
        (_("Location"), {"fields": ("latitude", "longitude", "time_zone")}),
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "image":
            kwargs["help_text"] = upload_help()
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("English still missing"))
    def english_missing(self, obj):
        return ", ".join(missing_translations(obj, PARTNERSHIP_TEXTS)) or "–"

    @admin.display(description=_("Preview"))
    def image_preview(self, obj):
        return preview(obj.image_renditions)


@admin.register(Programme)
class ProgrammeAdmin(ContentAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("name", "run_by", "funded_by")
    search_fields = ("name",)


@admin.register(SustainableDevelopmentGoal)
class SustainableDevelopmentGoalAdmin(ContentAdmin):
    """The 17 goals are fixed by the UN: editors may refine names, not add or remove goals."""

    list_display = ("number", "name", "colour")
    readonly_fields = ("number",)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
