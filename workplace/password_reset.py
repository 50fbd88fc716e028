"""Staff who forgot their password get a link by e-mail: Django's reset, with three changes.

- The link names the site's configured address (settings.SITE_URL), not the Host of the request
  that asked for it: a forged Host would otherwise lead a colleague to another site with the token.
- The answer comes as fast for an address that has an account as for one that has none: the mail is
  sent in the background, so the time does not tell who has an account.
- Few mails per address and per sender an hour: nobody can flood a colleague's mailbox.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import views as auth
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.translation import gettext as _

from operations import background, limits
from operations.clients import client_address

MAILS_PER_ADDRESS_AN_HOUR = 3
REQUESTS_PER_SENDER_AN_HOUR = 10


class BackgroundResetForm(PasswordResetForm):
    def send_mail(self, *args, **kwargs):
        language = translation.get_language()
        background.run(self._send_in, language, args, kwargs)

    def _send_in(self, language, args, kwargs):
        with translation.override(language):
            super().send_mail(*args, **kwargs)


class PasswordResetView(auth.PasswordResetView):
    form_class = BackgroundResetForm

    def form_valid(self, form):
        if self._within_limits(form.cleaned_data["email"]):
            site = urlsplit(settings.SITE_URL)
            form.save(
                domain_override=site.netloc,
                use_https=site.scheme == "https",
                token_generator=self.token_generator,
                email_template_name=self.email_template_name,
                subject_template_name=self.subject_template_name,
                extra_email_context={"site_name": _("Arnsberg international partnerships")},
            )
        # The same answer either way: whether a mail went out is not told.
        return HttpResponseRedirect(self.get_success_url())

    def _within_limits(self, email: str) -> bool:
        hour = 3600
        sender = limits.allow(
            "password-reset-sender", client_address(self.request), REQUESTS_PER_SENDER_AN_HOUR, hour
        )
        return sender and limits.allow(
            "password-reset-address", email.lower(), MAILS_PER_ADDRESS_AN_HOUR, hour
        )
