from django.db import migrations

from cables.models import name_table_rows


def rebuild_name_table(apps, schema_editor):
    """Every actor's rows again, as saving an actor now writes them: a person's surname is
    compared with a doubled letter counted once ("Obarri" finds "Obari").

    Uses the model module's pure name_table_rows rather than a copy, so the rows are the
    ones saving writes; it reads only an actor's name, kind and aliases."""
    db = schema_editor.connection.alias
    Actor = apps.get_model("cables", "Actor")
    ActorName = apps.get_model("cables", "ActorName")
    ActorName.objects.using(db).all().delete()
    rows = []
    for actor in Actor.objects.using(db).order_by("pk").iterator(chunk_size=2000):
        for key, canonical, surname in name_table_rows(actor.name, actor.kind, actor.aliases or []):
            rows.append(ActorName(actor_id=actor.pk, kind=actor.kind, key=key, canonical=canonical, surname=surname))
        if len(rows) >= 5000:
            ActorName.objects.using(db).bulk_create(rows, batch_size=500)
            rows = []
    ActorName.objects.using(db).bulk_create(rows, batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('cables', '0010_merge_actor_names_and_cable_library'),
    ]

    operations = [
        migrations.RunPython(rebuild_name_table, migrations.RunPython.noop),
    ]
