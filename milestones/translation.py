from modeltranslation.translator import TranslationOptions, register

from milestones.models import Milestone, Phase


@register(Phase)
class PhaseTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"de": ("name",), "default": ()}


@register(Milestone)
class MilestoneTranslation(TranslationOptions):
    fields = ("title", "description", "location")
    required_languages = {"de": ("title",), "default": ()}
