"""The work of one large photo upload, in a process of its own: check, strip, store, renditions.

Prints one JSON line: seconds and the process's peak memory (MiB) for a 40-megapixel JPEG (the
largest the site takes, settings.IMAGE_MAX_PIXELS) and a 12-megapixel one (a phone's photo).
Run with the site's environment (make bench does); files go to a temporary MEDIA_ROOT.
"""

import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arnsberg_site.settings")


def photo(width: int, height: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (0, 80, 125))
    draw = ImageDraw.Draw(image)
    for x in range(0, width, 97):  # detail, so that the encoder has work to do
        draw.line([(x, 0), (width - x, height)], fill=(x % 255, 200, 90), width=9)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def measure(path: str) -> dict:
    """In this process: the upload's work on the photo in `path`, its seconds and the memory it took."""
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.storage import default_storage
    from django.core.files.uploadedfile import SimpleUploadedFile

    from uploads.images import make_renditions, strip_metadata, validate_image_upload

    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="bench-uploads-")
    content = Path(path).read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    upload = SimpleUploadedFile("foto.jpg", content, content_type="image/jpeg")
    validate_image_upload(upload)
    stored = default_storage.save("stories/bench.jpg", strip_metadata(upload, upload.name))
    make_renditions(stored)
    seconds = time.perf_counter() - started
    grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    return {"seconds": round(seconds, 2), "memory_mib": round(grew / 1024)}


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(measure(sys.argv[2])))
        return
    figures = {}
    for name, size in (("12 MP", (4000, 3000)), ("40 MP", (7300, 5470))):
        with tempfile.NamedTemporaryFile(suffix=".jpg") as file:
            file.write(photo(*size))
            file.flush()
            command = [sys.executable, __file__, "--measure", file.name]
            output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            figures[name] = json.loads(output.strip().splitlines()[-1])
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
