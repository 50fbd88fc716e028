from django.contrib import admin

from translations.models import GlossaryTerm


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    """The glossary editors keep: machine drafts use it, the translators' forms point to it."""

    list_display = ("german", "english", "note")
    search_fields = ("german", "english")
