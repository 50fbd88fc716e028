"""The roles of the admin, as groups: editors ("Redaktion") and translators, one group per language
they write: "Übersetzung" (English, the role's name from before the partners' languages), "Übersetzung
Kiswahili" and "Übersetzung Rumänisch". A translator of two languages is a member of both groups.

Derived, not listed: after every `migrate` (post_migrate), editors get every permission on the models
of the site's own apps, and translators may view and change every model that declares translated
fields in its app's translation.py (modeltranslation's registry). A new app, or a model that becomes
translated, brings its share of the roles with it. The older apps' `grant` migrations did the same by
hand; they stay as history.
"""

from pathlib import Path

from django.conf import settings

from core.models import EDIT_SOURCE

EDITORS = "Redaktion"
TRANSLATORS = "Übersetzung"
TRANSLATOR_GROUPS = {"en": TRANSLATORS, "sw": "Übersetzung Kiswahili", "ro": "Übersetzung Rumänisch"}
# EDIT_SOURCE is held by editors. Without it, a user who may change a translated model changes the
# fields of the languages their groups name (translations.rights), nothing else.
__all__ = ["EDITORS", "EDIT_SOURCE", "TRANSLATORS", "TRANSLATOR_GROUPS"]


def _share(Group, Permission, app_label: str, models: list[str], translated: list[str]) -> None:
    """Editors get every permission on `models` (model names) of the app; translators may view and
    change `translated`. Group and Permission are the real models, or a migration's historical ones."""
    own = Permission.objects.filter(content_type__app_label=app_label, content_type__model__in=models)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*own)
    for language, name in TRANSLATOR_GROUPS.items():
        translators, _ = Group.objects.get_or_create(name=name)
        translators.permissions.add(
            *own.filter(content_type__model__in=translated, codename__regex=r"^(view|change)_"),
            *own.filter(codename=f"translate_{language}"),
        )


def grant(apps, app_label: str, translated: tuple[str, ...]) -> None:
    """In an older app's data migration: the roles' share of the app's models, `translated` listed."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    # Permissions are made after all migrations ran; a fresh database needs them now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    current = [model._meta.model_name for model in app_config.get_models()]
    Group, Permission = apps.get_model("auth", "Group"), apps.get_model("auth", "Permission")
    _share(Group, Permission, app_label, current, [name.lower() for name in translated])


def own_app(app_config) -> bool:
    """One of the site's own apps (or of its tests), not Django's or an installed package's."""
    path = Path(app_config.path)
    return path.is_relative_to(settings.BASE_DIR) and "site-packages" not in path.parts


def grant_from_declarations(sender, app_config, **kwargs) -> None:
    """Receiver of post_migrate, sent once per app after auth made that app's permissions."""
    if not own_app(app_config):
        return
    from django.contrib.auth.models import Group, Permission
    from modeltranslation.translator import translator

    models = list(app_config.get_models())
    if not models:
        return
    registered = set(translator.get_registered_models())
    translated = [model._meta.model_name for model in models if model in registered]
    _share(Group, Permission, app_config.label, [m._meta.model_name for m in models], translated)


def revoke(apps, app_label: str) -> None:
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    own = Permission.objects.filter(content_type__app_label=app_label)
    for group in Group.objects.filter(name__in=[EDITORS, TRANSLATORS]):
        group.permissions.remove(*own)
