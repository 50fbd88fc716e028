from modeltranslation.translator import TranslationOptions, register

from notices.models import Notice, NoticeItem


@register(Notice)
class NoticeTranslation(TranslationOptions):
    fields = ("title", "text", "items_note")
    required_languages = {"de": ("title",), "default": ()}


@register(NoticeItem)
class NoticeItemTranslation(TranslationOptions):
    fields = ("label",)
    required_languages = {"de": ("label",), "default": ()}
