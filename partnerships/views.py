from django.utils import translation
from django.views.generic import DetailView

from core.i18n import TranslatedPageMixin
from core.preview import PreviewMixin
from core.slugs import OldSlugRedirectMixin
from partnerships.models import Partnership


def home_section(request, obj=None) -> dict:
    """The home page's cards and map of every published partnership."""
    return {"partnerships": list(Partnership.objects.published())}


class PartnershipDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    context_object_name = "partnership"
    slug_model = Partnership

    def get_queryset(self):
        # The SDGs are asked for twice in the page; the facts and programme once each.
        return Partnership.objects.published().select_related("programme").prefetch_related("sdgs")

    def url_in_language(self, language):
        # The slug is translated: the other language's page has its own address.
        with translation.override(language):
            return self.object.get_absolute_url()
