import pytest

from tests.links.linked_site import LinkedSite


@pytest.fixture
def linked_site(settings):
    """Another website on loopback, which the checker may ask (private networks allowed for it)."""
    with LinkedSite() as site:
        settings.LINK_CHECK_EXTERNAL = True
        settings.LINK_CHECK_PRIVATE_NETWORKS = True
        settings.LINK_CHECK_TIMEOUT = 1
        settings.LINK_CHECK_PAUSE = 0
        yield site
