"""`make proxy-check`: what deploy/nginx.conf is for, shown on loopback.

Starts the site (its own embedded PostgreSQL, gunicorn with two sync workers) and Debian's nginx with
deploy/nginx.conf in front, then:
1. opens 50 slow clients (headers a byte a second, a body that never comes, a response never read) and
   times ordinary requests meanwhile, first straight to gunicorn, then through nginx;
2. stops the database, then gunicorn, and asks nginx for pages it has seen: it answers from its cache.
Prints the figures; tests/test_deploy.py asserts them.
"""

import socket
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stack  # noqa: E402 (a sibling script)

PAGES = ["/de/", "/en/", "/de/partnerschaften/", "/en/timeline/"]
SLOW_CLIENTS = 50


def slow_client(port: int, kind: str, stop: threading.Event):
    """One client that holds a connection: it sends its headers slowly, or announces a body it never
    sends, or asks for a page and does not read it."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=60) as conn:
            if kind == "headers":
                conn.sendall(b"GET /de/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                while not stop.wait(1):
                    conn.sendall(b"X-a: b\r\n")
            elif kind == "body":
                conn.sendall(
                    b"POST /en/report-a-barrier/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/x-www-form-urlencoded\r\n"
                    b"Content-Length: 100000\r\n\r\nmessage="
                )
                stop.wait(60)
            else:  # a reader that never reads
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
                conn.sendall(b"GET /en/timeline/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                stop.wait(60)
    except OSError:
        pass  # dropped by the server: what it should do with a client that stalls


def timed_requests(base: str, count: int, timeout: float = 3) -> list[float | None]:
    """Seconds per ordinary request while the slow clients hold on (None: no answer within `timeout`).
    Each asks for a new address, so that nginx's cache cannot answer for the site."""
    times = []
    for number in range(count):
        started = time.monotonic()
        try:
            status = stack.fetch(f"{base}{PAGES[number % len(PAGES)]}?probe={number}", timeout=timeout)[0]
            times.append(time.monotonic() - started if status == 200 else None)
        except OSError:
            times.append(None)
    return times


def under_slow_clients(port: int, base: str, count: int) -> list[float | None]:
    stop = threading.Event()
    kinds = ["headers", "body", "reader"]
    clients = [
        threading.Thread(target=slow_client, args=(port, kinds[n % 3], stop), daemon=True)
        for n in range(SLOW_CLIENTS)
    ]
    for client in clients:
        client.start()
    time.sleep(1)  # all connected and stalling
    try:
        return timed_requests(base, count)
    finally:
        stop.set()


def summary(times: list[float | None]) -> str:
    answered = [t for t in times if t is not None]
    median = f"median {statistics.median(answered) * 1000:.0f} ms" if answered else "none answered"
    return f"{len(answered)} of {len(times)} answered, {median}"


def run(database: stack.Database, folder: Path) -> dict:
    gunicorn = stack.Gunicorn(database.url, workers=2)
    nginx = stack.Nginx(f"127.0.0.1:{gunicorn.port}", folder / "nginx")
    results = {}
    try:
        results["direct"] = under_slow_clients(gunicorn.port, gunicorn.url, count=2)
        time.sleep(1)
        results["proxied"] = under_slow_clients(nginx.port, nginx.url, count=20)
        for page in PAGES:  # nginx has them now; the 10 s of freshness are over before they are needed
            stack.fetch(nginx.url + page)
        time.sleep(11)
        database.stop()
        results["database_stopped"] = [stack.fetch(nginx.url + page) for page in PAGES]
        results["database_stopped_direct"] = stack.fetch(gunicorn.url + PAGES[0])
        gunicorn.stop()
        results["gunicorn_stopped"] = [stack.fetch(nginx.url + page) for page in PAGES]
        results["static"] = stack.fetch(nginx.url + "/robots.txt")
    finally:
        nginx.stop()
        if gunicorn.process.poll() is None:
            gunicorn.stop()
        database.start()
    return results


def report(results: dict):
    print(f"{SLOW_CLIENTS} slow clients, ordinary requests meanwhile (3 s timeout each):")
    print(f"  straight to gunicorn (2 sync workers): {summary(results['direct'])}")
    print(f"  through nginx:                         {summary(results['proxied'])}")
    for key, label in [("database_stopped", "database stopped"), ("gunicorn_stopped", "gunicorn stopped")]:
        answers = ", ".join(
            f"{page} {status} {headers.get('X-Cache-Status', '-')}"
            for page, (status, headers, _) in zip(PAGES, results[key], strict=True)
        )
        print(f"  {label}, through nginx: {answers}")
    status, headers, _ = results["database_stopped_direct"]
    print(f"  database stopped, straight to gunicorn: {status}, Retry-After {headers.get('Retry-After')}")


def main():
    database = stack.Database.with_content(stack.ROOT / "var" / "drill")
    try:
        results = run(database, stack.ROOT / "var" / "proxy-check")
    finally:
        database.close()
    report(results)


if __name__ == "__main__":
    main()
