"""Another website on loopback, as the link checker meets them: pages that answer 200, 301, 302, 404,
500, a redirect loop, one that refuses HEAD, one that never answers and one that dribbles its answer
forever (both held until the test ends, never timed). It records each request and how many were in
flight at once."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LinkedSite:
    def __init__(self):
        self.answers = {
            "/ok": (200, None),
            "/moved": (301, "/ok"),
            "/temporary": (302, "/ok"),
            "/gone": (404, None),
            "/error": (500, None),
            "/loop-a": (301, "/loop-b"),
            "/loop-b": (301, "/loop-a"),
        }
        self.requests: list[tuple[str, str, str]] = []  # method, path, user agent
        # Of the requests to /slow, which take a fifth of a second: how many were answered at once.
        self.in_flight = self.most_in_flight = 0
        self.release = threading.Event()
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self):
                site.requests.append((self.command, self.path, self.headers.get("User-Agent", "")))
                if self.path.startswith("/slow"):
                    with site.lock:
                        site.in_flight += 1
                        site.most_in_flight = max(site.most_in_flight, site.in_flight)
                    site.release.wait(0.2)  # a slow server, not a clock the test waits for
                    with site.lock:
                        site.in_flight -= 1
                try:
                    self._respond()
                except OSError:
                    pass  # the checker gave up on it

            def _respond(self):
                path = self.path.split("?")[0]
                if path == "/never":
                    site.release.wait(30)
                    return
                if path == "/dribble":
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    while not site.release.wait(0.05):
                        self.wfile.write(b"X")  # a header that never ends
                        self.wfile.flush()
                    return
                if path == "/no-head" and self.command == "HEAD":
                    status, location = 405, None
                else:
                    default = 200 if path in ("/no-head", "/slow") else 404
                    status, location = site.answers.get(path, (default, None))
                self.send_response(status)
                if location:
                    self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_HEAD = _answer

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def paths(self) -> list[str]:
        return [path for _method, path, _agent in self.requests]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
