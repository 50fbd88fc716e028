import reversion
from django import forms
from django.contrib import admin
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from js_asset import Media
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import translator
from reversion_compare.admin import CompareVersionAdmin

from checks.admin_forms import CheckedAdmin
from core.models import Introduction
from core.rich_text import EDITOR_LABELS, RichTextField
from core.translated_text import language_named
from links.admin import LinkReportAdmin
from publishing.publishing import PublicationStatus
from reviews.admin import ReviewAdmin
from signoff.admin import SignOffContentAdmin
from translation_files.views import download
from translations import rights
from translations.status import translation_notes
from workbench.views import workbench_url
from workplace import cut_links, stale
from workplace.comparing import ReadableCompare
from workplace.restoring import RestoringAdmin
from workplace.share_links import ShareLinkAdmin
from workplace.stale import RowsDeletedMeanwhileFormSet, StaleSaveGuardForm, StaleSaveGuardRowForm
from workplace.translator_fields import OwnLanguagesForTranslators


class TextField(forms.CharField):
    """Browsers send line ends as CRLF; the site stores LF, so saving an unchanged form changes nothing."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class PlainLineEnds:
    """For admins and inlines: every text area stores the line ends that the loaded content has."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # A rich text's HTML comes from the editor, and is sanitized anyway (core.rich_text).
        if isinstance(db_field, models.TextField) and not isinstance(db_field, RichTextField):
            kwargs.setdefault("form_class", TextField)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


def _labels_in_current_language(forms) -> dict[str, str]:
    labels = {}
    for form in forms:
        for name, field in form.fields.items():
            with translation.override(None):
                english = str(field.label or name)
            labels[english] = language_named(str(field.label or name))
    return labels


class PublicationStatusFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return PublicationStatus.choices

    def queryset(self, request, queryset):
        # The list's queryset carries each object's status already (PublicationColumn.get_queryset).
        if self.value() in PublicationStatus.values:
            return queryset.filter(publication_status=self.value())
        return queryset


class PublicationColumn:
    """For lists of publishable content: whether each object is public now, scheduled or ended."""

    def get_queryset(self, request):
        return super().get_queryset(request).with_publication_status()

    @admin.display(description=_("publication"), ordering="publication_status")
    def publication(self, obj):
        return PublicationStatus(obj.publication_status).label


def mark_translation_notes(fields, obj) -> None:
    """Each language's tab says at a glance which of the object's texts are missing or outdated: under
    the field, and (for a row of a table, which shows no help text) as the field's frame and title."""
    for language in rights.public_targets():
        for name, note in translation_notes(obj, language).items():
            field = fields.get(f"{name}_{language}")
            if field is not None:
                field.help_text = f"⚠ {note} {field.help_text}".strip()
                classes = field.widget.attrs.get("class", "")
                field.widget.attrs.update({"class": f"{classes} needs-translation".strip(), "title": note})


class ContentRowForm(StaleSaveGuardRowForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and type(self.instance) in translator.get_registered_models():
            mark_translation_notes(self.fields, self.instance)


class ContentInline(OwnLanguagesForTranslators, PlainLineEnds):
    """For inlines of content: plain line ends, rows changed or deleted meanwhile are refused, and each
    row's English fields say what is missing or outdated."""

    form = ContentRowForm
    formset = RowsDeletedMeanwhileFormSet

    def get_fields(self, request, obj=None):
        return [*super().get_fields(request, obj), stale.FIELD]


class ContentAdmin(
    SignOffContentAdmin,
    OwnLanguagesForTranslators,
    PlainLineEnds,
    CheckedAdmin,
    LinkReportAdmin,
    ReviewAdmin,
    ShareLinkAdmin,
    RestoringAdmin,
    ReadableCompare,
    CompareVersionAdmin,
    TabbedTranslationAdmin,
):
    """The admin of every kind of content: German and English tabs, and revisions.

    Each save keeps a revision (who, when, what), with the rows of the form's inlines; the history
    compares two revisions and restores one (workplace.restoring: without deleting later rows); "Recover
    deleted" brings back a deleted object with the rows that were deleted with it, which the revision
    taken just before the deletion holds.
    """

    history_latest_first = True
    delete_confirmation_template = "admin/content/delete_confirmation.html"
    delete_selected_confirmation_template = "admin/content/delete_selected_confirmation.html"

    class Media:
        css = {"all": ["css/admin-content.css"]}
        js = ["js/admin-language.js", "js/editor-labels.js"]

    # Its hidden field is put at the top of the form by templates/admin/change_form.html.
    form = StaleSaveGuardForm
    actions = ["export_xliff"]

    @admin.action(
        description=_("Export the missing and outdated translations of the chosen entries (XLIFF)"),
        permissions=["view"],
    )
    def export_xliff(self, request, queryset):
        """In the translator's own language (English for editors), from the German."""
        return download(queryset, (rights.languages_to_translate(request.user) or ["en"])[0])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The comparison shows the German and English fields, not the untranslated original that
        # modeltranslation keeps equal to the German one.
        self.compare_exclude = list(self.trans_opts.fields) if hasattr(self, "trans_opts") else None

    def get_fields(self, request, obj=None):
        return [name for name in super().get_fields(request, obj) if name != stale.FIELD]

    def reversion_register(self, model, **kwargs):
        """A version keeps what editors wrote, not what the search derives from it (vectors, shown texts)."""
        derived = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.GeneratedField) or getattr(f, "derived", False)
        ]
        kwargs.setdefault("exclude", derived)
        super().reversion_register(model, **kwargs)

    def render_change_form(self, request, context, *args, **kwargs):
        """The text editor's import map is an inline script: it carries the response's CSP nonce."""
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        context["editor_labels"] = {english: str(label) for english, label in EDITOR_LABELS.items()}
        obj = context.get("original")
        if obj is not None and obj.pk is not None and type(obj) in translator.get_registered_models():
            context["translation_url"] = workbench_url(obj)
        return super().render_change_form(request, context, *args, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and obj.pk is not None:
            mark_translation_notes(form.base_fields, obj)
        return form

    def construct_change_message(self, request, form, formsets, add=False):
        """Django keeps the changed fields' labels in English; the city's history is read in the
        editor's language, so they are kept as the editor saw them."""
        message = super().construct_change_message(request, form, formsets, add)
        labels = _labels_in_current_language([form, *(f for formset in formsets for f in formset.forms[:1])])
        for part in message:
            for change in part.values():
                if "fields" in change:
                    change["fields"] = [
                        labels.get(name, name) for name in change["fields"] if name != stale.FIELD
                    ]
        return message

    def changelist_view(self, request, extra_context=None):
        """reversion wraps the list in one revision, which keeps only rows that still exist at its end:
        a confirmed "delete selected" runs outside it, so that its own revision (below) is kept."""
        if (
            request.method == "POST"
            and request.POST.get("action") == "delete_selected"
            and "post" in request.POST
        ):
            return admin.ModelAdmin.changelist_view(self, request, extra_context)
        return super().changelist_view(request, extra_context)

    def delete_model(self, request, obj):
        self._keep_before_deleting(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._keep_before_deleting(request, queryset)
        super().delete_queryset(request, queryset)

    def _keep_before_deleting(self, request, objects):
        with self.create_revision(request):
            reversion.set_comment(_("Deleted."))
            for obj in objects:
                reversion.add_to_revision(obj)
            cut_links.keep(objects)


@admin.register(Introduction)
class IntroductionAdmin(ContentAdmin):
    """The introduction exists once; it can be edited, not added twice or deleted."""

    def has_add_permission(self, request):
        return not Introduction.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
