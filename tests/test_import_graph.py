"""effbench's own import graph, read from the source with ``ast``: every import of an effbench module resolves to a
file of this tree, and the graph has no cycle, counting the imports inside functions too (a cycle closed by a
function-level import is still a cycle: it only moves the failure to run time).  Runs no sandbox."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "effbench"


def _modules() -> dict[str, Path]:
    mods = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = path
    return mods


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The effbench modules *name* imports, wherever the import statement is (module level or in a function).
    ``from package import name`` counts as importing the submodule when there is one, else the package."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "effbench")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "effbench":
                continue
            subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES]
            found.update(subs)
            if len(subs) < len(node.names):
                found.add(target)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def test_every_effbench_import_names_a_module_of_this_tree():
    missing = sorted((name, target) for name, targets in GRAPH.items() for target in targets if target not in MODULES)
    assert not missing, f"imports of modules that do not exist: {missing}"


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of *graph* (as a path that starts and ends at the same module), or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_import_graph_has_no_cycle():
    # A package's __init__ is run before any of its submodules, but that implicit edge is Python's, not a
    # dependency the code wrote; only explicit imports are edges here.
    graph = {name: {t for t in targets if t != name} for name, targets in GRAPH.items()}
    assert _cycle(graph) is None, f"import cycle: {' -> '.join(_cycle(graph))}"


@pytest.mark.parametrize("graph, cyclic", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, False),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, True),
    ({"a": {"b", "c"}, "b": {"c"}, "c": set()}, False),
    ({"a": {"a2"}, "a2": {"b"}, "b": {"a2"}}, True),
])
def test_the_cycle_finder_finds_cycles(graph, cyclic):
    assert (_cycle(graph) is not None) == cyclic


def test_the_reader_sees_function_level_imports(tmp_path):
    """The graph counts an import inside a function: the kind of import that used to hide a cycle."""
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from effbench.scoring import outcomes\n")
    assert _imports("effbench.x", source) == {"effbench.scoring.outcomes"}


def test_no_module_imports_the_package_itself():
    """``effbench/__init__.py`` is the public API and may import the pipeline; a module that imported the bare
    package (``from effbench import x``) would close a cycle through it.  The version has its own module."""
    assert sorted(name for name, targets in GRAPH.items() if "effbench" in targets and name != "effbench") == []
