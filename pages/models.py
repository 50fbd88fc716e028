import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from core.rich_text import RichTextField
from pages.videos import validate_video_upload
from publishing.publishing import PublishableModel, PublishableModelQuerySet
from publishing.slugs import AddressedModel
from uploads.images import save_with_renditions, validate_image_upload
from uploads.media_access import RandomName


class Page(AddressedModel):
    """A page of its own: the legal pages every public body's site must have, and others editors add."""

    class Kind(models.TextChoices):
        # In the order the footer lists them.
        IMPRINT = "imprint", _("Legal notice (Impressum)")
        PRIVACY = "privacy", _("Privacy statement")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        EASY_LANGUAGE = "easy_language", _("Easy language (Leichte Sprache)")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        blank=True,
        help_text=_("The legal pages are linked from the footer of every page; each kind exists once."),
    )
    summary = models.TextField(
        _("summary"), max_length=300, blank=True, help_text=_("One sentence for search engines.")
    )
    body = RichTextField(_("text"))
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    # What the site's search reads of it, by weight (search.declaration).
    search_fields = {"title": "A", "summary": "B", "body": "C", "shown_text": "C"}

    url_name = "pages:detail"
    objects = PublishableModelQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            *PublishableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["kind"],
                condition=~Q(kind=""),
                name="page_kind_once",
                violation_error_message=_("There is a page of this kind already."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def easy_language(self) -> bool:
        """Held to the rules of Leichte Sprache by the checks (checks.rules)."""
        return self.kind == self.Kind.EASY_LANGUAGE

    @property
    def is_legal(self) -> bool:
        """The Impressum, the privacy and the accessibility statement: binding in German only."""
        return self.kind in (self.Kind.IMPRINT, self.Kind.PRIVACY, self.Kind.ACCESSIBILITY)

    @property
    def links_shown(self) -> bool:
        """A legal page's links are checked as the page shows them (links.gather): its templates add
        the office's address and the authorities' sites."""
        return self.is_legal


class Confirmation(models.Model):
    """A fact in a page's text that an editor must still confirm (e.g. the mayor's name): the edit
    form's checklist. Never shown on the public page."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="confirmations")
    label = models.CharField(_("to confirm"), max_length=300)
    confirmed = models.BooleanField(_("confirmed"), default=False)
    ordering = models.PositiveIntegerField(_("ordering"), default=0)

    class Meta:
        ordering = ["confirmed", "ordering", "pk"]
        verbose_name = _("fact to confirm")
        verbose_name_plural = _("facts to confirm")

    def __str__(self):
        return self.label


phone_number = RegexValidator(
    r"^\+?[0-9 ()/-]{5,30}$", _("Enter a telephone number of digits, spaces and + ( ) / - only.")
)


class ContactPersonQuerySet(models.QuerySet):
    def published(self):
        """The people named on a public page (a partnership's, an event's, a page, a "Mitmachen"
        section): their cards and photos are public."""
        from events.models import Event
        from partnerships.models import Partnership

        public = (
            Q(partnerships__in=Partnership.objects.published())
            | Q(events__in=Event.objects.published())
            | Q(pages__in=Page.objects.published())
            | Q(participations__in=Participation.objects.published())
        )
        return self.filter(pk__in=self.model.objects.filter(public).values("pk"))


class ContactPerson(models.Model):
    """Whom citizens can ask about a partnership or a page: shown in a contact box with a vCard."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(
        _("role"), max_length=200, help_text=_("E.g. “Koordination kommunale Entwicklungspolitik”.")
    )
    unit = models.CharField(_("organisational unit"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True, default="Arnsberg")
    phone = models.CharField(_("telephone"), max_length=30, blank=True, validators=[phone_number])
    email = models.EmailField(_("e-mail address"), blank=True)
    photo = models.ImageField(
        _("photo"), upload_to=RandomName("contacts"), blank=True, validators=[validate_image_upload]
    )
    photo_alt = models.CharField(
        _("alternative text"), max_length=300, blank=True, help_text=_("Who the photo shows, e.g. the name.")
    )
    photo_renditions = models.JSONField(default=list, blank=True, editable=False)
    partnerships = models.ManyToManyField(
        "partnerships.Partnership", verbose_name=_("partnerships"), blank=True, related_name="contacts"
    )
    pages = models.ManyToManyField(Page, verbose_name=_("pages"), blank=True, related_name="contacts")
    ordering = models.PositiveIntegerField(_("ordering"), default=0)

    objects = ContactPersonQuerySet.as_manager()

    class Meta:
        ordering = ["ordering", "name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return self.name

    def save(self, **kwargs):
        save_with_renditions(self, super().save, "photo", "photo_renditions", **kwargs)

    def clean(self):
        if self.photo and not self.photo_alt_de:
            raise ValidationError({"photo_alt_de": _("Say who the photo shows.")})

    def get_vcard_url(self):
        return reverse("pages:vcard", kwargs={"pk": self.pk})

    @property
    def phone_link(self) -> str:
        """The number as a tel: link wants it: digits and a leading +."""
        return "tel:" + re.sub(r"[^0-9+]", "", self.phone)


class ParticipationQuerySet(models.QuerySet):
    def published(self, now=None):
        """Public while its partnership is."""
        from partnerships.models import Partnership

        return self.filter(partnership__in=Partnership.objects.published(now))


class Participation(models.Model):
    """How citizens, schools, associations and businesses can join in a partnership: the section
    "Taking part" of the partnership's page, linked from the home page."""

    partnership = models.OneToOneField(
        "partnerships.Partnership",
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="participation",
    )
    body = RichTextField(
        _("text"), help_text=_("Who can join in and how: citizens, schools, associations, businesses.")
    )
    contacts = models.ManyToManyField(
        ContactPerson, verbose_name=_("contact people"), blank=True, related_name="participations"
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["partnership__ordering", "partnership__city"]
        verbose_name = _("taking part")
        verbose_name_plural = _("taking part")

    def __str__(self):
        return str(self.partnership)

    def get_absolute_url(self):
        return f"{self.partnership.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        """The id of the section on the partnership's page, in the page's language."""
        return pgettext("URL fragment", "taking-part")


class SignLanguageVideo(PublishableModel):
    """The home page's video in German Sign Language about the site (BITV NRW): one, filled by editors."""

    title = models.CharField(_("title"), max_length=200)
    video = models.FileField(_("video"), upload_to=RandomName("videos"), validators=[validate_video_upload])
    duration = models.DurationField(_("duration"), help_text=_("As minutes:seconds, e.g. 03:20."))
    transcript = RichTextField(
        _("text alternative"), help_text=_("What the video says, for people who cannot watch it.")
    )

    objects = PublishableModelQuerySet.as_manager()

    class Meta:
        verbose_name = _("sign-language video")
        verbose_name_plural = _("sign-language video")
        constraints = [*PublishableModel.Meta.constraints]

    def __str__(self):
        return self.title

    @property
    def media_type(self) -> str:
        return "video/webm" if self.video.name.lower().endswith(".webm") else "video/mp4"
