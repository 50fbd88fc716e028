"""The drills' tools (scripts/): the site on loopback with its own PostgreSQL, gunicorn and nginx."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import proxy_check  # noqa: E402
import stack  # noqa: E402

__all__ = ["proxy_check", "stack"]
