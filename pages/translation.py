from modeltranslation.translator import TranslationOptions, register

from pages.models import ContactPerson, Page, Participation, SignLanguageVideo


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    # Only German is required; English fields left empty fall back to German.
    required_languages = {"de": ("title", "slug", "body"), "default": ()}
    # Empty English slugs are NULL so they never collide in the per-language unique constraint.
    empty_values = {"slug": None}


@register(ContactPerson)
class ContactPersonTranslation(TranslationOptions):
    fields = ("role", "unit", "photo_alt")
    required_languages = {"de": ("role",), "default": ()}


@register(SignLanguageVideo)
class SignLanguageVideoTranslation(TranslationOptions):
    fields = ("title", "transcript")
    required_languages = {"de": ("title", "transcript"), "default": ()}


@register(Participation)
class ParticipationTranslation(TranslationOptions):
    fields = ("body",)
    required_languages = {"de": ("body",), "default": ()}
