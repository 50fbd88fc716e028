from django.contrib import admin
from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from arnsberg_site.translated_text import translations
from notices.active import ActiveNotice
from notices.models import Notice, NoticeItem

STATUS_LABELS = {
    "live": pgettext_lazy("notice status", "live now"),
    "upcoming": pgettext_lazy("notice status", "scheduled"),
    "ended": pgettext_lazy("notice status", "ended"),
    "draft": pgettext_lazy("notice status", "not published"),
}


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return list(STATUS_LABELS.items())

    def queryset(self, request, queryset):
        now = timezone.now()
        published = queryset.filter(is_published=True)
        return {
            "live": queryset.active(now),
            "upcoming": published.filter(starts_at__gt=now),
            "ended": published.filter(ends_at__lte=now),
            "draft": queryset.filter(is_published=False),
        }.get(self.value(), queryset)


class NoticeItemInline(TranslationTabularInline):
    model = NoticeItem
    extra = 1
    fields = ("label", "state", "ordering")


@admin.register(Notice)
class NoticeAdmin(TabbedTranslationAdmin):
    list_display = ("title", "status", "severity", "kind", "starts_at", "ends_at", "is_dismissible")
    list_filter = (StatusFilter, "severity", "kind", "is_published")
    search_fields = ("title", "text")
    inlines = [NoticeItemInline]
    readonly_fields = ("preview",)
    fieldsets = (
        (None, {"fields": ("title", "text", "items_note", "preview")}),
        (_("How and where"), {"fields": ("severity", "kind", "is_dismissible", "paths", "priority")}),
        (_("When"), {"fields": ("is_published", "starts_at", "ends_at")}),
    )

    @admin.display(description=_("status"))
    def status(self, obj):
        return STATUS_LABELS[obj.status()]

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
        notice = get_object_or_404(Notice, pk=pk)
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
            {"notice": notice, "notices": [active], "status": STATUS_LABELS[notice.status()]},
        )
