from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """Theme and legal pages: the Impressum, privacy and accessibility statements, easy language, sign
    language, contacts and how to take part. It must not hold the feedback desk the statement links to."""

    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from core import contributions
        from pages import content, sitemaps, views
        from search import shown_text

        contributions.add_footer_links(views.footer_links, order=10)
        contributions.add_editor_tasks(views.editor_tasks)
        contributions.add_section("partnership", "pages/contact_box.html", views.contact_section, order=30)
        contributions.add_section("event", "pages/contact_box.html", views.contact_section, order=20)
        contributions.add_section("home", "pages/sign_language.html", views.sign_language_section, order=5)
        contributions.add_section(
            "partnership", "pages/participation.html", views.participation_section, order=25
        )
        contributions.add_section(
            "home", "pages/participation_links.html", views.participation_links, order=12
        )
        contributions.add_sitemap("pages", sitemaps.PageSitemap)
        contributions.add_content_loader(content.load)

        def contacts_pages(contact):
            return [
                *contact.partnerships.all(),
                *contact.pages.all(),
                *(p.partnership for p in contact.participations.all()),
            ]

        contacts = ("pages.ContactPerson", contacts_pages)
        participation = ("pages.Participation", lambda participation: [participation.partnership])
        shown_text.register(
            shown_text.ShownText(
                "partnerships.Partnership", views.partnership_texts, (contacts, participation)
            )
        )
        shown_text.register(shown_text.ShownText("pages.Page", views.page_texts, (contacts,)))
        shown_text.register(shown_text.documents("pages.Page"))
