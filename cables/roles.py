"""Who may do what in the admin."""

EDITORS = "Editors"
# Editors view everything and change quotes, actors, cables and links between reports
# and cables; they may not delete articles or manage users.
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


def ensure_editors_group(Group, Permission):
    """Create or reset the Editors group (models passed in, so migrations can use it)."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions]
    editors.permissions.set(Permission.objects.filter(content_type__app_label="cables", codename__in=codenames))
    return editors
