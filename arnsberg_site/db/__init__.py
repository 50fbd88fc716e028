"""Which PostgreSQL the site talks to, and how long it waits for it.

The server is the one named by DATABASE_URL, or an embedded one.

The embedded server (the pgserver package) lets a newcomer run the site with no database server
installed. It lives in the git-ignored var/ folder and is shared by every process that needs it: the
first one starts it, the last one to exit stops it.
"""

from pathlib import Path
from urllib.parse import urlencode, urlsplit

import dj_database_url

# Django's PostgreSQL backend with a deadline on every wait for the server (base.py).
ENGINE = "arnsberg_site.db"

# Kept at module level so the server handle lives as long as the process does.
_embedded_server = None


class DatabaseConfigError(SystemExit):
    """A misconfigured database stops start-up with one readable line, not a traceback."""


def parse_database_url(url: str) -> dict:
    """The DATABASES entry of a DATABASE_URL, read by dj-database-url; PostgreSQL only."""
    scheme = urlsplit(url).scheme
    if scheme not in ("postgres", "postgresql"):
        raise DatabaseConfigError(
            f"DATABASE_URL must start with postgres:// (the site runs on PostgreSQL only), "
            f"got {scheme or 'no scheme'}://"
        )
    config = dj_database_url.parse(url, engine=ENGINE)
    options = config.get("OPTIONS", {})
    # libpq allows the host (or a socket folder) and port in the query string: ?host=/run/postgresql
    host, port = options.pop("host", None) or config["HOST"], options.pop("port", None) or config["PORT"]
    return {
        "ENGINE": ENGINE,
        "NAME": config["NAME"] or "postgres",
        "USER": config["USER"],
        "PASSWORD": config["PASSWORD"],
        "HOST": host or "",
        "PORT": str(port or ""),
        "OPTIONS": options,
    }


def import_pgserver():
    """Imported only when needed: a deployment with DATABASE_URL never starts it."""
    import warnings

    # pgserver's lock lives in the runtime folder; its fallback to /tmp is fine and not worth a warning.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    import pgserver

    return pgserver


def embedded_server_url(data_dir: Path) -> str:
    """Starts the embedded server, if it is not running, and returns its address as a DATABASE_URL.

    pgserver stops the server when the last process that asked for it exits. A process killed by
    SIGKILL never signs off, so gunicorn's master asks for it (gunicorn.conf.py) and hands the address
    to its workers, which may be killed at any time (see the README on the embedded database).
    """
    global _embedded_server
    pgserver = import_pgserver()

    data_dir.mkdir(parents=True, exist_ok=True)
    _embedded_server = pgserver.get_server(data_dir, cleanup_mode="stop")
    info = _embedded_server.get_postmaster_info()
    query = urlencode({"host": str(info.socket_dir), **({"port": info.port} if info.port else {})})
    return f"postgres://postgres@/postgres?{query}"


def database_settings(
    url: str | None,
    data_dir: Path,
    conn_max_age: int,
    connect_timeout: int,
    statement_timeout: int,
    prepare_threshold: int = 0,
) -> dict:
    """The DATABASES entry. A server that refuses is noticed at once; one that hangs within
    `connect_timeout` seconds while connecting, and within a second more than `statement_timeout`
    while answering (the server stops a slow query itself after `statement_timeout`; base.py stops
    waiting for one that hangs). 0 turns the statement timeout and the wait deadline off.

    `prepare_threshold`: after how many runs on one connection a query is prepared on the server, so
    that PostgreSQL plans it once instead of on every run (planning the pages' queries cost as much
    as running them); 0: never (for a pooler such as PgBouncer before 1.21 in transaction mode).
    Prepared statements need the parameters bound on the server: with Django's default client-side
    binding every run would be a new text, with the date and time of the publication check in it."""
    config = parse_database_url(url or embedded_server_url(data_dir))
    options = config["OPTIONS"]
    options.setdefault("connect_timeout", str(connect_timeout))
    if statement_timeout:
        server_options = options.get("options", "")
        options["options"] = f"{server_options} -c statement_timeout={statement_timeout * 1000}".strip()
    # Persistent connections save a connect per request; the health check replaces a
    # connection that the server closed (restart, idle timeout) before it is used.
    if prepare_threshold:
        options.update(server_side_binding=True, prepare_threshold=prepare_threshold)
    config.update(
        CONN_MAX_AGE=conn_max_age,
        CONN_HEALTH_CHECKS=True,
        WAIT_TIMEOUT=statement_timeout + 1 if statement_timeout else None,
    )
    return config
