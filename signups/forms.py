from django import forms
from django.utils.translation import gettext_lazy as _

from feedback import spam
from feedback.forms import one_line
from signups.models import MOST_PEOPLE, Registration


class SignupForm(forms.ModelForm):
    # As on the feedback form: a field people never see, and when this copy of the form was handed out.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the City of Arnsberg keeps my details to organise this event and to write to "
            "me about it, and deletes them afterwards as the privacy statement says."
        ),
        error_messages={"required": _("Without your consent we cannot keep your sign-up.")},
    )

    class Meta:
        model = Registration
        fields = ["name", "email", "people", "note"]
        labels = {"people": _("How many people, you included")}
        help_texts = {
            "note": _("E.g. “I need a sign-language interpreter” or “I come with a wheelchair”."),
        }
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].widget = forms.NumberInput(attrs={"min": 1, "max": MOST_PEOPLE})
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        if not self.is_bound:
            self.initial["started"] = spam.form_token()

    def clean_name(self):
        return one_line(self.cleaned_data["name"])

    def clean_people(self):
        people = self.cleaned_data["people"]
        if not 1 <= people <= MOST_PEOPLE:
            raise forms.ValidationError(_("Between 1 and 10 people."))
        return people
