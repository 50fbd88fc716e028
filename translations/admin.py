from django.contrib import admin

from translations.models import GLOSSARY_COLUMNS, GlossaryTerm
from translations.rights import public_languages


def _columns_off() -> list[str]:
    return [column for code, column in GLOSSARY_COLUMNS.items() if code not in public_languages()]


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
