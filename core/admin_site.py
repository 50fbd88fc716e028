"""The admin site: Django's, with two-factor sign-in for those who set it up, or for all staff.

A staff member with an authenticator app (a TOTP device, django-otp) enters its code after the
password; with DJANGO_REQUIRE_TWO_FACTOR=1 every staff member must.
"""

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite


def needs_second_factor(user) -> bool:
    return settings.REQUIRE_TWO_FACTOR or user_has_device(user)


class TwoFactorAuthenticationForm(OTPAdminAuthenticationForm):
    def clean(self):
        self.cleaned_data = AdminAuthenticationForm.clean(self)
        user = self.get_user()
        if user is not None and needs_second_factor(user):
            self.clean_otp(user)
        return self.cleaned_data


class SiteAdmin(AdminSite):
    site_header = _("Arnsberg international partnerships")
    site_title = _("Partnership site administration")
    index_title = _("Content of the partnership site")
    login_form = TwoFactorAuthenticationForm
    login_template = OTPAdminSite.login_template

    def has_permission(self, request):
        user = request.user
        return super().has_permission(request) and (user.is_verified() or not needs_second_factor(user))
