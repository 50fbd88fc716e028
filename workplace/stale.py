"""Refusing a stale save: a form opened before someone else saved the same object or row.

The form carries the revision it was opened on (django-reversion keeps one per save). If the object
has a newer revision when the form comes back, the save is refused with who changed it and when; the
editor's typing stays in the form, which now carries the newer revision, so that saving again after
a look at the history is a deliberate overwrite.
"""

from django import forms
from django.contrib.contenttypes.forms import BaseGenericInlineFormSet
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reversion.models import Version

FIELD = "seen_revision"


def latest_revision(instance):
    if instance.pk is None:
        return None
    version = Version.objects.get_for_object(instance).select_related("revision__user").first()
    return version.revision if version else None


def stale_message(revision) -> str:
    when = timezone.localtime(revision.date_created)
    return _(
        "%(user)s saved this on %(date)s at %(time)s, after you opened the form. Your changes have "
        "not been saved and are still in the form: compare them with the saved version (History), "
        "then save again to replace it."
    ) % {
        "user": _editor(revision),
        "date": formats.date_format(when, "SHORT_DATE_FORMAT"),
        "time": formats.time_format(when, "TIME_FORMAT"),
    }


def _editor(revision) -> str:
    if revision.user is None:
        return _("Someone")
    return revision.user.get_full_name() or revision.user.get_username()


class StaleSaveGuardForm(forms.ModelForm):
    seen_revision = forms.CharField(required=False, widget=forms.HiddenInput)
    # The admin saves its object even when nothing changed; an inline formset skips unchanged rows.
    refuse_unchanged = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.latest = latest_revision(self.instance)
        # As text, as it comes back: an int would count as a change in the history's message.
        self.fields[FIELD].initial = str(self.latest.pk) if self.latest else ""

    def clean(self):
        cleaned = super().clean()
        seen = self.data.get(self.add_prefix(FIELD), "")
        changed = self.refuse_unchanged or any(name != FIELD for name in self.changed_data)
        if self.latest is not None and seen != str(self.latest.pk) and changed:
            self.data = self.data.copy()
            self.data[self.add_prefix(FIELD)] = str(self.latest.pk)
            raise ValidationError(stale_message(self.latest), code="stale")
        return cleaned


class StaleSaveGuardRowForm(StaleSaveGuardForm):
    refuse_unchanged = False


class RowsDeletedMeanwhile:
    """For formsets of inlines: a row deleted by someone else after the form was opened: say so,
    instead of an error nobody sees on the row's hidden id."""

    def clean(self):
        super().clean()
        pk_name = self.model._meta.pk.name
        gone = sum(1 for form in self.initial_forms if pk_name in form.errors)
        if gone:
            raise ValidationError(
                ngettext(
                    "A row shown here was deleted by someone else after you opened the form. Its text is "
                    "still shown: copy it into a new row if it should stay, then save again.",
                    "%(count)d rows shown here were deleted by someone else after you opened the form. "
                    "Their text is still shown: copy it into new rows if it should stay, then save again.",
                    gone,
                )
                % {"count": gone},
                code="rows_deleted",
            )


class RowsDeletedMeanwhileFormSet(RowsDeletedMeanwhile, forms.BaseInlineFormSet):
    pass


class RowsDeletedMeanwhileGenericFormSet(RowsDeletedMeanwhile, BaseGenericInlineFormSet):
    pass
