from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from events.models import Event, Venue
from workplace.admin import ContentAdmin, PublicationColumn, PublicationStatusFilter
from workplace.download_admin import DownloadInline


@admin.register(Venue)
class VenueAdmin(ContentAdmin):
    """Places reused by events, with what visitors need to know before coming."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("name", "room", "street_address", "step_free")
    search_fields = ("name", "street_address")
    fieldsets = (
        (None, {"fields": ("name", "room", "street_address", "directions", "map_url")}),
        (
            _("Accessibility"),
            {"fields": ("step_free", "accessible_toilet", "hearing_loop", "sign_language_days_ahead")},
        ),
    )


@admin.register(Event)
class EventAdmin(PublicationColumn, ContentAdmin):
    """Events citizens can attend: the calendar, the event's page and the search."""

    list_display = ("title", "publication", "start", "status", "attendance")
    list_filter = (PublicationStatusFilter, "status", "attendance", "partnerships")
    date_hierarchy = "start"
    search_fields = ("title", "teaser", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("preview_link",)
    autocomplete_fields = ("venue",)
    filter_horizontal = ("partnerships", "themes", "contacts")
    inlines = [DownloadInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "teaser", "body")}),
        (_("Photo"), {"fields": ("image", "image_alt", "image_is_decorative", "image_credit")}),
        (_("When"), {"fields": ("start", "end", "all_day", "status", "status_reason")}),
        (_("Repeats"), {"fields": ("repeat", "repeat_until", "exceptions")}),
        (_("Where"), {"fields": ("attendance", "venue", "online_access", "language", "price")}),
        (_("About"), {"fields": ("partnerships", "themes", "milestone", "contacts")}),
        (_("Publication"), {"fields": ("is_published", "publish_from", "publish_until", "preview_link")}),
    )
