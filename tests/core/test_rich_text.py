"""Body texts as rich text: what an editor writes shows on the page; nothing harmful ever does."""

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.utils import translation

from core.rich_text import from_plain_text
from milestones.models import Milestone
from notices.models import Notice
from partnerships.models import Partnership
from tests.admin_forms import resubmit
from tests.factories import make_milestone, make_notice, make_partnership, make_phase
from tests.html import soup, tags
from tests.workplace.test_roles import member
from translations.models import TranslationSource
from translations.rich_text_migrations import _converter
from translations.status import digest, status

CHANGE = "/admin/partnerships/partnership/{}/change/"

EDITOR_HTML = (
    '<h2>Projekte</h2><p>Mehr beim <a href="https://skew.engagement-global.de/">Programm</a>, '
    'bei der <a href="/de/zeitleiste/">Zeitleiste</a> und per '
    '<a href="mailto:info@arnsberg.de">E-Mail</a>.</p>'
    "<ul><li><p><strong>Abfall</strong></p></li><li><p><em>Klima</em></p></li></ul>"
)

HOSTILE_HTML = (
    '<p onclick="steal()">Text<script>alert(1)</script></p>'
    '<p><a href="javascript:alert(2)">Link</a><img src="x" onerror="alert(3)">'
    '<span style="color:red">rot</span><iframe src="https://example.com/"></iframe></p>'
    '<h1>Große Überschrift</h1><h4>Kleine</h4><a href="https://example.org/" target="_blank">neu</a>'
)


@pytest.fixture
def morogoro(city_content):
    return Partnership.objects.get(slug_de="morogoro")


def body_of(client, url):
    return soup(client.get(url).content.decode()).select_one(".partnership__main .body")


def test_an_editors_links_lists_and_subheadings_reach_the_page(admin_client, client, morogoro):
    response = resubmit(admin_client, CHANGE.format(morogoro.pk), "partnership_form", body_de=EDITOR_HTML)
    assert response.status_code == 302
    body = body_of(client, "/de/partnerschaften/morogoro/")
    assert [(a.get_text(), a["href"]) for a in body.select("a")] == [
        ("Programm", "https://skew.engagement-global.de/"),
        ("Zeitleiste", "/de/zeitleiste/"),
        ("E-Mail", "mailto:info@arnsberg.de"),
    ]
    assert body.select_one("h2").get_text() == "Projekte"
    assert [li.get_text() for li in body.select("ul > li")] == ["Abfall", "Klima"]
    assert (
        body.select_one("li strong").get_text() == "Abfall" and body.select_one("li em").get_text() == "Klima"
    )


def test_scripts_handlers_styles_and_unknown_tags_never_reach_the_page(admin_client, client, morogoro):
    resubmit(admin_client, CHANGE.format(morogoro.pk), "partnership_form", body_de=HOSTILE_HTML)
    morogoro.refresh_from_db()
    for stored in (morogoro.body_de, str(body_of(client, "/de/partnerschaften/morogoro/"))):
        for harmful in (
            "<script",
            "alert(1)",
            "onclick",
            "javascript:",
            "onerror",
            "style=",
            "<iframe",
            "target=",
        ):
            assert harmful not in stored
    body = body_of(client, "/de/partnerschaften/morogoro/")
    assert "Große Überschrift" in body.get_text() and not body.select("h1, h4, img, span")
    assert body.select_one('a[href="https://example.org/"]').get_text() == "neu"


def test_what_reached_the_database_by_another_road_is_sanitized_when_shown(client, morogoro):
    Partnership.objects.filter(pk=morogoro.pk).update(body_de=HOSTILE_HTML)
    shown = str(body_of(client, "/de/partnerschaften/morogoro/"))
    assert "<script" not in shown and "onclick" not in shown and "javascript:" not in shown
    assert "Text" in shown


