"""The calendar's clock for the tests here: `now`, noon on 3 December 2026 (tests/dates.py)."""

from tests.dates import now  # noqa: F401 (a fixture)
