from django.contrib import admin, messages
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationStackedInline

from stories.models import Photo, Story
from uploads.images import SeveralImagesField, preview, upload_help
from workplace.admin import (
    ContentAdmin,
    ContentInline,
    PublicationColumn,
    PublicationStatusFilter,
)
from workplace.download_admin import DownloadInline
from workplace.stale import StaleSaveGuardForm
from workplace.translator_fields import translation_only


class StoryForm(StaleSaveGuardForm):
    new_photos = SeveralImagesField(
        label=_("Add photos"),
        required=False,
        help_text=_(
            "Choose several photos at once; they join the end of the gallery. Then give each an "
            "alternative text (or mark it decorative): until then it is not shown."
        ),
    )


class PhotoInline(ContentInline, TranslationStackedInline):
    model = Photo
    extra = 0
    readonly_fields = ("thumbnail", "shown")
    fields = (
        ("image", "thumbnail"),
        "alt",
        "is_decorative",
        "caption",
        "credit",
        ("shows_people", "people_consented"),
        ("position", "shown"),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).with_shown_status()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "image":
            kwargs["help_text"] = upload_help()
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("Preview"))
    def thumbnail(self, photo):
        return preview(photo.renditions, width=160)

    @admin.display(description=_("On the site"))
    def shown(self, photo):
        if photo.pk is None:
            return "–"
        return "; ".join(str(reason) for reason in hidden_because(photo)) or _("Shown in the gallery")


def hidden_because(photo) -> list:
    """Why a photo (with_shown_status) is not shown to the public; nothing when it is."""
    reasons = []
    if not photo.described:
        reasons.append(_("Not shown: give it an alternative text or mark it decorative."))
    if not photo.consented:
        reasons.append(_("Not shown: it shows people; tick that they consented."))
    return reasons


@admin.register(Story)
class StoryAdmin(PublicationColumn, ContentAdmin):
    """Reports and news: on the list of stories, the home page, each partnership's page, the step of the
    timeline they report on, the theme channels ticked, the search and the feeds."""

    form = StoryForm
    list_display = ("title", "publication", "date")
    list_filter = (PublicationStatusFilter, "partnerships")
    date_hierarchy = "date"
    search_fields = ("title", "teaser", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("preview_link",)
    filter_horizontal = ("partnerships", "themes")
    inlines = [PhotoInline, DownloadInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "date", "author", "teaser", "body")}),
        (_("About"), {"fields": ("partnerships", "milestone", "themes")}),
        (_("Photo gallery"), {"fields": ("new_photos",)}),
        (_("Publication"), {"fields": ("is_published", "publish_from", "publish_until", "preview_link")}),
    )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        # Translators translate the photos' texts; adding photos is the editors' work.
        return (
            [fs for fs in fieldsets if "new_photos" not in fs[1]["fields"]]
            if translation_only(request)
            else fieldsets
        )

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if translation_only(request):
            # A declared field is part of the form even where no fieldset shows it.
            form.base_fields.pop("new_photos", None)
        return form

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "milestone":
            kwargs["queryset"] = db_field.related_model.objects.select_related("partnership")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        story = form.instance
        uploads = form.cleaned_data.get("new_photos") or []
        last = story.photos.aggregate(last=Max("position"))["last"] or 0
        for number, upload in enumerate(uploads, start=1):
            Photo.objects.create(story=story, image=upload, position=last + 10 * number)

    def response_add(self, request, obj, post_url_continue=None):
        response = super().response_add(request, obj, post_url_continue)
        self.warn_of_hidden_photos(request, obj)
        return response

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        self.warn_of_hidden_photos(request, obj)
        return response

    def warn_of_hidden_photos(self, request, story):
        """After "saved": how many photos the public does not see yet, and where to look."""
        hidden = [photo for photo in story.photos.with_shown_status() if hidden_because(photo)]
        if hidden:
            message = ngettext(
                "%(count)d photo of the gallery is not shown yet: see its note under “On the site”.",
                "%(count)d photos of the gallery are not shown yet: see their notes under “On the site”.",
                len(hidden),
            )
            messages.warning(request, message % {"count": len(hidden)})
