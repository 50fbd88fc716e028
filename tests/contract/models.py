from django.db import models

from core.rich_text import RichTextField
from publishing.publishing import PublishableModelQuerySet
from publishing.slugs import AddressedModel


class Excursion(AddressedModel):
    """A guided walk the partners' visitors may join."""

    title = models.CharField("title", max_length=200)
    slug = models.SlugField("address name", max_length=120, unique=True)
    summary = models.TextField("summary", blank=True)
    body = RichTextField("text")

    search_fields = {"title": "A", "summary": "B", "body": "C"}
    url_name = "contract:detail"
    objects = PublishableModelQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = "excursion"
        verbose_name_plural = "excursions"

    def __str__(self):
        return self.title
