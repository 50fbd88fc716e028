from django.contrib import admin

from tests.contract.models import Excursion
from workplace.admin import ContentAdmin, PublicationColumn, PublicationStatusFilter


@admin.register(Excursion)
class ExcursionAdmin(PublicationColumn, ContentAdmin):
    list_display = ("title", "publication")
    list_filter = (PublicationStatusFilter,)
    search_fields = ("title", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("preview_link",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        ("Publication", {"fields": ("is_published", "publish_from", "publish_until", "preview_link")}),
    )
