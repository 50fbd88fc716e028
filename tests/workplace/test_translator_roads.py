"""A translator changes the texts of their language, on every road.

Signed in as a member of "Übersetzung" (English) or "Übersetzung Rumänisch", with the partners'
languages switched on, the test walks every admin URL of every registered model: change (with every
field of the editors' form changed, inline rows added and deleted, "save as new"), add, delete,
history, each revision, compare, every action, the recover list and each deleted version, posting what
a crafted form could. Afterwards every row of every table is compared with before: nothing may have
changed but the fields of the translator's language (and what PostgreSQL and the search derive from
them). A model registered later is walked too: the walk reads the admin site, and
`every_kind_of_content` fails until a row of the new kind exists.
"""

import datetime
import re
from decimal import Decimal

import pytest
import reversion
from django import forms
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import GeneratedField
from django.test import Client, RequestFactory
from django.urls import reverse
from reversion.models import Version

from tests.admin_forms import form_values
from tests.factories import jpeg_bytes, make_story, pdf_bytes

# Tables of bookkeeping that any visit writes (sessions, the admin's log, revisions, sign-in records),
# and the fingerprints of the German text a saved English one belongs to.
BOOKKEEPING = {"sessions", "admin", "reversion", "axes", "contenttypes"}
FINGERPRINTS = {"translations.translationsource", "publishing.sharekey"}
# Counters any change raises: a notice's revision brings it back to those who hid it.
COUNTERS = {"notices.notice": {"revision"}}
# Rows that are part of a language's text: the old address a new slug of that language leaves behind.
LANGUAGE_ROWS = {"publishing.oldslug"}
TRANSLATORS = [("Übersetzung", "en"), ("Übersetzung Rumänisch", "ro")]
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
ROW_KEY = re.compile(r"^(?P<prefix>.+)-(?P<number>\d+)-(?P<field>[^-]+)$")


def in_language(field, language: str) -> bool:
    return field.name.endswith(f"_{language}") or getattr(field, "language", None) == language


def derived(field) -> bool:
    """A column PostgreSQL or the search computes from the texts (a vector, the shown texts): a
    partner language's falls back to the English text, so it changes with it."""
    return isinstance(field, GeneratedField) or getattr(field, "derived", False)


def kept_fields(model, language: str):
    counters = COUNTERS.get(model._meta.label_lower, set())
    return [
        field.attname
        for field in model._meta.concrete_fields
        if not in_language(field, language)
        and not derived(field)
        and not getattr(field, "auto_now", False)
        and field.name not in counters
    ]


