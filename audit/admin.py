"""The audit log in the admin: read only, and for superusers only, whatever permissions a group holds
(editors get every permission of the site's own apps, workplace.roles)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from audit.models import AuditEntry
from core.admin import ReadOnlyAdmin


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("at", "action", "who", "address", "target", "detail")
    list_filter = ("action",)
    search_fields = ("username", "target", "detail", "address")
    date_hierarchy = "at"
    list_per_page = 100
    readonly_fields = [field.name for field in AuditEntry._meta.fields]

    @admin.display(description=_("who"), ordering="username")
    def who(self, entry):
        return entry.username or "–"

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser
