"""The subscription's pages: the form (choices taken from where the citizen came from), "check your
mailbox", the confirmation (a button: mail programs open links in advance), the subscription's own page
to change it, and unsubscribing (a button, or the mail program's one-click POST, RFC 8058)."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from alerts import mail
from alerts.forms import ChoicesForm, SubscribeForm
from alerts.models import Subscription
from feedback import spam
from operations import limits
from operations.clients import from_this_site
from pages.models import Page


def follow_section(request, obj) -> dict | None:
    """On a partnership's or a theme's page: follow it by e-mail."""
    key = "partnership" if hasattr(obj, "sdgs") else "theme"
    return {"follow_url": f"{reverse('alerts:subscribe')}?{key}={obj.pk}"}


def privacy_section(request, page) -> dict | None:
    if page is None or page.kind != Page.Kind.PRIVACY:
        return None
    return {
        "confirm_hours": settings.ALERTS_CONFIRM_HOURS,
        "unconfirmed_days": settings.ALERTS_UNCONFIRMED_DAYS,
    }


def footer_link(request) -> list[tuple[str, str]]:
    return [(_("E-mail alerts"), reverse("alerts:subscribe"))]


def _message(request, text, status):
    return render(request, "alerts/message.html", {"message": text}, status=status)


def _chosen(request) -> dict:
    """Pre-ticked from the page the citizen came from (?partnership=3, ?theme=5); anything else ignored."""
    initial = {"language": translation.get_language(), "frequency": Subscription.Frequency.IMMEDIATE}
    for key, field in (("partnership", "partnerships"), ("theme", "themes")):
        value = request.GET.get(key, "")
        if value.isascii() and value.isdigit() and len(value) < 10:
            initial[field] = [int(value)]
    return initial


@method_decorator(csrf_exempt, name="dispatch")  # no cookie, so no CSRF token: see feedback.views
@method_decorator(never_cache, name="dispatch")
class SubscribeView(View):
    template_name = "alerts/subscribe.html"

    def page(self, form, status=200, refused=""):
        return render(self.request, self.template_name, {"form": form, "refused": refused}, status=status)

    def get(self, request):
        return self.page(SubscribeForm(initial=_chosen(request)))

    def post(self, request):
        form = SubscribeForm(request.POST)
        if not from_this_site(request):
            return self.page(form, 403, _("This form can only be sent from its page on this website."))
        if spam.looks_automated(request.POST):
            return self.page(
                form, 400, _("Your request could not be sent. Please wait a moment, then send it again.")
            )
        sender = spam.sender_key(request)
        with limits.locked(f"alerts:{sender}"):
            sent = Subscription.objects.filter(sender_key=sender)
            if spam.over_the_limit(sent, settings.ALERTS_LIMIT_PER_HOUR, when="created_at"):
                response = self.page(
                    form, 429, _("You have sent several requests in the last hour. Please try later.")
                )
                response["Retry-After"] = "3600"
                return response
            if not form.is_valid():
                return self.page(form, 400)
            subscription = self._store(form, sender)
        transaction.on_commit(lambda: mail.send_about(subscription))
        return redirect("alerts:sent")

    def _store(self, form, sender) -> Subscription:
        """A new address is stored unconfirmed; an unconfirmed one takes the new choice (and keeps its
        first date, by which it is deleted unless confirmed); a confirmed one keeps its choice: only its
        owner changes it, through the link in the mail."""
        email = form.cleaned_data["email"].lower()
        existing = Subscription.objects.filter(email__iexact=email).first()
        if existing is not None and existing.confirmed_at is not None:
            return existing
        if existing is not None:
            form.instance = existing
            for name in ChoicesForm.Meta.fields:
                if name not in ("partnerships", "themes"):
                    setattr(existing, name, form.cleaned_data[name])
        subscription = form.instance
        subscription.email, subscription.sender_key = email, sender
        subscription.form_copy = spam.form_copy(self.request.POST) or ""
        try:
            with transaction.atomic():
                subscription.save()
        except IntegrityError:  # the same address at the same moment
            return Subscription.objects.get(email__iexact=email)
        subscription.partnerships.set(form.cleaned_data["partnerships"])
        subscription.themes.set(form.cleaned_data["themes"])
        return subscription


def sent(request):
    return render(request, "alerts/sent.html", {"hours": settings.ALERTS_CONFIRM_HOURS})


@method_decorator(csrf_exempt, name="dispatch")  # the link's key is the proof
@method_decorator(never_cache, name="dispatch")
class ConfirmView(View):
    def dispatch(self, request, *args, **kwargs):
        try:
            token = mail.confirmed_token(kwargs["signed"])
        except mail.Expired:
            return _message(request, _("This confirmation link has expired. Please subscribe again."), 410)
        self.subscription = Subscription.objects.filter(token=token).first() if token else None
        if self.subscription is None:
            text = _(
                "This confirmation link is not valid. Please use the link in your mail, or subscribe again."
            )
            return _message(request, text, 404)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return render(request, "alerts/confirm.html", {"subscription": self.subscription})

    def post(self, request, *args, **kwargs):
        if not from_this_site(request):
            return render(request, "alerts/confirm.html", {"subscription": self.subscription}, status=403)
        Subscription.objects.filter(pk=self.subscription.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        return redirect("alerts:manage", token=self.subscription.token)


class _WithSubscription(View):
    def dispatch(self, request, *args, **kwargs):
        self.subscription = Subscription.objects.filter(token=kwargs["token"]).first()
        if self.subscription is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(never_cache, name="dispatch")
class ManageView(_WithSubscription):
    def page(self, form, status=200, saved=False):
        context = {"form": form, "subscription": self.subscription, "saved": saved}
        return render(self.request, "alerts/manage.html", context, status=status)

    def get(self, request, *args, **kwargs):
        return self.page(ChoicesForm(instance=self.subscription))

    def post(self, request, *args, **kwargs):
        form = ChoicesForm(request.POST, instance=self.subscription)
        if not from_this_site(request):
            return self.page(form, 403)
        if not form.is_valid():
            return self.page(form, 400)
        form.save()
        return self.page(ChoicesForm(instance=self.subscription), saved=True)


@method_decorator(csrf_exempt, name="dispatch")  # mail programs post the one-click unsubscribe
@method_decorator(never_cache, name="dispatch")
class UnsubscribeView(_WithSubscription):
    def get(self, request, *args, **kwargs):
        return render(request, "alerts/unsubscribe.html", {"subscription": self.subscription})

    def post(self, request, *args, **kwargs):
        one_click = request.POST.get("List-Unsubscribe") == "One-Click"
        if not one_click and not from_this_site(request):
            return render(request, "alerts/unsubscribe.html", {"subscription": self.subscription}, status=403)
        self.subscription.delete()  # and with it every trace: nothing is kept
        return _message(request, _("You are unsubscribed. We deleted your address and your choice."), 200)