def test_subheadings_fit_the_outline_of_the_page_they_are_on(client):
    town = make_partnership(slug_en="town", body_en="<h2>Waste</h2><h3>Markets</h3>")
    make_milestone(town, make_phase(), description_en="<h2>Programme</h2><p>Talks.</p>")
    make_notice(text_en="<h2>Which services</h2><p>Some.</p>", title_en="Maintenance")
    page = soup(client.get("/en/partnerships/town/").content.decode())
    assert [
        h.get_text() for h in page.select(".partnership__main .body h2, .partnership__main .body h3")
    ] == [
        "Waste",
        "Markets",
    ]
    assert page.select_one(".notice__text h3").get_text() == "Which services"
    timeline = soup(client.get("/en/timeline/town/").content.decode())
    assert timeline.select_one(".milestone__description h4").get_text() == "Programme"


def test_an_empty_editor_leaves_the_text_empty(admin_client, morogoro):
    resubmit(admin_client, CHANGE.format(morogoro.pk), "partnership_form", body_en="<p></p>")
    morogoro.refresh_from_db()
    assert morogoro.body_en == ""


def test_calendar_feed_and_search_engines_get_the_text_without_markup(client):
    town = make_partnership(slug_en="town")
    make_milestone(
        town,
        make_phase(),
        start="2030-05-04",
        title_en="Workshop",
        description_en="<p>Bring <strong>ideas</strong> &amp; questions.</p><ul><li><p>Waste</p></li></ul>",
    )
    calendar = client.get("/en/timeline/calendar.ics").content.decode().replace("\r\n ", "")
    assert "Bring ideas & questions.\\n\\n• Waste" in calendar
    page = soup(client.get("/en/timeline/town/").content.decode())
    [data] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    assert data["@graph"][0]["description"] == "Bring ideas & questions.\n\n• Waste"


def apps_before_rich_text():
    """The models as the migration sees them (without modeltranslation's field name rewriting), with
    the table of translation sources as the database has it now (moved, core.migrations.0016)."""
    loader = MigrationExecutor(connection).loader
    before = [("partnerships", "0006_rich_text"), ("translations", "0001_initial")]
    return loader.project_state(before, at_end=False).apps


def test_plain_texts_of_before_become_paragraphs_without_loss_and_stay_current():
    """The data migration: each paragraph and line break kept, and a translation that was current
    before is not reported as outdated because its German source was converted."""
    plain_de, plain_en = "Erster Absatz.\n\nZweiter <Absatz>\nmit Umbruch.", "First.\n\nSecond."
    town = make_partnership(body_de="<p>x</p>", body_en="<p>y</p>")
    # As before rich text: plain texts, the English saved when the German was what it is now.
    Partnership.objects.filter(pk=town.pk).update(body_de=plain_de, body_en=plain_en)
    TranslationSource.objects.filter(object_id=town.pk, field="body").update(source_digest=digest(plain_de))
    _converter("partnerships", "Partnership", ["body"], from_plain_text)(apps_before_rich_text(), None)
    town.refresh_from_db()
    assert town.body_de == "<p>Erster Absatz.</p><p>Zweiter &lt;Absatz&gt;<br>mit Umbruch.</p>"
    assert town.body_en == "<p>First.</p><p>Second.</p>"
    [partnerships] = [entry for entry in status() if entry.model is Partnership]
    assert not any(row.outdated for row in partnerships.rows)


def test_restoring_a_revision_from_before_rich_text_keeps_its_paragraphs(morogoro):
    Partnership.objects.filter(pk=morogoro.pk).update(body_de="Alt.\n\nNoch älter.")
    morogoro.refresh_from_db()
    morogoro.save()
    morogoro.refresh_from_db()
    assert morogoro.body_de == "<p>Alt.</p><p>Noch älter.</p>"


def test_the_editor_is_offered_with_its_allowed_tools_and_the_csp_nonce(admin_client, morogoro):
    response = admin_client.get(CHANGE.format(morogoro.pk), HTTP_ACCEPT_LANGUAGE="de")
    html = response.content.decode()
    [textarea] = [t for t in tags(html, "textarea") if t["name"] == "body_de"]
    config = textarea["data-django-prose-editor-configurable"]
    assert '"Heading":{"levels":[2,3]}' in config and '"enableTarget":false' in config
    assert "Color" not in config and "Image" not in config and "Table" not in config
    [importmap] = [s for s in tags(html, "script") if s.get("type") == "importmap"]
    assert f"'nonce-{importmap['nonce']}'" in response["Content-Security-Policy"]


