from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from alerts.models import Subscription
from feedback import spam
from partnerships.models import Partnership, SustainableDevelopmentGoal


class ChoicesForm(forms.ModelForm):
    """What a subscription follows, and how often: the subscription's own page."""

    class Meta:
        model = Subscription
        fields = ["partnerships", "themes", "new_stories", "new_events", "frequency", "language"]
        widgets = {
            "partnerships": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "frequency": forms.RadioSelect,
            "language": forms.RadioSelect,
        }
        labels = {"language": _("Language of the mails")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partnerships"].queryset = Partnership.objects.published()
        self.fields["language"].choices = settings.LANGUAGES  # the public ones
        self.fields["themes"].queryset = SustainableDevelopmentGoal.with_public_partnerships()

    def clean(self):
        cleaned = super().clean()
        topics = ("partnerships", "themes", "new_stories", "new_events")
        if not any(cleaned.get(name) for name in topics):
            raise forms.ValidationError(
                _("Choose at least one partnership, theme, or all new stories or events.")
            )
        return cleaned


class SubscribeForm(ChoicesForm):
    # As on the feedback form: a field people never see, and when this copy of the form was handed out.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the City of Arnsberg keeps my e-mail address and my choice to send me these "
            "alerts, until I unsubscribe, as the privacy statement says."
        ),
        error_messages={"required": _("Without your consent we cannot send you alerts.")},
    )

    class Meta(ChoicesForm.Meta):
        fields = ["email", *ChoicesForm.Meta.fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        if not self.is_bound:
            self.initial["started"] = spam.form_token()

    def validate_unique(self):
        pass  # an address already subscribed gets a mail about its subscription (views.SubscribeView)
