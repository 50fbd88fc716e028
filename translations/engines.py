"""Machine translation engines, configured, not built in: DeepL (an API key) or a self-hosted
LibreTranslate (its address), behind one small interface, so that another can be added with a class.

An engine gets German texts and returns English ones in the same order; `html=True` for rich text,
whose markup and links the engine keeps (only the words are translated; the result is sanitized again
when it is saved). Whatever goes wrong – slow, away, a refusal, a used-up quota, an answer that is not
what the API promises – is an `EngineError` with a message for the translator; nothing is written then.
"""

import hashlib
import json
import urllib.error
import urllib.request

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _


class EngineError(Exception):
    """What went wrong, said for the translator; `status`: the engine's HTTP answer, if it gave one."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class Engine:
    name = ""
    # Whether the engine applies the glossary itself (`terms`); else the terms are put into the German
    # text before it is sent (translations.glossary.with_terms).
    has_glossaries = False

    def translate(self, texts: list[str], html=False, terms=(), source="de", target="en") -> list[str]:
        """`terms`: the glossary, (German, English) pairs, for an engine that has glossaries."""
        raise NotImplementedError

    def _post(self, url: str, payload: dict, headers: dict) -> dict:
        request = urllib.request.Request(
            url,
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/json", **headers},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=settings.TRANSLATION_ENGINE_TIMEOUT) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise EngineError(self._refusal(error.code), error.code) from error
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise EngineError(
                _(
                    "%(engine)s did not answer in time or cannot be reached. Nothing was changed; "
                    "try again later."
                )
                % {"engine": self.name}
            ) from error
        except ValueError as error:
            raise EngineError(self._unexpected()) from error

    def _refusal(self, status: int) -> str:
        if status in (429, 456):
            return _(
                "%(engine)s refuses for now: its quota is used up or too many requests were sent. "
                "Nothing was changed."
            ) % {"engine": self.name}
        if status in (401, 403):
            return _(
                "%(engine)s refuses the configured key. Nothing was changed; the administrator "
                "checks the settings."
            ) % {"engine": self.name}
        return _("%(engine)s refused the request (HTTP %(status)d). Nothing was changed.") % {
            "engine": self.name,
            "status": status,
        }

    def _unexpected(self) -> str:
        return _("%(engine)s gave an answer the site cannot read. Nothing was changed.") % {
            "engine": self.name
        }

    def _checked(self, texts: list[str], translated) -> list[str]:
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise EngineError(self._unexpected())
        if not all(isinstance(text, str) for text in translated):
            raise EngineError(self._unexpected())
        return translated


DEEPL_TARGETS = {"en": "EN-GB", "ro": "RO", "sw": "SW"}


class DeepL(Engine):
    """DeepL's API v2 (https://developers.deepl.com/docs/api-reference/translate)."""

    name = "DeepL"
    has_glossaries = True

    def translate(self, texts, html=False, terms=(), source="de", target="en"):
        # British English, as the site writes it; DeepL answers a language it lacks (Kiswahili) with an
        # error the translator is shown.
        payload = {
            "text": texts,
            "source_lang": source.upper(),
            "target_lang": DEEPL_TARGETS.get(target, target),
        }
        if html:
            payload["tag_handling"] = "html"
        pair = (source, target)
        if terms:
            payload["glossary_id"] = self._glossary(terms, pair)
        try:
            answer = self._post(self._url("translate"), payload, self._headers())
        except EngineError as error:
            if not terms or error.status != 404:
                raise
            # The glossary is gone at DeepL (deleted there): made anew, once.
            payload["glossary_id"] = self._glossary(terms, pair, again=True)
            answer = self._post(self._url("translate"), payload, self._headers())
        try:
            translated = [item["text"] for item in answer["translations"]]
        except (KeyError, TypeError) as error:
            raise EngineError(self._unexpected()) from error
        return self._checked(texts, translated)

    def _url(self, endpoint: str) -> str:
        return f"{settings.DEEPL_API_URL.rstrip('/')}/v2/{endpoint}"

    def _headers(self) -> dict:
        return {"Authorization": f"DeepL-Auth-Key {settings.DEEPL_API_KEY}"}

    def _glossary(self, terms, pair, again=False) -> str:
        """The id of a DeepL glossary holding exactly these terms for this pair of languages: made once,
        remembered in the cache under the terms' fingerprint (a changed glossary makes a new one)."""
        entries = "\n".join(
            f"{' '.join(source.split())}\t{' '.join(target.split())}" for source, target in terms
        )
        key = f"deepl-glossary:{'-'.join(pair)}:" + hashlib.sha256(entries.encode()).hexdigest()
        if not again and (known := cache.get(key)):
            return known
        payload = {
            "name": "Stadt Arnsberg",
            "source_lang": pair[0],
            "target_lang": pair[1],
            "entries": entries,
        }
        answer = self._post(self._url("glossaries"), {**payload, "entries_format": "tsv"}, self._headers())
        glossary = answer.get("glossary_id") if isinstance(answer, dict) else None
        if not isinstance(glossary, str):
            raise EngineError(self._unexpected())
        cache.set(key, glossary, timeout=None)
        return glossary


class LibreTranslate(Engine):
    """LibreTranslate's API (https://docs.libretranslate.com/): a list of texts in, a list out."""

    name = "LibreTranslate"

    def translate(self, texts, html=False, terms=(), source="de", target="en"):
        payload = {"q": texts, "source": source, "target": target, "format": "html" if html else "text"}
        if settings.LIBRETRANSLATE_API_KEY:
            payload["api_key"] = settings.LIBRETRANSLATE_API_KEY
        answer = self._post(settings.LIBRETRANSLATE_URL.rstrip("/") + "/translate", payload, {})
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        return self._checked(texts, translated)


ENGINES = {"deepl": DeepL, "libretranslate": LibreTranslate}


def configured() -> Engine | None:
    """The engine the settings name, if it has what it needs; else None (no buttons are shown)."""
    engine = ENGINES.get(settings.TRANSLATION_ENGINE)
    ready = {DeepL: settings.DEEPL_API_KEY, LibreTranslate: settings.LIBRETRANSLATE_URL}
    return engine() if engine is not None and ready[engine] else None
