"""The translator's page for one object ("Übersetzen"): each translated field with its German text, its
English text and where it stands (missing, outdated, machine draft to review, done), and the buttons
to ask the configured engine for drafts and to confirm them. Wired into the admin site by the
workplace (workplace.admin_site), behind its sign-in; each request checks the right to change the
object's kind, for every button."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from modeltranslation.translator import translator

from core.rich_text import to_plain_text
from core.translated_text import translations
from translations import drafts, engines, glossary, memory, rights
from translations.models import TranslationSource
from translations.status import (
    CONFIRMED,
    MACHINE,
    MISSING,
    OUTDATED,
    SOURCE,
    TARGET,
    field_states,
    needing_translators,
    status,
    translated_fields,
)
from translations.word_diff import word_diff

STATE_LABELS = {
    MISSING: gettext_lazy("English missing"),
    OUTDATED: gettext_lazy("English outdated"),
    MACHINE: gettext_lazy("Machine-translated – not reviewed"),
    CONFIRMED: gettext_lazy("Translated"),
}


def _object(request, content_type: int, pk: int):
    kind = ContentType.objects.filter(pk=content_type).first()
    model = kind.model_class() if kind else None
    if model is None or model not in translator.get_registered_models():
        raise Http404(_("There is nothing to translate at this address."))
    obj = model._default_manager.filter(pk=pk).first()
    if obj is None:
        raise Http404(_("This entry no longer exists."))
    if not request.user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
        raise PermissionDenied
    return obj


def workbench_url(obj) -> str:
    kind = ContentType.objects.get_for_model(type(obj))
    return reverse("admin:translation_workbench", args=[kind.pk, obj.pk])


def change_url(admin_site, obj) -> str:
    """The object's edit form, or that of the object whose form it is a row of (a fact, an item)."""
    parents = (getattr(obj, f.name) for f in obj._meta.fields if f.many_to_one)
    for candidate in (obj, *parents):
        if candidate is not None and admin_site.is_registered(type(candidate)):
            opts = candidate._meta
            url = reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[candidate.pk])
            return f"{url}#lang-en"
    return ""


def _then(obj) -> dict[str, str]:
    """The German texts the English ones were saved for, by field."""
    kind = ContentType.objects.get_for_model(type(obj))
    rows = TranslationSource.objects.filter(content_type=kind, object_id=obj.pk)
    return dict(rows.values_list("field", "source_text"))


def _rows(obj) -> list[dict]:
    model, states = type(obj), field_states(obj)
    unconfirmed, terms, then = set(drafts.unconfirmed(obj)), glossary.terms(), _then(obj)
    remembered = memory.pairs() if states else {}
    rows = []
    for name in translated_fields(model):
        texts = translations(obj, name)
        state = states.get(name) or (MACHINE if name in unconfirmed else CONFIRMED)
        if not texts[SOURCE] and not texts[TARGET]:
            continue
        rows.append(
            {
                "name": name,
                "label": model._meta.get_field(name).verbose_name,
                "german": to_plain_text(texts[SOURCE] or ""),
                "english": to_plain_text(texts[TARGET] or ""),
                "state": state,
                "state_label": STATE_LABELS[state],
                "drafted": name in unconfirmed,
                "glossary": glossary.misses(texts[SOURCE], texts[TARGET], terms) if texts[TARGET] else [],
                "changed": _changed(then.get(name), texts[SOURCE]) if state == OUTDATED else "",
                "suggestions": memory.suggestions(texts[SOURCE], remembered) if name in states else [],
            }
        )
    return rows


def _changed(before, now) -> str:
    """The German words that changed since the English text was saved; unknown for a translation
    saved before the German text was kept with it."""
    if not before:
        return _("Which words changed is not known: this translation is older than the record of them.")
    return word_diff(to_plain_text(before), to_plain_text(now or ""))


@require_http_methods(["GET", "POST"])
def workbench(request, admin_site, content_type: int, pk: int):
    obj = _object(request, content_type, pk)
    engine = engines.configured()
    if request.method == "POST":
        _act(request, obj, engine, request.POST.get("action", ""), request.POST.get("field", ""))
        return redirect(request.path)
    context = {
        **admin_site.each_context(request),
        "title": _("Translate: %(object)s") % {"object": obj},
        "object": obj,
        "opts": obj._meta,
        "rows": _rows(obj),
        "engine": engine,
        "change_url": change_url(admin_site, obj),
    }
    return TemplateResponse(request, "admin/translation_workbench.html", context)


def _act(request, obj, engine, action: str, name: str) -> None:
    if not rights.may_translate(request.user, TARGET):
        messages.error(request, _("You may not change the texts of this language. Nothing was changed."))
        return
    known = translated_fields(type(obj))
    names = known if name == "" else [name] if name in known else None
    if names is None or action not in ("draft", "confirm"):
        messages.error(request, _("This button does not exist (any more). Nothing was changed."))
        return
    if action == "confirm":
        confirmed = drafts.confirm(obj, names)
        messages.success(
            request, ngettext("%d draft confirmed.", "%d drafts confirmed.", confirmed) % confirmed
        )
        return
    if engine is None:
        messages.error(request, _("No translation engine is configured. Nothing was changed."))
        return
    wanted = [n for n in names if n in needing_translators(obj)] if name == "" else names
    try:
        outcome = drafts.draft(obj, wanted, engine, user=request.user)
    except engines.EngineError as error:
        messages.error(request, str(error))
        return
    _report(request, outcome)


def _report(request, outcome) -> None:
    if outcome.drafted:
        fields = ", ".join(outcome.drafted)
        messages.success(request, _("Machine draft saved, to be reviewed: %(fields)s") % {"fields": fields})
    for problem in [*outcome.refused, *outcome.warnings]:
        messages.warning(request, problem)
    if not outcome.drafted and not outcome.refused:
        messages.info(request, _("Nothing needed a draft: every English text is there and up to date."))


# Drafts asked for at once from the status page: an engine takes a few seconds per entry.
AT_ONCE = 20


@require_http_methods(["POST"])
def draft_outdated(request, admin_site):
    """ "Alles Veraltete vorübersetzen": machine drafts of the outdated English texts of every kind the
    user may change, the oldest first, AT_ONCE entries per click."""
    engine = engines.configured()
    if not rights.may_translate(request.user, TARGET):
        messages.error(request, _("You may not change the texts of this language. Nothing was changed."))
        return redirect("admin:translation_status")
    if engine is None:
        messages.error(request, _("No translation engine is configured. Nothing was changed."))
        return redirect("admin:translation_status")
    outdated = [
        row.object
        for entry in status()
        if request.user.has_perm(f"{entry.model._meta.app_label}.change_{entry.model._meta.model_name}")
        for row in entry.rows
        if row.outdated
    ]
    done = 0
    for obj in outdated[:AT_ONCE]:
        names = [name for name, state in field_states(obj).items() if state == OUTDATED]
        try:
            outcome = drafts.draft(obj, names, engine, user=request.user)
        except engines.EngineError as error:
            messages.error(request, str(error))
            break
        done += 1
        for problem in [*outcome.refused, *outcome.warnings]:
            messages.warning(request, f"{obj}: {problem}")
    messages.success(
        request,
        ngettext("%d entry drafted, to be reviewed.", "%d entries drafted, to be reviewed.", done) % done,
    )
    if len(outdated) > done:
        left = len(outdated) - done
        messages.info(
            request, ngettext("%d more entry is outdated.", "%d more entries are outdated.", left) % left
        )
    return redirect("admin:translation_status")
