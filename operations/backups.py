"""One archive holds the whole site: the database (pg_dump, custom format), the uploaded files, and a
manifest with the site's version and a SHA-256 checksum of every part (`make backup`, `make restore`).
"""

import functools
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

from operations import page_cache

DUMP = "database.dump"
MANIFEST = "manifest.json"
# Before the backup's tables are created: whatever the database holds now goes (in the same transaction).
EMPTY_SCHEMA = "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"


class BackupError(Exception):
    """Said to the operator in one line; nothing has been changed."""


def connection_arguments() -> tuple[list[str], dict]:
    """libpq options for the site's database, and the environment carrying its password."""
    database = connections["default"].settings_dict
    arguments = [f"--dbname={database['NAME']}"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments.append(f"{option}={database[key]}")
    return arguments, {**os.environ, "PGPASSWORD": database.get("PASSWORD", "")}


def postgres_tool(name: str) -> str:
    """pgserver's PostgreSQL 16 programs: no client package needed, and pg_dump is never older than the
    server it reads (it refuses a newer one). Found through pgserver's public `pg_config` command."""
    return str(Path(_bindir()) / name)


@functools.cache
def _bindir() -> str:
    import warnings

    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")  # pgserver's, harmless
    import pgserver

    return pgserver.pg_config(["--bindir"]).strip()


def run(command: list[str], environment: dict, what: str):
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode:
        lines = result.stderr.strip().splitlines() or ["(no message)"]
        raise BackupError(f"{what} failed: {lines[-1]}")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def site_version() -> str:
    result = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=settings.BASE_DIR, capture_output=True, text=True
    )
    return result.stdout.strip() or "unknown"


def media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def create(folder: Path) -> Path:
    """Writes the archive into `folder` and returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    created = timezone.localtime()
    archive = folder / f"arnsberg-{created:%Y-%m-%d-%H%M%S}.tar"
    if archive.exists():  # two in one second
        archive = folder / f"arnsberg-{created:%Y-%m-%d-%H%M%S-%f}.tar"
    arguments, environment = connection_arguments()
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / DUMP
        command = [postgres_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
        run([*command, f"--file={dump}", *arguments], environment, "pg_dump")
        root = Path(settings.MEDIA_ROOT)
        files = {DUMP: sha256(dump)} | {f"media/{p.relative_to(root)}": sha256(p) for p in media_files()}
        manifest = {"site_version": site_version(), "created": created.isoformat(), "sha256": files}
        with tarfile.open(archive, "w") as tar:
            add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
            tar.add(dump, arcname=DUMP)
            for name in files:
                if name.startswith("media/"):
                    tar.add(root / name.removeprefix("media/"), arcname=name)
    return archive


def add_bytes(tar: tarfile.TarFile, name: str, data: bytes):
    info = tarfile.TarInfo(name)
    info.size, info.mtime = len(data), int(datetime.now().timestamp())
    tar.addfile(info, io.BytesIO(data))


def read_manifest(archive: Path) -> dict:
    try:
        with tarfile.open(archive) as tar:
            return json.load(tar.extractfile(MANIFEST))
    except (OSError, tarfile.TarError, KeyError, ValueError) as error:
        raise BackupError(f"{archive} is not a backup of this site ({error}).") from None


def unpack(archive: Path, target: Path) -> dict:
    """Unpacks the archive into `target` and checks every part against the manifest."""
    manifest = read_manifest(archive)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")  # refuses absolute paths, links out and ../
    unpacked = {
        str(path.relative_to(target)): sha256(path)
        for path in target.rglob("*")
        if path.is_file() and path.name != MANIFEST
    }
    if unpacked != manifest["sha256"]:
        damaged = sorted(set(unpacked.items()) ^ set(manifest["sha256"].items()))
        raise BackupError(f"The archive is damaged or incomplete ({damaged[0][0]}); nothing was changed.")
    return manifest


def restore(archive: Path):
    """Replaces the database and the uploaded files with the archive's. The database is replaced in one
    transaction (all or nothing) before the files are swapped in."""
    with tempfile.TemporaryDirectory(dir=Path(settings.MEDIA_ROOT).parent) as scratch:
        unpack(archive, Path(scratch))
        restore_database(Path(scratch) / DUMP)
        swap_media(Path(scratch) / "media")
    # No page rendered from the rows before the restore may be served after it: the restore changed
    # them without a save that would have told the page cache.
    page_cache.new_generation()


def restore_database(dump: Path):
    arguments, environment = connection_arguments()
    script = dump.with_suffix(".sql")
    command = [postgres_tool("pg_restore"), "--no-owner", "--no-privileges", f"--file={script}", str(dump)]
    run(command, environment, "pg_restore")
    connections.close_all()  # the schema is replaced under them
    command = [postgres_tool("psql"), "--quiet", "--no-psqlrc", "--single-transaction"]
    command += ["--set=ON_ERROR_STOP=1", f"--command={EMPTY_SCHEMA}", f"--file={script}"]
    run(command + arguments, environment, "Restoring the database")


def swap_media(unpacked: Path):
    root = Path(settings.MEDIA_ROOT)
    unpacked.mkdir(exist_ok=True)
    previous = root.with_name(f"{root.name}.before-restore")
    if root.exists():
        root.rename(previous)
    unpacked.rename(root)
    if previous.exists():
        shutil.rmtree(previous)
