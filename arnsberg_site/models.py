from django.db import models
from django.utils.translation import gettext_lazy as _


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
