import reversion
from django.contrib import admin
from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from core.translated_text import translations
from notices.active import ActiveNotice
from notices.models import Notice, NoticeItem
from workplace.admin import ContentAdmin, ContentInline, PublicationColumn, PublicationStatusFilter

# Registered by hand rather than by the admin: the revision counter is bookkeeping, counted in the
# database, and neither belongs in a revision nor may come back with an old one.
reversion.register(NoticeItem)
reversion.register(Notice, exclude=("revision",), follow=("items",))


class NoticeItemInline(ContentInline, TranslationTabularInline):
    model = NoticeItem
    extra = 1
    fields = ("label", "state", "ordering")


@admin.register(Notice)
class NoticeAdmin(PublicationColumn, ContentAdmin):
    # The window is one column, so that every column fits a 1280 px screen beside the filters; whether
    # it is published at all is the publication column and its filter.
    list_display = ("title", "publication", "severity", "kind", "window", "is_dismissible")
    list_filter = (PublicationStatusFilter, "severity", "kind")
    search_fields = ("title", "text")
    inlines = [NoticeItemInline]
    readonly_fields = ("preview",)
    fieldsets = (
        (None, {"fields": ("title", "text", "items_note", "preview")}),
        (_("How and where"), {"fields": ("severity", "kind", "is_dismissible", "paths", "priority")}),
        (_("When"), {"fields": ("is_published", "starts_at", "ends_at")}),
    )

    @admin.display(description=_("public from – until"), ordering="starts_at")
    def window(self, obj):
        start = date_format(localtime(obj.starts_at), "SHORT_DATETIME_FORMAT")
        end = date_format(localtime(obj.ends_at), "SHORT_DATETIME_FORMAT") if obj.ends_at else _("open")
        return f"{start} – {end}"

    @admin.display(description=_("Preview"))
    def preview(self, obj):
        if not obj.pk:
            return _("Save the notice to see a preview.")
        url = reverse("admin:notices_notice_preview", args=[obj.pk])
        return format_html('<a href="{}" target="_blank">{}</a>', url, _("Open the preview (saved version)"))

    def get_urls(self):
        preview = path(
            "<int:pk>/preview/",
            self.admin_site.admin_view(self.preview_view),
            name="notices_notice_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request, pk):
        notice = get_object_or_404(Notice.objects.with_publication_status(), pk=pk)
        items = notice.items.filter(~Q(state=NoticeItem.State.AVAILABLE))
        active = ActiveNotice(
            notice,
            [
                {
                    "labels": translations(item, "label"),
                    "state": item.state,
                }
                for item in items
            ],
        )
        return render(
            request,
            "notices/preview.html",
            {"notice": notice, "notices": [active], "status": Notice.Status(notice.publication_status).label},
        )
