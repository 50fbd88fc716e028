from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.rich_text import RichTextField
from publishing.publishing import PublicationStatus, PublishableQuerySet


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def validate_path_prefixes(value: str) -> None:
    if any(not line.startswith("/") for line in _lines(value)):
        raise ValidationError(_("Each line must be an address beginning with /."))


class NoticeQuerySet(PublishableQuerySet):
    window = ("starts_at", "ends_at")


class Notice(models.Model):
    """A banner about the site's status: an outage, maintenance, or news."""

    Status = PublicationStatus

    class Severity(models.TextChoices):
        INFO = "info", _("Information")
        SUCCESS = "success", _("Good news")
        WARNING = "warning", _("Warning")
        URGENT = "urgent", _("Urgent")

    class Kind(models.TextChoices):
        BANNER = "banner", _("Banner above the page")
        MAINTENANCE = "maintenance", _("Maintenance: public pages answer 503")

    # Urgent notices come first; the rest by priority.
    SEVERITY_RANK = {Severity.URGENT: 0, Severity.WARNING: 1, Severity.INFO: 2, Severity.SUCCESS: 3}

    title = models.CharField(_("title"), max_length=200)
    text = RichTextField(_("text"), blank=True)
    items_note = models.CharField(
        _("text below the list"), max_length=300, blank=True, help_text=_("Shown under the list of items.")
    )
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices, default=Severity.INFO)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.BANNER)
    starts_at = models.DateTimeField(
        _("public from"), default=timezone.now, help_text=_("German time (Europe/Berlin).")
    )
    ends_at = models.DateTimeField(
        _("public until"), null=True, blank=True, help_text=_("Empty: until an editor ends it.")
    )
    is_dismissible = models.BooleanField(_("citizens can hide it"), default=True)
    paths = models.TextField(
        _("only on pages under"),
        blank=True,
        validators=[validate_path_prefixes],
        help_text=_(
            "One address beginning per line, e.g. /de/zeitleiste/ and /en/timeline/. Empty: every page."
        ),
    )
    priority = models.IntegerField(_("priority"), default=0, help_text=_("Higher comes first."))
    is_published = models.BooleanField(_("published"), default=False)
    # Counts every change, so that a notice a citizen hid comes back when an editor edits it.
    revision = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="notice_ends_after_it_starts",
                violation_error_message=_("The end must be after the start."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, **kwargs):
        # Counted in the database, so that two editors saving at once both count.
        edited = self.pk is not None
        if edited:
            self.revision = F("revision") + 1
        super().save(**kwargs)
        if edited:
            self.refresh_from_db(fields=["revision"])

    @property
    def path_prefixes(self) -> list[str]:
        return _lines(self.paths)


class NoticeItem(models.Model):
    """One line of a notice's list, e.g. "die Suchfunktion – fehlt noch"."""

    class State(models.TextChoices):
        MISSING = "missing", _("still missing")
        IN_PROGRESS = "in_progress", _("being restored")
        AVAILABLE = "available", _("available again")

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="items")
    label = models.CharField(_("item"), max_length=200)
    state = models.CharField(
        _("state"),
        max_length=12,
        choices=State.choices,
        default=State.MISSING,
        help_text=_("Items that are available again drop out of the list."),
    )
    ordering = models.PositiveIntegerField(_("ordering"), default=0)

    class Meta:
        ordering = ["ordering", "pk"]
        verbose_name = _("item")
        verbose_name_plural = _("items")

    def __str__(self):
        return f"{self.label} – {self.get_state_display()}"

    def save(self, **kwargs):
        super().save(**kwargs)
        self.notice_changed()

    def delete(self, **kwargs):
        result = super().delete(**kwargs)
        self.notice_changed()
        return result

    def notice_changed(self):
        """A changed item is a changed notice: bring it back for those who hid it.

        An update rather than notice.save(), which could write back a stale copy of the notice.
        """
        Notice.objects.filter(pk=self.notice_id).update(revision=F("revision") + 1, updated_at=timezone.now())
