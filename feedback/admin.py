from urllib.parse import quote

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from feedback.forms import local_path
from feedback.mail import reply_template
from feedback.models import DUE_FIRST, Report


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Each report is a case: open ones first, the one due soonest on top, with what it asks of the city."""

    # Few columns, so that the message shows beside the filters on a 1280 px screen.
    list_display = ("received_at", "status", "due_on", "deadline", "excerpt")
    list_filter = ("status", "interim_reply_sent")
    date_hierarchy = "received_at"
    search_fields = ("message", "page_url", "name", "email")
    fields = (
        ("status", "interim_reply_sent"),
        ("received_at", "due_on", "answered_at", "closed_at"),
        "page_link",
        "message",
        ("name", "email", "language"),
        "reply",
        "notes",
        "personal_data_deleted_at",
    )
    readonly_fields = (
        "received_at",
        "due_on",
        "answered_at",
        "closed_at",
        "page_link",
        "message",
        "name",
        "email",
        "language",
        "reply",
        "personal_data_deleted_at",
    )

    # The admin's list sorts by its own ordering, so it is told the due-first order.
    ordering = DUE_FIRST

    def get_queryset(self, request):
        return super().get_queryset(request).due_first()

    def has_add_permission(self, request):
        return False  # reports come from the public form

    @admin.display(description=_("deadline"))
    def deadline(self, obj):
        if not obj.is_open:
            return "–"
        days = obj.days_left()
        if days < 0:
            return format_html('<strong class="deadline deadline--overdue">{}</strong>', _("overdue"))
        text = ngettext("due in %(days)d day", "due in %(days)d days", days) % {"days": days}
        if days <= 7 and not obj.interim_reply_sent:
            return format_html('<strong class="deadline">{} – {}</strong>', text, _("send an interim reply"))
        return text

    @admin.display(description=_("message"))
    def excerpt(self, obj):
        return obj.message[:80] + ("…" if len(obj.message) > 80 else "")

    @admin.display(description=_("page concerned"))
    def page_link(self, obj):
        # Checked again here: a report stored before the form refused backslashes may hold one.
        path = local_path(obj.page_url)
        return format_html('<a href="{}">{}</a>', path, path) if path else (obj.page_url or "–")

    @admin.display(description=_("reply"))
    def reply(self, obj):
        """The start of an answer in the sender's language, and a link that opens it in a mail program."""
        text = reply_template(obj)
        lines = format_html_join("", "{}<br>", ((line,) for line in text.splitlines()))
        if not obj.email:
            return lines
        subject = quote(str(_("Your report of a barrier")))
        link = f"mailto:{obj.email}?subject={subject}&body={quote(text)}"
        return format_html('{}<p><a href="{}">{}</a></p>', lines, link, _("Answer by e-mail"))
