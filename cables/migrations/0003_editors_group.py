"""The Editors group (see cables/roles.py)."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

from cables.roles import EDITORS, ensure_editors_group


def create_editors(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    ensure_editors_group(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [("cables", "0002_history_redirects_index_queue"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_editors, remove_editors)]
