"""make backup, then make restore: the same site, every row and every file."""

import hashlib
import io
import tarfile
from unittest import mock

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import CommandError, call_command

from operations import page_cache
from partnerships.models import Partnership

pytestmark = pytest.mark.django_db(transaction=True)  # pg_dump reads what is committed


def snapshot(media_root) -> dict:
    rows = {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    files = {
        str(path.relative_to(media_root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in media_root.rglob("*")
        if path.is_file()
    }
    return {"rows": rows, "files": files}


def backup(folder) -> str:
    output = io.StringIO()
    call_command("backup", folder=folder, stdout=output)
    return output.getvalue().strip().splitlines()[-1]


@pytest.fixture
def site_with_uploads(city_content, media_root):
    (media_root / "partnerships").mkdir(parents=True)
    (media_root / "partnerships" / "morogoro.jpg").write_bytes(b"\xff\xd8 a photo")
    (media_root / "videos").mkdir()
    (media_root / "videos" / "gebaerden.mp4").write_bytes(b"a video")
    return media_root


def test_a_restored_backup_gives_back_every_row_and_file(site_with_uploads, tmp_path):
    before = snapshot(site_with_uploads)
    archive = backup(tmp_path / "backups")
    assert archive.startswith(str(tmp_path / "backups" / "arnsberg-")) and archive.endswith(".tar")

    Partnership.objects.filter(slug_de="morogoro").update(city_de="Geändert")
    Partnership.objects.exclude(slug_de="morogoro").delete()
    (site_with_uploads / "videos" / "gebaerden.mp4").unlink()
    (site_with_uploads / "partnerships" / "neu.jpg").write_bytes(b"new")
    assert snapshot(site_with_uploads) != before

    call_command("restore", archive, yes=True, stdout=io.StringIO())
    assert snapshot(site_with_uploads) == before


def test_the_archive_names_the_site_version_and_a_checksum_of_every_part(site_with_uploads, tmp_path):
    archive = backup(tmp_path)
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        manifest = __import__("json").load(tar.extractfile("manifest.json"))
    assert names == {
        "manifest.json",
        "database.dump",
        "media/partnerships/morogoro.jpg",
        "media/videos/gebaerden.mp4",
    }
    assert set(manifest["sha256"]) == names - {"manifest.json"}
    assert manifest["site_version"] != "unknown"


def test_after_a_restore_no_page_from_before_it_is_served(site_with_uploads, tmp_path, client):
    archive = backup(tmp_path / "backups")
    Partnership.objects.filter(slug_de="morogoro").update(city_de="Nach der Sicherung")
    cache.delete(page_cache.state_key())  # update() sends no signal: as if changed by another server
    assert "Nach der Sicherung" in client.get("/de/").content.decode()
    assert "Nach der Sicherung" in client.get("/de/").content.decode(), "now from the page cache"
    call_command("restore", archive, yes=True, stdout=io.StringIO())
    assert "Nach der Sicherung" not in client.get("/de/").content.decode()


def test_without_yes_the_restore_asks_and_a_no_changes_nothing(site_with_uploads, tmp_path):
    archive = backup(tmp_path)
    Partnership.objects.all().delete()
    output = io.StringIO()
    with mock.patch("builtins.input", return_value="no") as asked:
        call_command("restore", archive, stdout=output)
    assert "This replaces EVERYTHING in the database" in asked.call_args.args[0] + output.getvalue()
    assert "Nothing was changed." in output.getvalue()
    assert not Partnership.objects.exists()


def test_a_damaged_archive_is_refused_before_anything_changes(site_with_uploads, tmp_path):
    archive = backup(tmp_path)
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name.endswith("morogoro.jpg"):
                data = b"something else"
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    Partnership.objects.filter(slug_de="warren").delete()
    with pytest.raises(CommandError, match="damaged or incomplete"):
        call_command("restore", damaged, yes=True)
    assert not Partnership.objects.filter(slug_de="warren").exists()
    with pytest.raises(CommandError, match="not a backup of this site"):
        call_command("restore", tmp_path / "nothing.tar", yes=True)
