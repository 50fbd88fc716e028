from modeltranslation.translator import TranslationOptions, register

from uploads.models import Download


@register(Download)
class DownloadTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = {"de": ("title",), "default": ()}
