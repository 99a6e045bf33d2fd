from django.contrib import admin, messages

from .linking import realign
from .models import Actor, Article, ArticleActor, Cable, CableLink, Quote


class CableLinkInline(admin.TabularInline):
    model = CableLink
    fields = ("cable", "article", "method", "confirmed", "claimed_date", "claimed_precision", "claimed_origin", "claimed_classification")
    autocomplete_fields = ("cable", "article")
    extra = 0


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ("text", "speaker", "cable", "from_cable", "is_phrase", "status")
    autocomplete_fields = ("speaker", "cable")
    extra = 0
    show_change_link = True


class ArticleActorInline(admin.TabularInline):
    model = ArticleActor
    autocomplete_fields = ("actor",)
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "publication", "published", "source_file", "created")
    list_filter = ("publication", "published")
    search_fields = ("title", "body", "source_file")
    date_hierarchy = "published"
    readonly_fields = ("content_hash", "raw", "created", "updated")
    inlines = (QuoteInline, ArticleActorInline, CableLinkInline)


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("__str__", "speaker", "article", "status", "from_cable", "is_phrase", "cable", "match")
    list_filter = ("status", "match", "from_cable", "is_phrase", "article__publication")
    actions = ("realign_quotes",)
    list_select_related = ("speaker", "article")
    search_fields = ("text", "extracted_text", "speaker__name", "article__title")
    autocomplete_fields = ("speaker", "cable")
    readonly_fields = ("extracted_text", "match", "match_score", "cable_paragraph")
    fields = (
        "article", "extracted_text", "text", "speaker", "cable", "from_cable", "is_phrase", "status", "start", "end",
        "match", "match_score", "cable_paragraph",
    )
    raw_id_fields = ("article",)

    @admin.action(description="Re-align selected quotes to their cables")
    def realign_quotes(self, request, queryset):
        count = realign(queryset)
        self.message_user(request, f"{count} quote{'s' if count != 1 else ''} aligned again.", messages.SUCCESS)


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "role")
    list_filter = ("kind",)
    search_fields = ("name", "aliases", "role")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Cable)
class CableAdmin(admin.ModelAdmin):
    list_display = ("__str__", "subject", "date", "origin", "classification", "author")
    list_filter = ("classification", "origin")
    search_fields = ("reference", "subject", "origin", "text")
    inlines = (CableLinkInline,)
