"""The sign-language video: an MP4 or WebM file, checked by its content, not its name."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from uploads.images import refuse_oversized

# What the first bytes of a file say it is: an ISO media file ("ftyp" box, MP4) or Matroska (WebM).
SIGNATURES = {"video/mp4": (4, b"ftyp"), "video/webm": (0, b"\x1a\x45\xdf\xa3")}


def video_type(upload) -> str | None:
    upload.seek(0)
    head = upload.read(12)
    upload.seek(0)
    for mime, (offset, magic) in SIGNATURES.items():
        if head[offset : offset + len(magic)] == magic:
            return mime
    return None


def video_help() -> str:
    return _("An MP4 or WebM video of at most %(limit)s.") % {
        "limit": filesizeformat(settings.VIDEO_MAX_UPLOAD_BYTES)
    }


def validate_video_upload(upload) -> None:
    if getattr(upload, "_committed", False):
        return  # already stored and checked when it was uploaded
    message = _("The video is %(size)s; videos may be at most %(limit)s.")
    refuse_oversized(upload, settings.VIDEO_MAX_UPLOAD_BYTES, message)
    if video_type(upload) is None:
        raise ValidationError(_("This file is no MP4 or WebM video."), code="not_a_video")
