"""The Editors group: curators who correct quotes, actors and cables.

They may view everything in the archive and change quotes, actors, cables and the
links between reports and cables; they may not delete articles or manage users.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "article": ["view", "change"],
    "quote": ["view", "change", "add"],
    "actor": ["view", "change", "add"],
    "cable": ["view", "change", "add"],
    "cablelink": ["view", "change", "add", "delete"],
    "articleactor": ["view", "change", "add", "delete"],
    "cableactor": ["view"],
    "historicalquote": ["view"],
    "historicalactor": ["view"],
    "historicalcable": ["view"],
    "historicalarticle": ["view"],
}


def create_editors(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    codenames = [f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions]
    editors.permissions.set(Permission.objects.filter(content_type__app_label="cables", codename__in=codenames))


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [("cables", "0002_history_redirects_index_queue"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_editors, remove_editors)]
