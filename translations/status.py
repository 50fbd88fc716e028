"""The translators' to-do, per language: texts that are missing, or outdated because the German one
changed.

With every save of a translated model, each field whose translation (English, Kiswahili, Romanian) was
saved remembers a digest of its German text at that moment (`TranslationSource`, one per language). A
translation is outdated when the German text no longer matches that digest. `language` is "en" where
it is not said: the one language the workbench knew before the partners' languages.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save, pre_save
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.translated_text import content_languages, digest, translations
from translations.models import TranslationSource

SOURCE, TARGET = settings.LANGUAGE_CODE, "en"
# What a translator may read as the source of a partner language's text: the German, or the English.
SOURCES = (SOURCE, TARGET)


def language_name(code: str) -> str:
    """The language's name in the active language ("Kiswahili", "Rumänisch")."""
    return str(dict(settings.CONTENT_LANGUAGES)[code])


def target_languages() -> list[str]:
    """English and the partners' languages: every language translated from the German."""
    return [code for code in content_languages() if code != SOURCE]


def is_missing(obj, field: str, language: str = "en") -> bool:
    """A German text without its translation: the page shows the German one instead."""
    values = translations(obj, field)
    return bool(values[settings.LANGUAGE_CODE]) and not values[language]


def missing_translations(obj, fields, language: str = "en") -> list[str]:
    """Names of the fields that have a German text but none in `language`: the translators' to-do."""
    return [
        str(obj._meta.get_field(field).verbose_name) for field in fields if is_missing(obj, field, language)
    ]


def translated_fields(model) -> list[str]:
    # Slugs are filled from the German one when empty: no translator's to-do.
    return [name for name in translator.get_options_for_model(model).fields if name != "slug"]


def _value(obj, name, language):
    return translations(obj, name)[language] or ""


def _as_stored(instance, name, language) -> str:
    """The text as the save will store it (a rich text is sanitized by its field's pre_save)."""
    field = instance._meta.get_field(build_localized_fieldname(name, language))
    return field.pre_save(instance, instance._state.adding) or ""


def remember_sources(sender, instance, raw=False, **kwargs):
    """Before a save: for each translation being saved, remember the German text it goes with."""
    if raw or sender not in translator.get_registered_models():
        return
    saved = sender._default_manager.filter(pk=instance.pk).first() if instance.pk else None
    # (field, language) a machine draft fills (translations.drafts); a text typed by a person is reviewed.
    drafted = getattr(instance, "_machine_drafted", set())
    sources = {}
    for name in translated_fields(sender):
        for language in target_languages():
            text, key = _as_stored(instance, name, language), (name, language)
            if not text:
                continue
            if saved is None or text != _value(saved, name, language) or key in drafted:
                sources[key] = (_as_stored(instance, name, SOURCE), True, key in drafted)
            else:
                # Unchanged text from before its source was tracked: it goes with the German as saved.
                sources[key] = (_value(saved, name, SOURCE), False, False)
    instance._translation_sources = sources


def store_sources(sender, instance, raw=False, **kwargs):
    sources = getattr(instance, "_translation_sources", {})
    if not sources:
        return
    kind = ContentType.objects.get_for_model(sender)
    for (name, language), (source, translated_now, machine) in sources.items():
        lookup = {"content_type": kind, "object_id": instance.pk, "field": name, "language": language}
        values = {"source_digest": digest(source), "source_text": source}
        if translated_now:
            TranslationSource.objects.update_or_create(
                **lookup, defaults={**values, "machine_draft": machine}
            )
        else:
            TranslationSource.objects.get_or_create(**lookup, defaults=values)
    instance._translation_sources = {}


MISSING, OUTDATED, MACHINE, CONFIRMED = "missing", "outdated", "machine", "confirmed"


def _states(obj, names, sources, language=TARGET) -> dict[str, str]:
    """Per field that needs a translator: missing, or outdated (the German text no longer matches the
    digest kept when the translation was saved). `sources`: (pk, field) -> (digest, saved at)."""
    states = {}
    for name in names:
        source = sources.get((obj.pk, name))
        if is_missing(obj, name, language):
            states[name] = MISSING
        elif _value(obj, name, language) and source and source[0] != digest(_value(obj, name, SOURCE)):
            states[name] = OUTDATED
    return states


