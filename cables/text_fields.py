"""No control character reaches the database, whoever writes: ingest cleans file text
as it decodes it (extraction/safety.py); this cleans what curators and scripts save."""
from django.db import models
from django.db.models.signals import pre_save

from .extraction.safety import remove_control_characters

TEXT_FIELDS = (models.CharField, models.TextField)


def _clean_text_fields(sender, instance, **kwargs):
    for field in sender._meta.concrete_fields:
        if isinstance(field, TEXT_FIELDS):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, remove_control_characters(value))
        elif isinstance(field, models.JSONField):  # actors' aliases, cables' tags: lists of names
            value = getattr(instance, field.attname)
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                setattr(instance, field.attname, [remove_control_characters(item) for item in value])


def connect(app_config) -> None:
    for model in app_config.get_models():
        if not model.__name__.startswith("Historical"):  # history rows copy the cleaned object
            pre_save.connect(_clean_text_fields, sender=model, dispatch_uid=f"clean-text-{model._meta.label}")
