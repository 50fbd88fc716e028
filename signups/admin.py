import csv

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from signups import event_admin, mail, seats  # noqa: F401 (event_admin: registers the event's form)
from signups.models import Registration


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 10}))


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    """Who signed up for which date; their list as a CSV file; a mail to all of them. Staff cannot add
    or change a sign-up (the visitor's own link does that), only cancel one so that the waiting list
    moves up."""

    list_display = ("name", "email", "people", "status", "occurrence", "note", "created_at")
    list_filter = ("status", ("occurrence__event", admin.RelatedOnlyFieldListFilter))
    search_fields = ("name", "email", "occurrence__event__title")
    list_select_related = ("occurrence__event",)
    readonly_fields = [field.name for field in Registration._meta.fields if field.name != "id"]
    actions = ["export_csv", "mail_everyone", "cancel"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Export the chosen sign-ups (CSV)"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="anmeldungen.csv"'
        response.write("\ufeff")  # so that spreadsheet programs read the umlauts right
        writer = csv.writer(response, delimiter=";")
        writer.writerow([_("Event"), _("Date"), _("Name"), _("E-mail"), _("People"), _("Status"), _("Note")])
        for registration in queryset.select_related("occurrence__event"):
            start = timezone.localtime(registration.occurrence.start).strftime("%d.%m.%Y %H:%M")
            row = [registration.occurrence.event.title, start, registration.name, registration.email]
            row += [registration.people, registration.get_status_display(), registration.note]
            # A cell starting with = + - @ would be a formula to a spreadsheet program.
            writer.writerow([f"'{v}" if str(v)[:1] in "=+-@" else v for v in row])
        return response

    @admin.action(description=_("Write to the chosen people (e.g. when an event is cancelled)"))
    def mail_everyone(self, request, queryset):
        recipients = queryset.exclude(status=Registration.Status.CANCELLED).select_related(
            "occurrence__event"
        )
        form = MessageForm(request.POST if "send" in request.POST else None)
        if form.is_valid():
            sent = sum(
                mail.send("message", r, form.cleaned_data["message"], form.cleaned_data["subject"])
                for r in recipients
            )
            self.message_user(
                request, ngettext("%d mail sent.", "%d mails sent.", sent) % sent, messages.SUCCESS
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Write to the chosen people"),
            "form": form,
            "recipients": recipients,
            "chosen": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/signups/message.html", context)

    @admin.action(
        description=_("Cancel the chosen sign-ups (the waiting list moves up)"), permissions=["delete"]
    )
    def cancel(self, request, queryset):
        cancelled = 0
        for registration in queryset.exclude(status=Registration.Status.CANCELLED):
            registration, moved = seats.cancel(registration)
            cancelled += 1
            for other in moved:
                transaction.on_commit(lambda other=other: mail.send("moved_up", other))
            transaction.on_commit(lambda registration=registration: mail.send("cancelled", registration))
        self.message_user(
            request, ngettext("%d sign-up cancelled.", "%d sign-ups cancelled.", cancelled) % cancelled
        )
