"""The checks in the admin's forms (a mixin of the workplace's ContentAdmin): each finding beside its
field and a summary at the top; after a save, errors keep a draft from being published (it is saved,
unpublished) and the warnings are listed, unless the editor gave a reason for leaving them."""

import reversion
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from checks.content import consider, considered, findings
from checks.registry import Severity
from core.translated_text import language_named

REASON = "checks_considered"  # the summary's field (templates/admin/checks_summary.html)


def _unconsidered(obj, found):
    """Of `found`, those still open: errors, and the warnings nobody considered."""
    kept = considered(obj)
    return [f for f in found if f.is_error or (f.code, f.field) not in kept]


def _shown(obj):
    """What the form shows: read once for its fields and its summary."""
    if not hasattr(obj, "_check_findings"):
        obj._check_findings = _unconsidered(obj, findings(obj))
    return obj._check_findings


def mark(fields, found) -> None:
    for finding in found:
        field = fields.get(finding.field)
        if field is not None:
            said = f"{Severity(finding.severity).label}: {finding.message}"
            field.help_text = f"{'✖' if finding.is_error else '⚠'} {said} {field.help_text}".strip()


def _say(request, level, heading: str, found) -> None:
    if found:
        messages.add_message(request, level, format_html("{}{}", heading, _listed(found)))


def _where(model, finding) -> str:
    """The field a finding is about, as the form labels it: "Text (Englisch)"."""
    try:
        label = model._meta.get_field(finding.field).verbose_name
    except FieldDoesNotExist:
        return ""
    return capfirst(language_named(str(label)))


def described(model, found) -> list[tuple[str, object]]:
    return [(_where(model, finding), finding) for finding in found]


def _listed(found) -> str:
    return format_html_join("", "<br>– {}", ((f.message,) for f in found))


def _rows(formsets) -> list:
    """The saved rows of the form's tables."""
    return [
        form.instance
        for formset in formsets
        for form in formset.forms
        if form.instance.pk is not None and form not in formset.deleted_forms
    ]


class CheckedAdmin:
    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and obj.pk is not None:
            mark(form.base_fields, _shown(obj))
        return form

    def render_change_form(self, request, context, *args, **kwargs):
        obj = context.get("original")
        if obj is not None and obj.pk is not None:
            context["check_findings"] = described(type(obj), _shown(obj))
            context["check_reason_field"] = REASON
        return super().render_change_form(request, context, *args, **kwargs)

    def save_model(self, request, obj, form, change):
        stored = type(obj)._default_manager.filter(pk=obj.pk).first() if obj.pk else None
        obj._was_published = bool(getattr(stored, "is_published", False))
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj, rows = form.instance, _rows(formsets)
        found = findings(obj, rows)
        reason = request.POST.get(REASON, "").strip()[:1000]
        if reason and any(not f.is_error for f in found):
            consider(obj, [f for f in found if not f.is_error], reason, request.user)
            obj._considered = reason
        errors = [f for f in found if f.is_error]
        if errors and getattr(obj, "is_published", False) and not obj._was_published:
            # Saved, never lost; only not published (a change of a page already public stays public).
            type(obj)._default_manager.filter(pk=obj.pk).update(is_published=False)
            obj.is_published = False  # and so the revision keeps it
            count = ngettext(
                "Saved as a draft, not published: %(count)d error must be fixed first.",
                "Saved as a draft, not published: %(count)d errors must be fixed first.",
                len(errors),
            )
            _say(request, messages.ERROR, count % {"count": len(errors)}, errors)
        else:
            _say(request, messages.ERROR, _("Please fix:"), errors)
        _say(
            request,
            messages.WARNING,
            _("Notes on the text:"),
            _unconsidered(obj, [f for f in found if not f.is_error]),
        )

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reason := getattr(obj, "_considered", ""):
            # Kept in the revision's comment: why the notes were left as they are.
            comment = _("Notes considered: %(reason)s") % {"reason": reason}
            reversion.set_comment(" ".join(filter(None, [reversion.get_comment(), comment])))
        return entry
