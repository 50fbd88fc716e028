"""The list of checks and what a check finds. A check is a function of a text (or an image's
description) and its language, declared with `@check(...)`: it joins the list by itself."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Severity(models.TextChoices):
    ERROR = "error", _("Error: blocks publishing")
    WARNING = "warning", _("Note")


# What a check reads: a rich text, a title, an image's alternative text, the English text beside its
# German source, or a page in Leichte Sprache.
RICH, TITLE, IMAGE, PAIR, EASY = "rich", "title", "image", "pair", "easy"


@dataclass(frozen=True)
class Check:
    code: str
    severity: str
    reads: str
    function: Callable


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    field: str  # the form field: title_de, body_en, image_alt_de …
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR


CHECKS: list[Check] = []


def check(code: str, severity: str, reads: str):
    """Declares a check: `function(text, language)` returns messages (empty: nothing found)."""

    def declare(function):
        CHECKS.append(Check(code, severity, reads, function))
        return function

    return declare


def run(reads: str, field: str, *args) -> list[Finding]:
    """Every check of the kind `reads` on one field's text(s)."""
    return [
        Finding(item.code, item.severity, field, message)
        for item in CHECKS
        if item.reads == reads
        for message in item.function(*args)
    ]
