from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.models import Introduction

admin.site.site_header = _("Arnsberg international partnerships")
admin.site.site_title = _("Partnership site administration")
admin.site.index_title = _("Content of the partnership site")


@admin.register(Introduction)
class IntroductionAdmin(TabbedTranslationAdmin):
    """The introduction exists once; it can be edited, not added twice or deleted."""

    def has_add_permission(self, request):
        return not Introduction.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
