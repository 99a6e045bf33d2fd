from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Cable Archive curation"
admin.site.site_title = "Cable Archive"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("cables.urls")),
]
