from modeltranslation.translator import TranslationOptions, register

from stories.models import Photo, Story


@register(Story)
class StoryTranslation(TranslationOptions):
    fields = ("title", "slug", "teaser", "body")
    # Only German is required; English fields left empty fall back to German.
    required_languages = {"de": ("title", "slug", "teaser", "body"), "default": ()}
    # Empty English slugs are NULL so they never collide in the per-language unique constraint.
    empty_values = {"slug": None}


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("alt", "caption")
    required_languages = {"default": ()}
