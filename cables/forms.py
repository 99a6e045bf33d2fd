from django import forms

MAX_QUERY_LENGTH = 1000
SUGGESTIONS_KEPT_SECONDS = 300


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
    """Filters on the quote list. A speaker or cable is typed (an archive has thousands
    of each, too many for a menu); the most quoted are offered as the user types. A
    value that names nothing is set aside with a note, never an error page."""

    SUGGESTED = 100  # speakers and cables offered in each list

    speaker = forms.CharField(required=False, max_length=200, label="Speaker", widget=forms.TextInput(
        attrs={"list": "quoted-speakers", "placeholder": "Any speaker", "autocomplete": "off"}))
    publication = forms.ChoiceField(required=False, label="Publication")
    cable = forms.CharField(required=False, max_length=100, label="Cable", widget=forms.TextInput(
        attrs={"list": "quoted-cables", "placeholder": "Any cable", "autocomplete": "off", "size": 16}))
    verified = forms.BooleanField(required=False, label="Verified only")

    def __init__(self, data=None, **kwargs):
        from .models import Article

        super().__init__(data, **kwargs)
        self.fields["publication"].choices = [("", "All publications")] + [(p, p) for p in Article.objects.publications()]
        self.set_aside: list[tuple[str, str]] = []  # (label, value) of typed values that name nothing

    def suggestions(self) -> dict[str, list[str]]:
        """The most quoted speakers and cables, by name, for the lists offered as the user
        types. Counting them reads every quote (0.4 s at 20,000 reports), so each process
        keeps the lists a few minutes: a new speaker is offered a little later, while the
        quotes listed are always current."""
        from django.core.cache import cache

        return cache.get_or_set("quote-list-suggestions", self._count_suggestions, SUGGESTIONS_KEPT_SECONDS)

    def _count_suggestions(self) -> dict[str, list[str]]:
        from django.db.models import Count

        from .models import Quote

        visible = Quote.objects.visible()
        speakers = visible.exclude(speaker=None).values_list("speaker__name").annotate(n=Count("pk")).order_by("-n", "speaker__name")
        cables = visible.exclude(cable=None).exclude(cable__reference="").values_list("cable__reference").annotate(n=Count("pk"))
        return {
            "speakers": sorted({name for name, _ in speakers[: self.SUGGESTED]}),
            "cables": sorted({ref for ref, _ in cables.order_by("-n", "cable__reference")[: self.SUGGESTED]}),
        }

    def filter(self, quotes):
        from .models import Actor, Cable

        self.is_valid()  # a value a field refuses drops that filter only
        cleaned = self.cleaned_data
        if typed := cleaned.get("speaker", "").strip():
            speakers = Actor.objects.named(typed)
            if found := list(speakers[:2]):
                quotes = quotes.filter(speaker__in=speakers)
                if len(found) == 1 and typed != found[0].name:
                    # An actor page's link gives the address: the box shows the name.
                    self.data = self.data.copy()
                    self.data["speaker"] = found[0].name
            else:
                self.set_aside.append(("speaker", typed))
        if cleaned.get("publication"):
            quotes = quotes.filter(article__publication=cleaned["publication"])
        if key := cleaned.get("cable", "").strip():
            cables = Cable.objects.filter(pk=int(key)) if key.isdigit() else Cable.objects.filter(reference__iexact=key)
            if cables.exists():
                quotes = quotes.filter(cable__in=cables)
            else:
                self.set_aside.append(("cable", key))
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
