"""gunicorn settings, sized for the machine; every value can be overridden from the environment."""

import multiprocessing
import os
import re
from pathlib import Path

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The usual 2 × cores + 1: requests wait on the database as much as on the CPU.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On a restart or deploy, running requests get this long to finish before workers are killed.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycling workers now and then bounds the memory any slow leak can take. Not too often: at a peak of
# 2,000 requests a second, recycling after 2,000 requests restarted a worker every second and halved
# the throughput (make bench). The application is loaded once in the master (preload_app), so that a
# new worker is a fork, not a fresh start of Django (about a second of CPU each); the master opens no
# database connection. A new release needs a restart of gunicorn (a HUP would keep the old code).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = max_requests // 10
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
# Trust X-Forwarded-* only from the reverse proxy in front of gunicorn.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# The scheme is the site's to decide: it believes X-Forwarded-Proto only behind the proxy
# (DJANGO_BEHIND_PROXY, settings.SECURE_PROXY_SSL_HEADER). gunicorn would take it from any client on
# loopback, and a page kept in the cache would carry that client's scheme to everyone.
secure_scheme_headers = {}

# gunicorn's control socket (for gunicornc) would be one per user, shared by every instance on the
# machine: each instance gets its own, named after its address, in the checkout's var/ folder.
_run_dir = Path(__file__).resolve().parent / "var" / "run"
control_socket = os.environ.get(
    "GUNICORN_CONTROL_SOCKET", str(_run_dir / f"gunicorn-{re.sub(r'[^A-Za-z0-9.]+', '-', bind)}.ctl")
)
_run_dir.mkdir(parents=True, exist_ok=True)
# A Unix socket's path has at most 107 bytes: in a deeply nested checkout, no control socket.
control_socket_disable = len(control_socket.encode()) > 100

# Without DATABASE_URL the site runs on the embedded PostgreSQL, which stops when the last process that
# asked for it exits. The master asks (here, once) and passes the address on: workers never ask, so one
# killed by the timeout cannot keep the server running after gunicorn has stopped.
if not os.environ.get("DATABASE_URL"):
    from arnsberg_site.db import embedded_server_url

    _data_dir = os.environ.get("DATABASE_EMBEDDED_DIR") or Path(__file__).resolve().parent / "var" / "pgdata"
    os.environ["DATABASE_URL"] = embedded_server_url(Path(_data_dir))


def worker_exit(server, worker):
    """A worker that ends (after max_requests, or at a restart) writes the visit counts it still holds
    (visits.counting)."""
    from visits.counting import flush

    flush()
