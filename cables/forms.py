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


class QuoteFilterForm(forms.Form):
    """Filters on the quote list. Unknown values are ignored, never an error page."""

    speaker = forms.ChoiceField(required=False, label="Speaker")
    publication = forms.ChoiceField(required=False, label="Publication")
    cable = forms.ChoiceField(required=False, label="Cable")
    verified = forms.BooleanField(required=False, label="Verified only")

    def __init__(self, data=None, **kwargs):
        from .models import Actor, Article, Cable, Quote

        super().__init__(data, **kwargs)
        visible = Quote.objects.visible()
        self.fields["speaker"].choices = [("", "All speakers")] + [
            (slug, name) for slug, name in Actor.objects.filter(quotes__in=visible).distinct().order_by("name").values_list("slug", "name")
        ]
        self.fields["publication"].choices = [("", "All publications")] + [(p, p) for p in Article.objects.publications()]
        self.fields["cable"].choices = [("", "All cables")] + [
            (cable.key, str(cable)) for cable in Cable.objects.filter(quotes__in=visible).distinct().order_by("reference", "pk")
        ]

    def filter(self, quotes):
        self.is_valid()  # a stale link (a speaker merged away) drops that filter only
        cleaned = self.cleaned_data
        if cleaned.get("speaker"):
            quotes = quotes.filter(speaker__slug=cleaned["speaker"])
        if cleaned.get("publication"):
            quotes = quotes.filter(article__publication=cleaned["publication"])
        if key := cleaned.get("cable"):
            quotes = quotes.filter(cable__pk=int(key)) if key.isdigit() else quotes.filter(cable__reference__iexact=key)
        if cleaned.get("verified"):
            quotes = quotes.filter(status="verified")
        return quotes


class ActorFilterForm(forms.Form):
    """Name (or alias) contains, first letter, kind."""

    name = forms.CharField(required=False, max_length=100, label="Name contains")
    letter = forms.RegexField(required=False, regex=r"^[A-Z]$")
    kind = forms.CharField(required=False)

    def filter(self, actors):
        from django.db.models import Q

        from .models import ActorKind

        self.is_valid()  # an invalid value drops that filter only
        cleaned = self.cleaned_data
        if name := " ".join((cleaned.get("name") or "").split()):
            actors = actors.filter(Q(name__icontains=name) | Q(aliases__icontains=name))
        if letter := cleaned.get("letter"):
            actors = actors.filter(name__istartswith=letter)
        if (kind := cleaned.get("kind")) in ActorKind.values:
            actors = actors.filter(kind=kind)
        return actors


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one <input type=file multiple>."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,text/plain,text/html"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data]
        files = [f for f in files if f]
        if not files:
            raise forms.ValidationError("Choose at least one file.")
        # Each file's own problems (type, size) are reported per file, after the others load.
        return files


class ImportReportsForm(forms.Form):
    files = MultipleFileField(
        label="Files",
        help_text="News reports (.txt or saved .html pages) and original cables; several at once.",
    )
    source = forms.CharField(
        required=False, max_length=200, label="Publication",
        help_text="For reports that do not name their publication (a Source: header line wins).",
    )
    published = forms.DateField(
        required=False, label="Published", widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For reports that do not give their date (YYYY-MM-DD).",
    )
