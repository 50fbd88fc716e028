import datetime

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.rich_text import RichTextField
from events import repeats
from partnerships.models import Partnership, SustainableDevelopmentGoal
from publishing.publishing import PublishableModel, PublishableModelQuerySet
from publishing.slugs import AddressedModel
from uploads.described_image import described_image


def _german(field: str) -> str:
    return build_localized_fieldname(field, settings.LANGUAGE_CODE)


class Venue(models.Model):
    """Where events take place, with what a visitor needs to know before coming; reused by events."""

    name = models.CharField(_("name"), max_length=200)
    street_address = models.CharField(_("street and number, postcode and town"), max_length=300)
    room = models.CharField(_("room"), max_length=200, blank=True)
    directions = models.TextField(_("directions by bus and train"), blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    sign_language_days_ahead = models.PositiveSmallIntegerField(
        _("sign-language interpreting on request: days ahead"),
        null=True,
        blank=True,
        help_text=_("Empty: no interpreting can be arranged. 0: on the day is enough."),
    )
    map_url = models.URLField(
        _("link to a map"),
        blank=True,
        help_text=_("A link to a public map service; the page only links to it and loads nothing from it."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self):
        return f"{self.name}, {self.room}" if self.room else self.name


class EventQuerySet(PublishableModelQuerySet):
    def upcoming(self, now=None):
        """With a date not over yet: running now or to come."""
        return self.filter(pk__in=Occurrence.objects.upcoming(now).values("event"))


class Event(described_image("events"), AddressedModel):
    """Something citizens can attend: on site, online or both; once, or on several days."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        MOVED_ONLINE = "moved_online", _("Moved online")

    class Repeat(models.TextChoices):
        NEVER = "", _("Does not repeat")
        WEEKLY = "weekly", _("Every week")
        FORTNIGHTLY = "fortnightly", _("Every two weeks")
        MONTHLY_WEEKDAY = "monthly_weekday", _("Every month on the same weekday (e.g. every first Tuesday)")
        MONTHLY_DAY = "monthly_day", _("Every month on the same day")

    class Attendance(models.TextChoices):
        ON_SITE = "on_site", _("On site")
        ONLINE = "online", _("Online")
        MIXED = "mixed", _("On site and online")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    teaser = models.TextField(_("teaser"), max_length=400, help_text=_("One or two sentences for lists."))
    body = RichTextField(_("text"), blank=True)
    start = models.DateTimeField(_("start"), help_text=_("German time."))
    end = models.DateTimeField(_("end"), null=True, blank=True, help_text=_("German time. Empty: open end."))
    all_day = models.BooleanField(_("all day"), default=False, help_text=_("The times are not shown."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    status_reason = models.CharField(
        _("reason for the status"),
        max_length=300,
        blank=True,
        help_text=_("Shown with a cancelled, postponed or moved event."),
    )
    attendance = models.CharField(
        _("kind"), max_length=10, choices=Attendance.choices, default=Attendance.ON_SITE
    )
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    online_access = models.CharField(
        _("how to join online"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “The link is sent by e-mail the day before.” Never the link itself."),
    )
    price = models.CharField(_("price"), max_length=100, blank=True, help_text=_("Empty: free of charge."))
    language = models.CharField(
        _("language of the event"),
        max_length=10,
        choices=settings.CONTENT_LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    partnerships = models.ManyToManyField(
        Partnership, verbose_name=_("partnerships"), blank=True, related_name="events"
    )
    themes = models.ManyToManyField(
        SustainableDevelopmentGoal, verbose_name=_("themes"), blank=True, related_name="events"
    )
    repeat = models.CharField(_("repeats"), max_length=20, choices=Repeat.choices, blank=True, default="")
    repeat_until = models.DateField(
        _("repeats until"), null=True, blank=True, help_text=_("The last day it may take place.")
    )
    exceptions = ArrayField(
        models.DateField(),
        verbose_name=_("not on these days"),
        default=list,
        blank=True,
        help_text=_(
            "Days of the series on which the event does not take place, separated by commas, e.g. "
            "2027-01-05, 2027-02-02. Subscribed calendars show them as cancelled."
        ),
    )
    contacts = models.ManyToManyField(
        "pages.ContactPerson",
        verbose_name=_("contact people"),
        blank=True,
        related_name="events",
        help_text=_("Whom visitors can ask about the event."),
    )
    milestone = models.ForeignKey(
        "milestones.Milestone",
        verbose_name=_("milestone"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )

    # Raised whenever what a calendar shows changes, so that subscribed calendars take the change (RFC 5545).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    search_fields = {"title": "A", "teaser": "B", "body": "C"}
    url_name = "events:detail"
    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"], name="event_start")]
        constraints = [
            *PublishableModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")),
                name="event_ends_after_it_starts",
                violation_error_message=_("The end must not be before the start."),
            ),
            models.CheckConstraint(
                condition=Q(repeat="") | Q(repeat_until__isnull=False),
                name="event_repeats_until_a_day",
                violation_error_message=_("Say until when the event repeats."),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        # On the German field: the form has one per language (modeltranslation), the German one required.
        if self.status != self.Status.PLANNED and not (self.status_reason or "").strip():
            errors[_german("status_reason")] = _("Say why, so that visitors know what happens instead.")
        if self.attendance != self.Attendance.ON_SITE and not (self.online_access or "").strip():
            errors[_german("online_access")] = _("Say how the link is sent.")
        errors.update(self._repeat_errors())
        if errors:
            raise ValidationError(errors)

    def _repeat_errors(self) -> dict:
        if not self.repeat or self.start is None:
            return {"exceptions": _("Only a repeating event has days it skips.")} if self.exceptions else {}
        first = timezone.localdate(self.start)
        if self.repeat_until is None:
            return {"repeat_until": _("Say until when the event repeats.")}
        if not first <= self.repeat_until <= first + repeats.LONGEST:
            return {"repeat_until": _("Between the first day and three years after it.")}
        if self.end is not None and timezone.localdate(self.end) != first:
            return {"end": _("A repeating event ends on the day it starts.")}
        days = {timezone.localdate(start) for start in self.starts(skipped=())}
        strangers = sorted(day for day in self.exceptions if day not in days)
        if strangers:
            listed = ", ".join(formats.date_format(day, "SHORT_DATE_FORMAT") for day in strangers)
            return {"exceptions": _("Not a day of the series: %(days)s.") % {"days": listed}}
        return {}

    def starts(self, skipped=None) -> list[datetime.datetime]:
        """When the event takes place: its start, or every start of its series but the skipped days."""
        if not self.repeat:
            return [self.start]
        skipped = self.exceptions if skipped is None else skipped
        return repeats.starts(self.repeat, self.start, self.repeat_until, skipped)

    @property
    def is_changed(self) -> bool:
        return self.status != self.Status.PLANNED

    @property
    def several_days(self) -> bool:
        return self.end is not None and timezone.localdate(self.end) != timezone.localdate(self.start)


class OccurrenceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(event__in=Event.objects.published())

    def upcoming(self, now=None):
        """Not over yet: those running now and those to come, soonest first."""
        now = now or timezone.now()
        return self.filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now)).order_by("start", "pk")

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(end__lt=now) | Q(end__isnull=True, start__lt=now)).order_by("-start", "-pk")

    def window_changes(self, now) -> list[models.QuerySet]:
        """When the next date of an event starts or ends: the calendar's upcoming list changes then
        with nothing saved (operations.page_cache)."""
        public = self.published()
        return [
            public.filter(**{f"{field}__gt": now}).order_by(field).values_list(field)[:1]
            for field in ("start", "end")
        ]


class Occurrence(models.Model):
    """One date of an event: the event's own, or one of its series. Kept in step with the event when
    it is saved (signals.py), so that lists, filters and pages of the calendar are plain queries."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField()
    end = models.DateTimeField(null=True)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "start"], name="occurrence_once_a_start")]
        indexes = [models.Index(fields=["start"], name="occurrence_start")]

    def __str__(self):
        return f"{self.event} ({timezone.localtime(self.start):%Y-%m-%d %H:%M})"

    @property
    def all_day(self) -> bool:
        return self.event.all_day
