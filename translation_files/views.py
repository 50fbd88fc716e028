"""The admin's pages for files to and from a translation agency (translations.xliff): the export of
every missing or outdated English text (or those of one kind), and the import with its report. Wired
into the admin site by the workplace, behind its sign-in."""

from django import forms
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from translation_files import xliff
from translations.rights import choice
from translations.status import status


def _may(user, action: str, model) -> bool:
    return user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")


FILE_NAMES = {"en": "englisch", "sw": "kiswahili", "ro": "rumaenisch"}


def download(objects, language="en", source="de") -> HttpResponse:
    content = xliff.export(objects, language, source)
    response = HttpResponse(content, content_type="application/x-xliff+xml; charset=utf-8")
    name = f"arnsberg-{FILE_NAMES[language]}-{timezone.localdate():%Y-%m-%d}.xlf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_http_methods(["GET"])
def export_view(request, admin_site):
    """Every missing or outdated text of the kinds the user may view, in `?language=` (English, or the
    translator's own) from `?source=`; `?kind=app.model`: of that kind only."""
    kind = request.GET.get("kind", "")
    language, source = choice(request, request.GET)
    objects = [
        row.object
        for entry in status(language)
        if _may(request.user, "view", entry.model) and kind in ("", entry.model._meta.label_lower)
        for row in entry.rows
        if row.missing or row.outdated
    ]
    return download(objects, language, source)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Translated XLIFF file"),
        help_text=gettext_lazy(
            "The file exported here, translated by the agency (XLIFF 1.2 or 1.1, at most 5 MB)."
        ),
    )


@require_http_methods(["GET", "POST"])
def import_view(request, admin_site):
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > xliff.MOST_BYTES:
            report = xliff.Report(refused=_("The file is larger than 5 MB."))
        else:
            report = xliff.read(upload.read(), request.user)
    context = {
        **admin_site.each_context(request),
        "title": _("Import a translated XLIFF file"),
        "form": form,
        "report": report,
    }
    return TemplateResponse(
        request, "admin/translation_import.html", context, status=400 if report and report.refused else 200
    )
