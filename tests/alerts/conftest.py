import pytest

from tests.alerts.mail_server import MailServer


@pytest.fixture
def mail_server(settings):
    """The site sends its mails to an SMTP server on loopback."""
    server = MailServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 2
    settings.EMAIL_USE_TLS = False
    yield server
    if server.mode != "away":
        server.stop()
