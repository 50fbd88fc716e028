"""Limits per sender that hold under parallel requests: a count is read and raised under a PostgreSQL
advisory lock of its own, so twenty requests at once cannot all read "none yet" and all pass."""

import hashlib
import time
from contextlib import contextmanager

from django.core.cache import cache
from django.db import connection, transaction


@contextmanager
def locked(name: str):
    """`with locked(name):` one transaction at a time per name, on every worker and server (all share
    the database); the lock ends with the transaction."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [name])
        yield


def allow(kind: str, key: str, limit: int, seconds: int) -> bool:
    """Count one more attempt of `key` (an address, an e-mail) unless `limit` attempts were counted in
    the last `seconds`: then refuse, and count nothing. The times live in the shared cache."""
    name = f"limit:{kind}:{hashlib.sha256(key.encode()).hexdigest()[:32]}"
    with locked(name):
        now = time.time()
        recent = [moment for moment in cache.get(name, []) if moment > now - seconds]
        if len(recent) >= limit:
            return False
        cache.set(name, [*recent, now], timeout=seconds)
        return True