def snapshot(media_root, language: str = "en") -> dict:
    """Every row of every table but the bookkeeping, without the fields of `language`; every stored
    file."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.label_lower
        if model._meta.app_label in BOOKKEEPING or label in FINGERPRINTS or not model._meta.managed:
            continue
        rows[label] = {
            row["pk"]: row
            for row in model._default_manager.values("pk", *kept_fields(model, language))
            if not (label in LANGUAGE_ROWS and row.get("language") == language)
        }
    files = sorted(str(path.relative_to(media_root)) for path in media_root.rglob("*") if path.is_file())
    return {"rows": rows, "files": files}


def differences(before: dict, after: dict) -> list[str]:
    found = (
        [f"files: {sorted(set(before['files']) ^ set(after['files']))}"]
        if before["files"] != after["files"]
        else []
    )
    for label, rows in after["rows"].items():
        old = before["rows"].get(label, {})
        for pk in set(old) | set(rows):
            if old.get(pk) != rows.get(pk):
                changed = {
                    key
                    for key in {*(old.get(pk) or {}), *(rows.get(pk) or {})}
                    if (old.get(pk) or {}).get(key) != (rows.get(pk) or {}).get(key)
                }
                found.append(f"{label} {pk}: {sorted(changed)}")
    return found


def member(group_name: str, username: str) -> Client:
    """A colleague of the group; "Administrator" is a superuser, whose forms have every field."""
    superuser = group_name == "Administrator"
    user = get_user_model().objects.create_user(username, password="x", is_staff=True, is_superuser=superuser)
    if not superuser:
        user.groups.add(Group.objects.get(name=group_name))
    client = Client(HTTP_ACCEPT_LANGUAGE="de")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def every_kind_of_content(city_content, media_root):
    """At least one row of each kind the admin shows, with the rows of its forms (photos, downloads)."""
    from events.models import Venue
    from feedback.models import Report
    from pages.models import ContactPerson, SignLanguageVideo
    from partnerships.models import Partnership
    from stories.models import Photo
    from tests.contract.models import Excursion
    from uploads.models import Download

    morogoro = Partnership.objects.get(slug_de="morogoro")
    story = make_story([morogoro], slug_de="fotobericht")
    Photo.objects.create(
        story=story,
        image=SimpleUploadedFile("a.jpg", jpeg_bytes(800, 500)),
        alt_de="Ein Foto",
        shows_people=True,
    )
    Download.objects.create(
        attached_to=morogoro, title_de="Programm", file=SimpleUploadedFile("p.pdf", pdf_bytes())
    )
    ContactPerson.objects.create(name="Kim Becker", role_de="Koordination", email="k@arnsberg.example")
    SignLanguageVideo.objects.create(
        title_de="Gebärdensprache",
        video=SimpleUploadedFile("v.mp4", MP4),
        duration=datetime.timedelta(minutes=1),
        transcript_de="<p>Text.</p>",
    )
    Report.objects.create(message="Eine Barriere.", language="de")
    Excursion.objects.create(title_de="Stadtführung", slug_de="stadtfuehrung", body_de="<p>Treffpunkt.</p>")
    Venue.objects.create(name_de="Bürgerzentrum", street_address="Clemens-August-Straße 120, 59821 Arnsberg")
    from events.models import Event
    from signups.models import Registration, SignupOptions

    evening = Event.objects.get(slug_de="weltwerkstatt-2024")
    SignupOptions.objects.create(event=evening, capacity=20)
    Registration.objects.create(
        occurrence=evening.occurrences.get(), name="Kim", email="k@example.org", language="de"
    )
    from translations.models import GlossaryTerm

    GlossaryTerm.objects.create(german="Weltwerkstatt", english="Weltwerkstatt")
    from links import checker

    checker.gather()  # the link checker's rows
    from django.contrib.contenttypes.models import ContentType

    from signoff.models import SignOff

    SignOff.objects.create(
        content_type=ContentType.objects.get_for_model(Event),
        object_id=Event.objects.first().pk,
        title="Wartet",
    )
    from visits.models import DayCount

    DayCount.objects.create(day=datetime.date(2026, 12, 1), measure="page", key="/de/", count=3)
    editor = member("Administrator", "ada")
    from django_otp.plugins.otp_totp.models import TOTPDevice

    colleague = get_user_model().objects.create_user("otto", password="x", is_staff=True)
    TOTPDevice.objects.create(user=colleague, name="Handy", confirmed=True)
    missing = [
        model._meta.label
        for model, _ in registered()
        if model._meta.app_label not in BOOKKEEPING and not model._default_manager.exists()
    ]
    assert missing == [], "add a row of each new kind of content here, so that the walk reaches it"
    return editor


def registered():
    return [
        (model, admin.site.get_model_admin(model))
        for model in apps.get_models()
        if admin.site.is_registered(model)
    ]


def url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


class Crafted:
    """What a crafted form sends: every field of the editors' form with another valid value."""

    def __init__(self, editor: Client, model_admin, obj):
        request = RequestFactory().get("/")
        request.user = editor.user
        self.fields = {"": model_admin.get_form(request, obj).base_fields}
        for formset, _inline in model_admin.get_formsets_with_inlines(request, obj):
            self.fields[formset.get_default_prefix()] = formset.form.base_fields

    def data(self, page, form_id: str, delete_rows=False, new_row=False) -> dict:
        if page.status_code != 200:
            return {}
        data = form_values(page.content.decode(), form_id)
        changed = {}
        for prefix, fields in self.fields.items():
            for number in self._rows(data, prefix):
                for name, field in fields.items():
                    key = f"{prefix}-{number}-{name}" if prefix else name
                    changed.update(self._other(key, field, data))
                if prefix and delete_rows:
                    changed[f"{prefix}-{number}-DELETE"] = ["on"]
            if prefix and new_row and self._rows(data, prefix):
                total = int(data[f"{prefix}-TOTAL_FORMS"][0])
                for key, values in list({**data, **changed}.items()):
                    match = ROW_KEY.match(key)
                    if (
                        match
                        and match["prefix"] == prefix
                        and match["number"] == "0"
                        and match["field"] != "id"
                    ):
                        changed[f"{prefix}-{total}-{match['field']}"] = values
                changed[f"{prefix}-TOTAL_FORMS"] = [str(total + 1)]
        return {**data, **changed}

    def _rows(self, data, prefix):
        if not prefix:
            return [None]
        return range(int(data.get(f"{prefix}-TOTAL_FORMS", ["0"])[0]))

    def _other(self, key: str, field, data: dict) -> dict:
        """Another value than the form holds, of the kind the field takes."""
        current = data.get(key, [])
        value = current[0] if current else ""
        later = "until" in key or "end" in key  # an end stays after its start
        if field.widget.is_hidden:  # what a form keeps for itself (the revision it was opened on)
            return {}
        if isinstance(field, forms.BooleanField):
            return {key: [] if current else ["on"]}
        if isinstance(field, forms.SplitDateTimeField):
            return {f"{key}_0": ["01.02.2032" if later else "01.02.2031"], f"{key}_1": ["12:00:00"]}
        if isinstance(field, forms.DateField):
            return {key: ["02.03.2032" if later else "02.03.2031"]}
        if isinstance(field, forms.ModelMultipleChoiceField):
            choices = [str(pk) for pk in field.queryset.values_list("pk", flat=True)[:3]]
            return {key: [choice for choice in choices if choice not in current][:2]}
        if isinstance(field, forms.ModelChoiceField):
            others = [str(pk) for pk in field.queryset.values_list("pk", flat=True)[:5] if str(pk) != value]
            return {key: others[:1]}
        if isinstance(field, forms.ChoiceField):
            others = [str(choice) for choice, _label in field.choices if str(choice) not in ("", value)]
            return {key: others[:1]}
        if isinstance(field, (forms.IntegerField, forms.DecimalField, forms.FloatField)):
            return {key: [str(Decimal(value or 0) + 1)]}
        if isinstance(field, forms.DurationField):
            return {key: ["00:04:00"]}
        if isinstance(field, forms.ImageField):
            return {key: [SimpleUploadedFile("neu.jpg", jpeg_bytes(640, 400), "image/jpeg")]}
        if isinstance(field, forms.FileField):
            video = "video" in key
            content = MP4 if video else pdf_bytes(title="Fremd")
            return {key: [SimpleUploadedFile("neu.mp4" if video else "neu.pdf", content)]}
        if isinstance(field, forms.SlugField):
            return {key: [f"{value}-x"[-50:]]}
        if isinstance(field, forms.EmailField):
            return {key: ["fremd@example.org"]}
        if isinstance(field, forms.CharField) and not field.disabled:
            return {key: [f"{value} geändert"[-(field.max_length or 10_000) :]]}
        return {}


