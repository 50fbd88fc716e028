from django.urls import path
from django.views.generic import DetailView

from core.i18n import TranslatedPageMixin
from publishing.preview import PreviewMixin
from publishing.slugs import OldSlugRedirectMixin
from tests.contract.models import Excursion


class ExcursionDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    slug_model = Excursion
    template_name = "contract/excursion_detail.html"

    def get_queryset(self):
        return Excursion.objects.published()


app_name = "contract"
urlpatterns = [path("<slug:slug>/", ExcursionDetailView.as_view(), name="detail")]
