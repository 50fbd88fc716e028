"""What the checker found, told to editors: each link's problem in their language, the count on the
admin's start page, and a mail naming the links that broke since the last one."""

from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.exceptions import FieldDoesNotExist
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.translated_text import language_named
from links.gather import holders
from links.models import Link, LinkStatus, Problem
from publishing.reviews import editor_addresses

_ANSWERS = {
    401: gettext_lazy("needs a sign-in"),
    403: gettext_lazy("access refused"),
    404: gettext_lazy("page not found"),
    410: gettext_lazy("page removed"),
}


def describe(link) -> str:
    """What is wrong with `link`, in the current language; "" when nothing is."""
    problem, code = link.problem, link.code
    if problem == Problem.STATUS:
        meaning = _ANSWERS.get(code) or (_("server error") if code and code >= 500 else "")
        answer = _("The address answers %(code)s") % {"code": code}
        return f"{answer}: {meaning}." if meaning else f"{answer}."
    if problem == Problem.MOVED:
        return _("Moved for good to %(address)s: please link there.") % {"address": link.redirect_to}
    if problem == Problem.NO_ANSWER:
        seconds = settings.LINK_CHECK_TIMEOUT
        return _("No answer within %(seconds)d seconds.") % {"seconds": seconds}
    if problem:
        return f"{Problem(problem).label.capitalize()}."
    return ""


def field_label(link) -> str:
    """The field as the form labels it: "Text (Englisch)"; "Seite wie gezeigt (Deutsch)"; for a row of
    the form's tables "Download „Programm“: Datei"."""
    model, name, row = link.content_type.model_class(), link.field, ""
    if name.count(".") == 2:
        model_name, pk, name = name.split(".")
        model = next((m for m in holders() if m._meta.model_name == model_name), None)
        found = model._base_manager.filter(pk=pk).first() if model else None
        row = f"{capfirst(model._meta.verbose_name)} „{found}“: " if found else ""
    try:
        label = str(model._meta.get_field(name).verbose_name)
    except (FieldDoesNotExist, AttributeError):  # "page_de": a link the rendered page shows
        shown = _("page as shown")
        label = f"{shown} [{name.rsplit('_', 1)[-1]}]"
    return row + capfirst(language_named(label))


def object_admin_url(link) -> str:
    model = link.content_type.model_class()
    try:
        return reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[quote(link.object_id)]
        )
    except (NoReverseMatch, AttributeError):
        return ""


def editor_tasks() -> list[tuple[str, str]]:
    """For the admin's start page: how many links are broken, and how many lead elsewhere now."""
    counts = {LinkStatus.BROKEN: 0, LinkStatus.REDIRECTED: 0}
    # A link in the German and the English text of a page is one link to mend.
    rows = Link.objects.problems().order_by().values_list("status", "content_type", "object_id", "url")
    rows = rows.distinct()
    for status, *_where in rows:
        counts[status] += 1
    tasks = []
    listing = reverse("admin:links_link_changelist")
    if broken := counts[LinkStatus.BROKEN]:
        text = ngettext("%(count)d broken link", "%(count)d broken links", broken) % {"count": broken}
        tasks.append((text, f"{listing}?status__exact={LinkStatus.BROKEN}"))
    if moved := counts[LinkStatus.REDIRECTED]:
        text = ngettext(
            "%(count)d link leads to a new address", "%(count)d links lead to new addresses", moved
        ) % {"count": moved}
        tasks.append((text, f"{listing}?status__exact={LinkStatus.REDIRECTED}"))
    return tasks


def _by_object_and_address(links) -> list[dict]:
    """One entry per address of an object, naming the fields that hold it."""
    rows = {}
    for link in links:
        key = (link.content_type_id, link.object_id, link.url)
        if key not in rows:
            kind = link.content_type.model_class()._meta.verbose_name
            where = f"{capfirst(kind)} „{link.content_object}“"
            rows[key] = {"link": link, "what": describe(link), "where": where, "url": object_admin_url(link)}
            rows[key]["fields"] = []
        rows[key]["fields"].append(field_label(link))
    return list(rows.values())


def mail_new_broken() -> int:
    """Mails the editors the links that broke since the last mail; returns how many it named."""
    new = list(Link.objects.filter(status=LinkStatus.BROKEN, reported=False).select_related("content_type"))
    to = editor_addresses()
    if not new or not to:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        rows = _by_object_and_address(new)
        body = render_to_string("links/mail_broken.txt", {"rows": rows, "site": settings.SITE_URL})
        subject = ngettext(
            "%(count)d link on the partnership site is broken",
            "%(count)d links on the partnership site are broken",
            len(new),
        ) % {"count": len(new)}
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
    Link.objects.filter(pk__in=[link.pk for link in new]).update(reported=True)
    return len(new)
