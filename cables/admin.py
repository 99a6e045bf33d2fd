"""Curation: staff correct quotes, speakers, actors and cables; every change is kept."""
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from .actors import merge_actors
from .extraction.align import align
from .forms import ImportReportsForm
from .linking import realign
from .models import Actor, Article, ArticleActor, Cable, CableLink, Quote, QuoteStatus
from .uploads import MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, ingest_uploads


class ConcurrentEditForm(forms.ModelForm):
    """Refuses a save when someone else saved the object after this form was opened."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["loaded_version"] = self._version()

    def _version(self):
        latest = self.instance.history.order_by("-history_id").first() if self.instance.pk else None
        return latest.history_id if latest else None

    def clean(self):
        cleaned = super().clean()
        loaded = cleaned.get("loaded_version")
        current = self._version()
        if self.instance.pk and loaded is not None and current is not None and loaded != current:
            latest = self.instance.history.order_by("-history_id").first()
            who = latest.history_user or "someone"
            raise forms.ValidationError(
                f"{who} changed this at {latest.history_date:%H:%M:%S} while you were editing. "
                "Reload the page to see their change, then make yours again."
            )
        return cleaned


class AliasesField(forms.CharField):
    """Aliases one per line, stored as a list."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        seen, aliases = set(), []
        for line in (value or "").splitlines():
            alias = line.strip()
            if alias and alias.lower() not in seen:
                seen.add(alias.lower())
                aliases.append(alias)
        return aliases


class ActorForm(ConcurrentEditForm):
    aliases = AliasesField(required=False, help_text="One per line: surnames, titled forms, acronyms, spellings.")

    class Meta:
        model = Actor
        fields = "__all__"


class QuoteForm(ConcurrentEditForm):
    class Meta:
        model = Quote
        fields = "__all__"


class NamedAutocompleteSelect(AutocompleteSelect):
    """An autocomplete whose empty choice says what it means ("No speaker") to screen
    readers and the HTML checker, instead of an empty option and an unnamed box."""

    def __init__(self, field, *args, **kwargs):
        super().__init__(field, *args, **kwargs)
        self.placeholder = f"No {field.verbose_name}"

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        attrs["data-placeholder"] = self.placeholder
        return attrs

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value == "":
            option["attrs"]["label"] = self.placeholder
        return option


