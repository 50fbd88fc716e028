"""The downloads of a partnership, a story or a page: a table of their own in that object's form."""

from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationGenericStackedInline

from uploads.documents import upload_help
from uploads.models import Download
from workplace.admin import ContentInline
from workplace.stale import RowsDeletedMeanwhileGenericFormSet


class DownloadInline(ContentInline, TranslationGenericStackedInline):
    # Stacked: as a table's row, a document's title, file, language, date and note made a partnership's
    # form 1,454 px wide, and cut off its title.
    model = Download
    formset = RowsDeletedMeanwhileGenericFormSet
    extra = 0
    fields = ("title", "file", ("language", "date", "position"), "listed_as")
    readonly_fields = ("listed_as",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "file":
            kwargs["help_text"] = upload_help()
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("Listed as"))
    def listed_as(self, download):
        if download.pk is None:
            return "–"
        listed = f"{download.get_format_display()}, {filesizeformat(download.size)}"
        if download.needs_accessible_version:
            return _("%(listed)s – not tagged: the list offers an accessible version on request") % {
                "listed": listed
            }
        return listed
