"""Sign-off in the admin: the content forms hold an editor's change back (a mixin of workplace's
ContentAdmin), and the list "Freigaben" shows what waits, each with its comparison and the two answers."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.admin import ReadOnlyAdmin
from signoff import deciding, holding
from signoff.models import SignOff


class SignOffContentAdmin:
    """For content forms: with DJANGO_SIGN_OFF=1, what an editor changes in public content waits."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Around django-reversion's change_view: its revision is written when that returns.
        if not holding.held(request, self.model):
            return super().change_view(request, object_id, form_url, extra_context)
        context = {"sign_off": True, "sign_off_waiting": self._waiting(object_id), **(extra_context or {})}

        def view():
            return super(SignOffContentAdmin, self).change_view(request, object_id, form_url, context)

        response = holding.hold(request, self.model, unquote(object_id), view)
        if getattr(request, "sign_off", None):
            said = _("Your change waits for sign-off; the public version stays as it is until then.")
            messages.warning(request, said)
        return response

    def add_view(self, request, form_url="", extra_context=None):
        context = {"sign_off": holding.held(request, self.model), **(extra_context or {})}
        return super().add_view(request, form_url, context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not holding.held(request, self.model):
            return super().revision_view(request, object_id, version_id, extra_context)

        def view():
            return super(SignOffContentAdmin, self).revision_view(
                request, object_id, version_id, extra_context
            )

        return holding.hold(request, self.model, unquote(object_id), view)

    def _waiting(self, object_id):
        if not object_id:
            return []
        kind = self.model._meta
        return SignOff.objects.filter(
            content_type__app_label=kind.app_label, content_type__model=kind.model_name,
            object_id=unquote(object_id), state=SignOff.State.WAITING,
        ).select_related("submitted_by")  # fmt: skip

    def save_model(self, request, obj, form, change):
        """A draft that an editor ticks as published is submitted instead (it stays a draft)."""
        holding_back = getattr(request, "sign_off_holding", False)
        wants = holding.held(request, self.model) and obj.is_published and not holding_back
        if wants and not (change and type(obj)._base_manager.filter(pk=obj.pk, is_published=True).exists()):
            obj.is_published = False
            request.sign_off_draft = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if getattr(request, "sign_off_holding", False):
            # Before the rows go: a deleted row's pk is gone afterwards.
            request.sign_off_removed += [
                [ContentType.objects.get_for_model(formset.model).pk, row.instance.pk]
                for row in formset.deleted_forms
                if row.instance.pk is not None
            ]
        super().save_formset(request, form, formset, change)

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        self._submit_draft(request, obj)
        return entry

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        self._submit_draft(request, obj)
        return entry

    def _submit_draft(self, request, obj):
        # A draft with errors the checks found is not submitted: their message says what to fix.
        if getattr(request, "sign_off_draft", False) and not deciding.errors(obj):
            kind = ContentType.objects.get_for_model(obj)
            note = request.POST.get("sign_off_note", "")
            holding.submit(
                request, note, content_type=kind, object_id=obj.pk, title=str(obj)[:200],
                versions=[], removed=[], publish=True,
            )  # fmt: skip
            messages.warning(
                request, _("Saved as a draft and submitted for sign-off: a second person publishes it.")
            )

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        if not (getattr(request, "sign_off_holding", False) and level == messages.SUCCESS):
            super().message_user(request, message, level, *args, **kwargs)


@admin.register(SignOff)
class SignOffAdmin(ReadOnlyAdmin):
    list_display = ("entry", "content_type", "submitted_by", "submitted_at", "state")
    list_filter = ("state", "content_type")
    change_form_template = "admin/signoff/review.html"

    @admin.display(description=gettext_lazy("entry"), ordering="title")
    def entry(self, change):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:signoff_signoff_change", args=[change.pk]), change.title
        )

    def get_queryset(self, request):
        rows = super().get_queryset(request).select_related("submitted_by", "content_type")
        return rows if holding.may_publish(request.user) else rows.filter(submitted_by=request.user)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        if obj is None:
            return request.user.is_active and request.user.is_staff
        return holding.may_publish(request.user) or obj.submitted_by_id == request.user.pk

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.get_object(request, unquote(object_id))
        if change is None or not self.has_view_permission(request, change):
            raise PermissionDenied
        may_decide = (
            holding.may_publish(request.user)
            and change.submitted_by_id != request.user.pk
            and change.state == SignOff.State.WAITING
        )
        if request.method == "POST":
            return self._decide(request, change, may_decide)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Change for sign-off: %(title)s") % {"title": change.title},
            "change": change, "rows": deciding.comparison(change), "may_decide": may_decide,
            "opts": self.model._meta, "object_url": _object_url(change),
        }  # fmt: skip
        return TemplateResponse(request, self.change_form_template, context)

    def _decide(self, request, change, may_decide):
        if not may_decide:
            raise PermissionDenied
        comment = request.POST.get("comment", "").strip()
        if "send_back" in request.POST:
            if not comment:
                messages.error(request, _("Say what should change: the comment goes to the editor."))
                return HttpResponseRedirect(request.path)
            deciding.send_back(change, request.user, comment)
            messages.success(request, _("Sent back to %(name)s.") % {"name": change.submitted_by})
        elif errors := deciding.errors_after(change):
            messages.error(request, _("Not published: the checks found errors.") + " " + errors)
            return HttpResponseRedirect(request.path)
        else:
            deciding.publish(change, request.user, comment)
            messages.success(request, _("Published: %(title)s.") % {"title": change.title})
        return HttpResponseRedirect(reverse("admin:signoff_signoff_changelist"))


def _object_url(change) -> str:
    opts = change.content_type.model_class()._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[change.object_id])
