import reversion
from django.contrib import admin
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from core.admin import ContentAdmin, ContentInline, PublicationColumn, PublicationStatusFilter
from milestones.dates import date_range_text
from milestones.models import Milestone, Phase
from partnerships.admin import PartnershipAdmin
from partnerships.models import Partnership


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Milestone.objects.dated()
            .annotate(year=ExtractYear("start_date"))
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(start_date__year=int(value))
        return queryset


MILESTONE_FIELDS = (
    "phase",
    "title",
    "start_date",
    "end_date",
    "location",
    "description",
    "ordering",
    "is_published",
    "publish_from",
    "publish_until",
)


class MilestoneInline(ContentInline, TranslationStackedInline):
    model = Milestone
    extra = 0
    fields = MILESTONE_FIELDS
    show_change_link = True


# A partnership's steps are edited at the bottom of its form too, and its revisions hold them, so that
# restoring a deleted partnership brings its steps back. The inline belongs to this app: the partnership
# admin is registered again with it, and registered with reversion again to follow it.
admin.site.unregister(Partnership)
reversion.unregister(Partnership)


@admin.register(Partnership)
class PartnershipWithStepsAdmin(PartnershipAdmin):
    inlines = [*PartnershipAdmin.inlines, MilestoneInline]


@admin.register(Milestone)
class MilestoneAdmin(PublicationColumn, ContentAdmin):
    list_display = ("title", "partnership", "phase", "dates", "publication")
    list_filter = (PublicationStatusFilter, "partnership", "phase", YearFilter)
    list_select_related = ("partnership", "phase")
    search_fields = ("title", "location", "description")
    fields = ("partnership", *MILESTONE_FIELDS, "preview_link")
    readonly_fields = ("preview_link",)

    @admin.display(description=_("dates"), ordering="start_date")
    def dates(self, obj):
        return date_range_text(obj.start_date, obj.end_date) if obj.start_date else "–"


@admin.register(Phase)
class PhaseAdmin(ContentAdmin):
    list_display = ("name", "ordering")
