import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.i18n import object_url
from core.rich_text import RichTextField
from core.translated_text import TranslatedText, translated_text
from publishing.publishing import PublishableModel, PublishableModelQuerySet
from publishing.slugs import AddressedModel
from uploads.described_image import described_image


def known_time_zone(name: str) -> None:
    if name not in zoneinfo.available_timezones():
        raise ValidationError(_("Not a time zone of the IANA database, e.g. Africa/Dar_es_Salaam."))


class SustainableDevelopmentGoal(models.Model):
    """One of the 17 goals of the UN Agenda 2030, with its official number and colour."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Enter a colour like #E5243B."))],
    )
    # What the site's search reads of a theme channel (search.declaration).
    search_fields = {"name": "A"}
    search_kind = _("Theme")

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1, number__lte=17),
                name="sdg_number_1_to_17",
                violation_error_message=_("The goals are numbered 1 to 17."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"

    def get_absolute_url(self):
        return object_url("themes:detail", number=self.number)

    @classmethod
    def with_public_partnerships(cls):
        """The site's theme channels: the goals at least one public partnership works on."""
        return cls.objects.filter(pk__in=Partnership.objects.published().values("sdgs"))

    # The search finds the channels, not goals without one.
    search_results = with_public_partnerships


class Programme(models.Model):
    """A funding or exchange programme that partnerships belong to."""

    name = models.CharField(_("name"), max_length=200)
    run_by = models.CharField(_("run by"), max_length=300, blank=True)
    funded_by = models.CharField(_("funded by"), max_length=300, blank=True)
    description = RichTextField(_("description"), blank=True)
    url = models.URLField(_("web address"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.name


class Partnership(described_image("partnerships"), AddressedModel):
    class Kind(models.TextChoices):
        TOWN_TWINNING = "town_twinning", _("Town twinning")
        SUSTAINABILITY = "sustainability", _("Sustainability partnership")
        CLIMATE = "climate", _("Climate partnership")
        PROJECT = "project", _("Project partnership")

    class Status(models.TextChoices):
        PREPARING = "preparing", _("In preparation")
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        ENDED = "ended", _("Ended")

    city = models.CharField(_("partner city"), max_length=120)
    official_name = models.CharField(_("official name"), max_length=200, blank=True)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    country = models.CharField(_("country"), max_length=120)
    region = models.CharField(_("region"), max_length=200, blank=True)
    kind = models.CharField(_("kind of partnership"), max_length=20, choices=Kind.choices)
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="partnerships",
    )
    since_year = models.PositiveSmallIntegerField(
        _("partners since (year)"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE)
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("One or two sentences for the card.")
    )
    body = RichTextField(_("body text"), blank=True)
    sdgs = models.ManyToManyField(
        SustainableDevelopmentGoal,
        verbose_name=_("SDGs it works on"),
        blank=True,
        related_name="partnerships",
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=60,
        blank=True,
        validators=[known_time_zone],
        help_text=_("E.g. Africa/Dar_es_Salaam: an online event's page shows its time there as well."),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    ordering = models.PositiveIntegerField(_("ordering"), default=0)

    # What the site's search reads of it, by weight (search.declaration).
    search_fields = {
        "city": "A",
        "official_name": "A",
        "country": "B",
        "summary": "B",
        "programme__name": "B",
        "body": "C",
        "programme__description": "C",
        # What the page shows besides: its kind, facts, "Mitmachen", contacts, documents (search.shown_text).
        "shown_text": "C",
    }

    # The addresses it had before; they go when it goes.
    url_name = "partnerships:detail"
    objects = PublishableModelQuerySet.as_manager()

    class Meta:
        ordering = ["ordering", "city"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        constraints = [
            *PublishableModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="partnership_latitude_range",
                violation_error_message=_("The latitude lies between -90 and 90."),
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="partnership_longitude_range",
                violation_error_message=_("The longitude lies between -180 and 180."),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="partnership_location_complete",
                violation_error_message=_("Enter both latitude and longitude, or neither."),
            ),
        ]

    def __str__(self):
        return self.city

    @property
    def kind_label(self) -> str:
        """`get_kind_display()`, which rebuilds the table of every choice at each call: 1 ms for the
        home page's fifty cards."""
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def display_name(self) -> TranslatedText:
        """The official name where there is one, else the city, marked where it falls back to German."""
        return translated_text(self, "official_name") or translated_text(self, "city")


KIND_LABELS = dict(Partnership.Kind.choices)


class Fact(models.Model):
    """A row of a partner city's profile, e.g. "Population: 471,409"."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="facts")
    label = models.CharField(_("label"), max_length=100)
    value = models.CharField(_("value"), max_length=300)
    ordering = models.PositiveIntegerField(_("ordering"), default=0)

    class Meta:
        ordering = ["ordering", "pk"]
        verbose_name = _("fact")
        verbose_name_plural = _("facts")

    def __str__(self):
        return f"{self.label}: {self.value}"
