from django import forms
from django.utils.translation import gettext_lazy as _


class ListSelect(forms.Select):
    """A select whose options are written in its own template: Django's includes a template per
    option, which made the two selects of fifty partnerships and thirty years cost 3 ms a page."""

    template_name = "includes/select.html"


class YearAndPartnershipFilter(forms.Form):
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

    @property
    def filters(self) -> bool:
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    def apply(self, rows):
        if not self.filters:
            return rows
        if year := self.cleaned_data["year"]:
            rows = rows.filter(**{self.year_lookup: int(year)})
        if slug := self.cleaned_data.get("partnership"):
            rows = rows.filter(**{self.partnership_lookup: slug})
        return rows
