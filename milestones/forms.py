from django import forms
from django.utils.translation import gettext_lazy as _


class TimelineFilter(forms.Form):
    """The timeline by year and partnership, as a plain form: it works without JavaScript. Only values
    the lists offer are taken; anything else is an error, and every step is shown."""

    year = forms.ChoiceField(label=_("Year"), required=False)
    partnership = forms.ChoiceField(label=_("Partnership"), required=False)

    def __init__(self, data, years, partnerships=None):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years")), *((str(year), str(year)) for year in years)]
        if partnerships is None:
            del self.fields["partnership"]
        else:
            choices = [(partnership.slug, partnership.city) for partnership in partnerships]
            self.fields["partnership"].choices = [("", _("All partnerships")), *choices]

    @property
    def filters(self) -> bool:
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    def apply(self, milestones):
        if not self.filters:
            return milestones
        if year := self.cleaned_data["year"]:
            milestones = milestones.filter(start_date__year=int(year))
        if slug := self.cleaned_data.get("partnership"):
            milestones = milestones.filter(partnership__slug=slug)
        return milestones
