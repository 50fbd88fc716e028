from django import forms
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from operations import page_cache


class ListSelect(forms.Select):
    """A select of plain choices (no groups) whose options are written here: Django's select
    includes a template per option, and even a loop over them in one template cost the timeline's two
    selects (fifty partnerships, thirty years) a millisecond."""

    template_name = "includes/select.html"

    def get_context(self, name, value, attrs):
        # forms.Widget's context: the choice widget's would build a dictionary per option first.
        context = forms.Widget.get_context(self, name, value, attrs)
        chosen = set(context["widget"]["value"])
        selected = mark_safe(" selected")
        options = ((key, selected if str(key) in chosen else "", label) for key, label in self.choices)
        context["widget"]["options"] = format_html_join("\n", '<option value="{}"{}>{}</option>', options)
        return context


class ListFilter(forms.Form):
    """A list's filter as a plain form (it works without JavaScript): what it took, and whether it
    filters at all."""

    def taken(self) -> dict[str, str]:
        """The values the list is filtered by, as the address should say them (operations.page_cache)."""
        return dict(self.cleaned_data) if self.is_bound and self.is_valid() else {}

    @property
    def filters(self) -> bool:
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())


class YearAndPartnershipFilter(ListFilter):
    """A list (the timeline, the stories) by year and partnership, as a plain form: it works without
    JavaScript. Only values the lists offer are taken; anything else is an error, and all is shown.
    `partnerships` are the (slug, name) pairs offered, None for no choice of partnership;
    `year_lookup` and `partnership_lookup` say where the list's rows keep the two."""

    year = forms.ChoiceField(label=_("Year"), required=False, widget=ListSelect)
    partnership = forms.ChoiceField(label=_("Partnership"), required=False, widget=ListSelect)

    def __init__(
        self,
        data,
        years,
        partnerships=None,
        year_lookup="start_date__year",
        partnership_lookup="partnership__slug",
    ):
        super().__init__(data)
        self.year_lookup, self.partnership_lookup = year_lookup, partnership_lookup
        self.fields["year"].choices = [("", _("All years")), *((str(year), str(year)) for year in years)]
        if partnerships is None:
            del self.fields["partnership"]
        else:
            self.fields["partnership"].choices = [("", _("All partnerships")), *partnerships]

    def apply(self, rows):
        if not self.filters:
            return rows
        if year := self.cleaned_data["year"]:
            rows = rows.filter(**{self.year_lookup: int(year)})
        if slug := self.cleaned_data.get("partnership"):
            rows = rows.filter(**{self.partnership_lookup: slug})
        return rows


class NearestPageMixin:
    """For a ListView of a filtered list: a page number that is no number, or beyond the last page,
    gets the nearest page, not a 404; the page cache keeps only the page number as shown."""

    def paginate_queryset(self, queryset, page_size):
        # A page number that is no number, or beyond the last page, gets the nearest page, not a 404.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        page_cache.understood(self.request, page=page.number)
        return paginator, page, page.object_list, page.has_other_pages()
