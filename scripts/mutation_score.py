"""`make mutants`: the share of mutants the tests killed, per module and in all, from mutmut's results.

A mutant that survived, timed out or that no test reached counts against the score; one that was not
checked yet (an interrupted run) does not count. Exit 0 either way: a figure to watch, not a gate.
"""

import re
import subprocess
import sys
from collections import Counter, defaultdict

LINE = re.compile(r"^\s*(?P<module>[\w.]+?)\.x.*__mutmut_\d+: (?P<status>.+)$")


def main() -> None:
    output = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    by_module: dict[str, Counter] = defaultdict(Counter)
    for line in output.splitlines():
        match = LINE.match(line)
        if match and match["status"] != "not checked":
            by_module[match["module"]][match["status"] == "killed"] += 1
    total = Counter()
    print(f"{'module':<28} {'killed':>7} {'of':>5} {'score':>7}")
    for module, counts in sorted(by_module.items()):
        total.update(counts)
        print(f"{module:<28} {counts[True]:>7} {counts.total():>5} {counts[True] / counts.total():>7.0%}")
    if total.total():
        print(f"{'all':<28} {total[True]:>7} {total.total():>5} {total[True] / total.total():>7.0%}")
    survivors = [line.strip() for line in output.splitlines() if line.endswith(("survived", "no tests"))]
    if survivors:
        print("\nSurvivors (see one with `.venv/bin/mutmut show NAME`):")
        print("\n".join(f"  {line}" for line in survivors))


if __name__ == "__main__":
    main()
