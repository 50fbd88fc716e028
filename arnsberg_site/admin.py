from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Arnsberg international partnerships")
admin.site.site_title = _("Partnership site administration")
admin.site.index_title = _("Content of the partnership site")
