"""Error mails to the admins that help: one per kind of error and period, counted, sent off the request.

Django's AdminEmailHandler mails every failed request, from inside the request: a ten-second database
outage meant hundreds of mails, each holding a visitor until the mail server answered. Here the first
error of a kind is mailed, the same kind is then only counted for `period` seconds, and the next mail
of that kind says how many were held back. The count lives in a cache that every worker process of the
machine shares (the "error_mail" cache, files under var/), so four workers do not send four mails.
"""

import hashlib
import logging
import threading
import traceback

from django.core.cache import caches
from django.utils.log import AdminEmailHandler


def kind_of(record) -> str:
    """What makes two reports the same error: where it was logged and, for an exception, its type and
    the line that raised it; not the address or the values, which differ from request to request."""
    parts = [record.name, record.levelname, str(record.msg), str(getattr(record, "status_code", ""))]
    error = record.exc_info[1] if record.exc_info else None
    if error is not None:
        frames = traceback.extract_tb(error.__traceback__)
        parts += [type(error).__qualname__, f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


class OneLine(logging.Filter):
    """For what visitors send (django.security: a bad Host, a path out of a folder): the message on one
    line, without the traceback, which is Django's and the same every time."""

    def filter(self, record):
        if record.exc_info:
            record.msg = f"{record.getMessage()} ({type(record.exc_info[1]).__name__})"
            record.args = None
            record.exc_info = record.exc_text = None
        record.msg = " ".join(str(record.msg).split())
        return True


class QuietRefusals(OneLine):
    """On django.request: a refusal (a 4xx answer, e.g. 403 for a translator's post to a German field)
    is one line naming it, without the traceback Django adds for PermissionDenied and BadRequest: the
    site did what it should, and the log stays readable. Other answers are left as they are."""

    def filter(self, record):
        if 400 <= getattr(record, "status_code", 0) < 500 and record.exc_info:
            return super().filter(record)
        return True


class ThrottledAdminEmailHandler(AdminEmailHandler):
    def __init__(self, period=600, cache_alias="error_mail", **kwargs):
        super().__init__(**kwargs)
        self.period = period
        self.cache_alias = cache_alias
        self.senders = []

    def emit(self, record):
        cache = caches[self.cache_alias]
        kind = kind_of(record)
        if not cache.add(f"{kind}:sent", True, timeout=self.period):
            try:
                cache.incr(f"{kind}:held")
            except ValueError:  # the first one held back
                cache.set(f"{kind}:held", 1, timeout=None)
            return
        held = cache.get(f"{kind}:held", 0)
        cache.delete(f"{kind}:held")
        if held:
            record.msg = f"{record.getMessage()} (and {held} more like it since the last mail)"
            record.args = None
        super().emit(record)

    def send_mail(self, subject, message, *args, **kwargs):
        # In a thread: a mail server that is slow or away holds no visitor (EMAIL_TIMEOUT bounds it).
        sender = threading.Thread(
            target=super().send_mail, args=(subject, message, *args), kwargs=kwargs, daemon=True
        )
        self.senders = [thread for thread in self.senders if thread.is_alive()] + [sender]
        sender.start()

    def wait(self, timeout=None):
        """Until the mails being sent are out (for tests, and a process that wants to exit cleanly)."""
        for sender in self.senders:
            sender.join(timeout)
