from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.publishing import PublishableModel, PublishableModelQuerySet
from core.rich_text import RichTextField
from core.slugs import check_slugs_are_free, remember_replaced_slugs


class Page(PublishableModel):
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

    old_slugs = GenericRelation("core.OldSlug")

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

    def save(self, **kwargs):
        if not self.slug_en:
            self.slug_en = self.slug_de
        remember_replaced_slugs(self)
        super().save(**kwargs)

    def clean(self):
        check_slugs_are_free(self)

    def get_absolute_url(self):
        return reverse("pages:detail", kwargs={"slug": self.slug})


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
