"""Loading the city's shipped content: each piece is created once, then left to the editors."""

import reversion
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

from core.models import LoadedContent


def loaded_comment() -> str:
    """A revision's comment is stored as text: in the editors' language, German."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("Loaded with the city's content.")


class ContentLoader:
    def __init__(self, stdout):
        self.stdout = stdout
        self.created = 0

    def once(self, key: str, create):
        """Run `create()` (which returns the new row) unless `key` was loaded before; return the row."""
        record = LoadedContent.objects.filter(key=key).first()
        if record is not None:
            self.stdout.write(f"  {key}: loaded before, left as the editors keep it")
            return self._existing(record)
        with transaction.atomic(), reversion.create_revision():
            reversion.set_comment(loaded_comment())
            obj = create()
            # Once more now that its rows exist (facts, items): the first revision holds them.
            if reversion.is_registered(type(obj)):
                reversion.add_to_revision(obj)
            LoadedContent.objects.create(key=key, model=obj._meta.label, object_id=obj.pk)
        self.created += 1
        self.stdout.write(f"  {key}: created")
        return obj

    def existing(self, key: str, model):
        """The row loaded under `key` before, if it is still there."""
        record = LoadedContent.objects.filter(key=key, model=model._meta.label).first()
        return self._existing(record) if record else None

    @staticmethod
    def _existing(record):
        """The row loaded under that key, or None if an editor has deleted it since."""
        return apps.get_model(record.model).objects.filter(pk=record.object_id).first()
