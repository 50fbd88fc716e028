"""Review dates in the content forms (a mixin of workplace.ContentAdmin): "Prüfen bis" beside the
publication fields, and "Geprüft, unverändert": one click that sets the next date and keeps the review
in the history as a revision of its own."""

from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from core.models import EDIT_SOURCE
from publishing.reviews import next_review
from reviews.due import reviewed_kinds


def _with_review_date(fieldsets):
    """The date after the publication's fields, wherever a form declares them."""
    placed = []
    for name, options in fieldsets:
        fields = list(options.get("fields", ()))
        if "is_published" in fields and "review_by" not in fields:
            after = fields.index("publish_until") + 1 if "publish_until" in fields else len(fields)
            fields.insert(after, "review_by")
            options = {**options, "fields": fields}
        placed.append((name, options))
    return placed


class ReviewAdmin:
    def _reviewed(self) -> bool:
        return self.model in reviewed_kinds()

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return _with_review_date(fieldsets) if self._reviewed() else fieldsets

    def get_urls(self):
        urls = super().get_urls()
        if not self._reviewed():
            return urls
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}_reviewed"
        view = self.admin_site.admin_view(self.reviewed_view)
        return [path("<path:object_id>/reviewed/", view, name=name), *urls]

    def render_change_form(self, request, context, *args, **kwargs):
        obj = context.get("original")
        if obj is not None and obj.pk is not None and self._reviewed() and request.user.has_perm(EDIT_SOURCE):
            opts = self.model._meta
            context["review_url"] = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_reviewed", args=[obj.pk]
            )
            horizon = timezone.localdate() + timedelta(days=settings.REVIEW_NOTICE_DAYS)
            context["review_due"] = obj.review_by is not None and obj.review_by <= horizon
        return super().render_change_form(request, context, *args, **kwargs)

    def reviewed_view(self, request, object_id):
        """POST: reviewed, nothing to change. The next date, one revision ("Geprüft ohne Änderungen")."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not (self.has_change_permission(request, obj) and request.user.has_perm(EDIT_SOURCE)):
            raise PermissionDenied
        obj.review_by = next_review()
        date = formats.date_format(obj.review_by, "SHORT_DATE_FORMAT")
        comment = _("Reviewed without changes; next review by %(date)s.") % {"date": date}
        with reversion.create_revision():
            obj.save(update_fields=["review_by"])
            reversion.set_user(request.user)
            reversion.set_comment(comment)
        self.log_change(request, obj, comment)
        messages.success(request, comment)
        return HttpResponseRedirect(self._back(request, obj))

    def _back(self, request, obj) -> str:
        target = request.POST.get("next", "")
        if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
            return target
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
