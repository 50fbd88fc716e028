"""`make soak`: load on the main pages for a fixed time, with the database stopped, and later frozen, in
the middle. Prints the errors outside the outages (target 0), what the outages answered and the seconds
the site took to recover after each. Every other request asks for an address the page cache has not
seen (a new query string): those need the database (target during an outage: all 503 with
Retry-After); the others may come from the cache (200 while the database is away).

The site runs as in production (gunicorn, its settings) on its own embedded PostgreSQL (var/drill/),
so the drill never touches the database you work with.
"""

import argparse
import collections
import threading
import time

import stack

PAGES = [
    "/de/",
    "/en/",
    "/de/partnerschaften/",
    "/en/partnerships/morogoro/",
    "/de/zeitleiste/",
    "/en/timeline/",
    "/de/suche/?q=Schule",
]


def visitor(base: str, until: float, answers: list, number: int):
    """Asks for the pages one after another, as fast as they come, and notes each answer."""
    asked = 0
    while (started := time.monotonic()) < until:
        asked += 1
        page = PAGES[(number + asked) % len(PAGES)]
        if asked % 2:
            page += f"{'&' if '?' in page else '?'}fresh={number}-{asked}"
        try:
            status, headers, _ = stack.fetch(base + page, timeout=15)
            retry_after = headers.get("Retry-After")
        except OSError as error:
            status, retry_after = type(error).__name__, None
        answers.append((started, time.monotonic(), page, status, retry_after))


def inject(database, schedule: list, start: float, outages: list):
    """Runs the faults at their times: (begins, ends, break, mend) per outage."""
    for begins, ends, fault, mend, name in schedule:
        time.sleep(max(0, start + begins - time.monotonic()))
        began = time.monotonic()  # before: stopping takes a moment, and requests fail meanwhile
        fault()
        time.sleep(max(0, start + ends - time.monotonic()))
        mend()
        outages.append((name, began, time.monotonic()))


def analyse(answers: list, outages: list) -> dict:
    answers.sort()
    windows, report = [], {"outages": []}
    for name, began, mended in outages:
        # Recovered: the first page that needed the database was served again.
        needed_database = [a for a in answers if a[0] >= mended and "fresh=" in a[2]]
        after = [end for _, end, _, status, _ in needed_database if status == 200]
        recovered = min(after) if after else None
        # A request in flight when the fault came belongs to it as much as one that began after.
        during = [a for a in answers if a[1] >= began and a[0] < mended]
        kinds = collections.Counter(
            f"{'new address' if 'fresh=' in page else 'cached page'}: {status}"
            + (" with Retry-After" if retry else "")
            for _, _, page, status, retry in during
        )
        report["outages"].append(
            {
                "name": name,
                "seconds": mended - began,
                "answers": dict(kinds),
                "slowest": max((end - started for started, end, *_ in during), default=0),
                "recovery": (recovered - mended) if recovered else None,
            }
        )
        windows.append((began, recovered or float("inf")))
    outside = [a for a in answers if not any(a[1] >= low and a[0] <= high for low, high in windows)]
    report["requests"] = len(answers)
    report["start"] = answers[0][0] if answers else 0
    report["errors_outside"] = [a for a in outside if a[3] != 200]
    report["outside"] = len(outside)
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=90, help="how long the load runs (at least 60)")
    parser.add_argument("--visitors", type=int, default=6, help="how many ask at the same time")
    options = parser.parse_args()
    seconds = max(60, options.seconds)
    database = stack.Database.with_content(stack.ROOT / "var" / "drill")
    site = stack.Gunicorn(database.url, workers=4)
    # Longer than the site's wait deadline (6 s), so that a frozen database is noticed as such.
    outage = max(10, seconds // 6)
    schedule = [
        (seconds * 0.25, seconds * 0.25 + outage, database.stop, database.start, "database stopped"),
        (seconds * 0.6, seconds * 0.6 + outage, database.freeze, database.thaw, "database frozen"),
    ]
    answers, outages = [], []
    start = time.monotonic()
    threads = [
        threading.Thread(target=visitor, args=(site.url, start + seconds, answers, n))
        for n in range(options.visitors)
    ]
    threads.append(threading.Thread(target=inject, args=(database, schedule, start, outages)))
    print(f"Soak: {options.visitors} visitors, {seconds} s, {len(PAGES)} pages, two outages of {outage} s")
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    site.stop()
    database.close()
    print_report(analyse(answers, outages))


def print_report(report: dict):
    print(f"requests: {report['requests']}")
    errors = report["errors_outside"]
    print(f"errors outside the outages: {len(errors)} of {report['outside']} (target 0)")
    for started, _, page, status, _ in errors[:10]:
        print(f"  {page}: {status} at {started - report['start']:.1f} s")
    for outage in report["outages"]:
        recovery = f"{outage['recovery']:.1f} s" if outage["recovery"] is not None else "never"
        print(
            f"{outage['name']} for {outage['seconds']:.0f} s (slowest answer {outage['slowest']:.1f} s, "
            f"recovered after {recovery}):"
        )
        for kind, count in sorted(outage["answers"].items()):
            print(f"  {count:5} × {kind}")


if __name__ == "__main__":
    main()
