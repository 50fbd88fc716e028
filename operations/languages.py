"""The language prefix of every address, as Django's LocaleMiddleware reads it, with one change for the
partners' languages (settings.CONTENT_LANGUAGES): while one is off, its addresses answer 404."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


def languages_off() -> set[str]:
    public = {code for code, _name in settings.LANGUAGES}
    return {code for code, _name in settings.CONTENT_LANGUAGES} - public


class PublicLanguagesMiddleware(LocaleMiddleware):
    """Django's would send /sw/ on to /de/sw/, a German page of that name: the language is not there,
    and the visitor should learn so, not be handed to a German "page not found"."""

    def process_response(self, request, response):
        first = request.path_info.lstrip("/").split("/", 1)[0]
        if response.status_code == 404 and first in languages_off():
            return response
        return super().process_response(request, response)
