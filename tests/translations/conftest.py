import pytest

from tests.translations.engine_server import EngineServer


@pytest.fixture
def engine(settings):
    """A LibreTranslate on loopback, configured as the site's engine."""
    with EngineServer() as server:
        settings.TRANSLATION_ENGINE = "libretranslate"
        settings.LIBRETRANSLATE_URL = server.url
        settings.TRANSLATION_ENGINE_TIMEOUT = 2
        yield server


@pytest.fixture
def deepl(settings):
    with EngineServer() as server:
        settings.TRANSLATION_ENGINE = "deepl"
        settings.DEEPL_API_URL = server.url
        settings.DEEPL_API_KEY = "test-key:fx"
        settings.TRANSLATION_ENGINE_TIMEOUT = 2
        yield server
