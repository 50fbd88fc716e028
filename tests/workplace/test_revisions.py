"""No lost work: every save keeps a revision that can be compared, restored, or recovered after deletion."""

import pytest
import reversion
from reversion.models import Version

from milestones.models import Milestone
from notices.models import Notice
from partnerships.models import Fact, Partnership
from tests.admin_forms import resubmit
from tests.html import texts

ADMIN = "/admin/partnerships/partnership/"


@pytest.fixture
def morogoro(city_content):
    return Partnership.objects.get(slug_de="morogoro")


def change(partnership):
    return f"{ADMIN}{partnership.pk}/change/"


def versions(obj):
    return list(Version.objects.get_for_object(obj).order_by("pk"))


def test_the_loaded_content_starts_its_history_with_its_facts(morogoro):
    [first] = versions(morogoro)
    assert first.revision.comment == "Mit den Inhalten der Stadt geladen."
    facts = [v.object for v in first.revision.version_set.all() if v.content_type.model == "fact"]
    assert sorted(fact.label_de for fact in facts) == ["Einwohnerzahl", "Fläche", "Landschaft", "Stadtteile"]


def test_saving_an_unchanged_form_records_no_phantom_change(admin_client, morogoro):
    response = resubmit(admin_client, change(morogoro), "partnership_form")
    assert response.status_code == 302
    first, second = versions(morogoro)
    assert second.field_dict == first.field_dict
    assert "\r" not in Partnership.objects.get(pk=morogoro.pk).body_de


def test_a_revision_keeps_what_editors_wrote_not_the_derived_search_vectors(admin_client, morogoro):
    resubmit(admin_client, change(morogoro), "partnership_form", summary_de="Neue Kurzfassung.")
    fields = versions(morogoro)[-1].field_dict
    assert fields["summary_de"] == "Neue Kurzfassung."
    assert not {"search_de", "search_en"} & set(fields)


