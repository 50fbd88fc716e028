import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Window
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import object_url
from core.rich_text import RichTextField
from core.translated_text import columns
from partnerships.models import Partnership
from publishing.publishing import PublishableModel, PublishableModelQuerySet


class Phase(models.Model):
    """A stage of a partnership, e.g. "Anbahnungsphase"; timelines are grouped by phase. A phase
    belongs to one partnership, or (without one) is shared by all."""

    name = models.CharField(_("name"), max_length=150)
    partnership = models.ForeignKey(
        "partnerships.Partnership",
        verbose_name=_("partnership"),
        # Deleting the partnership leaves the phase to all (recovering it links the phase again).
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="phases",
        help_text=_("Its steps belong to this partnership. Empty: a phase every partnership may use."),
    )
    ordering = models.PositiveIntegerField(_("ordering"), default=0)

    class Meta:
        ordering = ["ordering", "pk"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")

    def __str__(self):
        return self.name


# Phase by phase; within a phase by date, steps without a date last; a new step with the default
# ordering 0 never jumps ahead of earlier dated steps.
TIMELINE_ORDER = ["phase__ordering", "phase", F("start_date").asc(nulls_last=True), "ordering", "pk"]


def not_over(today=None) -> Q:
    """A step starting today or later, or still running."""
    today = today or timezone.localdate()
    return Q(start_date__gte=today) | Q(end_date__gte=today)


class MilestoneQuerySet(PublishableModelQuerySet):
    def published(self, now=None):
        """Public itself, and its partnership too."""
        return super().published(now).filter(partnership__in=Partnership.objects.published(now))

    def dated(self):
        return self.filter(start_date__isnull=False)

    def upcoming(self, today=None):
        """Steps not yet over: starting today or later, or still running."""
        return self.filter(not_over(today)).order_by("start_date")

    def first_ahead_with_count(self, today=None):
        """The next step not yet over, else the first step, with `steps` (how many there are) and
        `ahead` (whether it is not over yet): one query for both."""
        ahead = ExpressionWrapper(not_over(today), output_field=BooleanField())
        # A step without an end date that is over compares as NULL, which DESC would put first.
        order = (F("ahead").desc(nulls_last=True), "start_date")
        return self.annotate(steps=Window(Count("pk")), ahead=ahead).order_by(*order).first()

    def in_timeline_order(self):
        return self.select_related("partnership", "phase").order_by(*TIMELINE_ORDER)


class Milestone(PublishableModel):
    class When(models.TextChoices):
        PAST = "past", _("past")
        CURRENT = "current", _("under way")
        UPCOMING = "upcoming", _("upcoming")
        UNDATED = "undated", _("no date")

    partnership = models.ForeignKey(
        "partnerships.Partnership",
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="milestones",
    )
    phase = models.ForeignKey(
        Phase, verbose_name=_("phase"), on_delete=models.PROTECT, related_name="milestones"
    )
    title = models.CharField(_("title"), max_length=200)
    description = RichTextField(_("description"), blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only for steps that last several days.")
    )
    ordering = models.PositiveIntegerField(
        _("ordering"),
        default=0,
        help_text=_(
            "Within a phase, steps follow their dates; this orders undated steps and those of one day."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # What the site's search reads of it, by weight (search.declaration).
    search_fields = {"title": "A", "location": "B", "description": "C", "shown_text": "C"}

    objects = MilestoneQuerySet.as_manager()

    @classmethod
    def search_results(cls):
        """A result shows a step's title and links to it on its partnership's timeline: not every
        column of every partnership found (a third of this kind's time)."""
        return (
            cls.objects.published()
            .select_related("partnership")
            .only(*columns("title"), "partnership", *columns("partnership__slug"))
        )

    class Meta:
        ordering = TIMELINE_ORDER
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        indexes = [
            # A theme channel's latest steps: read newest first until ten are found, not all sorted.
            models.Index(fields=["start_date"], name="milestone_start_date"),
        ]
        constraints = [
            *PublishableModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=False),
                name="milestone_end_needs_start",
                violation_error_message=_("Enter a start date, or leave both dates empty."),
            ),
            models.CheckConstraint(
                # Without a start the rule above speaks; NULL would pass in SQL but fail in full_clean.
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="milestone_ends_after_it_starts",
                violation_error_message=_("The end date must not be before the start date."),
            ),
        ]

    def __str__(self):
        return self.title

    def clean_fields(self, exclude=None):
        """A phase of another partnership is refused, under the field the form shows (a translator's
        form has neither: then the form says it at the top; the model's clean() cannot know)."""
        super().clean_fields(exclude)
        phase = self.phase if self.phase_id else None
        if phase is None or phase.partnership_id in (None, self.partnership_id):
            return
        shown = [name for name in ("phase", "partnership") if name not in (exclude or ())]
        message = _("This phase belongs to the partnership with %(city)s.") % {"city": phase.partnership}
        raise ValidationError({shown[0]: message} if shown else message)

    def save(self, **kwargs):
        # A step that ends on the day it starts is a one-day step: it has no end date of its own.
        if self.end_date == self.start_date:
            self.end_date = None
        super().save(**kwargs)

    def get_absolute_url(self):
        return f"{object_url('milestones:partnership', slug=self.partnership.slug)}#{self.anchor}"

    @property
    def anchor(self):
        return f"milestone-{self.pk}"

    @property
    def last_day(self) -> datetime.date | None:
        return self.end_date or self.start_date

    def when(self, today=None) -> str:
        """Whether the step is past, under way, upcoming or has no date, as of `today`."""
        if self.start_date is None:
            return self.When.UNDATED
        today = today or timezone.localdate()
        if self.last_day < today:
            return self.When.PAST
        if self.start_date > today:
            return self.When.UPCOMING
        return self.When.CURRENT

    @property
    def when_label(self) -> str:
        return self.When(self.when()).label
