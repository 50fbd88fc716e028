"""schema.org NewsArticle data for a story page."""

from django.core.files.storage import default_storage
from django.templatetags.static import static

from core.structured_data import json_ld
from core.translated_text import translated_text


def news_article(story, absolute_url, photos=()) -> str:
    """`photos`: those the gallery shows; their largest versions are the article's images."""
    data = {
        "@type": "NewsArticle",
        "headline": translated_text(story, "title").text,
        "description": translated_text(story, "teaser").text,
        "datePublished": story.date.isoformat(),
        "dateModified": story.updated_at.isoformat(),
        "url": absolute_url(story.get_absolute_url()),
        "inLanguage": translated_text(story, "body").language,
        "publisher": {
            "@type": "GovernmentOrganization",
            "name": "Stadt Arnsberg",
            "logo": {"@type": "ImageObject", "url": absolute_url(static("img/favicon.svg"))},
        },
    }
    if photos:
        data["image"] = [absolute_url(default_storage.url(photo.renditions[-1]["jpeg"])) for photo in photos]
    if story.author:
        data["author"] = {"@type": "Organization", "name": story.author}
    return json_ld(data)
