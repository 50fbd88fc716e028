"""`make bench`: how fast the main pages are, side by side with the site's own static file, in one run.

The site runs as in production (gunicorn, gunicorn.conf.py, debug off) on its own embedded PostgreSQL
(var/bench/) with the city's content and a larger generated set (scripts/bench_content.py). "Warm":
the page from the page cache; "cold": every request asks for an address the cache has not seen (a
made-up parameter, by a wrk script), so the page is rendered, with only the parts many addresses
share (notices, footer, a list's filter) from the cache. wrk (Debian's package) loads each page for
BENCH_SECONDS (5) with 16 connections on 2 threads, a warm page in three turns with the static file
(`side_by_side`); then the home page and the static file through nginx (deploy/nginx.conf). The
in-process figures (queries, render time, first render after an edit, weight) come from
scripts/bench_pages.py. Figures vary between runs on a shared 2-core machine: compare within a run.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

import bench_weight
import psutil
import stack

PAGES = {
    "home": "/de/",
    "partnership": "/de/partnerschaften/morogoro/",
    "timeline": "/de/zeitleiste/",
    "search": "/de/suche/?q=Schule",
    "theme channel": "/de/themen/13/",
    "calendar": "/de/veranstaltungen/",
    "event": "/de/veranstaltungen/bench-event-0/",
    "story": "/de/berichte/bench-bildbericht/",
    "legal page": "/de/impressum/",
    "events .ics": "/de/veranstaltungen/calendar.ics",
    "events Atom": "/de/veranstaltungen/feed.atom",
}
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
TARGETS = "targets: warm ≥ 0.8 of static · p99 < 25 ms · render < 15 ms · ≤ 5 queries · home < 30 KB"
# A weak connection: a page's HTML fits the first round trip (about 14 KB), its first view on a phone
# stays under 100 KB (scripts/bench_weight.py).
HTML_BUDGET, FIRST_VIEW_BUDGET = 14 * 1024, 100 * 1024


# Each request a new address: "?probe=N" appended (wrk's Lua scripting).
NEW_ADDRESSES = """
local counter = 0
request = function()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "probe=" .. counter)
end
"""


# Each request made-up values of the parameters the pages read, on pages that read them and on pages
# that do not, with a made-up hidden notice: none of these answers may be kept (operations.page_cache).
FLOOD = """
local counter = 0
local paths = {"/de/suche/?q=wort", "/de/suche/?q=Schule&page=9", "/de/impressum/?year=",
               "/de/berichte/?page=", "/de/zeitleiste/?partnership=", "/de/?q=", "/en/timeline/?year=19"}
