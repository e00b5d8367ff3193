"""The package's shape: modules import each other without cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import cleaner

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cleaner"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that ``path`` imports, at any depth of its code."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(max(node.level - 1, 0)):
                base = base.rpartition(".")[0]
            target = (f"{base}.{node.module}" if node.module else base) if node.level else node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in modules else target)
    return {m for m in found if m in modules and m != name}


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _imports(p, modules) for p in paths}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_the_graph_sees_relative_imports():
    graph = import_graph()
    assert "cleaner.passes.base" in graph["cleaner.passes.names"]
    assert "cleaner.passes.names" in graph["cleaner.passes"]
    assert "cleaner.passes" in graph["cleaner.rules"]


def test_no_import_cycle():
    """Not even a delayed one inside a function: the rule loader takes its kinds from the pass
    list, and a pass never needs the loader."""
    assert find_cycle(import_graph()) is None


def test_the_version_is_the_projects():
    import tomllib

    from cleaner.version import __version__

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert cleaner.__version__ == __version__ == pyproject["project"]["version"]


def test_every_package_and_data_file_is_in_the_wheel():
    """pyproject.toml lists the packages by name: a new one must be added, or an installed
    cleaner fails to import it."""
    import tomllib

    tool = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(tool["packages"])
    found = {_module_name(p) for p in PACKAGE.rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
    data = tool["package-data"]["cleaner"]
    for folder in ("data", "models"):
        for path in (PACKAGE / folder).glob("*"):
            if path.suffix in (".txt", ".json"):
                assert f"{folder}/*{path.suffix}" in data, path
