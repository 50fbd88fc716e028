from django.conf import settings
from django.contrib import admin

from translations.models import GlossaryTerm

PARTNER_COLUMNS = {"sw": "kiswahili", "ro": "romanian"}


def _columns_off() -> list[str]:
    public = {code for code, _name in settings.LANGUAGES}
    return [column for code, column in PARTNER_COLUMNS.items() if code not in public]


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    """The glossary editors keep: machine drafts use it, the translators' forms point to it. A partner
    language's column shows while the language is public."""

    search_fields = ("german", "english", "kiswahili", "romanian")

    def get_list_display(self, request):
        off = _columns_off()
        return [name for name in ("german", "english", "kiswahili", "romanian", "note") if name not in off]

    def get_exclude(self, request, obj=None):
        return _columns_off()
