from core.sitemaps import NamedPagesSitemap


class TimelineSitemap(NamedPagesSitemap):
    url_names = ("milestones:timeline",)
