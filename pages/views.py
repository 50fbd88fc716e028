from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from core import page_cache
from core.i18n import TranslatedPageMixin
from core.preview import PreviewMixin
from core.rich_text import to_plain_text
from core.slugs import OldSlugRedirectMixin
from core.translated_text import translated_text
from pages.models import ContactPerson, Page, Participation, SignLanguageVideo
from pages.vcards import contact_card

KIND_ORDER = list(Page.Kind.values)


def footer_links(request) -> list[tuple[str, str]]:
    """The published legal pages, for every page's footer, in the order of their kinds."""
    return page_cache.remembered("legal-pages", legal_pages)


def legal_pages() -> list[tuple[str, str]]:
    pages = Page.objects.published().exclude(kind="")
    ordered = sorted(pages, key=lambda page: KIND_ORDER.index(page.kind))
    return [(translated_text(page, "title"), page.get_absolute_url()) for page in ordered]


class PageDetailView(OldSlugRedirectMixin, PreviewMixin, TranslatedPageMixin, DetailView):
    context_object_name = "page"
    slug_model = Page

    def get_queryset(self):
        return Page.objects.published().prefetch_related("contacts")

    def url_in_language(self, language):
        with translation.override(language):
            return self.object.get_absolute_url()


def _contact_texts(contacts) -> list[str]:
    people = [
        f"{contact.name} {translated_text(contact, 'role')} {translated_text(contact, 'unit')}".strip()
        for contact in contacts
    ]
    return [_("Contact"), *people] if people else []


def partnership_texts(partnership) -> list[str]:
    """For the search (core.shown_text): the sections "Taking part" and "Contact" of its page."""
    texts = _contact_texts(partnership.contacts.all())
    participation = Participation.objects.filter(partnership=partnership).first()
    if participation is not None:
        body = to_plain_text(translated_text(participation, "body"))
        texts += [_("Taking part"), body, *_contact_texts(participation.contacts.all())]
    return texts


def pages_naming(contact) -> list:
    """The partnerships and pages that show a contact person."""
    named = [*contact.partnerships.all(), *contact.pages.all()]
    return named + [participation.partnership for participation in contact.participations.all()]


def page_texts(page) -> list[str]:
    return _contact_texts(page.contacts.all())


def contact_section(request, partnership) -> dict:
    """On a partnership's page: its contact people, or the city's office until one is named."""
    return {"contacts": list(partnership.contacts.all())}


def participation_section(request, partnership) -> dict | None:
    """On a partnership's page: how to take part, with whom to ask; nothing until editors write it.
    From the shared cache: a page missing from the page cache still reads only what is its own."""

    def read():
        found = Participation.objects.filter(partnership=partnership).first()
        return (found, list(found.contacts.all())) if found else (None, [])

    participation, contacts = page_cache.remembered(f"participation:{partnership.pk}", read)
    return {"participation": participation, "contacts": contacts} if participation else None


def participation_links(request, obj=None) -> dict | None:
    """On the home page: a link to each public partnership's section "Taking part"."""

    def read():
        public = Participation.objects.published().select_related("partnership")
        return [(item.partnership.display_name, item.get_absolute_url()) for item in public]

    links = page_cache.remembered("participation-links", read)
    return {"links": links} if links else None


def vcard(request, pk):
    """A contact person's card for the address book, if they are named on a public page."""
    contact = get_object_or_404(ContactPerson.objects.published(), pk=pk)
    response = HttpResponse(contact_card(contact), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(contact.name) or "kontakt"}.vcf"'
    return response


def sign_language_section(request, obj=None) -> dict | None:
    """On the home page: the video in German Sign Language, once editors have published one."""
    video = SignLanguageVideo.objects.published().first()
    if video is None:
        return None
    try:
        size = filesizeformat(video.video.size)
    except OSError:  # the file is gone from storage: no video rather than a broken page
        return None
    minutes, seconds = divmod(int(video.duration.total_seconds()), 60)
    length = _("%(minutes)d:%(seconds)02d min") % {"minutes": minutes, "seconds": seconds}
    return {"video": video, "size": size, "length": length}
