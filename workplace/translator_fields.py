"""Which fields of a content form a translator writes: those of their languages (translations.rights),
with the German and English shown read-only beside; a language that is off is on nobody's form."""

from django import forms
from django.utils.text import capfirst
from modeltranslation.fields import TranslationField

from core.rich_text import RichTextDisplay, RichTextField
from translations import rights
from translations.status import SOURCES


def translation_only(request) -> bool:
    """A translator (workplace.roles): may change translated models, but only their languages' fields."""
    return not rights.writes_sources(request.user)


class ShownRichText(forms.CharField):
    """A rich text a translator reads (disabled): it gives back the stored value untouched, empty
    (NULL) or not, so that saving the form writes nothing of it."""

    def clean(self, value):
        return value


def _without(fields, names: set) -> list:
    """A fieldset's fields without `names`; a line of several fields keeps its other fields."""
    kept = [tuple(n for n in f if n not in names) if isinstance(f, (list, tuple)) else f for f in fields]
    return [field for field in kept if field and field not in names]


class OwnLanguagesForTranslators:
    """For content admins and inlines: see the module's docstring."""

    def get_exclude(self, request, obj=None):
        return [*(super().get_exclude(request, obj) or ()), *self._hidden(request)]

    def get_fieldsets(self, request, obj=None):
        off = set(self._hidden(request))
        return [
            (name, {**options, "fields": _without(options["fields"], off)})
            for name, options in super().get_fieldsets(request, obj)
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if not translation_only(request):
            return readonly
        rich = self._rich_sources(request)
        return [*readonly, *(name for name in self._source_fields(request) if name not in {*readonly, *rich})]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """A German rich text is shown to translators as the page shows it, not as HTML source: a
        disabled field, whose value no request can change."""
        if translation_only(request) and db_field.name in self._rich_sources(request):
            return ShownRichText(
                label=capfirst(db_field.verbose_name), required=False, disabled=True, widget=RichTextDisplay
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def _rich_sources(self, request):
        get = self.model._meta.get_field
        return {name for name in self._source_fields(request) if isinstance(get(name), RichTextField)}

    def get_prepopulated_fields(self, request, obj=None):
        fields, off = super().get_prepopulated_fields(request, obj), set(self._hidden(request))
        return {} if translation_only(request) else {k: v for k, v in fields.items() if k not in off}

    def _hidden(self, request) -> list[str]:
        """A language that is off is on nobody's form, another partner language not on a translator's."""
        shown = set(rights.public_languages())
        if translation_only(request):
            shown &= {*SOURCES, *rights.writable_languages(request.user)}
        fields = self.model._meta.fields
        return [f.name for f in fields if isinstance(f, TranslationField) and f.language not in shown]

    def _source_fields(self, request):
        """The fields a translator reads but does not write: all but their languages' (and what no
        form shows: the original fields modeltranslation keeps, and languages that are off)."""
        originals = set(self.trans_opts.fields) if hasattr(self, "trans_opts") else set()
        writable, off = rights.writable_languages(request.user), set(self._hidden(request))
        fields = [*self.model._meta.fields, *self.model._meta.many_to_many]
        return [
            field.name
            for field in fields
            if field.editable
            and not field.auto_created
            and field.name not in originals | off
            and not (isinstance(field, TranslationField) and field.language in writable)
        ]