def _sources(model, pk=None, language=TARGET) -> dict:
    kind = ContentType.objects.get_for_model(model)
    rows = TranslationSource.objects.filter(content_type=kind, language=language)
    if pk is not None:
        rows = rows.filter(object_id=pk)
    values = rows.values_list("object_id", "field", "source_digest", "translated_at", "machine_draft")
    return {
        (object_id, name): (value, saved_at, machine) for object_id, name, value, saved_at, machine in values
    }


def field_states(obj, language=TARGET) -> dict[str, str]:
    """The fields of `obj` whose translation is missing or outdated: {name: MISSING or OUTDATED}."""
    return _states(obj, translated_fields(type(obj)), _sources(type(obj), obj.pk, language), language)


def needing_translators(obj, language=TARGET) -> list[str]:
    """The fields of `obj` whose translation into `language` is missing or outdated."""
    return list(field_states(obj, language))


def translation_notes(obj, language=TARGET) -> dict[str, str]:
    """For one object: a note per translated field whose translation is missing or outdated, or does
    not use a glossary term its German text uses."""
    from translations import glossary  # its model module imports this one's

    sources = _sources(type(obj), obj.pk, language)
    notes = _glossary_notes(obj, glossary, language)
    for name, state in _states(obj, translated_fields(type(obj)), sources, language).items():
        if state == MISSING and language == TARGET:
            notes[name] = _("English still missing: the English page shows the German text.")
        elif state == MISSING:
            notes[name] = _("Still missing: the page shows the English text, or the German one.")
        else:
            saved_at = timezone.localtime(sources[(obj.pk, name)][1])
            outdated = _(
                "Outdated: the German text has changed since this translation was saved on %(date)s."
            ) % {"date": formats.date_format(saved_at, "SHORT_DATE_FORMAT")}
            notes[name] = " ".join(filter(None, [outdated, notes.get(name)]))
    return notes


def _glossary_notes(obj, glossary, language) -> dict[str, str]:
    terms, notes = glossary.terms(SOURCE, language), {}
    for name in translated_fields(type(obj)) if terms else ():
        values = translations(obj, name)
        if values[language] and (missed := glossary.misses(values[SOURCE], values[language], terms)):
            notes[name] = glossary.warning(missed, language)
    return notes


@dataclass
class Row:
    """One object with what its translator has to do: field labels per state."""

    object: object
    missing: list = field(default_factory=list)
    outdated: list = field(default_factory=list)
    machine: list = field(default_factory=list)
    outdated_since: object = None  # when its oldest outdated English text was saved


@dataclass
class ModelStatus:
    model: type
    rows: list = field(default_factory=list)  # Row, the oldest outdated text first
    counts: dict = field(default_factory=lambda: dict.fromkeys((MISSING, OUTDATED, MACHINE, CONFIRMED), 0))

    @property
    def count(self) -> int:
        """Entries that need a translator."""
        return len(self.rows)


def _row(obj, names, sources, entry, language) -> Row:
    model, row = type(obj), Row(obj)
    states = _states(obj, names, sources, language)
    for name in names:
        source = sources.get((obj.pk, name))
        state = states.get(name) or (MACHINE if source and source[2] else CONFIRMED)
        if state == CONFIRMED and not _value(obj, name, language):
            continue  # neither German nor English: nothing to translate
        entry.counts[state] += 1
        if state != CONFIRMED:
            getattr(row, state).append(str(model._meta.get_field(name).verbose_name))
        if state == OUTDATED:
            row.outdated_since = min(filter(None, [row.outdated_since, source[1]]))
    return row


def status(language=TARGET) -> list[ModelStatus]:
    """For every translated model: per field the counts of missing, outdated, machine-drafted and
    confirmed translations into `language`, and the objects that need a translator, the oldest
    outdated first."""
    result = []
    for model in sorted(translator.get_registered_models(), key=lambda m: str(m._meta.verbose_name_plural)):
        names, sources = translated_fields(model), _sources(model, language=language)
        entry = ModelStatus(model)
        rows = [_row(obj, names, sources, entry, language) for obj in model._default_manager.all()]
        rows = [row for row in rows if row.missing or row.outdated or row.machine]
        far_future = timezone.now() + timezone.timedelta(days=36500)
        entry.rows = sorted(rows, key=lambda row: row.outdated_since or far_future)
        result.append(entry)
    return result


def connect() -> None:
    pre_save.connect(remember_sources, dispatch_uid="translation_sources_remember")
    post_save.connect(store_sources, dispatch_uid="translation_sources_store")
