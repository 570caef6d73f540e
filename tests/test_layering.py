"""Apps depend one way: people ← events ← archive ← api. Nothing in people imports events,
archive or api; nothing in events imports archive or api; nothing in archive imports api. Checked on the source, imports inside functions included."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {"people": {"events", "archive", "api"}, "events": {"archive", "api"}, "archive": {"api"}}


def _imported_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_app_does_not_import_the_apps_above_it(app):
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_apps(path) & FORBIDDEN[app])
        for path in (ROOT / app).rglob("*.py")
        if _imported_apps(path) & FORBIDDEN[app]
    }
    assert offenders == {}
