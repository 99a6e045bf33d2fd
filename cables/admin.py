"""Curation: staff correct quotes, speakers, actors and cables; every change is kept."""
from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.template.response import TemplateResponse
from simple_history.admin import SimpleHistoryAdmin

from .actors import merge_actors
from .linking import realign
from .models import Actor, Article, ArticleActor, Cable, CableLink, Quote, QuoteStatus


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


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ("text", "speaker", "cable", "from_cable", "is_phrase", "status", "match")
    readonly_fields = ("match",)
    autocomplete_fields = ("speaker", "cable")
    extra = 0
    show_change_link = True


class ArticleActorInline(admin.TabularInline):
    model = ArticleActor
    autocomplete_fields = ("actor",)
    extra = 0


class CableLinkInline(admin.TabularInline):
    model = CableLink
    fields = ("cable", "article", "method", "confirmed", "claimed_date", "claimed_precision", "claimed_origin", "claimed_classification")
    autocomplete_fields = ("cable", "article")
    extra = 0


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ("title", "publication", "published", "source_file", "created")
    list_filter = ("publication", "published")
    search_fields = ("title", "body", "source_file")
    date_hierarchy = "published"
    readonly_fields = ("content_hash", "raw", "created", "updated")
    inlines = (QuoteInline, ArticleActorInline, CableLinkInline)


def _save_each(queryset, **changes):
    """Change objects one by one, so history and the search index see every change."""
    with transaction.atomic():
        for obj in queryset:
            for field, value in changes.items():
                setattr(obj, field, value)
            obj.save(update_fields=list(changes))
    return queryset.count()


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    form = QuoteForm
    list_display = ("__str__", "speaker", "article", "publication", "status", "match", "from_cable", "is_phrase")
    list_filter = (
        "status",
        "match",
        "from_cable",
        "is_phrase",
        ("speaker", admin.RelatedOnlyFieldListFilter),
        ("cable", admin.RelatedOnlyFieldListFilter),
        "article__publication",
    )
    list_select_related = ("speaker", "article")
    search_fields = ("text", "extracted_text", "speaker__name", "article__title")
    autocomplete_fields = ("speaker", "cable")
    readonly_fields = ("extracted_text", "match", "match_score", "cable_paragraph")
    fields = (
        ("extracted_text", "text"), "speaker", "article", "cable", "from_cable", "is_phrase", "status",
        ("start", "end"), ("match", "match_score", "cable_paragraph"), "loaded_version",
    )
    raw_id_fields = ("article",)
    actions = ("mark_verified", "reject", "realign_quotes")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if {"text", "cable"} & set(form.changed_data):
            realign(Quote.objects.filter(pk=obj.pk))  # corrected words: where do they stand in the cable now?

    @admin.display(description="Publication", ordering="article__publication")
    def publication(self, quote):
        return quote.article.publication

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
class ActorAdmin(SimpleHistoryAdmin):
    form = ActorForm
    list_display = ("name", "kind", "role", "alias_list")
    list_filter = ("kind",)
    search_fields = ("name", "aliases", "role")
    prepopulated_fields = {"slug": ("name",)}
    actions = ("merge",)

    @admin.display(description="Aliases")
    def alias_list(self, actor):
        return ", ".join(actor.aliases)

    @admin.action(description="Merge selected actors into one…", permissions=["change"])
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
    list_filter = ("classification", "origin")
    search_fields = ("reference", "subject", "origin", "text")
    inlines = (CableLinkInline,)
