from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import DetailView

from core.i18n import TranslatedPageMixin
from core.rich_text import to_plain_text
from core.translated_text import translated_text
from operations import page_cache
from pages.models import ContactPerson, Page, Participation, SignLanguageVideo
from pages.vcards import contact_card
from partnerships.models import Partnership
from publishing.preview import PreviewMixin
from publishing.slugs import OldSlugRedirectMixin

KIND_ORDER = list(Page.Kind.values)


def footer_links(request) -> list[tuple[str, str]]:
    """The published legal pages, for every page's footer, in the order of their kinds."""
    return [(title, url) for _kind, title, url in _legal_pages(request)]


def legal_page_url(request, kind: str) -> str:
    """The address of the published legal page of `kind`, read with the footer's: no query of its own."""
    return next((url for found, _title, url in _legal_pages(request) if found == kind), "")


def _legal_pages(request) -> list[tuple[str, str, str]]:
    # Once per request (the footer and a partnership's contact box both ask), from the shared cache.
    if request is None:
        return page_cache.remembered("legal-pages", legal_pages)
    if not hasattr(request, "legal_pages"):
        request.legal_pages = page_cache.remembered("legal-pages", legal_pages)
    return request.legal_pages


def legal_pages() -> list[tuple[str, str, str]]:
    pages = Page.objects.published().exclude(kind="")
    ordered = sorted(pages, key=lambda page: KIND_ORDER.index(page.kind))
    return [(page.kind, translated_text(page, "title"), page.get_absolute_url()) for page in ordered]


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
    """For the search (search.shown_text): the sections "Taking part" and "Contact" of its page."""
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


def office(request) -> dict:
    """The coordination office's general contact (settings), and the legal notice with the city's
    address and contact channels: what a partnership's page shows until a contact person is named."""
    return {
        "email": settings.OFFICE_EMAIL,
        "phone": settings.OFFICE_PHONE,
        "imprint_url": legal_page_url(request, Page.Kind.IMPRINT),
    }


def contact_section(request, about) -> dict:
    """On a partnership's or an event's page: its contact people, or the city's office until one is
    named."""
    contacts = list(about.contacts.all())
    return {"contacts": contacts, "office": None if contacts else office(request)}


def editor_tasks() -> list[tuple[str, str]]:
    """For the admin's start page: the legal pages' facts still to confirm, the office's contact, and
    the partnerships whose page names nobody to ask or has no section "Taking part"."""
    tasks = []
    for page in Page.objects.filter(confirmations__confirmed=False).distinct():
        count = page.confirmations.filter(confirmed=False).count()
        text = ngettext("%(page)s: %(count)d fact to confirm", "%(page)s: %(count)d facts to confirm", count)
        url = reverse("admin:pages_page_change", args=[page.pk])
        tasks.append((text % {"page": page, "count": count}, url))
    if not (settings.OFFICE_EMAIL or settings.OFFICE_PHONE):
        text = _(
            "The coordination office's general e-mail address or telephone number (set by the site's host)"
        )
        tasks.append((f"{text} (DJANGO_OFFICE_EMAIL, DJANGO_OFFICE_PHONE)", ""))
    for partnership in Partnership.objects.published().filter(contacts=None):
        text = _("%(partnership)s: no contact person named") % {"partnership": partnership.display_name}
        tasks.append((text, reverse("admin:pages_contactperson_add")))
    for partnership in Partnership.objects.published().filter(participation=None):
        text = _("%(partnership)s: no section “Taking part”") % {"partnership": partnership.display_name}
        tasks.append((text, reverse("admin:pages_participation_add") + f"?partnership={partnership.pk}"))
    return tasks


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
