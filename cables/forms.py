from django import forms


MAX_QUERY_LENGTH = 1000


class SearchForm(forms.Form):
    """The search box. It never rejects a query: whatever was typed is searched somehow."""

    q = forms.CharField(label="Search", required=False, strip=True)
    sort = forms.ChoiceField(choices=[("", "Relevance"), ("date", "Newest first")], required=False)

    def clean_q(self):
        # Control characters cannot be typed and only break the query parser; a query
        # longer than any real one is cut rather than refused.
        text = "".join(ch for ch in self.cleaned_data["q"] if ch.isprintable()).strip()
        return text[:MAX_QUERY_LENGTH]
