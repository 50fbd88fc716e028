from modeltranslation.translator import TranslationOptions, register

from partnerships.models import Fact, Partnership, Programme, SustainableDevelopmentGoal


@register(SustainableDevelopmentGoal)
class SustainableDevelopmentGoalTranslation(TranslationOptions):
    fields = ("name",)


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "run_by", "funded_by", "description")


@register(Partnership)
class PartnershipTranslation(TranslationOptions):
    fields = ("city", "official_name", "slug", "country", "region", "summary", "body", "image_alt")
    # Only German is required; English fields left empty fall back to German.
    required_languages = {"de": ("city", "slug", "country", "summary"), "default": ()}
    # Empty English slugs are NULL so they never collide in the per-language unique constraint.
    empty_values = {"slug": None}


@register(Fact)
class FactTranslation(TranslationOptions):
    fields = ("label", "value")
    required_languages = {"de": ("label", "value"), "default": ()}
