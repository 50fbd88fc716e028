"""The link checker's list (read only: rows come from the content and the checks) and, for the content
forms (workplace.ContentAdmin), the object's own broken and redirected links at the top."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin import ReadOnlyAdmin
from links.models import Link
from links.report import describe, field_label, object_admin_url


@admin.register(Link)
class LinkAdmin(ReadOnlyAdmin):
    list_display = ("address", "state", "problem_text", "content", "field_label", "checked_at")
    list_filter = ("status", "problem", "content_type")
    search_fields = ("url",)
    list_select_related = ("content_type",)
    list_per_page = 100

    @admin.display(description=_("address"), ordering="url")
    def address(self, link):
        return link.url

    @admin.display(description=_("state"), ordering="status")
    def state(self, link):
        return link.get_status_display()

    @admin.display(description=_("problem"))
    def problem_text(self, link):
        return describe(link)

    @admin.display(description=_("in"))
    def content(self, link):
        url = object_admin_url(link)
        shown = str(link.content_object or link.object_id)
        return format_html('<a href="{}">{}</a>', url, shown) if url else shown

    @admin.display(description=_("field"))
    def field_label(self, link):
        return field_label(link)


class LinkReportAdmin:
    """For content forms: the object's broken and redirected links, from the last check."""

    def render_change_form(self, request, context, *args, **kwargs):
        obj = context.get("original")
        if obj is not None and obj.pk is not None:
            context["link_problems"] = [
                {"link": link, "where": field_label(link), "what": describe(link)}
                for link in Link.objects.of(obj).problems().select_related("content_type")
            ]
        return super().render_change_form(request, context, *args, **kwargs)
