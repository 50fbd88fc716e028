"""Who writes which language. Editors (core.edit_source) write every field; a translator writes the
languages their role names (`core.translate_<language>`, given by workplace.roles), and reads the
others. Every road that writes a translation asks here: the admin's forms, the workbench, machine
drafts, the XLIFF import."""

from django.conf import settings

from core.models import EDIT_SOURCE
from core.translated_text import content_languages


def target_languages() -> list[str]:
    """The languages translated from the German: English and the partners' languages."""
    return [code for code in content_languages() if code != settings.LANGUAGE_CODE]


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


def languages_to_translate(user) -> list[str]:
    """The public languages a user translates into, English first: what their workbench offers."""
    return [code for code in target_languages() if code in public_languages() and may_translate(user, code)]
