"""Django's database sessions, refusing a session cookie that is no key Django could have made.

A client chooses its cookie: with a NUL byte in it, the lookup would reach PostgreSQL, which refuses
such text with an error (a 500). Django's keys are 32 lowercase letters and digits."""

import re

from django.contrib.sessions.backends import db

KEY = re.compile(r"[a-z0-9]{32}", re.ASCII)


class SessionStore(db.SessionStore):
    def _validate_session_key(self, key):
        return bool(key) and KEY.fullmatch(key) is not None
