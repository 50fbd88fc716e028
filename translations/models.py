from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class TranslationSource(models.Model):
    """What the German text of a field was when its translation into `language` was last saved.

    When the German text changes afterwards, the translation is outdated: the translators' to-do (also
    for a Kiswahili text a translator made from the English: the German is what the site says).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100)
    language = models.CharField(_("language"), max_length=10, default="en")
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
                fields=["content_type", "object_id", "field", "language"],
                name="translation_source_once_per_field_and_language",
            )
        ]

    def __str__(self):
        return f"{self.content_type}:{self.object_id}:{self.field}:{self.language}"


class GlossaryTerm(models.Model):
    """A term with its fixed translations ("Kommunale Nachhaltigkeitspartnerschaften", "Weltwerkstatt",
    names of offices and programmes): machine drafts use it, and the translator's form warns where a
    translation does not use the term its source uses (translations.glossary). A Kiswahili or Romanian
    term serves drafts from the German and from the English alike."""

    german = models.CharField(_("German term"), max_length=200)
    english = models.CharField(_("English translation"), max_length=200)
    kiswahili = models.CharField(_("Kiswahili translation"), max_length=200, blank=True)
    romanian = models.CharField(_("Romanian translation"), max_length=200, blank=True)
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


# The glossary's column of each language (translations.glossary).
GLOSSARY_COLUMNS = {"de": "german", "en": "english", "sw": "kiswahili", "ro": "romanian"}
