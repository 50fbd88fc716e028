"""schema.org NewsArticle data for a story page."""

from django.templatetags.static import static

from core.structured_data import json_ld
from core.translated_text import translated_text


def news_article(story, absolute_url) -> str:
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
    if story.author:
        data["author"] = {"@type": "Organization", "name": story.author}
    return json_ld(data)
