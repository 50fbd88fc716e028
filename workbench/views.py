"""The translator's page for one object ("Übersetzen"): each translated field with its source text (the
German, or the English for a partner language when the translator reads it better), its translation
and where it stands (missing, outdated, machine draft to review, done), and the buttons to ask the
configured engine for drafts and to confirm them. One language at a time (`?language=sw`). Wired into
the admin site by the workplace (workplace.admin_site), behind its sign-in; each request checks the
right to change the object's kind, and every button the right to write the language."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
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
    SOURCES,
    TARGET,
    field_states,
    language_name,
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
# A partner language's states: its texts fall back to the English, so "English missing" would mislead.
PARTNER_STATE_LABELS = {**STATE_LABELS, MISSING: gettext_lazy("Missing"), OUTDATED: gettext_lazy("Outdated")}


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


def status_url(language=TARGET) -> str:
    return f"{reverse('admin:translation_status')}?{urlencode({'language': language})}"


def workbench_url(obj, language=None) -> str:
    """The object's workbench, in `language` (else in the translator's own first language)."""
    kind = ContentType.objects.get_for_model(type(obj))
    address = reverse("admin:translation_workbench", args=[kind.pk, obj.pk])
    return address if language is None else f"{address}?{urlencode({'language': language})}"


def change_url(admin_site, obj, language=TARGET) -> str:
    """The object's edit form, or that of the object whose form it is a row of (a fact, an item)."""
    parents = (getattr(obj, f.name) for f in obj._meta.fields if f.many_to_one)
    for candidate in (obj, *parents):
        if candidate is not None and admin_site.is_registered(type(candidate)):
            opts = candidate._meta
            url = reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[candidate.pk])
            return f"{url}#lang-{language}"
    return ""


def _then(obj, language) -> dict[str, str]:
    """The German texts the translations were saved for, by field."""
    kind = ContentType.objects.get_for_model(type(obj))
    rows = TranslationSource.objects.filter(content_type=kind, object_id=obj.pk, language=language)
    return dict(rows.values_list("field", "source_text"))


def _rows(obj, language=TARGET, source=SOURCE) -> list[dict]:
    model, states = type(obj), field_states(obj, language)
    unconfirmed, terms = set(drafts.unconfirmed(obj, language)), glossary.terms(source, language)
    then, labels = _then(obj, language), STATE_LABELS if language == TARGET else PARTNER_STATE_LABELS
    remembered = memory.pairs(language=language, source_language=source) if states else {}
    rows = []
    for name in translated_fields(model):
        texts = translations(obj, name)
        state = states.get(name) or (MACHINE if name in unconfirmed else CONFIRMED)
        if not texts[SOURCE] and not texts[language]:
            continue
        read, written = texts[source] or "", texts[language] or ""
        rows.append(
            {
                "name": name,
                "label": model._meta.get_field(name).verbose_name,
                "source": to_plain_text(read),
                "target": to_plain_text(written),
                "state": state,
                "state_label": labels[state],
                "drafted": name in unconfirmed,
                "glossary": glossary.misses(read, written, terms) if written else [],
                "changed": _changed(then.get(name), texts[SOURCE]) if state == OUTDATED else "",
                "suggestions": memory.suggestions(read, remembered) if name in states else [],
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
        language, source = rights.choice(request, request.POST)
        _act(
            request,
            obj,
            engine,
            request.POST.get("action", ""),
            request.POST.get("field", ""),
            language,
            source,
        )
        return redirect(f"{request.path}?{urlencode({'language': language, 'source': source})}")
    language, source = rights.choice(request, request.GET)
    context = {
        **admin_site.each_context(request),
        "title": _("Translate: %(object)s") % {"object": obj},
        "object": obj,
        "opts": obj._meta,
        "rows": _rows(obj, language, source),
        "engine": engine,
        "change_url": change_url(admin_site, obj, language),
        **choices(language, source),
    }
    return TemplateResponse(request, "admin/translation_workbench.html", context)


def choices(language, source) -> dict:
    """What the page offers to switch to: each public language to translate, and for a partner
    language the English as the source."""
    public = rights.public_targets()
    return {
        "language": language,
        "language_name": language_name(language),
        "source": source,
        "source_name": language_name(source),
        "choice_query": urlencode({"language": language, "source": source}),
        "languages": [(code, language_name(code)) for code in public] if len(public) > 1 else [],
        "sources": [(code, language_name(code)) for code in SOURCES] if language != TARGET else [],
    }


def _act(request, obj, engine, action: str, name: str, language=TARGET, source=SOURCE) -> None:
    if not rights.may_translate(request.user, language):
        messages.error(request, _("You may not change the texts of this language. Nothing was changed."))
        return
    known = translated_fields(type(obj))
    names = known if name == "" else [name] if name in known else None
    if names is None or action not in ("draft", "confirm"):
        messages.error(request, _("This button does not exist (any more). Nothing was changed."))
        return
    if action == "confirm":
        confirmed = drafts.confirm(obj, names, language)
        messages.success(
            request, ngettext("%d draft confirmed.", "%d drafts confirmed.", confirmed) % confirmed
        )
        return
    if engine is None:
        messages.error(request, _("No translation engine is configured. Nothing was changed."))
        return
    wanted = [n for n in names if n in needing_translators(obj, language)] if name == "" else names
    try:
        outcome = drafts.draft(obj, wanted, engine, user=request.user, language=language, source=source)
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
    language, source = rights.choice(request, request.POST)
    if not rights.may_translate(request.user, language):
        messages.error(request, _("You may not change the texts of this language. Nothing was changed."))
        return redirect(status_url(language))
    if engine is None:
        messages.error(request, _("No translation engine is configured. Nothing was changed."))
        return redirect(status_url(language))
    outdated = [
        row.object
        for entry in status(language)
        if request.user.has_perm(f"{entry.model._meta.app_label}.change_{entry.model._meta.model_name}")
        for row in entry.rows
        if row.outdated
    ]
    done = 0
    for obj in outdated[:AT_ONCE]:
        names = [name for name, state in field_states(obj, language).items() if state == OUTDATED]
        try:
            outcome = drafts.draft(obj, names, engine, user=request.user, language=language, source=source)
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
    return redirect(status_url(language))
