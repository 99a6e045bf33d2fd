from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Cable Archive curation"
admin.site.site_title = "Cable Archive"
# The model list sits on the admin's home page; as a sidebar it would take a quarter of a
# laptop screen from the quote list's columns.
admin.site.enable_nav_sidebar = False

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("cables.urls")),
]
