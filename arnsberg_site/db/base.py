"""Django's PostgreSQL backend, with a deadline on every wait for the server.

`statement_timeout` lets the server stop a slow query, and `connect_timeout` bounds a connect; but a
server that hangs after the connection was made (a frozen process, a full disk, a lost network path)
enforces nothing, and libpq would wait for its answer for ever, holding the request and the worker
until gunicorn kills it. Here every wait for the server ends after WAIT_TIMEOUT seconds (a key of the
DATABASES entry, see arnsberg_site.db): the connection is closed, since its state is unknown, and the
request fails with a `ConnectionTimeout`, which the site answers with its 503 page. Django reconnects on
the next request, so the site recovers by itself when the server does.
"""

import math
import time
import types
from contextlib import contextmanager

import psycopg
from django.db.backends.postgresql import base


class DeadlineConnection(psycopg.Connection):
    """A psycopg connection whose waits for the server end after `wait_timeout` seconds (None: never)."""

    wait_timeout: float | None = None

    def wait(self, gen, *args, **kwargs):
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.wait_timeout
        started = time.monotonic()
        try:
            return super().wait(gen, *args, **kwargs)
        except psycopg.OperationalError:
            # psycopg ends an expired wait with an OperationalError of its own; an error the server
            # sent before the deadline is passed on as it is.
            timeout = kwargs["timeout"]
            if timeout is None or time.monotonic() - started < timeout:
                raise
            self.close()
            raise psycopg.errors.ConnectionTimeout(
                f"the database did not answer within {timeout:g} s"
            ) from None


class _PsycopgWithDeadlines(types.ModuleType):
    """psycopg as Django's backend uses it (`DatabaseWrapper.Database`: its errors, its `connect`), with
    `connect` making a DeadlineConnection: psycopg's connections are meant to be subclassed, and
    `Connection.connect` is a class method that makes an instance of the class it is called on."""

    def __getattr__(self, name):
        return getattr(psycopg, name)


psycopg_with_deadlines = _PsycopgWithDeadlines("psycopg_with_deadlines")
psycopg_with_deadlines.connect = DeadlineConnection.connect


class DatabaseWrapper(base.DatabaseWrapper):
    Database = psycopg_with_deadlines

    # A connection kept from an earlier request is checked with SELECT 1 before its first use
    # (CONN_HEALTH_CHECKS): a healthy server answers at once, and one that froze meanwhile must not
    # hold the request for the whole wait deadline before Django gives up and reconnects.
    HEALTH_CHECK_SECONDS = 1

    def is_usable(self):
        if self.connection is None:
            return False
        with self.wait_timeout(self.HEALTH_CHECK_SECONDS):
            return super().is_usable()

    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        connection.wait_timeout = self.settings_dict.get("WAIT_TIMEOUT")
        return connection

    def probe(self, seconds: float) -> None:
        """Makes a new connection, asks it SELECT 1 and closes it, each within about `seconds`; raises
        OperationalError otherwise. The connection this wrapper keeps is left alone: a server whose
        postmaster hangs still answers on the connections it has while no new one can be made."""
        params = self.get_connection_params()
        # libpq counts whole seconds (and at least two): the connect gives up after that.
        params["connect_timeout"] = max(2, math.ceil(seconds))
        with self.wrap_database_errors:
            connection = self.get_new_connection(params)
            connection.wait_timeout = seconds
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1")
                    cursor.fetchone()
            finally:
                connection.close()

    @contextmanager
    def wait_timeout(self, seconds: float):
        """Waits for the server end after `seconds` within the block (e.g. a health check's answer)."""
        self.ensure_connection()
        connection = self.connection
        previous, connection.wait_timeout = connection.wait_timeout, seconds
        try:
            yield
        finally:
            connection.wait_timeout = previous
