from django.utils import translation
from django.views.generic import DetailView

from core.i18n import TranslatedPageMixin
from core.preview import PreviewMixin
from core.slugs import OldSlugRedirectMixin
from core.translated_text import translated_text
from pages.models import Page

KIND_ORDER = list(Page.Kind.values)


def footer_links(request) -> list[tuple[str, str]]:
    """The published legal pages, for every page's footer, in the order of their kinds."""
    pages = Page.objects.published().exclude(kind="")
    ordered = sorted(pages, key=lambda page: KIND_ORDER.index(page.kind))
    return [(translated_text(page, "title"), page.get_absolute_url()) for page in ordered]


class PageDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    context_object_name = "page"
    slug_model = Page

    def get_queryset(self):
        return Page.objects.published()

    def url_in_language(self, language):
        with translation.override(language):
            return self.object.get_absolute_url()
