"""Archives ingested before URLs and control characters were checked: blank every
report link that is not http or https, remove control characters from stored text,
and queue the changed objects' search documents for the next drain (drain_index)."""
from django.db import migrations

from cables.extraction.safety import remove_control_characters, web_url

TEXT = {
    "Article": ["title", "publication", "body", "raw", "source_file"],
    "Quote": ["text", "extracted_text"],
    "Actor": ["name", "role"],
    "Cable": ["subject", "origin", "classification", "author", "text"],
}
LISTS = {"Actor": ["aliases"], "Cable": ["tags"]}
CHUNK = 500


def clean(apps, schema_editor):
    queued = set()
    for model_name, fields in TEXT.items():
        model = apps.get_model("cables", model_name)
        lists = LISTS.get(model_name, [])
        names = fields + lists + (["url"] if model_name == "Article" else [])
        last = 0
        while True:
            rows = list(model.objects.filter(pk__gt=last).order_by("pk").only("pk", *names)[:CHUNK])
            if not rows:
                break
            last = rows[-1].pk
            for row in rows:
                changed = []
                for name in fields:
                    value = getattr(row, name)
                    if value and remove_control_characters(value) != value:
                        setattr(row, name, remove_control_characters(value))
                        changed.append(name)
                for name in lists:
                    value = getattr(row, name)
                    if isinstance(value, list) and any(isinstance(v, str) and remove_control_characters(v) != v for v in value):
                        setattr(row, name, [remove_control_characters(v) if isinstance(v, str) else v for v in value])
                        changed.append(name)
                if model_name == "Article" and row.url and web_url(row.url) is None:
                    row.url = ""
                    changed.append("url")
                if changed:
                    row.save(update_fields=changed)
                    queued.add((model_name.lower(), row.pk))
    if queued:
        pending = apps.get_model("cables", "PendingIndexUpdate")
        pending.objects.bulk_create([pending(model_name=m, object_pk=pk) for m, pk in sorted(queued)])


class Migration(migrations.Migration):
    dependencies = [("cables", "0004_article_url_http_only")]

    operations = [migrations.RunPython(clean, migrations.RunPython.noop)]
