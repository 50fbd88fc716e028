"""Mails the editors the entries whose review date has come or comes soon, each once per date. Run it
daily."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import ngettext

from publishing.reviews import editor_addresses
from reviews.due import due
from reviews.models import Reminded


def _reminded(entry) -> Reminded:
    kind = ContentType.objects.get_for_model(type(entry.obj))
    return Reminded(content_type=kind, object_id=entry.obj.pk, review_by=entry.review_by)


def _not_yet_reminded(entries) -> list:
    return [
        entry
        for entry in entries
        if not Reminded.objects.filter(
            content_type=ContentType.objects.get_for_model(type(entry.obj)),
            object_id=entry.obj.pk,
            review_by=entry.review_by,
        ).exists()
    ]


class Command(BaseCommand):
    help = "Remind the editors of entries due for review within DJANGO_REVIEW_NOTICE_DAYS."

    def handle(self, *args, **options):
        entries = due()
        new = _not_yet_reminded(entries)
        to = editor_addresses()
        if not new or not to:
            self.stdout.write(f"{len(entries)} entries due for review; no reminder sent.")
            return
        with translation.override(settings.LANGUAGE_CODE):
            body = render_to_string("reviews/mail_reminder.txt", {"entries": new, "site": settings.SITE_URL})
            subject = ngettext(
                "%(count)d entry of the partnership site is due for review",
                "%(count)d entries of the partnership site are due for review",
                len(new),
            ) % {"count": len(new)}
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
        Reminded.objects.bulk_create([_reminded(entry) for entry in new], ignore_conflicts=True)
        self.stdout.write(f"Reminder of {len(new)} entries due for review sent.")