def walk_an_object(translator: Client, editor: Client, model, model_admin, obj):
    """Every road to `obj` that can write, as a translator; the data of each comes from the form an
    administrator gets, changed in every field."""
    form_id = f"{model._meta.model_name}_form"
    crafted = Crafted(editor, model_admin, obj)
    change = url(model, "change", obj.pk)
    for options in ({}, {"delete_rows": True}, {"new_row": True}, {"save_as_new": True}):
        save_as_new = options.pop("save_as_new", False)
        data = crafted.data(editor.get(change), form_id, **options)
        if save_as_new:
            data["_saveasnew"] = ["Als neu speichern"]
        translator.post(change, data)
    translator.post(url(model, "add"), crafted.data(editor.get(change), form_id))
    translator.get(url(model, "history", obj.pk))
    versions = list(Version.objects.get_for_object(obj)) if reversion.is_registered(model) else []
    for version in versions:
        revision = url(model, "revision", obj.pk, version.pk)
        translator.get(revision)
        translator.post(revision, crafted.data(editor.get(revision), form_id))
    if len(versions) > 1:
        query = {"version_id1": versions[-1].pk, "version_id2": versions[0].pk}
        translator.get(url(model, "compare", obj.pk), query)
    request = RequestFactory().get("/")
    request.user = editor.user
    for action in model_admin.get_actions(request):
        translator.post(
            url(model, "changelist"), {"action": action, "_selected_action": [obj.pk], "post": "yes"}
        )
    translator.post(url(model, "delete", obj.pk), {"post": "yes"})


