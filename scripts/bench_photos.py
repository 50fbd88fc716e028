"""Photos for `make bench`'s weights: Morogoro's page photo, the first bench event's, and a story with
a gallery of eight, each like a camera's (2,000 px, detail everywhere), so that the figures of a first
view at phone width (scripts/bench_weight.py) count what a visitor's phone loads.

Called by scripts/bench_content.py in the bench's own database; adds only what is missing.
"""

import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFilter

from events.models import Event
from partnerships.models import Partnership
from stories.models import Photo, Story

STORY_SLUG = "bench-bildbericht"
GALLERY = 8


def camera_photo(seed: int, width=2000, height=1333) -> SimpleUploadedFile:
    """Noise over a colour gradient, softened: compresses about as a real photo does."""
    rng = random.Random(seed)
    bands = [Image.effect_noise((width, height), 60 + rng.randint(0, 30)) for _ in range(3)]
    gradient = Image.linear_gradient("L").resize((width, height)).rotate(rng.randint(0, 359))
    image = Image.merge("RGB", [Image.blend(band, gradient, 0.5) for band in bands])
    buffer = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(1.2)).save(buffer, format="JPEG", quality=88)
    return SimpleUploadedFile(f"foto-{seed}.jpg", buffer.getvalue(), content_type="image/jpeg")


def load() -> str:
    morogoro = Partnership.objects.get(slug_de="morogoro")
    if not morogoro.image:
        morogoro.image = camera_photo(1)
        morogoro.image_alt_de = "Der Marktplatz von Morogoro am Morgen"
        morogoro.save()
    event = Event.objects.get(slug_de="bench-event-0")
    if not event.image:
        event.image = camera_photo(2)
        event.image_alt_de = "Der Saal des Bürgerzentrums"
        event.save()
    story, _created = Story.objects.get_or_create(
        slug_de=STORY_SLUG,
        defaults={
            "title_de": "Bildbericht vom Besuch in Morogoro",
            "title_en": "Photo report of the visit to Morogoro",
            "teaser_de": "Acht Fotos vom Besuch.",
            "body_de": "<p>Die Delegation besuchte Schulen, den Markt und das Wasserwerk.</p>",
            "date": "2025-05-01",
            "is_published": True,
        },
    )
    story.partnerships.add(morogoro)
    for n in range(story.photos.count(), GALLERY):
        Photo.objects.create(story=story, image=camera_photo(10 + n), alt_de=f"Foto {n + 1} vom Besuch")
    return f"photos on Morogoro's page, an event and a story of {GALLERY}"
