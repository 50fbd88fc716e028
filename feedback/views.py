from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min, Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import FormView, TemplateView

from core.i18n import site_address
from core.translated_text import translated_text
from feedback import spam
from feedback.forms import ReportForm, local_path
from feedback.mail import send_report_mails
from feedback.models import ANSWERED_IN_TIME, Report
from operations import limits
from operations.clients import from_this_site
from pages.models import Page
from uploads.models import Download


def footer_link(request) -> list[tuple[str, str]]:
    """Every page links the form, which then knows the page the citizen came from."""
    url = reverse("feedback:report")
    page = local_path(getattr(request, "path", ""))
    return [(_("Report a barrier"), f"{url}?{urlencode({'page': page})}" if page else url)]


def statistics_section(request, page) -> dict | None:
    """On the accessibility statement: how many reports came in, and how many were answered in time."""
    if page is None or page.kind != Page.Kind.ACCESSIBILITY:
        return None
    # Only cases whose deadline has passed count: an answer given early to a case not yet due says
    # nothing yet of whether the city answers in time.
    due = Q(due_on__lt=timezone.localdate())
    return Report.objects.aggregate(
        received=Count("pk"),
        due=Count("pk", filter=due),
        in_time=Count("pk", filter=due & ANSWERED_IN_TIME),
        since=Min("received_at"),
    )


def requested_document(number: str):
    """The title of the download a citizen asks an accessible version of (`?download=<id>`), if any."""
    if not (number.isascii() and number.isdigit() and len(number) < 19):
        return None
    download = Download.objects.filter(pk=int(number)).first()
    return translated_text(download, "title") if download else None


# The form sets no cookie (the public site sets none but the one for hidden notices), so it has no CSRF
# token: a post from another site's page is refused by its origin instead, and what a program may send
# is held back by the checks in feedback.spam. Never cached (by the page cache, nginx or a browser):
# each copy of the form carries a token of its own, which is taken once.
@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(never_cache, name="dispatch")
class ReportView(FormView):
    template_name = "feedback/report_form.html"
    form_class = ReportForm

    def get_initial(self):
        initial = {"page_url": local_path(self.request.GET.get("page", ""))}
        if requested := requested_document(self.request.GET.get("download", "")):
            message = _("Please send me an accessible version of the document “%(title)s”.")
            initial["message"] = message % {"title": requested}
        return initial

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not from_this_site(request):
            message = _(
                "This form can only be sent from its page on this website. Please send it from there."
            )
            return self.refuse(form, message, status=403)
        if spam.looks_automated(request.POST):
            message = _("Your report could not be sent. Please wait a moment, then send it again.")
            return self.refuse(form, message, status=400)
        sender = spam.sender_key(request)
        # One post of a sender at a time, from the count to the stored report: twenty sent at once
        # cannot all find the limit not reached yet, nor one copy of the form be taken twice.
        with limits.locked(f"feedback:{sender}"):
            sent = Report.objects.filter(sender_key=sender)
            if spam.over_the_limit(sent, settings.FEEDBACK_LIMIT_PER_HOUR, when="received_at"):
                message = _(
                    "You have sent several reports in the last hour. Please send this one later; "
                    "what you wrote is still here."
                )
                return self.refuse(form, message, status=429, retry_after=3600)
            if spam.already_sent(request.POST):
                message = _("We have received this report already; there is no need to send it again.")
                return self.refuse(form, message, status=409)
            return self.form_valid(form) if form.is_valid() else self.form_invalid(form)

    def refuse(self, form, message, status, retry_after=None):
        form.is_valid()  # so that the page shows what was typed, with any field errors
        response = render(self.request, self.template_name, {"form": form, "refused": message}, status=status)
        if retry_after:
            response["Retry-After"] = str(retry_after)
        return response

    def form_invalid(self, form):
        return render(self.request, self.template_name, {"form": form}, status=400)

    def form_valid(self, form):
        report = form.save(commit=False)
        report.language = translation.get_language()
        report.sender_key = spam.sender_key(self.request)
        report.form_copy = spam.form_copy(self.request.POST)
        report.save()
        admin_url = site_address(reverse("admin:feedback_report_change", args=[report.pk]))
        transaction.on_commit(lambda: send_report_mails(report, admin_url))
        thanks = reverse("feedback:thanks")
        return redirect(f"{thanks}?{urlencode({'page': report.page_url})}" if report.page_url else thanks)


class ThanksView(TemplateView):
    """Thanks, and the way back to the page the visitor reported (a path of this site only)."""

    template_name = "feedback/report_thanks.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(back=local_path(self.request.GET.get("page", "")), **kwargs)