def edited_by_an_administrator(editor: Client):
    """Each object's German texts, dates and settings changed in a second revision: restoring the first
    would now change them back."""
    for model, model_admin in registered():
        obj = model._default_manager.first()
        if obj is not None and reversion.is_registered(model):
            change = url(model, "change", obj.pk)
            data = Crafted(editor, model_admin, obj).data(
                editor.get(change), f"{model._meta.model_name}_form"
            )
            editor.post(change, data)


@pytest.mark.parametrize("group, language", TRANSLATORS)
def test_a_translator_changes_nothing_but_their_language_on_any_road(
    every_kind_of_content, media_root, partner_languages, group, language
):
    editor = every_kind_of_content
    translator = member(group, "tara")
    edited_by_an_administrator(editor)
    before = snapshot(media_root, language)
    for model, model_admin in registered():
        for obj in model._default_manager.all()[:2]:
            walk_an_object(translator, editor, model, model_admin, obj)
    assert differences(before, snapshot(media_root, language)) == []
    forms_read = [
        model for model, _ in registered() if editor.get(url(model, "changelist")).status_code == 200
    ]
    assert len(forms_read) == len(registered()), "the crafted forms come from pages an administrator sees"
    english = [
        version
        for version in Version.objects.filter(revision__user=translator.user)
        if version.revision.comment and "geändert" in version.revision.comment
    ]
    assert english, "the walk reached the forms: the translator did save texts of their language"


@pytest.mark.parametrize("group, language", TRANSLATORS)
def test_a_translator_recovers_and_restores_nothing(
    every_kind_of_content, media_root, partner_languages, group, language
):
    """Deleted by an editor, each object's last version is one a crafted recover could bring back."""
    editor = every_kind_of_content
    translator = member(group, "tara")
    deleted = []
    for model, _model_admin in reversed(registered()):
        obj = model._default_manager.first() if reversion.is_registered(model) else None
        if obj is not None and editor.post(url(model, "delete", obj.pk), {"post": "yes"}).status_code == 302:
            deleted.append(model)
    before = snapshot(media_root, language)
    for model in deleted:
        translator.get(url(model, "recoverlist"))
        for version in Version.objects.get_deleted(model):
            recover = url(model, "recover", version.pk)
            page = editor.get(recover)
            data = (
                form_values(page.content.decode(), f"{model._meta.model_name}_form")
                if page.status_code == 200
                else {}
            )
            translator.get(recover)
            translator.post(recover, data)
    assert differences(before, snapshot(media_root, language)) == []
    assert any(Version.objects.get_deleted(model).exists() for model in deleted), deleted


def test_an_editor_restores_and_recovers_what_the_walk_offers(every_kind_of_content):
    """The same roads are open to editors: the walk above is refused for the role, not broken."""
    from milestones.models import Milestone

    editor = every_kind_of_content
    step = Milestone.objects.get(title_de="Delegationsbesuch Morogoro")
    [first] = Version.objects.get_for_object(step)
    page = editor.get(url(Milestone, "revision", step.pk, first.pk))
    assert page.status_code == 200
    response = editor.post(
        url(Milestone, "revision", step.pk, first.pk), form_values(page.content.decode(), "milestone_form")
    )
    assert response.status_code == 302
