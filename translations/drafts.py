"""Machine drafts of translations, asked for by a translator and never passed off as reviewed.

A draft fills a field of the translator's language (from the German, or from the English where they
chose it as the source) through the configured engine (translations.engines) and is marked
"machine-translated, not yet reviewed" (`TranslationSource.machine_draft`) until a translator confirms
it, or writes the English text themselves. Meanwhile the public page says so (templatetags). Rich text
goes to the engine as HTML, so its markup and links stay; the answer is sanitized like every rich
text, and a plain field's answer loses any markup. Nothing is written when the engine fails.
"""

from dataclasses import dataclass, field

import reversion
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from core.rich_text import RichTextField, sanitize, to_plain_text
from core.translated_text import translations
from translations import glossary
from translations.models import TranslationSource
from translations.status import SOURCE, TARGET, language_name, needing_translators


@dataclass
class Outcome:
    drafted: list[str] = field(default_factory=list)  # the fields' labels
    refused: list[str] = field(default_factory=list)  # why a field got none
    warnings: list[str] = field(default_factory=list)  # what the translator checks first


def _label(model, name) -> str:
    return str(model._meta.get_field(name).verbose_name)


def _answers(obj, names, engine, terms, pair) -> dict[str, str]:
    """The engine's translation of each field with a source text: plain texts and rich texts apart, the
    glossary's terms put in before."""
    model, answers = type(obj), {}
    german = {name: translations(obj, name)[pair[0]] for name in names}
    rich = {name for name in names if isinstance(model._meta.get_field(name), RichTextField)}
    for group, html in (
        ([n for n in names if n not in rich], False),
        ([n for n in names if n in rich], True),
    ):
        group = [name for name in group if german[name]]
        if group:
            languages = {"source": pair[0], "target": pair[1]}
            if engine.has_glossaries:
                english = engine.translate([german[n] for n in group], html=html, terms=terms, **languages)
            else:
                texts = [glossary.with_terms(german[n], terms, html) for n in group]
                english = engine.translate(texts, html=html, **languages)
            answers.update(zip(group, english, strict=True))
    return {name: sanitize(text) if name in rich else to_plain_text(text) for name, text in answers.items()}


def draft(obj, names, engine, user=None, language=TARGET, source=SOURCE) -> Outcome:
    """Machine drafts into `language` of the fields `names` of `obj` (all that need a translator when
    empty), from the `source` language's texts, saved as one revision. Raises
    translations.engines.EngineError, having written nothing."""
    model = type(obj)
    names = list(names or needing_translators(obj, language))
    outcome, terms = Outcome(), glossary.terms(source, language)
    for name, text in _answers(obj, names, engine, terms, (source, language)).items():
        column = model._meta.get_field(build_localized_fieldname(name, language))
        if column.max_length and len(text) > column.max_length:
            outcome.refused.append(
                _("%(field)s: the draft is longer than the %(limit)d characters the field holds.")
                % {"field": _label(model, name), "limit": column.max_length}
            )
            continue
        setattr(obj, column.attname, text)
        outcome.drafted.append(name)
        if missed := glossary.misses(translations(obj, name)[source], text, terms):
            outcome.warnings.append(f"{_label(model, name)}: {glossary.warning(missed, language)}")
    if outcome.drafted:
        obj._machine_drafted = {(name, language) for name in outcome.drafted}
        with transaction.atomic(), reversion.create_revision():
            obj.save()
            reversion.set_user(user)
            labels = ", ".join(_label(model, name) for name in outcome.drafted)
            comment = _("Machine draft (%(language)s): %(fields)s")
            reversion.set_comment(comment % {"language": language_name(language), "fields": labels})
        obj._machine_drafted = set()
    outcome.drafted = [_label(model, name) for name in outcome.drafted]
    return outcome


def unconfirmed(obj, language=TARGET) -> list[str]:
    """The fields of `obj` whose text in `language` is a machine draft nobody has confirmed."""
    rows = TranslationSource.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        machine_draft=True,
        language=language,
    )
    return list(rows.values_list("field", flat=True))


def confirm(obj, names, language=TARGET) -> int:
    """A translator read the drafts of `names` and stands by them: they are no longer marked."""
    rows = TranslationSource.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        field__in=names,
        machine_draft=True,
        language=language,
    )
    confirmed = 0
    for row in rows:
        row.machine_draft = False
        row.save(update_fields=["machine_draft"])  # a save: the page cache ends the pages' copies
        confirmed += 1
    return confirmed
