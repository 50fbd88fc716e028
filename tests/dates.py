"""Moments for the calendar's tests, in German time, and the clock they stand still at."""

import datetime

import pytest
from django.utils import timezone, translation


def at(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


@pytest.fixture
def now(time_machine, settings):
    """Noon on 3 December 2026, German addresses, each render its own (no page cache unless a test
    turns it on)."""
    settings.PAGE_CACHE_SECONDS = 0
    time_machine.move_to(at(2026, 12, 3, 12), tick=False)
    with translation.override("de"):
        yield timezone.now()
