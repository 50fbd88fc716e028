from modeltranslation.translator import TranslationOptions, register

from events.models import Event, Venue


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "slug", "teaser", "body", "status_reason", "online_access", "price", "image_alt")
    # Only German is required; English fields left empty fall back to German.
    required_languages = {"de": ("title", "slug", "teaser"), "default": ()}
    # Empty English slugs are NULL so they never collide in the per-language unique constraint.
    empty_values = {"slug": None}


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("name", "room", "directions")
    required_languages = {"de": ("name",), "default": ()}
