from django import forms

from .search import KINDS

MAX_QUERY_LENGTH = 500


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", max_length=MAX_QUERY_LENGTH, required=False, strip=True)
    kind = forms.ChoiceField(choices=[("", "Everything")] + [(k, k.title() + "s") for k in KINDS], required=False)

    def clean_q(self):
        # Control characters cannot be typed and only break the query parser.
        return "".join(ch for ch in self.cleaned_data["q"] if ch.isprintable()).strip()
