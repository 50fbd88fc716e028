import reversion
from django.contrib import admin
from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from milestones.dates import date_range_text
from milestones.models import Milestone, Phase
from partnerships.admin import PartnershipAdmin
from partnerships.models import Partnership
from publishing.publishing import PublicationStatus
from workplace.admin import ContentAdmin, PublicationColumn, PublicationStatusFilter


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


# A partnership's form lists its steps as links (a form with every step stacked in it grew to
# 10,000 px), and its revisions hold them, so that recovering a deleted partnership brings its steps
# back. This belongs to this app: the partnership admin is registered again with it.
admin.site.unregister(Partnership)
reversion.unregister(Partnership)


@admin.register(Partnership)
class PartnershipWithStepsAdmin(PartnershipAdmin):
    readonly_fields = (*PartnershipAdmin.readonly_fields, "steps")
    fieldsets = (*PartnershipAdmin.fieldsets, (_("Timeline"), {"fields": ("steps",)}))

    def reversion_register(self, model, **kwargs):
        if model is Partnership:
            kwargs["follow"] = (*kwargs.get("follow", ()), "milestones", "phases")
        super().reversion_register(model, **kwargs)

    @admin.display(description=_("steps"))
    def steps(self, obj):
        if obj is None or obj.pk is None:
            return _("Save the partnership first; then its steps can be added.")
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> <span class="step-list__note">{} · {} · {}</span></li>',
            (
                (
                    reverse("admin:milestones_milestone_change", args=[step.pk]),
                    step.title,
                    date_range_text(step.start_date, step.end_date) if step.start_date else _("no date"),
                    step.phase,
                    PublicationStatus(step.publication_status).label,
                )
                for step in obj.milestones.with_publication_status()
                .select_related("phase")
                .in_timeline_order()
            ),
        )
        add = reverse("admin:milestones_milestone_add") + f"?partnership={obj.pk}"
        return format_html(
            '<ol class="step-list">{}</ol><a class="addlink" href="{}">{}</a>', rows, add, _("Add a step")
        )


@admin.register(Milestone)
class MilestoneAdmin(PublicationColumn, ContentAdmin):
    # What an editor looks for first comes first: on a phone the later columns scroll.
    list_display = ("title", "publication", "dates", "partnership", "phase")
    list_filter = (PublicationStatusFilter, "partnership", "phase", YearFilter)
    list_select_related = ("partnership", "phase")
    search_fields = ("title", "location", "description")
    fields = ("partnership", *MILESTONE_FIELDS, "preview_link")
    readonly_fields = ("preview_link",)

    def get_form(self, request, obj=None, **kwargs):
        """The phase list offers the phases of the step's partnership and the shared ones; before a
        partnership is chosen, every phase, grouped by partnership."""
        form = super().get_form(request, obj, **kwargs)
        field = form.base_fields.get("phase")
        chosen = request.POST.get("partnership") or request.GET.get("partnership")
        partnership = obj.partnership_id if obj is not None else chosen
        if field is not None:
            field.queryset = Phase.objects.select_related("partnership")
            if partnership and str(partnership).isdigit():
                field.queryset = field.queryset.filter(Q(partnership=partnership) | Q(partnership=None))
            else:
                field.choices = phase_groups(field.queryset)
        return form

    @admin.display(description=_("dates"), ordering="start_date")
    def dates(self, obj):
        return date_range_text(obj.start_date, obj.end_date) if obj.start_date else "–"


def phase_groups(phases) -> list:
    """The select's choices: the shared phases first, then each partnership's, under its name."""
    groups: dict[str, list] = {}
    for phase in phases:
        owner = str(phase.partnership) if phase.partnership else str(_("Every partnership"))
        groups.setdefault(owner, []).append((phase.pk, phase.name))
    shared = str(_("Every partnership"))
    ordered = sorted(groups.items(), key=lambda item: (item[0] != shared, item[0]))
    return [("", "---------"), *ordered]


@admin.register(Phase)
class PhaseAdmin(ContentAdmin):
    list_display = ("name", "partnership", "ordering")
    list_filter = ("partnership",)
