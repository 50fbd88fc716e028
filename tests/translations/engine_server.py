"""A small local server that speaks the HTTP APIs of DeepL (POST /v2/translate) and LibreTranslate
(POST /translate), started by the tests. It "translates" with a word list, leaving markup alone, so a
test can see that only the words changed; `mode` makes it refuse (quota), hang, or answer nonsense."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS = {
    "Besuch": "Visit",
    "der": "of the",
    "Delegation": "delegation",
    "in": "in",
    "Morogoro": "Morogoro",
    "Bericht": "Report",
    "Weltwerkstatt": "World workshop",
    "Schulen": "Schools",
    "und": "and",
    "Vereine": "associations",
}
_TAG = re.compile(r"(<[^>]+>)")


def fake_translation(text: str, html: bool) -> str:
    parts = _TAG.split(text) if html else [text]
    return "".join(
        part if html and _TAG.fullmatch(part) else re.sub(r"\w+", lambda m: WORDS.get(m[0], m[0]), part)
        for part in parts
    )


class EngineServer:
    def __init__(self):
        self.mode = "ok"  # "quota", "hang", "nonsense", "script"
        self.requests: list[dict] = []
        self.glossaries: dict[str, list[tuple[str, str]]] = {}
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
                if server.mode == "hang":
                    server.release.wait(10)  # held until the test lets go, never timed
                if server.mode == "quota":
                    return self._send(
                        456 if self.path.startswith("/v2/") else 429, {"message": "Quota exceeded"}
                    )
                if self.path == "/v2/glossaries":
                    glossary = f"glossary-{len(server.glossaries) + 1}"
                    lines = body["entries"].split("\n")
                    server.glossaries[glossary] = [tuple(line.split("\t")) for line in lines]
                    return self._send(201, {"glossary_id": glossary, "ready": True})
                if self.path == "/v2/translate":
                    html = body.get("tag_handling") == "html"
                    if body.get("glossary_id") and body["glossary_id"] not in server.glossaries:
                        return self._send(404, {"message": "Glossary not found"})
                    terms = server.glossaries.get(body.get("glossary_id"), [])
                    texts = [server.answer(text, html, terms) for text in body["text"]]
                    return self._send(200, {"translations": [{"text": t} for t in texts]})
                if self.path == "/translate":
                    texts = [server.answer(text, body["format"] == "html") for text in body["q"]]
                    return self._send(200, {"translatedText": texts})
                return self._send(404, {"error": "unknown"})

            def _send(self, status, payload):
                data = b"{not json" if server.mode == "nonsense" else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, text: str, html: bool, terms=()) -> str:
        for german, english in terms:  # as DeepL applies a glossary
            text = text.replace(german, english)
        translated = fake_translation(text, html)
        if self.mode == "script":
            translated += '<script>alert("x")</script><img src=x onerror=alert(1)>'
        return translated

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
