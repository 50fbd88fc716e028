"""The comparison of two revisions as an editor reads it: the words that changed, not markup.

django-reversion-compare shows a field's whole value as a line diff: a rich text as raw HTML
(`<p>…</p>`), every save's timestamp as a change, and the unchanged rows of a form's tables. Here a
text shows its words with the removed ones struck through and the added ones marked, long unchanged
passages shortened; bookkeeping (timestamps, what the search derives) is left out.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from reversion_compare.compare import FieldVersionDoesNotExist

from core.rich_text import RichTextField, to_plain_text
from core.translated_text import language_named
from translations.word_diff import word_diff


def bookkeeping(field) -> bool:
    """A column the site keeps for itself: a save's timestamp, what the search or images derive."""
    if not isinstance(field, models.Field):
        return False
    return not field.editable or getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)


def _unchanged(field, version1, version2) -> bool:
    """A field of the object itself whose stored value is the same in both (a foreign key that
    reversion-compare reports as changed when the object it names is not in the revisions)."""
    if not isinstance(field, models.Field) or field.many_to_many:
        return False
    old, new, key = version1.field_dict, version2.field_dict, field.attname
    return key in old and key in new and old[key] == new[key]


def _not_held(field, held1: set, held2: set) -> bool:
    """Rows of a form's table (a partnership's steps) that one revision did not keep at all: it was
    saved before its kind was kept with the object, so nothing can be said of a change."""
    if isinstance(field, models.Field):
        return False
    kind = ContentType.objects.get_for_model(field.related_model).pk
    return (kind in held1) != (kind in held2)


def _label(field) -> str:
    if isinstance(field, models.Field):
        return language_named(str(field.verbose_name))
    return str(field.related_model._meta.verbose_name_plural)


class ReadableCompare:
    """For a CompareVersionAdmin: texts compared by their words, bookkeeping left out."""

    def compare(self, obj, version1, version2):
        diff, has_unfollowed_fields = super().compare(obj, version1, version2)
        held = [
            {v.content_type_id for v in version.revision.version_set.all()}
            for version in (version1, version2)
        ]
        shown = []
        for change in diff:
            field = change["field"]
            unfollowed = change["is_related"] and not change["follow"]  # not kept: nothing to compare
            if (
                bookkeeping(field)
                or unfollowed
                or _unchanged(field, version1, version2)
                or _not_held(field, *held)
            ):
                continue
            shown.append({**change, "label": _label(field)})
        return shown, has_unfollowed_fields

    def _texts(self, obj_compare) -> tuple[str, str]:
        old, new = obj_compare.value1, obj_compare.value2
        old, new = (
            "" if value is None or isinstance(value, FieldVersionDoesNotExist) else str(value)
            for value in (old, new)
        )
        if isinstance(obj_compare.field, RichTextField):
            return to_plain_text(old), to_plain_text(new)
        return old, new

    def compare_CharField(self, obj_compare):
        return word_diff(*self._texts(obj_compare))

    def compare_TextField(self, obj_compare):
        return word_diff(*self._texts(obj_compare))
