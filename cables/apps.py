from django.apps import AppConfig


class CablesConfig(AppConfig):
    name = "cables"
    verbose_name = "Cable archive"

    def ready(self):
        from . import text_fields

        text_fields.connect(self)
