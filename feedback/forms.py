from urllib.parse import urlsplit

from django import forms
from django.utils.translation import gettext_lazy as _

from feedback import spam
from feedback.models import Report


def local_path(value: str) -> str:
    """Only an address of this site (a path), never another host's: it is shown to staff as a link.
    Browsers read a backslash as a slash ("/\\evil.example" is "//evil.example", another host) and
    drop tabs and line breaks, so a path with any of them is none of ours."""
    value = value or ""
    if "\\" in value or any(not char.isprintable() for char in value):
        return ""
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. "//[": an unclosed IPv6 host
        return ""
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return ""
    return parts.path[:500]


def one_line(value: str) -> str:
    """A name on one line: a line break in it would forge a line of the mail to the city."""
    return " ".join("".join(char if char.isprintable() else " " for char in value).split())


class ReportForm(forms.ModelForm):
    # People never see this field (it is hidden by the stylesheet and from screen readers); programs
    # that fill in every field do.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Report
        fields = ["message", "page_url", "name", "email"]
        labels = {
            "message": _("Your message"),
            "page_url": _("Page concerned"),
            "name": _("Your name (optional)"),
            "email": _("Your e-mail address (optional)"),
        }
        help_texts = {
            "message": _("Which barrier did you come across, and where on the page?"),
            "page_url": _("The address of the page, e.g. /de/zeitleiste/. Filled in for you."),
            "email": _("Only if you would like an answer. We use it for nothing else."),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 8}), "page_url": forms.TextInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = spam.form_token()
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_page_url(self):
        return local_path(self.cleaned_data["page_url"])

    def clean_name(self):
        return one_line(self.cleaned_data["name"])
