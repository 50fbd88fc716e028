from django.conf import settings
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from events.models import Occurrence
from feedback import spam
from operations import limits, page_cache
from operations.clients import from_this_site
from pages.models import Page
from signups import links, mail, seats
from signups.forms import SignupForm
from signups.models import Registration, SignupOptions

DATES_SHOWN = 6


def event_section(request, event) -> dict | None:
    """On an event's page: its next dates with the seats left and the way to sign up. The dates are
    those the page read (`upcoming_dates`, events.views), else read here."""
    dates = getattr(event, "upcoming_dates", None)
    if dates is None:
        dates = list(event.occurrences.upcoming()[:DATES_SHOWN])
    # Named before the seats are read: a sign-up after this moment ends the copy made from this render.
    page_cache.depends_on(request, seats.seats_tag(event.pk))
    left = seats.seats_left_on(dates)
    if not left:
        return None
    shown = [(date, left[date.pk]) for date in dates]
    return {"signup_dates": shown, "signup_open": not event.is_changed or event.status == "moved_online"}


def privacy_section(request, page) -> dict | None:
    """On the privacy statement: what a sign-up keeps, why, and when it is deleted (from the settings,
    so that the statement and the purge never disagree)."""
    if page is None or page.kind != Page.Kind.PRIVACY:
        return None
    return {"retention_days": settings.SIGNUP_RETENTION_DAYS, "confirm_hours": settings.SIGNUP_CONFIRM_HOURS}


def refusal(date) -> str | None:
    """Why this date takes no sign-up, or None."""
    event = date.event
    if not SignupOptions.objects.filter(event=event, is_open=True).exists():
        return _("This event takes no sign-up.")
    if event.status in ("cancelled", "postponed"):
        return _("%(status)s: this event takes no sign-up.") % {"status": event.get_status_display()}
    if date.start <= timezone.now():
        return _("This date has begun or passed; it takes no sign-up any more.")
    return None


@method_decorator(csrf_exempt, name="dispatch")  # no cookie, so no CSRF token: see feedback.views
@method_decorator(never_cache, name="dispatch")
class SignupView(View):
    template_name = "signups/signup_form.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        public = Occurrence.objects.published().select_related("event__venue")
        self.date = get_object_or_404(public, pk=kwargs["date"])

    def page(self, form, status=200, refused=""):
        context = {"form": form, "date": self.date, "event": self.date.event, "refused": refused}
        context["seats_left"] = seats.seats_left(self.date)
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        if reason := refusal(self.date):
            return self.page(None, status=410, refused=reason)
        return self.page(SignupForm())

    def post(self, request, *args, **kwargs):
        form = SignupForm(request.POST)
        if reason := refusal(self.date):
            return self.page(None, status=410, refused=reason)
        if not from_this_site(request):
            return self.page(form, 403, _("This form can only be sent from its page on this website."))
        if spam.looks_automated(request.POST):
            return self.page(
                form, 400, _("Your sign-up could not be sent. Please wait a moment, then send it again.")
            )
        sender = spam.sender_key(request)
        with limits.locked(f"signups:{sender}"):
            sent = Registration.objects.filter(sender_key=sender)
            if spam.over_the_limit(sent, settings.SIGNUP_LIMIT_PER_HOUR, when="created_at"):
                response = self.page(
                    form, 429, _("You have sent several sign-ups in the last hour. Please try later.")
                )
                response["Retry-After"] = "3600"
                return response
            if not form.is_valid():
                return self.page(form, 400)
            return self.store(form, sender)

    def store(self, form, sender):
        copy = spam.form_copy(self.request.POST)
        if Registration.objects.filter(form_copy=copy).exists():
            return redirect("signups:sent")  # the same form sent twice: the first one counts
        email = form.cleaned_data["email"]
        existing = self.date.registrations.active().filter(email__iexact=email).first()
        if existing is None:
            registration = form.save(commit=False)
            registration.occurrence = self.date
            registration.language = translation.get_language()
            registration.sender_key, registration.form_copy = sender, copy
            try:
                with transaction.atomic():
                    registration.save()
            except IntegrityError:  # the same address at the same moment
                existing = self.date.registrations.active().filter(email__iexact=email).first()
        # The same page either way, so that nobody learns whether an address had signed up; the mail
        # tells its owner.
        if existing is not None:
            transaction.on_commit(lambda: mail.send(_again_kind(existing), existing))
        else:
            transaction.on_commit(lambda: mail.send("confirm", registration))
        return redirect("signups:sent")


def _again_kind(registration) -> str:
    return "confirm" if registration.status == Registration.Status.UNCONFIRMED else "again"


def sent(request):
    return render(request, "signups/sent.html", {"hours": settings.SIGNUP_CONFIRM_HOURS})


@method_decorator(csrf_exempt, name="dispatch")  # the link's key is the proof
@method_decorator(never_cache, name="dispatch")
class ConfirmView(View):
    """The link in the mail shows a button; confirming takes a click (POST), since mail programs
    open links in advance to check them."""

    def dispatch(self, request, *args, **kwargs):
        try:
            token = links.confirmed_token(kwargs["signed"])
        except links.Expired:
            message = _("This confirmation link has expired. Please sign up again.")
            return render(request, "signups/message.html", {"message": message}, status=410)
        self.registration = (
            Registration.objects.filter(token=token).select_related("occurrence__event").first()
        )
        if token is None or self.registration is None:
            message = _(
                "This confirmation link is not valid. Please use the link in your mail, or sign up again."
            )
            return render(request, "signups/message.html", {"message": message}, status=404)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return render(request, "signups/confirm.html", {"registration": self.registration})

    def post(self, request, *args, **kwargs):
        if not from_this_site(request):
            return render(request, "signups/confirm.html", {"registration": self.registration}, status=403)
        if self.registration.status == Registration.Status.CANCELLED or refusal(self.registration.occurrence):
            message = _("This sign-up can no longer be confirmed.")
            return render(request, "signups/message.html", {"message": message}, status=410)
        was = self.registration.status
        registration = seats.confirm(self.registration)
        if was == Registration.Status.UNCONFIRMED:
            transaction.on_commit(lambda: mail.send(registration.status, registration))
        return redirect("signups:manage", token=registration.token)


@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(never_cache, name="dispatch")
class ManageView(View):
    """What a sign-up stands at, and cancelling it."""

    def dispatch(self, request, *args, **kwargs):
        found = Registration.objects.select_related("occurrence__event__venue")
        self.registration = get_object_or_404(found, token=kwargs["token"])
        return super().dispatch(request, *args, **kwargs)

    def page(self, status=200):
        registration = self.registration
        context = {"registration": registration, "past": registration.occurrence.start <= timezone.now()}
        return render(self.request, "signups/manage.html", context, status=status)

    def get(self, request, *args, **kwargs):
        return self.page()

    def post(self, request, *args, **kwargs):
        if not from_this_site(request):
            return self.page(status=403)
        if self.registration.occurrence.start <= timezone.now():
            return self.page(status=410)
        if self.registration.status == Registration.Status.CANCELLED:
            return self.page()  # cancelled before: nothing changes, no second mail
        registration, moved = seats.cancel(self.registration)
        for other in moved:
            transaction.on_commit(lambda other=other: mail.send("moved_up", other))
        transaction.on_commit(lambda: mail.send("cancelled", registration))
        self.registration = registration
        return self.page()
