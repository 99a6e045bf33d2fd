from django.urls import path

from . import api, feeds, views

app_name = "cables"

urlpatterns = [
    # Pages
    path("", views.home, name="home"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("articles/", views.ArticleListView.as_view(), name="article_list"),
    path("articles/export.csv", views.article_export, name="article_export"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article_detail"),
    path("quotes/", views.QuoteListView.as_view(), name="quote_list"),
    path("quotes/<int:pk>/", views.QuoteDetailView.as_view(), name="quote_detail"),
    path("actors/", views.ActorListView.as_view(), name="actor_list"),
    path("actors/export.csv", views.actor_export, name="actor_export"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor_detail"),
    path("cables/", views.CableListView.as_view(), name="cable_list"),
    path("cables/<str:key>/", views.cable_detail, name="cable_detail"),
    path("search/", views.search_page, name="search"),
    path("search/autocomplete/", views.search_autocomplete, name="search_autocomplete"),
    path("search/export.csv", views.search_export, name="search_export"),
    # Feeds
    path("feeds/articles/", feeds.LatestArticlesFeed(), name="articles_feed"),
    path("feeds/search/", feeds.SearchFeed(), name="search_feed"),
    # JSON API
    path("api/", api.index, name="api_index"),
    path("api/schema/", api.schema, name="api_schema"),
    path("api/articles/", api.articles, name="api_articles"),
    path("api/articles/<slug:slug>/", api.article_detail, name="api_article_detail"),
    path("api/quotes/<int:pk>/", api.quote_detail, name="api_quote_detail"),
    path("api/actors/<slug:slug>/", api.actor_detail, name="api_actor_detail"),
    path("api/cables/<str:key>/", api.cable_detail, name="api_cable_detail"),
    path("api/search/", api.search_results, name="api_search"),
    path("api/<path:rest>", api.not_found, name="api_not_found"),
]
