from modeltranslation.translator import TranslationOptions, register

from core.models import Introduction


@register(Introduction)
class IntroductionTranslation(TranslationOptions):
    fields = ("title", "subtitle", "body")
    required_languages = {"de": ("title", "body"), "default": ()}
