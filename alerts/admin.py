"""For editors: what was announced and how far its mails went, and announcing an item again after a
change worth telling (a correction of a typo is not announced unless asked for here)."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from alerts.models import Announcement
from alerts.sweep import KINDS, announce


class AgainForm(forms.ModelForm):
    entry = forms.ChoiceField(label=_("story or event"))  # (the model's `item` is its generic key)

    class Meta:
        model = Announcement
        fields = ["note"]
        help_texts = {"note": _("Said in the mail, e.g. “New date: 14 May”.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "note" in self.fields:  # the add form; an announcement itself is shown read-only
            self.fields["entry"].choices = [
                (f"{kind.model._meta.label_lower}:{obj.pk}", f"{kind.model._meta.verbose_name}: {obj}")
                for kind in KINDS
                for obj in kind.model.objects.published()
            ]
            self.fields["note"].required = True


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ("title", "content_type", "round", "created_at", "sent", "waiting")
    list_filter = ("content_type",)
    form = AgainForm

    shown = ["title", "content_type", "round", "note", "created_at"]

    def get_fields(self, request, obj=None):
        return ["entry", "note"] if obj is None else self.shown

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.shown

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                sent_count=Count("deliveries", filter=Q(deliveries__sent_at__isnull=False)),
                waiting_count=Count("deliveries", filter=Q(deliveries__sent_at__isnull=True)),
            )
        )

    @admin.display(description=_("mails sent"), ordering="sent_count")
    def sent(self, announcement):
        return announcement.sent_count

    @admin.display(description=_("mails waiting"), ordering="waiting_count")
    def waiting(self, announcement):
        return announcement.waiting_count

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        label, pk = form.cleaned_data["entry"].split(":")
        model = next(kind.model for kind in KINDS if kind.model._meta.label_lower == label)
        item = model.objects.published().get(pk=pk)
        again = announce(item, note=form.cleaned_data["note"])
        obj.pk, obj.title = again.pk, again.title  # the admin names the round just made
        messages.info(
            request, _("Announced again to %(count)d subscriptions.") % {"count": again.deliveries.count()}
        )

    def log_addition(self, request, obj, message):
        return None  # announce() made the row; the admin's own save is skipped