def test_the_history_names_who_changed_what_and_compares_two_revisions(admin_client, admin_user, morogoro):
    resubmit(admin_client, change(morogoro), "partnership_form", summary_de="Neue Kurzfassung.")
    first, second = versions(morogoro)
    assert second.revision.user == admin_user
    history = admin_client.get(f"{ADMIN}{morogoro.pk}/history/", HTTP_ACCEPT_LANGUAGE="de")
    rows = texts(history.content.decode(), "#change-history tbody tr")
    assert len(rows) == 2
    assert "admin" in rows[0] and "geändert" in rows[0], "newest first: who, and what changed"
    assert "Mit den Inhalten der Stadt geladen." in rows[1]
    compare = admin_client.get(
        f"{ADMIN}{morogoro.pk}/history/compare/",
        {"version_id1": first.pk, "version_id2": second.pk},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    html = compare.content.decode()
    assert compare.status_code == 200
    assert "Neue Kurzfassung." in texts(html, "ins")
    removed = texts(html, "del")
    assert any(text.startswith("Seit 2023 arbeiten Arnsberg und Morogoro") for text in removed)


def test_the_comparison_shows_the_words_that_changed_not_markup_or_timestamps(admin_client, morogoro):
    body = morogoro.body_de.replace("gegenseitige Kennenlernen", "gemeinsame Lernen")
    resubmit(admin_client, change(morogoro), "partnership_form", body_de=body)
    first, second = versions(morogoro)
    html = admin_client.get(
        f"{ADMIN}{morogoro.pk}/history/compare/",
        {"version_id1": first.pk, "version_id2": second.pk},
        HTTP_ACCEPT_LANGUAGE="de",
    ).content.decode()
    assert texts(html, "#content-main h3") == ["Haupttext (Deutsch)"], "only the field that changed"
    assert texts(html, ".word-diff del") == ["gegenseitige Kennenlernen"]
    assert texts(html, ".word-diff ins") == ["gemeinsame Lernen"]
    shown = " ".join(texts(html, ".word-diff"))
    assert "<p>" not in shown and "&lt;p&gt;" not in html and "…" in shown


def test_a_restore_says_so_in_the_message_and_the_history(admin_client, morogoro):
    resubmit(admin_client, change(morogoro), "partnership_form", summary_de="Aus Versehen.")
    first = versions(morogoro)[0]
    response = resubmit(admin_client, f"{ADMIN}{morogoro.pk}/history/{first.pk}/", "partnership_form")
    message = " ".join(
        texts(admin_client.get(response.url, HTTP_ACCEPT_LANGUAGE="de").content.decode(), ".messagelist")
    )
    assert "zurückgesetzt" in message and "geändert" not in message
    assert versions(morogoro)[-1].revision.comment.startswith("Auf die Fassung vom ")


def test_an_earlier_revision_is_restored(admin_client, morogoro):
    original = morogoro.summary_de
    resubmit(admin_client, change(morogoro), "partnership_form", summary_de="Aus Versehen.")
    first = versions(morogoro)[0]
    url = f"{ADMIN}{morogoro.pk}/history/{first.pk}/"
    assert resubmit(admin_client, url, "partnership_form").status_code == 302
    assert Partnership.objects.get(pk=morogoro.pk).summary_de == original


def test_a_deleted_partnership_comes_back_with_its_milestones_and_facts(admin_client, morogoro):
    milestones, facts = morogoro.milestones.count(), morogoro.facts.count()
    assert (milestones, facts) == (6, 4)
    delete = admin_client.post(f"{ADMIN}{morogoro.pk}/delete/", {"post": "yes"})
    assert delete.status_code == 302
    assert not Partnership.objects.filter(pk=morogoro.pk).exists() and not Milestone.objects.exists()
    recover_list = admin_client.get("/admin/partnerships/partnership/recover/", HTTP_ACCEPT_LANGUAGE="de")
    assert "Morogoro" in " ".join(texts(recover_list.content.decode(), "#content"))
    [deleted] = Version.objects.get_deleted(Partnership)
    url = f"/admin/partnerships/partnership/recover/{deleted.pk}/"
    assert resubmit(admin_client, url, "partnership_form").status_code == 302
    restored = Partnership.objects.get(slug_de="morogoro")
    assert (restored.milestones.count(), Fact.objects.filter(partnership=restored).count()) == (6, 4)
    assert restored.summary_de == morogoro.summary_de


def test_every_kind_of_content_keeps_revisions():
    """Derived from what each model declares, not from a list: a model with translated fields, or edited
    in the admin as content (workplace.admin.ContentAdmin, with its inlines), keeps revisions."""
    from django.apps import apps
    from django.contrib import admin
    from modeltranslation.translator import translator

    from workplace.admin import ContentAdmin

    admins = [admin.site.get_model_admin(m) for m in apps.get_models() if admin.site.is_registered(m)]
    edited = {model_admin.model for model_admin in admins if isinstance(model_admin, ContentAdmin)}
    edited |= {inline.model for model_admin in admins for inline in model_admin.inlines}
    content = [
        model
        for model in apps.get_models()
        if model in edited or model in set(translator.get_registered_models())
    ]
    assert len(content) >= 15
    assert [model.__name__ for model in content if not reversion.is_registered(model)] == []


def test_a_notice_is_kept_with_its_items(admin_client, city_content):
    notice = Notice.objects.get()
    url = f"/admin/notices/notice/{notice.pk}/change/"
    assert resubmit(admin_client, url, "notice_form", title_de="Wieder da!").status_code == 302
    [_, edited] = versions(notice)
    items = [v for v in edited.revision.version_set.all() if v.content_type.model == "noticeitem"]
    assert len(items) == 4 and edited.field_dict["title_de"] == "Wieder da!"


def test_the_history_speaks_of_what_the_editor_changed_only(admin_client, morogoro):
    resubmit(admin_client, change(morogoro), "partnership_form", summary_de="Neue Kurzfassung.")
    comment = versions(morogoro)[-1].revision.comment
    assert comment == "Kurzbeschreibung (Deutsch) geändert."


def test_restoring_the_first_revision_keeps_what_was_added_since(admin_client, morogoro, media_root):
    """The first revision ("Mit den Inhalten der Stadt geladen") holds the partnership and its facts;
    milestones and downloads added later are rows it does not know: they stay."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import make_milestone, pdf_bytes
    from uploads.models import Download

    original = morogoro.summary_de
    later_step = make_milestone(morogoro, morogoro.milestones.first().phase, title_de="Später hinzugefügt")
    download = Download.objects.create(
        attached_to=morogoro, title_de="Programm", file=SimpleUploadedFile("p.pdf", pdf_bytes())
    )
    resubmit(admin_client, change(morogoro), "partnership_form", summary_de="Geändert.")
    first = versions(morogoro)[0]
    url = f"{ADMIN}{morogoro.pk}/history/{first.pk}/"
    assert resubmit(admin_client, url, "partnership_form").status_code == 302
    assert Partnership.objects.get(pk=morogoro.pk).summary_de == original
    assert Milestone.objects.filter(pk=later_step.pk).exists()
    assert Download.objects.filter(pk=download.pk).exists()
    assert morogoro.milestones.count() == 7


def test_content_made_outside_the_admin_can_be_recovered_once_deleted(admin_client, morogoro, committed):
    from tests.factories import make_milestone

    with committed():
        step = make_milestone(morogoro, morogoro.milestones.first().phase, title_de="Aus einem Import")
    [created] = versions(step)
    assert created.revision.comment == "Außerhalb der Verwaltung angelegt."
    step.delete()
    [deleted] = Version.objects.get_deleted(Milestone)
    url = f"/admin/milestones/milestone/recover/{deleted.pk}/"
    assert resubmit(admin_client, url, "milestone_form").status_code == 302
    assert Milestone.objects.get(title_de="Aus einem Import").partnership == morogoro
