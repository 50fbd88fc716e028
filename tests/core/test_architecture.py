"""Dependencies run one way, layer by layer: the project package → content apps → services (search,
the editors' workplace) → the files for translation agencies → publishing, translations, checks →
core → the base (operations, uploads); and no app grows past about 1,200 lines."""

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

BASE = Path(settings.BASE_DIR)
PROJECT = "arnsberg_site"
SHARED = "core"
# Below everything: running the site, and images and documents; they import no app of the site.
BASE_APPS = ["operations", "uploads"]
# On core, below what edits or shows content: publication windows, addresses and previews; what
# translators still have to do; the checks of what editors write.
MIDDLE_APPS = ["publishing", "translations", "checks"]
# Tools on the middle layer: the files for translation agencies and the translators' workbench (on
# the translators' to-do), the link checker (reads links as the checks do), review dates (of what
# publishing addresses), the audit log (of what publishing publishes, and of accounts), sign-off (of
# what publishing publishes).
TOOL_APPS = ["translation_files", "workbench", "links", "reviews", "audit", "signoff"]
# Services the content apps build on: the search and the editors' workplace.
SERVICE_APPS = ["search", "workplace"]
LOCAL_APPS = [config.name for config in apps.get_app_configs() if Path(config.path).parent == BASE]
CONTENT_APPS = [
    name for name in LOCAL_APPS if name not in (SHARED, *MIDDLE_APPS, *BASE_APPS, *TOOL_APPS, *SERVICE_APPS)
]
# Each layer imports only the layers before it.
LAYERS = [BASE_APPS, [SHARED], MIDDLE_APPS, TOOL_APPS, SERVICE_APPS]
MOST_LINES = 1200


def imported_packages(app: str) -> set[str]:
    """The top-level packages of this project that the app's modules import (migrations aside)."""
    found = set()
    for module in (BASE / app).rglob("*.py"):
        if "migrations" in module.parts:
            continue
        for node in ast.walk(ast.parse(module.read_text(), str(module))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found & {*LOCAL_APPS, PROJECT} - {app}


GRAPH = {app: imported_packages(app) for app in LOCAL_APPS}


def test_the_apps_are_the_shared_app_and_the_content_apps():
    assert SHARED in LOCAL_APPS and {"partnerships", "milestones", "notices"} <= set(CONTENT_APPS)
    assert PROJECT not in LOCAL_APPS, "the project package is no app"


@pytest.mark.parametrize("app", LOCAL_APPS)
def test_no_app_imports_the_project_package(app):
    assert PROJECT not in GRAPH[app]


@pytest.mark.parametrize("depth", range(len(LAYERS)))
def test_each_layer_imports_only_the_layers_below_it(depth):
    below = {app for layer in LAYERS[:depth] for app in layer}
    for app in LAYERS[depth]:
        assert GRAPH[app] <= below, f"{app} imports {GRAPH[app] - below}"


def python_lines(app: str) -> int:
    return sum(
        len(module.read_text().splitlines())
        for module in (BASE / app).rglob("*.py")
        if "migrations" not in module.parts
    )


@pytest.mark.parametrize("app", LOCAL_APPS)
def test_no_app_grows_past_one_concern(app):
    """An app a newcomer can name holds one concern: past about 1,200 lines it holds several."""
    assert python_lines(app) <= MOST_LINES


@pytest.mark.parametrize("app", LOCAL_APPS)
def test_every_app_says_what_it_is_for(app):
    """What it holds and what it must not hold, in its package's docstring or its AppConfig's."""
    config = apps.get_app_config(app)
    said = (config.module.__doc__ or "") + (type(config).__doc__ or "")
    assert len(said.split()) >= 12, f"{app} does not say what it is for"


def test_the_import_graph_of_the_apps_has_no_cycle():
    def reaches(start, target, seen=()):
        return any(
            dep == target or (dep not in seen and reaches(dep, target, (*seen, dep))) for dep in GRAPH[start]
        )

    cycles = [app for app in LOCAL_APPS if reaches(app, app)]
    assert cycles == [], f"import cycle through {cycles}: {GRAPH}"


def test_partnerships_know_nothing_of_the_apps_that_build_on_them():
    assert GRAPH["partnerships"] <= {app for layer in LAYERS for app in layer}


def test_no_test_waits_on_the_real_clock():
    """Time moves with time-machine (the `time_machine` fixture): a test that sleeps to let a date
    pass fails on a loaded machine. Waiting for a started server to answer (test_deploy) is polling."""
    sleepers = [
        f"{path.relative_to(BASE)}:{node.lineno}"
        for path in (BASE / "tests").rglob("*.py")
        if path.name not in ("test_deploy.py",)
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "sleep"
    ]
    assert sleepers == []


def test_no_private_name_of_another_package_is_imported():
    """A minor release may remove what a package keeps private (psycopg's `_WaitTimeout`, pgserver's
    `_commands`): the site imports public names only."""
    private = []
    for path in [*BASE.glob("*/**/*.py"), *BASE.glob("*.py")]:
        parts = path.relative_to(BASE).parts
        if parts[0] in (".venv", "mutants", "staticfiles", "var", "node_modules") or "migrations" in parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                top = node.module.split(".")[0]
                if top in {*LOCAL_APPS, PROJECT, "tests", "scripts"}:
                    continue
                module_private = any(
                    part.startswith("_") and not part.startswith("__") for part in node.module.split(".")
                )
                names_private = [
                    a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")
                ]
                if module_private or names_private:
                    private.append(f"{path.relative_to(BASE)}:{node.lineno} {node.module} {names_private}")
    assert private == []


def test_a_section_for_a_slot_no_page_has_is_refused():
    from core import contributions

    with pytest.raises(contributions.UnknownSlot):
        contributions.add_section("partnerhsip", "x.html", lambda request, obj: {}, order=1)
    with pytest.raises(contributions.UnknownSlot):
        contributions.sections("hme")
    used = set()
    for template in (BASE / "templates").rglob("*.html"):
        used.update(re.findall(r'{% sections "(\w+)"', template.read_text()))
    assert used == set(contributions.SLOTS), "every slot is shown by a page, and every page's slot exists"
