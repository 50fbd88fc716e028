import gettext
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from core.i18n import translate_path
from core.management.commands.compilecatalogues import compile_catalogue
from tests.html import hreflangs, links, tags

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9,en;q=0.8", "/de/"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "/en/"),
        ("fr-FR,tr;q=0.5", "/de/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_by_the_browser_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_redirect_sets_no_cookie(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert not response.cookies


@pytest.mark.parametrize(
    ("language", "skip_link"), [("de", "Zum Inhalt springen"), ("en", "Skip to content")]
)
def test_home_is_served_in_its_language(client, language, skip_link):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert skip_link in html
    assert response["Content-Language"] == language


@pytest.mark.parametrize("language", ["de", "en"])
def test_home_names_both_languages_and_itself(client, language):
    html = client.get(f"/{language}/").content.decode()
    assert hreflangs(html) == {
        "de": "http://testserver/de/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/de/",
    }
    assert [link["href"] for link in links(html, "canonical")] == [f"http://testserver/{language}/"]


def test_language_switcher_leads_to_the_same_page_in_the_other_language(client):
    html = client.get("/de/").content.decode()
    switch = [a for a in tags(html, "a") if a.get("hreflang") == "en"]
    assert [(a["href"], a["lang"]) for a in switch] == [("/en/", "en")]
    back = [a for a in tags(client.get("/en/").content.decode(), "a") if a.get("hreflang")]
    assert [a["href"] for a in back] == ["/de/"]


def test_a_path_that_is_no_page_switches_to_the_other_home():
    with translation.override("de"):
        assert translate_path("/de/gibt-es-nicht/", "en") == "/en/"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_has_no_untranslated_or_fuzzy_entries(catalogue):
    po = polib.pofile(str(catalogue))
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (xgettext)")
def test_catalogues_hold_every_string_of_the_code(tmp_path, monkeypatch):
    """A string added to a template or module without `make messages` would show untranslated.

    makemessages writes to the catalogue beside the files it reads, so it runs in a copy of the code:
    on the real tree it rewrote locale/ and compared the untouched copy with itself."""
    site = tmp_path / "site"
    skipped = shutil.ignore_patterns(".*", "var", "media", "staticfiles", "tests", "mutants", "*.mo")
    shutil.copytree(settings.BASE_DIR, site, ignore=skipped)
    monkeypatch.chdir(site)
    with override_settings(LOCALE_PATHS=[site / "locale"]):
        call_command("makemessages", locale=["de"], no_location=True, verbosity=0)
    fresh = {e.msgid for e in polib.pofile(str(site / "locale/de/LC_MESSAGES/django.po")) if not e.obsolete}
    current = {e.msgid for e in polib.pofile(str(CATALOGUES[0])) if not e.obsolete}
    assert fresh - current == set(), "run `make messages` and translate the new strings"


def test_catalogue_compiles_in_python_without_gettext(tmp_path):
    mo_path = tmp_path / "django.mo"
    german = Path(settings.BASE_DIR, "locale/de/LC_MESSAGES/django.po")
    assert compile_catalogue(german, mo_path) > 10
    with mo_path.open("rb") as mo_file:
        catalogue = gettext.GNUTranslations(mo_file)
    assert catalogue.gettext("Page not found") == "Seite nicht gefunden"


def test_the_german_admin_names_the_buttons_of_its_two_box_selector(admin_client):
    """Django 5.2's German catalogue lacks these; locale/de/LC_MESSAGES/djangojs.po supplies them."""
    script = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    for german in ('"Alle %s ausw', '"Alle %s entfernen"', '"Markierte %s entfernen"'):
        assert german in script
