from modeltranslation.translator import TranslationOptions, register

from tests.contract.models import Excursion


@register(Excursion)
class ExcursionTranslation(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = {"de": ("title", "slug", "body"), "default": ()}
    empty_values = {"slug": None}
