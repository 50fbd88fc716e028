from modeltranslation.translator import TranslationOptions, register

from core.models import Download, Introduction


@register(Introduction)
class IntroductionTranslation(TranslationOptions):
    fields = ("title", "subtitle", "body")
    required_languages = {"de": ("title", "body"), "default": ()}


@register(Download)
class DownloadTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = {"de": ("title",), "default": ()}
