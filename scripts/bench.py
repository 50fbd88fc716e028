"""`make bench`: requests per second, latency and worker memory of the main pages under gunicorn.

Starts gunicorn on a free port with the project's settings, sends a fixed number of requests per
page from a few client threads over keep-alive connections (loopback only), prints the figures and
stops the server. Figures vary between runs by up to 2× on a shared 2-core machine: compare runs
made one after the other, not across machines.
"""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import psutil

PAGES = [
    "/de/",
    "/en/partnerships/morogoro/",
    "/de/zeitleiste/",
    "/en/timeline/calendar.ics",
    "/de/suche/?q=Klima",
    "/en/search/?q=waste",
    "/healthz",
]
REQUESTS_PER_PAGE = int(os.environ.get("BENCH_REQUESTS", "400"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "8"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    sys.exit("gunicorn did not answer /healthz in time")


def client(port: int, path: str, count: int) -> list[float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            sys.exit(f"{path} answered {response.status}")
        timings.append(time.perf_counter() - start)
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    return timings


def measure(port: int, path: str) -> tuple[float, float, float]:
    per_client = REQUESTS_PER_PAGE // CLIENTS
    start = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda _: client(port, path, per_client), range(CLIENTS)))
    elapsed = time.perf_counter() - start
    timings = sorted(t for result in results for t in result)
    p95 = timings[int(len(timings) * 0.95) - 1]
    return len(timings) / elapsed, statistics.median(timings) * 1000, p95 * 1000


def main() -> None:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
            "--log-level",
            "warning",
            "arnsberg_site.wsgi",
        ],
    )
    try:
        wait_until_up(port)
        for path in PAGES:  # warm every worker's templates and connections
            client(port, path, 20)
        print(f"{'page':34} {'req/s':>8} {'median ms':>10} {'p95 ms':>8}")
        for path in PAGES:
            rate, median, p95 = measure(port, path)
            print(f"{path:34} {rate:8.0f} {median:10.1f} {p95:8.1f}")
        workers = psutil.Process(server.pid).children()
        rss = [worker.memory_info().rss / 2**20 for worker in workers]
        print(f"gunicorn workers: {len(rss)}, memory per worker {min(rss):.0f}–{max(rss):.0f} MiB (RSS)")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
