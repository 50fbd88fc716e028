"""What several apps' admins share and no app owns."""

from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows the site writes itself (visit counts, the link checker's findings, the audit log, changes
    waiting for sign-off): shown in the admin, never added, changed or deleted through it."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
