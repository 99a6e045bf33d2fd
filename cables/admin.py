from django.contrib import admin

from .models import Actor, Article, ArticleActor, Cable, Quote


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
    filter_horizontal = ("cables",)
    inlines = (QuoteInline, ArticleActorInline)


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("__str__", "speaker", "article", "status", "from_cable", "is_phrase")
    list_filter = ("status", "from_cable", "is_phrase", "article__publication")
    list_select_related = ("speaker", "article")
    search_fields = ("text", "extracted_text", "speaker__name", "article__title")
    autocomplete_fields = ("speaker", "cable")
    readonly_fields = ("extracted_text",)
    fields = ("article", "extracted_text", "text", "speaker", "cable", "from_cable", "is_phrase", "status", "start", "end")
    raw_id_fields = ("article",)


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "role")
    list_filter = ("kind",)
    search_fields = ("name", "aliases", "role")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Cable)
class CableAdmin(admin.ModelAdmin):
    list_display = ("__str__", "subject", "date", "origin", "classification")
    list_filter = ("classification", "origin")
    search_fields = ("reference", "subject", "origin", "text")
