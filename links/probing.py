"""Asking whether an address works. This site's own addresses are answered inside the process, as an
anonymous visitor would get them (no network, no page of the site waiting); other sites over HTTP with
a deadline per request that a server dribbling its answer cannot stretch, a polite user agent, a HEAD
first; redirects are followed a few hops, loops found. Nothing here runs while a visitor waits: only
`manage.py check_links` calls it."""

import http.client
import io
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import validate_email
from django.test import Client

from links.models import LinkStatus, Problem

MOST_HOPS = 5
UNSAFE_SCHEMES = {"javascript", "vbscript", "data", "file", "blob", "filesystem"}


def user_agent() -> str:
    return f"Arnsberg-Partnerschaften-Linkpruefung/1.0 (+{settings.SITE_URL}/)"


@dataclass(frozen=True)
class Outcome:
    status: str
    problem: str = Problem.NONE
    code: int | None = None
    redirect_to: str = ""


class Failed(Exception):
    def __init__(self, problem):
        super().__init__(problem)
        self.problem = problem


def own_host() -> str:
    return urlsplit(settings.SITE_URL).netloc.lower()


def host_of(url: str) -> str:
    """Whose server answers `url`: "" for this site (answered in the process), else the host name."""
    parts = urlsplit(url)
    if not parts.scheme and not parts.netloc:
        return ""
    host = parts.netloc.lower()
    return "" if host == own_host() else host


# This site, in the process.


def _in_process(url: str):
    parts = urlsplit(url)
    path = parts.path or "/"
    if path.startswith(settings.MEDIA_URL):
        # The file itself (nginx sends it in production), whoever may fetch it now.
        name = path.removeprefix(settings.MEDIA_URL)
        if not default_storage.exists(name):
            raise Failed(Problem.NO_FILE)
        return 200, None
    client = Client(raise_request_exception=False, HTTP_HOST=own_host(), HTTP_USER_AGENT=user_agent())
    target = path + (f"?{parts.query}" if parts.query else "")
    response = client.get(target, secure=settings.SITE_URL.startswith("https:"))
    return response.status_code, response.get("Location")


# Other sites, over the network.


class _DeadlineSocket:
    """A connected socket whose every read and write waits only until the request's deadline."""

    def __init__(self, sock, deadline: float):
        self.sock, self.deadline = sock, deadline

    def _wait(self):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        self.sock.settimeout(left)

    def sendall(self, data):
        self._wait()
        return self.sock.sendall(data)

    def recv_into(self, buffer, *args):
        self._wait()
        return self.sock.recv_into(buffer, *args)

    def makefile(self, mode="rb", *args, **kwargs):
        return io.BufferedReader(_Reader(self))

    def close(self):
        self.sock.close()

    def __getattr__(self, name):
        return getattr(self.sock, name)


class _Reader(io.RawIOBase):
    def __init__(self, sock):
        self.sock = sock

    def readable(self):
        return True

    def readinto(self, buffer):
        return self.sock.recv_into(buffer)


def _connection(parts, deadline: float):
    base = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection

    class Connection(base):
        def connect(self):
            super().connect()
            self.sock = _DeadlineSocket(self.sock, deadline)

    return Connection(parts.hostname, parts.port, timeout=max(deadline - time.monotonic(), 0.1))


def _allowed(parts) -> None:
    """A link to a machine of a private network is not asked (the checker is no way into the city's
    own network); a host that does not exist is a broken link."""
    try:
        found = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise Failed(Problem.NO_HOST) from error
    if settings.LINK_CHECK_PRIVATE_NETWORKS:
        return
    for *_rest, address in found:
        if not ipaddress.ip_address(address[0].split("%")[0]).is_global:
            raise Failed(Problem.PRIVATE)


def _request(parts, method: str, deadline: float):
    connection = _connection(parts, deadline)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request(method, target, headers={"User-Agent": user_agent(), "Accept": "*/*"})
        response = connection.getresponse()
        return response.status, response.getheader("Location")
    finally:
        connection.close()


def _over_network(url: str):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Failed(Problem.MALFORMED)
    _allowed(parts)
    try:
        deadline = time.monotonic() + settings.LINK_CHECK_TIMEOUT
        code, location = _request(parts, "HEAD", deadline)
        if code >= 400:  # some servers refuse HEAD, or answer it wrongly: ask as a browser would
            deadline = time.monotonic() + settings.LINK_CHECK_TIMEOUT
            code, location = _request(parts, "GET", deadline)
    except ssl.SSLError as error:
        raise Failed(Problem.TLS) from error
    except ConnectionRefusedError as error:
        raise Failed(Problem.REFUSED) from error
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as error:
        raise Failed(Problem.NO_ANSWER) from error
    return code, location


# Either, with redirects.


def _fetch(url: str):
    return _in_process(url) if host_of(url) == "" else _over_network(url)


def _follow(url: str) -> Outcome:
    seen, moved, current = {url}, False, url
    for _hop in range(MOST_HOPS + 1):
        code, location = _fetch(current)
        if 300 <= code < 400 and location:
            moved = moved or code in (301, 308)
            current = urljoin(current, location)
            if current in seen:
                return Outcome(LinkStatus.BROKEN, Problem.LOOP, code, current)
            seen.add(current)
            continue
        if code >= 400:
            return Outcome(LinkStatus.BROKEN, Problem.STATUS, code, "" if current == url else current)
        if moved:
            return Outcome(LinkStatus.REDIRECTED, Problem.MOVED, code, current)
        return Outcome(LinkStatus.OK, Problem.NONE, code)
    return Outcome(LinkStatus.BROKEN, Problem.LOOP, None, current)


def _without_request(url: str) -> Outcome | None:
    """What is known of `url` without asking anyone: mail and telephone links, unsafe addresses."""
    scheme = urlsplit(url).scheme.lower() if ":" in url else ""
    if scheme in UNSAFE_SCHEMES:
        return Outcome(LinkStatus.BROKEN, Problem.UNSAFE)
    if scheme == "mailto":
        try:
            validate_email(url[len("mailto:") :].split("?")[0])
        except ValidationError:
            return Outcome(LinkStatus.BROKEN, Problem.MALFORMED)
        return Outcome(LinkStatus.OK)
    if scheme == "tel":
        digits = "".join(c for c in url[4:] if c.isascii() and c.isdigit())
        return Outcome(LinkStatus.OK if len(digits) >= 5 else LinkStatus.BROKEN, Problem.NONE)
    if scheme and scheme not in ("http", "https"):
        return Outcome(LinkStatus.BROKEN, Problem.MALFORMED)
    if url.startswith("#") or not url.strip():
        return Outcome(LinkStatus.OK)
    return None


def probe(url: str) -> Outcome:
    """What a visitor following `url` gets, as a link's state."""
    known = _without_request(url)
    if known is not None:
        return known
    try:
        return _follow(urljoin(settings.SITE_URL + "/", url))
    except Failed as failure:
        status = LinkStatus.UNCHECKED if failure.problem == Problem.PRIVATE else LinkStatus.BROKEN
        return Outcome(status, failure.problem)
