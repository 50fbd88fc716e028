"""The site on loopback for fault drills: its own PostgreSQL, gunicorn, and nginx in front if asked.

The database is an embedded server (pgserver) in a folder of its own, so that a drill may stop and
freeze it without touching the database a developer or CI works with. Used by `make soak`,
`make proxy-check` and the fault tests (tests/test_faults.py).
"""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, timeout: float = 15, headers=None) -> tuple[int, dict, bytes]:
    """(status, headers, body) of a GET; an HTTP error is an answer too, not an exception."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def wait_until(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not happen within {seconds} s")


class Database:
    """An embedded PostgreSQL in `folder`, which the drill may stop, start, freeze and thaw."""

    def __init__(self, folder: Path):
        import pgserver

        self.pgserver = pgserver
        folder.mkdir(parents=True, exist_ok=True)
        self.server = pgserver.get_server(folder, cleanup_mode="stop")
        self.folder = folder
        self.socket_dir = self.server.get_postmaster_info().socket_dir
        self.url = f"postgres://postgres@/postgres?host={self.socket_dir}"

    @classmethod
    def with_content(cls, folder: Path) -> "Database":
        """A database with the site's tables and the city's content (kept between drills)."""
        database = cls(folder / "pgdata")
        database.manage("migrate", "--noinput")
        database.manage("load_city_content")
        return database

    def manage(self, *args) -> str:
        """A manage.py command against this database (migrate, load_city_content, …); its output."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=site_environment(self.url),
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def stop(self):
        self._pg_ctl("-m", "fast", "stop")

    def close(self):
        """At the end of a drill: the server stops, however it was started. pgserver stops the one it
        started when its last user ends, not one a drill restarted with pg_ctl (`start`), which would
        outlive the drill."""
        self.server.cleanup()
        if (self.folder / "postmaster.pid").exists():
            self.stop()

    def start(self):
        self._pg_ctl("-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", str(self.folder / "log"), "start")

    def freeze(self):
        """SIGSTOP to every server process: connections stay open and nothing answers, as when a
        machine stalls; no error reaches the site, only silence."""
        self._signal(signal.SIGSTOP)

    def freeze_postmaster(self):
        """SIGSTOP to the postmaster alone: open connections still answer, no new one is accepted."""
        self._signal(signal.SIGSTOP, children=False)

    def thaw(self):
        self._signal(signal.SIGCONT)

    def _pg_ctl(self, *args):
        self.pgserver.pg_ctl(["-w", *args], pgdata=self.folder, user=self.server.system_user, timeout=30)

    def _signal(self, number, children: bool = True):
        import psutil  # pgserver depends on it

        postmaster = psutil.Process(int((self.folder / "postmaster.pid").read_text().split()[0]))
        for process in [postmaster, *(postmaster.children(recursive=True) if children else [])]:
            process.send_signal(number)


def site_environment(database_url: str, **extra) -> dict:
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or "drill-only-secret-key",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_HTTPS": "0",
        "DJANGO_SERVE_MEDIA": "1",
        # The site as it ships, also when a test starts it (pytest's tests.settings add a test app).
        "DJANGO_SETTINGS_MODULE": "arnsberg_site.settings",
    }
    environment.update(extra)
    return environment


class LoopbackServer:
    """A server process of the drill on a free loopback port, up once it serves robots.txt."""

    process: subprocess.Popen
    name = "the server"
    start_seconds = stop_seconds = 15

    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def wait_until_up(self):
        up = lambda: fetch(f"{self.url}/robots.txt", timeout=2)[0] == 200  # noqa: E731
        wait_until(up, self.start_seconds, f"{self.name}'s start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=self.stop_seconds)


class Gunicorn(LoopbackServer):
    name, start_seconds, stop_seconds = "gunicorn", 30, 40

    def __init__(self, database_url: str, workers: int = 3, **extra_environment):
        super().__init__()
        environment = site_environment(
            database_url,
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            GUNICORN_WORKERS=str(workers),
            GUNICORN_ACCESS_LOG="/dev/null",
            **extra_environment,
        )
        (ROOT / "var").mkdir(exist_ok=True)
        self.log = open(ROOT / "var" / f"drill-gunicorn-{self.port}.log", "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [str(BIN / "gunicorn"), "--config", "gunicorn.conf.py", "arnsberg_site.wsgi"],
            cwd=ROOT,
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.wait_until_up()

    def stop(self):
        super().stop()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)  # read while it runs; kept only if a drill breaks


class Nginx(LoopbackServer):
    """Debian's nginx, unprivileged, with deploy/nginx.conf in front of `upstream` (host:port)."""

    name = "nginx"

    def __init__(self, upstream: str, folder: Path):
        super().__init__()
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "nginx.conf"
        config.write_text(
            render_nginx_config(upstream=upstream, listen=f"127.0.0.1:{self.port}", prefix=folder)
        )
        self.process = subprocess.Popen(
            ["nginx", "-p", str(folder), "-c", str(config), "-e", str(folder / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        self.wait_until_up()


def render_nginx_config(upstream: str, listen: str, prefix: Path) -> str:
    """deploy/nginx.conf with the drill's addresses and folders, on plain http, wrapped for nginx
    running unprivileged in the foreground (the deployed file is included by the system's nginx.conf)."""
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    site = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", site, flags=re.DOTALL)  # the https redirect
    modules = brotli_modules()
    replacements = {
        "server 127.0.0.1:8000": f"server {upstream}",
        "listen 443 ssl http2;": f"listen {listen};",
        "/srv/arnsberg/staticfiles/": f"{ROOT}/staticfiles/",
        "/srv/arnsberg/media/": f"{ROOT}/media/",
        "/var/cache/nginx/arnsberg": str(prefix / "cache"),
        "/etc/nginx/snippets/arnsberg-brotli*.conf": str(ROOT / "deploy" / "nginx-brotli.conf"),
    }
    for old, new in replacements.items():
        site = site.replace(old, new)
    dropped = ("listen [::]:443", "ssl_") + (() if len(modules) == 2 else ("include " + str(ROOT),))
    site = "\n".join(line for line in site.splitlines() if not line.strip().startswith(dropped))
    loads = "\n".join(f"load_module {path};" for path in modules)
    # Started by root (CI), nginx would run its workers as www-data, who may not enter the drill's folder.
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""{loads}
{user}
daemon off;
pid {prefix}/nginx.pid;
worker_processes 1;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
{site}
}}
"""


def brotli_modules() -> list[str]:
    """Debian's two brotli modules, where installed (libnginx-mod-http-brotli-filter and -static)."""
    return sorted(str(path) for path in Path("/usr/lib/nginx/modules").glob("ngx_http_brotli_*.so"))
