"""The package's import graph has no cycle, and every module imports on its own.

The graph is read from the source with :mod:`ast`: every ``import`` and ``from … import``
statement, at module level or inside a function, except those under ``if TYPE_CHECKING:``
(never run), and every ``importlib.import_module`` call whose name is a literal, or an f-string
whose literal start names a package (an arrow to each of its modules that fits).
``from pkg import name`` is an arrow to ``pkg.name`` when that is a module of the
package, else to ``pkg``.  The implicit import of a parent package is not an arrow: Python
always runs a package's ``__init__`` before its modules, so it cannot be a cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = "directive_report"


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    found = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom | ast.Call]:
    """Every import that can run: the whole tree but ``if TYPE_CHECKING:`` bodies."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _imports(child)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom) or _is_import_module(node):
            yield node  # type: ignore[misc]
        yield from _imports(node)


def _is_import_module(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "import_module"
        and bool(node.args)
    )


def _dynamic_targets(call: ast.Call) -> list[str]:
    """``import_module("a.b")`` → a.b; ``import_module(f"a.b._{x}")`` → every a.b._*."""
    arg = call.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        prefix = str(arg.values[0].value)
        return [m for m in MODULES if m.startswith(prefix) and "." not in m[len(prefix) :]]
    return []


def _targets(module: str, node: ast.Import | ast.ImportFrom | ast.Call) -> Iterator[str]:
    """The modules of the package one import of *module* loads by name."""
    if isinstance(node, ast.Call):
        names = _dynamic_targets(node)
    elif isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        names = [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
            for alias in node.names
        ]
    for name in names:
        # "import a.b.c" names a.b.c; a name outside the package is no arrow
        while name and name not in MODULES:
            name = name.rpartition(".")[0] if name.startswith(PACKAGE + ".") else ""
        if name and name != module:
            yield name


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of the package it imports."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[module] = {t for node in _imports(tree) for t in _targets(module, node)}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
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


def test_the_graph_is_read() -> None:
    """The reader sees module-level and function-level imports (so an empty result means
    something): the CLI imports its shared helpers, and exporting imports the exporters' API."""
    graph = import_graph()
    assert "directive_report.cli._common" in graph["directive_report.cli._render"]
    assert "directive_report.exporters.api" in graph["directive_report.cli._export"]
    assert "directive_report.exporters._contract" in graph["directive_report.exporters._registry"]
    assert "directive_report.cli._render" in graph["directive_report.cli"]  # import_module(f"…")


def test_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_every_module_imports_on_its_own() -> None:
    """Each module, imported first in a fresh set of the package's modules, loads
    (``__main__`` runs the command line when imported, by design)."""
    names = sorted(set(MODULES) - {f"{PACKAGE}.__main__"})
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    for loaded in [m for m in sys.modules if m == 'directive_report' or m.startswith('directive_report.')]:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as error:\n"
        "        print(name, type(error).__name__, error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
