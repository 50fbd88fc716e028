"""The event's form as sign-ups extend it: its sign-up settings, and a warning before a change takes
away dates people signed up for. The event's app knows nothing of sign-ups; this registers its admin
anew, so that the event's revisions keep the sign-up settings too (VersionAdmin follows its inlines
when it registers the model with django-reversion)."""

import copy

import reversion
from django import forms
from django.contrib import admin
from django.forms.models import construct_instance
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from events.admin import EventAdmin
from events.models import Event
from events.signals import removed_dates
from signups.models import Registration, SignupOptions
from workplace.stale import StaleSaveGuardForm

# Those told by mail when their date goes (signups.seats.date_removed).
TOLD = (Registration.Status.CONFIRMED, Registration.Status.WAITING)
CONFIRM = "remove_signed_up_dates"


class SignupOptionsInline(admin.StackedInline):
    model = SignupOptions
    max_num = 1
    can_delete = False
    verbose_name_plural = _("Sign-up")


class EventForm(StaleSaveGuardForm):
    remove_signed_up_dates = forms.BooleanField(
        label=_("Remove dates people signed up for, and tell them by mail"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors or self.instance.pk is None or cleaned.get(CONFIRM):
            return cleaned
        # The event as this save would leave it, on a copy: the form's instance changes only if valid.
        changed = construct_instance(self, copy.copy(self.instance))
        lost = [
            date for date in removed_dates(changed) if date.registrations.filter(status__in=TOLD).exists()
        ]
        if lost:
            days = ", ".join(formats.date_format(date.start, "SHORT_DATE_FORMAT") for date in lost)
            message = ngettext(
                "This change takes away a date people signed up for (%(days)s). Tick the box to save it "
                "anyway: they lose their seat and are told by mail.",
                "This change takes away %(count)d dates people signed up for (%(days)s). Tick the box to "
                "save it anyway: they lose their seats and are told by mail.",
                len(lost),
            ) % {"count": len(lost), "days": days}
            self.add_error(CONFIRM, message)
        return cleaned


class EventWithSignupsAdmin(EventAdmin):
    form = EventForm
    inlines = [*EventAdmin.inlines, SignupOptionsInline]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        signed_up = Registration.objects.filter(occurrence__event=obj, status__in=TOLD)
        if obj is not None and signed_up.exists():
            fieldsets.append((_("Dates with sign-ups"), {"fields": [CONFIRM]}))
        return fieldsets


admin.site.unregister(Event)
reversion.unregister(Event)
admin.site.register(Event, EventWithSignupsAdmin)
