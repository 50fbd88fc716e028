from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ContentAdmin, PublicationColumn, PublicationStatusFilter
from stories.models import Story


@admin.register(Story)
class StoryAdmin(PublicationColumn, ContentAdmin):
    """Reports and news: on the list of stories, the home page, each partnership's page, the step of the
    timeline they report on, the theme channels ticked, the search and the feeds."""

    list_display = ("title", "date", "publication")
    list_filter = (PublicationStatusFilter, "partnerships")
    date_hierarchy = "date"
    search_fields = ("title", "teaser", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("preview_link",)
    filter_horizontal = ("partnerships", "themes")
    fieldsets = (
        (None, {"fields": ("title", "slug", "date", "author", "teaser", "body")}),
        (_("About"), {"fields": ("partnerships", "milestone", "themes")}),
        (_("Publication"), {"fields": ("is_published", "publish_from", "publish_until", "preview_link")}),
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "milestone":
            kwargs["queryset"] = db_field.related_model.objects.select_related("partnership")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
