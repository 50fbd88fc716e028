from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class TranslationSource(models.Model):
    """What the German text of a field was when its English translation was last saved.

    When the German text changes afterwards, the English one is outdated: the translators' to-do.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100)
    source_digest = models.CharField(max_length=64)
    # The German text itself, so that an outdated translation shows which words changed since.
    source_text = models.TextField(blank=True, default="")
    translated_at = models.DateTimeField(auto_now=True)
    # A machine draft (translations.drafts) no translator has confirmed yet: the public page says so.
    machine_draft = models.BooleanField(_("machine-translated, not yet reviewed"), default=False)

    class Meta:
        verbose_name = _("translation source")
        verbose_name_plural = _("translation sources")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field"], name="translation_source_once_per_field"
            )
        ]

    def __str__(self):
        return f"{self.content_type}:{self.object_id}:{self.field}"


class GlossaryTerm(models.Model):
    """A term with its fixed English translation ("Kommunale Nachhaltigkeitspartnerschaften",
    "Weltwerkstatt", names of offices and programmes): machine drafts use it, and the translator's form
    warns where an English text does not use the term its German source uses (translations.glossary)."""

    german = models.CharField(_("German term"), max_length=200)
    english = models.CharField(_("English translation"), max_length=200)
    note = models.CharField(
        _("note"), max_length=300, blank=True, help_text=_("E.g. where it applies, or what it must not be.")
    )

    class Meta:
        ordering = [Lower("german")]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        constraints = [
            models.UniqueConstraint(
                Lower("german"),
                name="glossary_term_once",
                violation_error_message=_("This term is in the glossary already."),
            )
        ]

    def __str__(self):
        return f"{self.german} → {self.english}"
