"""Uploaded files stay while anything can bring them back, then go.

Replacing a photo, clearing it or deleting its object leaves the file in storage: a revision names it,
and restoring that revision (or recovering the deleted object) must find it there. Meanwhile it answers
404, as no row names it (uploads.media_access). `manage.py purge_files`, run daily, removes the files that
no row and no revision names any more; revisions older than the history's retention period go first
(`manage.py deleterevisions --days N --keep 1`, django-reversion's command), taking with them the only
mention of files nobody can restore since.
"""

import re
import time
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.storage import default_storage
from reversion.models import Version

from uploads.media_access import RENDITION_FILES, file_holders

# A file written moments ago may belong to a save whose transaction has not committed yet.
MIN_AGE_SECONDS = 24 * 3600


def named_by_rows() -> set[str]:
    names = set()
    for holder in file_holders():
        fields = [*holder.file_fields, *holder.rendition_fields]
        for row in holder.model._base_manager.values_list(*fields):
            for value in row:
                names.update(_names_in(value))
    return names


def _names_in(value) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):  # renditions: [{"width": …, "jpeg": name, "webp": name}, …]
        return [name for item in value for key, name in item.items() if key in RENDITION_FILES]
    return []


def named_by_revisions() -> set[str]:
    """Every stored name a revision mentions, in any of the upload folders (a file field's value, or a
    rendition in a JSON list, serialised as text inside the version's JSON)."""
    folders = "|".join(re.escape(folder) for folder in upload_folders())
    pattern = re.compile(rf'(?:{folders})/[^"\\\s]+')
    names = set()
    for data in Version.objects.values_list("serialized_data", flat=True).iterator():
        names.update(pattern.findall(data))
    return names


def upload_folders() -> set[str]:
    return {"renditions"}.union(*(holder.folders for holder in file_holders()))


def stored_files() -> list[str]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(
        str(path.relative_to(root))
        for folder in upload_folders()
        for path in (root / folder).rglob("*")
        if path.is_file()
    )


def unclaimed(now: float | None = None) -> list[str]:
    """The stored files that no row and no revision names, older than a day. An image's sizes stay
    with their original ("renditions/<its name>-480.webp"), even where a revision missed them."""
    now = now or time.time()
    kept = named_by_rows() | named_by_revisions()
    originals = (name for name in kept if not name.startswith("renditions/"))
    stems = tuple(f"renditions/{PurePosixPath(name).stem}-" for name in originals)
    root = Path(settings.MEDIA_ROOT)
    return [
        name
        for name in stored_files()
        if name not in kept
        and not name.startswith(stems)
        and now - (root / name).stat().st_mtime > MIN_AGE_SECONDS
    ]


def purge(now: float | None = None) -> list[str]:
    names = unclaimed(now)
    for name in names:
        default_storage.delete(name)
    return names
