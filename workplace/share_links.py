"""For the admin of content with share links (publishing.preview): the link on the form, and a page to
revoke every link of an object made so far (a link sent to the wrong person, a draft that must not
be seen any more)."""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.i18n import site_address
from publishing.preview import preview_url, revoke_links
from workplace import roles


class ShareLinkAdmin:
    """A mixin for a ModelAdmin whose objects have a public address."""

    def get_urls(self):
        opts = self.model._meta
        revoke = path(
            "<path:object_id>/share-links/",
            self.admin_site.admin_view(self.revoke_share_links_view),
            name=f"{opts.app_label}_{opts.model_name}_share_links",
        )
        return [revoke, *super().get_urls()]

    @admin.display(description=gettext_lazy("preview link"))
    def preview_link(self, obj):
        """A link that shows this object before it is public, and where to revoke such links."""
        if obj is None or obj.pk is None:
            return _("Save first; then a link appears here.")
        url = preview_url(obj)
        days = settings.PREVIEW_LINK_SECONDS // (24 * 3600)
        note = ngettext(
            "Shows the page as it is saved, also to people without an account, for %(days)d day.",
            "Shows the page as it is saved, also to people without an account, for %(days)d days.",
            days,
        ) % {"days": days}
        opts = self.model._meta
        revoke = reverse(f"admin:{opts.app_label}_{opts.model_name}_share_links", args=[obj.pk])
        # A link to open it, and the whole address in a field to copy into a mail: a bare path would
        # be neither clickable in a mail nor fit the form's column.
        return format_html(
            '<a href="{}" target="_blank">{}</a><br>'
            '<label class="share-link">{} <input type="text" readonly value="{}"></label>'
            '{}<br><a href="{}">{}</a>',
            url,
            _("Open the preview"),
            _("Address to pass on:"),
            site_address(url),
            note,
            revoke,
            _("Revoke every link made so far…"),
        )

    def revoke_share_links_view(self, request, object_id):
        obj = get_object_or_404(self.model._default_manager, pk=unquote(object_id))
        if not (self.has_change_permission(request, obj) and request.user.has_perm(roles.EDIT_SOURCE)):
            raise PermissionDenied
        opts = self.model._meta
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        if request.method == "POST":
            revoke_links(obj)
            messages.success(
                request, _("Every share link of “%(object)s” made so far no longer works.") % {"object": obj}
            )
            return redirect(change)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Revoke share links"),
            "object": obj,
            "opts": opts,
            "change_url": change,
        }
        return TemplateResponse(request, "admin/revoke_share_links.html", context)