def test_public_pages_allow_no_inline_script_or_style(client, morogoro):
    policy = client.get("/de/partnerschaften/morogoro/")["Content-Security-Policy"]
    assert "nonce-" not in policy and "unsafe-inline" not in policy


def test_a_translator_reads_the_german_text_as_the_page_shows_it_and_cannot_change_it(city_content):
    translator = member("Übersetzung", "tara")
    notice = Notice.objects.first()
    url = f"/admin/notices/notice/{notice.pk}/change/"
    page = soup(translator.get(url, HTTP_ACCEPT_LANGUAGE="de").content.decode())
    shown = page.select_one('.rich-text[lang="de"]')
    assert shown is not None and shown.select("p") and "&lt;p&gt;" not in str(shown)
    german = notice.text_de
    resubmit(translator, url, "notice_form", text_de="<p>Vom Übersetzer geändert.</p>", text_en="<p>New.</p>")
    notice.refresh_from_db()
    assert (notice.text_de, notice.text_en) == (german, "<p>New.</p>")


def test_a_milestone_description_is_rich_text_too(admin_client):
    milestone = make_milestone(make_partnership(), make_phase(), description_de="Alt.")
    url = f"/admin/milestones/milestone/{milestone.pk}/change/"
    resubmit(admin_client, url, "milestone_form", description_de="<p><strong>Neu</strong></p>")
    assert Milestone.objects.get(pk=milestone.pk).description_de == "<p><strong>Neu</strong></p>"


def test_saving_without_a_change_changes_nothing(admin_client, morogoro):
    before = {name: getattr(morogoro, name) for name in ("body_de", "body_en")}
    resubmit(admin_client, CHANGE.format(morogoro.pk), "partnership_form")
    morogoro.refresh_from_db()
    assert {name: getattr(morogoro, name) for name in before} == before


def test_the_programme_is_described_on_the_partnership_page(client, morogoro):
    page = soup(Client().get("/en/partnerships/morogoro/").content.decode())
    section = page.select_one("section[aria-labelledby=programme-heading]")
    assert "Municipal Sustainability Partnerships" in section.select_one("h2").get_text()
    assert "16 cities" in section.get_text()


def test_saving_on_an_english_page_leaves_a_missing_english_text_missing():
    with translation.override("en"):
        town = make_partnership(body_de="<p>Nur auf Deutsch.</p>")
        town.save()
    town.refresh_from_db()
    assert (town.body_de, town.body_en) == ("<p>Nur auf Deutsch.</p>", None)


def test_the_editor_speaks_the_editors_language(admin_client, morogoro):
    html = admin_client.get(CHANGE.format(morogoro.pk), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    labels = json.loads(soup(html).select_one("script#editor-labels").string)
    assert (labels["Heading 2"], labels["unordered list"], labels["bold"]) == (
        "Überschrift 2",
        "Aufzählung",
        "Fett",
    )
    catalogue = admin_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Link bearbeiten" in catalogue


def test_calendars_get_lists_line_breaks_and_paragraphs_as_a_reader_would_type_them(client):
    town = make_partnership(slug_en="town")
    make_milestone(
        town,
        make_phase(),
        start="2030-05-04",
        description_en=(
            "<p>Bring:</p><ul><li><p>ideas</p></li><li><p>questions</p></li></ul>"
            "<p>See you<br>soon</p><p></p><p>Kim &lt;Team&gt;</p>"
        ),
    )
    page = soup(client.get("/en/timeline/town/").content.decode())
    [data] = [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    assert data["@graph"][0]["description"] == "Bring:\n\n• ideas\n• questions\n\nSee you\nsoon\n\nKim <Team>"
