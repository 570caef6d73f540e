"""The layers import one way: text ← people.curation ← people ← events ← archive ← archive.public ←
archive.api, and no module imports itself back through others (people.curation: the editorial history
and generic merge, knowing no model of the apps above it; archive.public and archive.api: the public
site and the REST API, on top of everything).

`text` is plain Python under every app: it imports neither Django nor any app. `people` imports
no `events` or `archive`; `events` no `archive`. Checked on the source, imports inside functions
and under `if TYPE_CHECKING:` included (a circle that only type checkers follow still ties the
two modules together for a reader).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each layer may import only those before it; a module belongs to the longest layer its name starts with.
LAYERS = ("text", "people.curation", "people", "events", "archive", "archive.public", "archive.api")
PACKAGES = ("text", "people", "events", "archive")
OUTSIDE_TEXT = {"django", "rest_framework", "django_filters", "config"}  # text stays plain Python


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {
        _module_name(path): path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
    }


SOURCES = _sources()


def _imports(path: Path) -> set[str]:
    """The modules `path` imports: `from a.b import c` names a.b.c when that is a module, else a.b."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                names.add(submodule if submodule in SOURCES else node.module)
    return names


def _layer(module: str) -> str | None:
    """The layer a module belongs to (None for a module outside the project)."""
    return max((layer for layer in LAYERS if module == layer or module.startswith(layer + ".")), key=len, default=None)


GRAPH = {name: {m for m in _imports(path) if m in SOURCES and m != name} for name, path in SOURCES.items()}


def test_the_graph_sees_the_layers():
    """The check below would pass on an empty graph: make sure it reads the project."""
    assert "text.normalize" in GRAPH["text.matching"]
    assert "events.detection.context" in GRAPH["events.detection.meeting_dates"]
    assert {_layer(name) for name in GRAPH} == set(LAYERS)


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_only_the_layers_below_it(layer):
    above = set(LAYERS[LAYERS.index(layer) + 1 :])
    outside = OUTSIDE_TEXT if layer == "text" else set()
    offenders = {
        name: sorted(m for m in _imports(SOURCES[name]) if _layer(m) in above or m.split(".")[0] in outside)
        for name in SOURCES
        if _layer(name) == layer
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle():
    assert _circles(GRAPH) == []


def test_a_circle_is_found():
    """The circle finder itself: a ← b ← c ← a is one circle, d alone is none."""
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
