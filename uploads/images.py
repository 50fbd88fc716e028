"""Uploaded images: checked to be real images, stripped of metadata, and cut into renditions.

A rendition is one width in two formats (WebP for browsers that take it, JPEG for the rest); the
list of renditions is stored on the row, so a page names them without touching the disk.
"""

import io
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# The longest side of a stored original: enough for every size the site makes (1200 px at most), and
# it bounds the time and memory of every later step.
MAX_STORED_EDGE = 2400


def saves_data(request) -> bool:
    """The visitor's browser asks for less data (the Save-Data request header, e.g. Chrome's lite
    mode on a phone): pages then show thumbnails of photos, each with a link to the large one."""
    return request is not None and request.headers.get("Save-Data", "").strip().lower() == "on"


def upload_help() -> str:
    """What the upload field accepts, in the editor's words, from the settings in force."""
    return _(
        "A JPEG, PNG or WebP photo of at most %(limit)s and %(pixels)s megapixels. Location and camera "
        "data are removed; the site makes the smaller sizes for phones itself."
    ) % {
        "limit": filesizeformat(settings.IMAGE_MAX_UPLOAD_BYTES),
        "pixels": settings.IMAGE_MAX_PIXELS // 1_000_000,
    }


def preview(renditions: list[dict], width: int = 240) -> str:
    """For the admin: the smallest rendition of an uploaded image, `width` pixels wide."""
    if not renditions:
        return "–"
    smallest = renditions[0]
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}" class="image-preview">',
        default_storage.url(smallest["jpeg"]),
        width,
        round(width * smallest["height"] / smallest["width"]),
    )


class SeveralImagesInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class SeveralImagesField(forms.FileField):
    """Several photos chosen at once (Django's pattern for multiple uploads), each checked like any
    image of the site; an error names the file it is about."""

    widget = SeveralImagesInput

    def has_changed(self, initial, data):
        # The widget sends an empty list when nothing was chosen: that is no change.
        return bool(data) and not self.disabled

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, (list, tuple)) else [data] if data else []
        if not uploads:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        errors, cleaned = [], []
        for upload in uploads:
            try:
                cleaned.append(super().clean(upload, initial))
                validate_image_upload(upload)
            except ValidationError as error:
                errors.extend(f"{upload.name}: {message}" for message in error.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned


def refuse_oversized(upload, limit: int, message) -> None:
    """For any upload: `message` (with %(size)s and %(limit)s) if it is larger than `limit` bytes."""
    if upload.size > limit:
        raise ValidationError(
            message,
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )


def validate_image_upload(upload) -> None:
    """Refuse what is too big, not an image whatever its name says, or of a format we do not take."""
    if getattr(upload, "_committed", False):
        return  # already stored and checked when it was uploaded
    message = _("The image is %(size)s; images may be at most %(limit)s.")
    refuse_oversized(upload, settings.IMAGE_MAX_UPLOAD_BYTES, message)
    image_format, (width, height) = _inspect(upload)
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("Images must be JPEG, PNG or WebP files; this one is %(format)s."),
            code="format",
            params={"format": image_format},
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(
            _(
                "The image is too large: %(pixels)s megapixels; images may have at most %(limit)s. "
                "Please scale it down first."
            ),
            code="pixels",
            params={
                "pixels": formats.number_format(width * height / 1_000_000, 1),
                "limit": settings.IMAGE_MAX_PIXELS // 1_000_000,
            },
        )
    _decode(upload)


def _unreadable():
    return ValidationError(
        _("This file is not an image that can be read. Please upload a JPEG, PNG or WebP photo."),
        code="invalid_image",
    )


def _inspect(upload) -> tuple[str, tuple[int, int]]:
    """Format and size from the file's content, whatever its name says."""
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            return image.format, image.size
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise _unreadable() from None
    finally:
        upload.seek(0)


def _opened(file, edge: int) -> Image.Image:
    """An image whose pixels will be decoded at no more than about `edge` pixels a side where the
    format allows (a JPEG's decoder scales by 1/2, 1/4 or 1/8 as it reads): a 40-megapixel photo then
    costs a tenth of the time and memory it would at full size."""
    image = Image.open(file)
    if image.format == "JPEG":
        image.draft(image.mode, (edge, edge))
    return image


def _decode(upload) -> None:
    """Decode every pixel: catches truncated and corrupted files that a header check lets through. The
    whole file is read, at a reduced size where the format allows."""
    try:
        with _opened(upload, MAX_STORED_EDGE) as image:
            image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _unreadable() from None
    finally:
        upload.seek(0)


def strip_metadata(upload, name: str) -> ContentFile:
    """The same picture without EXIF, GPS, comments or other metadata, turned upright first, and at most
    MAX_STORED_EDGE pixels a side (the largest size the site shows is 1200)."""
    upload.seek(0)
    with _opened(upload, MAX_STORED_EDGE) as original:
        image_format = original.format
        icc_profile = original.info.get("icc_profile")
        image = ImageOps.exif_transpose(original)
        if image_format == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.thumbnail((MAX_STORED_EDGE, MAX_STORED_EDGE), Image.Resampling.LANCZOS, reducing_gap=3.0)
        buffer = io.BytesIO()
        # Saving with no info drops every metadata block (a JPEG's comment too, which Pillow would copy
        # from the original); the ICC profile is kept for colour.
        image.info = {}
        options = {"icc_profile": icc_profile} if icc_profile else {}
        if image_format == "JPEG":
            options.update(quality=90, optimize=True)
        image.save(buffer, format=image_format, **options)
    stem = PurePosixPath(name).stem
    return ContentFile(buffer.getvalue(), name=f"{stem}.{ACCEPTED_FORMATS[image_format]}")


def make_renditions(stored_name: str) -> list[dict]:
    """Scaled copies of a stored image; never wider than the original."""
    with default_storage.open(stored_name, "rb") as stored, Image.open(stored) as original:
        original.load()
    image = original.convert("RGB")
    image.info = {}  # a comment or any other block of the original goes into no rendition
    widths = [w for w in settings.IMAGE_RENDITION_WIDTHS if w < image.width]
    if len(widths) < 2:  # a small image: its thumbnail (if it is larger than one) and itself
        widths.append(image.width)
    stem = PurePosixPath(stored_name).stem
    renditions = []
    for width in widths:
        height = round(image.height * width / image.width)
        scaled = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=2.0)
        renditions.append(
            {
                "width": width,
                "height": height,
                "webp": _save(scaled, f"renditions/{stem}-{width}.webp", "WEBP", quality=80),
                "jpeg": _save(scaled, f"renditions/{stem}-{width}.jpg", "JPEG", quality=82),
            }
        )
    return renditions


def _save(image: Image.Image, name: str, image_format: str, **options) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, optimize=True, **options)
    # The storage picks a free name: a new upload's renditions never overwrite the old ones,
    # which are removed only once the new ones are saved for good.
    return default_storage.save(name, ContentFile(buffer.getvalue()))


def save_with_renditions(instance, save, image: str, renditions: str, **kwargs) -> None:
    """Save `instance` with `save` (its model's parent save): a new upload in the field `image` loses its
    metadata and gets scaled copies (listed in the field `renditions`). The files of a replaced or
    cleared image stay in storage while a revision names them (uploads.file_retention): no longer named
    by a row, they answer 404 (uploads.media_access)."""
    upload = getattr(instance, image)
    new_upload = bool(upload) and not upload._committed
    if new_upload:
        setattr(instance, image, strip_metadata(upload, upload.name))
    if not upload:
        setattr(instance, renditions, [])
    save(**kwargs)
    if new_upload:
        setattr(instance, renditions, make_renditions(getattr(instance, image).name))
        save(update_fields=[renditions])
