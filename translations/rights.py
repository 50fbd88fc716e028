"""Who writes which language. Editors (core.edit_source) write every field; a translator writes the
languages their role names (`core.translate_<language>`, given by workplace.roles), and reads the
others. Every road that writes a translation asks here: the admin's forms, the workbench, machine
drafts, the XLIFF import."""

from django.conf import settings

from core.models import EDIT_SOURCE
from core.translated_text import content_languages
from translations.status import SOURCE, SOURCES, TARGET, target_languages


def public_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def permission(language: str) -> str:
    return f"core.translate_{language}"


def writes_sources(user) -> bool:
    return user.has_perm(EDIT_SOURCE)


def writable_languages(user) -> list[str]:
    """The languages whose texts `user` may change: every one for an editor, else those of their role."""
    if writes_sources(user):
        return content_languages()
    return [code for code in target_languages() if user.has_perm(permission(code))]


def may_translate(user, language: str) -> bool:
    return language in writable_languages(user)


def public_targets() -> list[str]:
    """English and the partners' languages that are switched on: what the translators' pages offer."""
    return [code for code in target_languages() if code in public_languages()]


def languages_to_translate(user) -> list[str]:
    """The public languages a user translates into, English first: what their workbench offers."""
    return [code for code in public_targets() if may_translate(user, code)]


def choice(request, data) -> tuple[str, str]:
    """(language, source): the public language worked on (`language`, else the user's first), and the
    text read as the source (`source`: the German, or the English for a partner language)."""
    own = languages_to_translate(request.user) or [TARGET]
    language = data.get("language") if data.get("language") in public_targets() else own[0]
    source = data.get("source") if data.get("source") in SOURCES else SOURCE
    return language, source if source != language else SOURCE
