from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.rich_text import RichTextField


class LoadedContent(models.Model):
    """A piece of the city's shipped content that was created once; from then on editors own it.

    Remembering what was loaded (rather than looking rows up by name) means an editor may rename,
    rewrite or delete such a row, and `load_city_content` never brings the old text back.
    """

    key = models.CharField(_("key"), max_length=100, unique=True)
    model = models.CharField(_("model"), max_length=100)
    object_id = models.PositiveBigIntegerField(_("object id"))
    loaded_at = models.DateTimeField(_("loaded at"), auto_now_add=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("loaded content")
        verbose_name_plural = _("loaded content")

    def __str__(self):
        return self.key


# Held by editors, not translators (workplace.roles): change German texts, dates and settings; publish.
EDIT_SOURCE = "core.edit_source"


class Introduction(models.Model):
    """The home page's heading and text above the sections of the content apps: one row."""

    title = models.CharField(_("title"), max_length=200)
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    body = RichTextField(_("text"))

    class Meta:
        verbose_name = _("introduction")
        verbose_name_plural = _("introduction")
        # The site-wide right that tells editors from translators (workplace.roles); it needs a model.
        permissions = [
            ("edit_source", _("Can change German texts, dates and settings, and publish")),
            # A translator's language (workplace.roles): the fields of that language are theirs to change.
            ("translate_en", _("Can translate into English")),
            ("translate_sw", _("Can translate into Kiswahili")),
            ("translate_ro", _("Can translate into Romanian")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(id=1),
                name="introduction_single_row",
                violation_error_message=_("The introduction exists once; edit the existing one."),
            )
        ]

    def __str__(self):
        return self.title

    def save(self, **kwargs):
        self.pk = 1
        super().save(**kwargs)
