from django.db import models
from django.utils.translation import gettext_lazy as _


class Measure(models.TextChoices):
    PAGE = "page", _("page views")
    LANGUAGE = "language", _("language")
    REFERRER = "referrer", _("referring site")
    SEARCH = "search", _("searches that found nothing")
    NOT_FOUND = "not_found", _("addresses not found")


class DayCount(models.Model):
    """How often something was counted on a day: a page's views, a language, a referring host."""

    day = models.DateField(_("day"))
    measure = models.CharField(_("measure"), max_length=10, choices=Measure.choices)
    key = models.CharField(_("what"), max_length=300)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("visit count")
        verbose_name_plural = _("visit statistics")
        constraints = [models.UniqueConstraint(fields=["day", "measure", "key"], name="one_count_a_day")]
        indexes = [models.Index(fields=["measure", "day"])]

    def __str__(self):
        return f"{self.day} {self.measure} {self.key}: {self.count}"