class NamedAutocompleteMixin:
    class Media:
        js = ("js/admin-a11y.js",)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.get_autocomplete_fields(request) and "widget" not in kwargs:
            kwargs["widget"] = NamedAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class LabelledInlineFormSet(BaseInlineFormSet):
    """A table row's fields named for screen readers ("Status (quote 3)"): a tabular
    inline shows their labels only as column headers."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        row = "new" if index is None else index + 1
        for name, field in form.fields.items():
            if not field.widget.is_hidden:
                field.widget.attrs["aria-label"] = f"{field.label or name} ({self.model._meta.verbose_name} {row})"


class AccessibleTabularInline(NamedAutocompleteMixin, admin.TabularInline):
    template = "admin/cables/edit_inline/tabular.html"
    formset = LabelledInlineFormSet


class BlankAsNoneFilter(admin.AllValuesFieldListFilter):
    """A filter on a text column whose blank value is listed as "(none)", not as an empty link."""

    def choices(self, changelist):
        for choice in super().choices(changelist):
            if not str(choice["display"]).strip():
                choice = {**choice, "display": "(none)"}
            yield choice


class VersionedAdminMixin:
    """The form's loaded_version travels as a hidden input at the top of the form,
    not as a labelled row pointing at a hidden control."""

    change_form_template = "admin/cables/versioned_change_form.html"

    def get_fields(self, request, obj=None):
        return [f for f in super().get_fields(request, obj) if f != "loaded_version"]


class QuoteInline(AccessibleTabularInline):
    model = Quote
    fields = ("text", "speaker", "cable", "from_cable", "is_phrase", "status", "match")
    readonly_fields = ("match",)
    autocomplete_fields = ("speaker", "cable")
    extra = 0
    show_change_link = True


class ArticleActorInline(AccessibleTabularInline):
    model = ArticleActor
    autocomplete_fields = ("actor",)
    extra = 0


class CableLinkInline(AccessibleTabularInline):
    model = CableLink
    fields = ("cable", "article", "method", "confirmed", "claimed_date", "claimed_precision", "claimed_origin", "claimed_classification")
    autocomplete_fields = ("cable", "article")
    extra = 0


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    change_list_template = "admin/cables/article/change_list.html"
    list_display = ("title", "publication", "published", "source_file", "created")
    list_filter = (("publication", BlankAsNoneFilter), "published")
    search_fields = ("title", "body", "source_file")
    date_hierarchy = "published"
    readonly_fields = ("content_hash", "raw", "created", "updated")
    inlines = (QuoteInline, ArticleActorInline, CableLinkInline)

    def get_urls(self):
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name="cables_article_import"),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Import reports: upload files, ingest them as `manage.py ingest` does, one row per file."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        outcomes = None
        if request.method == "POST":
            form = ImportReportsForm(request.POST, request.FILES)
            if form.is_valid():
                outcomes = ingest_uploads(
                    form.cleaned_data["files"], source=form.cleaned_data["source"], published=form.cleaned_data["published"]
                )
                form = ImportReportsForm(initial={"source": form.cleaned_data["source"], "published": form.cleaned_data["published"]})
        else:
            form = ImportReportsForm()
        counts = {k: sum(o.outcome == k for o in outcomes or ()) for k in ("created", "updated", "unchanged", "failed")}
        context = {
            **self.admin_site.each_context(request),
            "title": "Import reports",
            "opts": self.model._meta,
            "form": form,
            "outcomes": outcomes,
            "counts": counts,
            "max_megabytes": MAX_UPLOAD_BYTES // (1024 * 1024),
            "max_files": MAX_UPLOAD_FILES,
        }
        return TemplateResponse(request, "admin/cables/article/import.html", context)


def _save_each(queryset, **changes):
    """Change objects one by one, so history and the search index see every change."""
    with transaction.atomic():
        for obj in queryset:
            for field, value in changes.items():
                setattr(obj, field, value)
            obj.save(update_fields=list(changes))
    return queryset.count()


@admin.register(Quote)
class QuoteAdmin(VersionedAdminMixin, NamedAutocompleteMixin, SimpleHistoryAdmin):
    form = QuoteForm
    # Short columns, so status, match and source stay on a laptop screen beside a readable quote.
    list_display = ("quote", "speaker", "report", "status", "match", "source", "is_phrase")
    list_display_links = ("quote",)
    list_filter = (
        "status",
        "match",
        "from_cable",
        "is_phrase",
        ("speaker", admin.RelatedOnlyFieldListFilter),
        ("cable", admin.RelatedOnlyFieldListFilter),
        ("article__publication", BlankAsNoneFilter),
    )
    list_select_related = ("speaker", "article")
    search_fields = ("text", "extracted_text", "speaker__name", "article__title")
    autocomplete_fields = ("speaker", "cable")
    readonly_fields = ("extracted_text", "match", "match_score", "cable_paragraph")
    fields = (
        ("extracted_text", "text"), "speaker", "article", "cable", "from_cable", "is_phrase", "status",
        ("start", "end"), ("match", "match_score", "cable_paragraph"),
    )
    raw_id_fields = ("article",)
    actions = ("mark_verified", "reject", "realign_quotes")

    def save_model(self, request, obj, form, change):
        if {"text", "cable"} & set(form.changed_data):
            # Corrected words: where do they stand in the cable now? Set before the one
            # save, so one save writes one history row.
            if obj.cable and obj.cable.text:
                alignment = align(obj.text, obj.cable.paragraphs())
                obj.match, obj.match_score = alignment.match, alignment.score
                obj.cable_paragraph = alignment.paragraph or ""
                obj.cable_start, obj.cable_end = alignment.start, alignment.end
            elif not obj.cable:
                obj.match, obj.match_score, obj.cable_paragraph, obj.cable_start, obj.cable_end = "", None, "", None, None
        super().save_model(request, obj, form, change)

    @admin.display(description="Quote", ordering="text")
    def quote(self, quote):
        return Truncator(quote.text).chars(160)

    @admin.display(description="Report", ordering="article__title")
    def report(self, quote):
        title = Truncator(quote.article.title).chars(60)
        return f"{title} ({quote.article.publication})" if quote.article.publication else title

    @admin.display(description="Source", ordering="from_cable")
    def source(self, quote):
        return "cable" if quote.from_cable else "report"

    @admin.action(description="Mark selected quotes verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        count = _save_each(queryset, status=QuoteStatus.VERIFIED)
        self.message_user(request, f"{count} quote(s) marked verified.", messages.SUCCESS)

    @admin.action(description="Reject selected quotes", permissions=["change"])
    def reject(self, request, queryset):
        count = _save_each(queryset, status=QuoteStatus.REJECTED)
        self.message_user(request, f"{count} quote(s) rejected; they stay in the archive, hidden from readers.", messages.SUCCESS)

    @admin.action(description="Re-align selected quotes to their cables", permissions=["change"])
    def realign_quotes(self, request, queryset):
        count = realign(queryset)
        self.message_user(request, f"{count} quote(s) aligned again.", messages.SUCCESS)


@admin.register(Actor)
class ActorAdmin(VersionedAdminMixin, SimpleHistoryAdmin):
    form = ActorForm
    list_display = ("name", "kind", "role", "alias_list")
    list_filter = ("kind",)
    search_fields = ("name", "aliases", "role")
    prepopulated_fields = {"slug": ("name",)}
    actions = ("merge",)

    @admin.display(description="Aliases")
    def alias_list(self, actor):
        return ", ".join(actor.aliases)

    def has_merge_permission(self, request):
        """Merging changes the survivor and deletes the others: it needs both permissions
        (an action's permissions list lets through anyone holding one of them)."""
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description="Merge selected actors into one…", permissions=["merge"])
    def merge(self, request, queryset):
        actors = list(queryset.with_counts().order_by("-quote_count", "-article_count", "name", "pk"))
        if len(actors) < 2:
            self.message_user(request, "Select at least two actors to merge.", messages.WARNING)
            return None
        survivor_pk = request.POST.get("survivor")
        if survivor_pk:
            survivor = next((a for a in actors if str(a.pk) == survivor_pk), None)
            if survivor is None:
                self.message_user(request, "Choose one of the selected actors to keep.", messages.ERROR)
                return None
            merge_actors(survivor, [a for a in actors if a.pk != survivor.pk])
            self.message_user(request, f"Merged {len(actors) - 1} actor(s) into {survivor}.", messages.SUCCESS)
            return None
        context = {**self.admin_site.each_context(request), "title": "Merge actors", "actors": actors, "opts": self.model._meta,
                   "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME}
        return TemplateResponse(request, "admin/cables/actor/merge.html", context)


@admin.register(Cable)
class CableAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "subject", "date", "origin", "classification", "author")
    list_filter = (("classification", BlankAsNoneFilter), ("origin", BlankAsNoneFilter))
    search_fields = ("reference", "subject", "origin", "text")
    inlines = (CableLinkInline,)