request = function()
  counter = counter + 1
  local path = paths[counter % #paths + 1] .. counter
  return wrk.format(nil, path, {["Cookie"] = "hidden_notices=" .. counter .. ".1"})
end
"""


def wrk(url: str, new_addresses=False, seconds=SECONDS, script_text=None) -> dict:
    """Requests per second and p50/p99 latency (ms) from wrk -t2 -c16 --latency."""
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url]
    new_addresses = new_addresses or script_text is not None
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(script_text or NEW_ADDRESSES)
        script.flush()
        extra = ["-s", script.name] if new_addresses else []
        result = subprocess.run(command + extra, capture_output=True, text=True, check=True)
    out = result.stdout

    def latency(percent):
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency(50),
        "p99": latency(99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def side_by_side(static_url: str, page_url: str, turns=3) -> tuple[dict, dict]:
    """The static file and the cached page in turns, BENCH_SECONDS in all for each: the machine's speed
    changes by up to a third from one run to the next, and a page is compared with the file as fast as
    the machine was a moment before. The runs of the median ratio; their rps are the medians'."""
    seconds = max(1, round(SECONDS / turns))
    pairs = [(wrk(static_url, seconds=seconds), wrk(page_url, seconds=seconds)) for _ in range(turns)]
    pairs.sort(key=lambda pair: pair[1]["rps"] / pair[0]["rps"])
    static, page = pairs[len(pairs) // 2]
    return static, page


def stylesheet(base: str) -> str:
    html = stack.fetch(base + PAGES["home"])[2].decode()
    return re.search(r'href="(/static/css/site\.[^"]+\.css)"', html).group(1)


def flood(base: str) -> dict:
    """The real pages in the page cache, then made-up values for BENCH_SECONDS: are the real pages still
    answered from the page cache?"""
    for path in PAGES.values():
        stack.fetch(base + path)
    result = wrk(base + "/", script_text=FLOOD)
    hits = [stack.fetch(base + path)[1].get("X-Page-Cache") == "hit" for path in PAGES.values()]
    return {"requests": round(result["rps"] * SECONDS), "still_cached": sum(hits)}


def in_process(database) -> dict:
    environment = stack.site_environment(database.url)
    command = [sys.executable, "scripts/bench_pages.py", *PAGES.values()]
    output = subprocess.run(
        command, cwd=stack.ROOT, env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def main():
    missing = [tool for tool in ("wrk", "nginx") if not shutil.which(tool)]
    if missing:
        sys.exit(f"make bench needs {' and '.join(missing)}: apt-get install wrk nginx-light")
    database = stack.Database.with_content(stack.ROOT / "var" / "bench")
    subprocess.run(
        [sys.executable, "scripts/bench_content.py"],
        cwd=stack.ROOT,
        env=stack.site_environment(database.url),
        check=True,
    )
    figures = in_process(database)
    uploads = upload_figures(database)
    warm = stack.Gunicorn(database.url, workers=psutil.cpu_count() * 2 + 1)
    nginx = stack.Nginx(f"127.0.0.1:{warm.port}", stack.ROOT / "var" / "bench" / "nginx")
    try:
        css = stylesheet(warm.url)
        rows = []
        for name, path in PAGES.items():
            stack.fetch(warm.url + path)  # in the cache
            static, page = side_by_side(warm.url + css, warm.url + path)
            rows.append((name, static, page, wrk(warm.url + path, new_addresses=True), figures[path]))
        flooded = flood(warm.url)
        behind_nginx = {"page": wrk(nginx.url + PAGES["home"]), "static": wrk(nginx.url + css)}
        pages = {name: path for name, path in PAGES.items() if not path.endswith((".ics", ".atom"))}
        weights = bench_weight.first_views(nginx.url, pages)
        memory = [worker.memory_info().rss / 2**20 for worker in psutil.Process(warm.process.pid).children()]
    finally:
        nginx.stop()
        warm.stop()
        database.close()
    report(rows, behind_nginx, memory, flooded, uploads, figures["signup"])
    report_weights(weights, figures)


def upload_figures(database) -> dict:
    """A large photo's upload work in a process of its own (scripts/bench_uploads.py)."""
    command = [sys.executable, "scripts/bench_uploads.py"]
    environment = stack.site_environment(database.url)
    output = subprocess.run(
        command, cwd=stack.ROOT, env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def report(rows, behind_nginx, memory, flooded, uploads, signup):
    threads = int(os.environ.get("GUNICORN_THREADS", "1"))
    kind = "sync workers" if threads == 1 else f"workers of {threads} threads"
    print(f"\nwrk -t2 -c16 -d{SECONDS}s on loopback; gunicorn with {len(memory)} {kind}")
    statics = sorted(static["rps"] for _, static, _, _, _ in rows)
    print(
        f"static file (WhiteNoise, site CSS), run before each page: {statics[0]:.0f}–{statics[-1]:.0f} "
        f"req/s, median {statistics.median(statics):.0f}"
    )
    header = (
        f"{'page':14} {'warm req/s':>10} {'p50':>6} {'p99':>6} {'÷static':>8} "
        f"{'cold req/s':>10} {'p50':>6} {'p99':>6} {'render ms':>9} {'edited':>6} {'queries':>7} {'KB gz':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, static, warm, cold, figures in rows:
        print(
            f"{name:14} {warm['rps']:10.0f} {warm['p50']:6.1f} {warm['p99']:6.1f} "
            f"{warm['rps'] / static['rps']:8.2f} {cold['rps']:10.0f} {cold['p50']:6.1f} {cold['p99']:6.1f} "
            f"{figures['render_ms']:9.1f} {figures['after_edit_ms']:6.1f} {figures['queries']:7} "
            f"{figures['weight'] / 1024:6.1f}"
        )
    errors = sum(warm["errors"] + cold["errors"] for _, _, warm, cold, _ in rows)
    print(f"answers other than 2xx/3xx: {errors}")
    page, nginx_static = behind_nginx["page"], behind_nginx["static"]
    print(
        f"through nginx: home {page['rps']:.0f} req/s (p99 {page['p99']:.1f} ms), static file "
        f"{nginx_static['rps']:.0f} req/s; ratio {page['rps'] / nginx_static['rps']:.2f} (target ≥ 0.5)"
    )
    print(
        f"after {flooded['requests']} requests with made-up values: {flooded['still_cached']} of "
        f"{len(rows)} pages still from the page cache (target: all)"
    )
    photos = ", ".join(
        f"{name} {figures['seconds']:.1f} s, +{figures['memory_mib']} MiB"
        for name, figures in uploads.items()
    )
    print(f"a photo's upload (check, strip, store, three sizes): {photos}")
    print(f"memory per gunicorn worker: {min(memory):.0f}–{max(memory):.0f} MiB (RSS)")
    print(
        "after a sign-up: the event's page from the page cache: "
        f"{'yes' if signup['event_page_cached'] else 'no'} "
        f"(target: no); the other pages: {signup['others_cached']} of {signup['others']} (target: all)"
    )
    print(TARGETS)


def report_weights(weights: dict, figures: dict) -> None:
    """Per page type: its HTML compressed (in process), and its weight on a phone (Chromium)."""
    if not weights:
        print("weight on a phone: not measured (apt-get install chromium)")
        return
    print("\nweak connection (scripts/bench_weight.py): KB on a phone, 375 px wide, empty cache")
    header = (
        f"{'page':14} {'HTML gz':>8} {'first screen':>12} {'on opening':>10} "
        f"{'Save-Data: screen':>17} {'opening':>8}  within budget"
    )
    print(header)
    print("-" * len(header))
    for name, sizes in weights.items():
        html, plain, saving = figures[PAGES[name]]["html"], sizes["plain"], sizes["save_data"]
        within = html < HTML_BUDGET and plain["first_screen"] < FIRST_VIEW_BUDGET
        kb = {key: value / 1024 for key, value in plain.items()}
        saving_kb = {key: value / 1024 for key, value in saving.items()}
        print(
            f"{name:14} {html / 1024:8.1f} {kb['first_screen']:12.1f} {kb['opening']:10.1f} "
            f"{saving_kb['first_screen']:17.1f} {saving_kb['opening']:8.1f}  {'yes' if within else 'NO'}"
        )
    budgets = f"HTML < {HTML_BUDGET // 1024} KB compressed, first screen < {FIRST_VIEW_BUDGET // 1024} KB"
    print(f"budgets: {budgets}")


if __name__ == "__main__":
    main()
