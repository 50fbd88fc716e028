"""The admin site: Django's, with two-factor sign-in for those who set it up, or for all staff.

A staff member with an authenticator app (a TOTP device, django-otp) enters its code after the
password; with DJANGO_REQUIRE_TWO_FACTOR=1 every staff member must.
"""

from django.contrib.admin import AdminSite
from django.contrib.admin.forms import AdminAuthenticationForm
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog
from django_otp import devices_for_user
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite

from core import contributions
from core.models import EDIT_SOURCE
from publishing.preview import needs_second_factor, signed_in_staff


def _may_view(request, model) -> bool:
    return request.user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")


class TwoFactorAuthenticationForm(OTPAdminAuthenticationForm):
    otp_error_messages = {
        **OTPAdminAuthenticationForm.otp_error_messages,
        # django-otp's own has no German translation.
        "device_required": _("Choose the app your code comes from."),
    }

    def clean(self):
        self.cleaned_data = AdminAuthenticationForm.clean(self)
        user = self.get_user()
        if user is not None and needs_second_factor(user):
            self.clean_otp(user)
        return self.cleaned_data

    def _chosen_device(self, user):
        """The device picked in the form; else the staff member's only one. django-otp asks for a
        choice (so that a wrong code counts against no other device), which the sign-in page offers
        only after a first refusal: with one app, the code alone signs in."""
        device = super()._chosen_device(user)
        if device is None:
            devices = list(devices_for_user(user, for_verify=True))
            device = devices[0] if len(devices) == 1 else None
        return device


class SiteAdmin(AdminSite):
    site_header = _("Arnsberg international partnerships")
    site_title = _("Partnership site administration")
    index_title = _("Content of the partnership site")
    login_form = TwoFactorAuthenticationForm
    login_template = OTPAdminSite.login_template
    # The list of every model beside each form took 290 of a 1280 px screen's pixels, and pushed the
    # lists' columns and the forms' tables off the edge; the breadcrumbs and the start page lead there.
    enable_nav_sidebar = False

    def index(self, request, extra_context=None):
        """The start page lists what editors still have to fill in (core.contributions.editor_tasks),
        and what is due for review."""
        from reviews.due import due  # needs the models

        context = {"editor_tasks": contributions.editor_tasks()}
        if request.user.has_perm(EDIT_SOURCE):
            context["reviews_due"] = due()  # with who changed each last (reviews)
        return super().index(request, {**context, **(extra_context or {})})

    def get_urls(self):
        from translation_files.views import export_view, import_view
        from workbench.views import draft_outdated, workbench

        def page(route, view, name):
            """A translators' page (translations): behind the admin's sign-in, given this site."""
            return path(route, self.admin_view(lambda request, **kw: view(request, self, **kw)), name=name)

        return [
            path("translation-status/", self.admin_view(self.translation_status), name="translation_status"),
            page("translate/<int:content_type>/<int:pk>/", workbench, "translation_workbench"),
            page("translation-status/draft-outdated/", draft_outdated, "translation_draft_outdated"),
            page("translation-status/export/", export_view, "xliff_export"),
            page("translation-status/import/", import_view, "xliff_import"),
            *super().get_urls(),
        ]

    def translation_status(self, request):
        """ "Übersetzungsstand": per kind of content, what English is missing, outdated or a machine
        draft to review, with a link to each entry's workbench (workbench.views)."""
        from translations import engines  # needs the models, which need the admin site's app ready
        from translations.rights import choice
        from translations.status import status
        from workbench.views import choices, workbench_url

        language, source = choice(request, request.GET)
        entries = [entry for entry in status(language) if _may_view(request, entry.model)]
        models = [
            {
                "opts": entry.model._meta,
                "count": entry.count,
                "counts": entry.counts,
                "rows": [{"row": row, "url": workbench_url(row.object, language)} for row in entry.rows],
            }
            for entry in entries
        ]
        context = {
            **self.each_context(request),
            "title": _("Translation status"),
            "models": models,
            "engine": engines.configured(),
            **choices(language, source),
        }
        return TemplateResponse(request, "admin/translation_status.html", context)

    def i18n_javascript(self, request, extra_context=None):
        """The admin's scripts in the editor's language, the text editor's dialogs included."""
        return JavaScriptCatalog.as_view(packages=["django.contrib.admin", "django_prose_editor"])(request)

    def has_permission(self, request):
        return super().has_permission(request) and signed_in_staff(request.user)
