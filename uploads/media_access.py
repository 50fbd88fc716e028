"""Who may fetch an uploaded file: the rule of its object, on every road to the file.

A file answers to anyone only while the object that names it is public: a published partnership's
image, a shown photo of a published story (described, and with consent where it shows people), a
download of a public page, the photo of a contact named on a public page. Otherwise it answers 404,
the original and every rendition alike, except to signed-in staff who may view its kind of content and
to holders of a share link of its object (publishing.preview), whose pages name the file with that link.

Which models hold files is read from the models themselves: their FileFields (images too) and the
JSONFields named "…renditions" that list an image's scaled copies. Each such model's default manager
has `published()`: the rows whose files the public may fetch (a contract test checks it).

Stored names are random (`RandomName`): an uploader's file name often holds a person's name, and a
guessable address is one step from a leak.
"""

import contextvars
import mimetypes
import secrets
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.deconstruct import deconstructible
from django.views import static

# The share link (publishing.preview's token) of the page being rendered: its files are named with it.
_share_token: contextvars.ContextVar[str] = contextvars.ContextVar("media_share_token", default="")


@deconstructible
class RandomName:
    """`upload_to`: the folder and a random name, with the uploaded file's extension in lower case."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        suffix = PurePosixPath(filename).suffix.lower()[:8]
        return f"{self.folder}/{secrets.token_urlsafe(12)}{suffix}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


class ShareAwareStorage(FileSystemStorage):
    """The site's storage: while a page is rendered for a share link, its files' addresses carry the
    link's token, so that they answer to whoever holds the link."""

    def url(self, name):
        url = super().url(name)
        token = _share_token.get()
        return f"{url}?preview={token}" if token else url


class shared_with:
    """`with shared_with(token):` file addresses made meanwhile carry the share link's token."""

    def __init__(self, token: str):
        self.token = token

    def __enter__(self):
        self.reset = _share_token.set(self.token)

    def __exit__(self, *exc):
        _share_token.reset(self.reset)


# The keys of a rendition (uploads.images.make_renditions) that name a stored file.
RENDITION_FILES = ("jpeg", "webp")


@dataclass(frozen=True)
class FileHolder:
    """A model that holds files: the fields that name one."""

    model: type[models.Model]
    file_fields: tuple[str, ...]
    rendition_fields: tuple[str, ...]

    def naming(self, name: str) -> Q:
        query = Q(pk__in=[])
        for field in self.file_fields:
            query |= Q(**{field: name})
        for field in self.rendition_fields:
            for kind in RENDITION_FILES:
                query |= Q(**{f"{field}__contains": [{kind: name}]})
        return query

    @property
    def folders(self) -> set[str]:
        """The upload folders of its file fields."""
        return {upload_folder(self.model._meta.get_field(field)) for field in self.file_fields}

    def may_hold(self, name: str) -> bool:
        """Whether a file of this name can be this model's: an original in its folder, or a rendition."""
        if name.startswith("renditions/"):
            return bool(self.rendition_fields)
        return name.split("/", 1)[0] in self.folders


def upload_folder(field) -> str:
    upload_to = field.upload_to
    folder = upload_to.folder if isinstance(upload_to, RandomName) else str(upload_to)
    return folder.strip("/").split("/", 1)[0]


def file_holders() -> list[FileHolder]:
    holders = []
    for model in apps.get_models():
        fields = model._meta.concrete_fields
        files = tuple(f.name for f in fields if isinstance(f, models.FileField))
        renditions = tuple(
            f.name for f in fields if isinstance(f, models.JSONField) and f.name.endswith("renditions")
        )
        if files:
            holders.append(FileHolder(model, files, renditions))
    return holders


@dataclass(frozen=True)
class Owner:
    obj: models.Model
    public: bool


def owner_of(name: str) -> Owner | None:
    """The object whose file `name` is, and whether the public may fetch it; None for a file that no
    object names (replaced, or of a deleted object, kept for restoring: uploads.file_retention)."""
    for holder in file_holders():
        if not holder.may_hold(name):
            continue
        rows = holder.model._default_manager
        public = rows.published().filter(holder.naming(name)).first()
        if public is not None:
            return Owner(public, True)
        hidden = rows.filter(holder.naming(name)).first()
        if hidden is not None:
            return Owner(hidden, False)
    return None


def shared_object(obj):
    """The object whose share link opens `obj`'s files: what it says it belongs to (`files_belong_to`:
    a photo's story, a download's page), else itself."""
    return getattr(obj, "files_belong_to", None) or obj


def plain_name(path: str) -> bool:
    """A stored name as the site makes them: folders and a file, no way out of MEDIA_ROOT."""
    parts = path.split("/")
    return (
        bool(path)
        and "\\" not in path
        and all(part not in ("", ".", "..") for part in parts)
        and all(char.isprintable() for char in path)
    )


# An uploaded file is never a page of the site: no script runs, nothing is loaded, and a browser may
# not guess another type than the one sent.
SANDBOX = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox"


def serve(request, name: str, owner, private: bool):
    """The file: sent by Django (`make run`, DJANGO_SERVE_MEDIA=1), or by nginx from its internal
    location (X-Accel-Redirect), which also answers Range requests (a video's seeking)."""
    if settings.SERVE_MEDIA:
        response = static.serve(request, name, document_root=settings.MEDIA_ROOT)
    else:
        response = HttpResponse(content_type=mimetypes.guess_type(name)[0] or "application/octet-stream")
        response["X-Accel-Redirect"] = settings.MEDIA_INTERNAL_URL + name
    response["Content-Security-Policy"] = SANDBOX
    response["X-Content-Type-Options"] = "nosniff"
    if not name.startswith(("renditions/",)) and not _shown_inline(name):
        filename = getattr(owner, "download_name", None) or PurePosixPath(name).name
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if private:
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
    else:
        # Revalidated at every use: a file whose object stops being public must stop answering.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


def _shown_inline(name: str) -> bool:
    """Images and videos are shown in pages; documents are downloaded, never opened in the site's origin."""
    kind = mimetypes.guess_type(name)[0] or ""
    return kind.startswith(("image/", "video/")) and kind != "image/svg+xml"
