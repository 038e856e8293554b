"""The pure-Python citation reader of the source tree, loaded beside the installed one.

When the installed package is the compiled build (``nox -s compiled``, ``nox -s bench``), its
reader is a set of extension modules; the same code as pure Python sits in ``src/``.  Both are
needed in one process: the differential test compares their records, the bench times them side
by side.  :func:`load` imports a second copy of ``directive_report`` from ``src/`` under the
same names, then puts the installed modules back: the copy's functions keep their own globals,
so each reader goes on using its own records and patterns.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
from pathlib import Path
from types import ModuleType

__all__ = ["SRC", "is_compiled", "load"]

SRC = Path(__file__).resolve().parent.parent / "src"


def _ours(name: str) -> bool:
    return name == "directive_report" or name.startswith("directive_report.")


def is_compiled(module: ModuleType) -> bool:
    """Whether *module* was loaded from an extension module (built by mypyc)."""
    return str(module.__file__).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def load() -> ModuleType:
    """``directive_report.citations`` imported afresh from the source tree, as pure Python."""
    installed = {name: module for name, module in sys.modules.items() if _ours(name)}
    for name in installed:
        del sys.modules[name]
    sys.path.insert(0, str(SRC))
    try:
        citations = importlib.import_module("directive_report.citations")
        importlib.import_module("directive_report.citations._find")
    finally:
        sys.path.remove(str(SRC))
        copies = [name for name in sys.modules if _ours(name)]
        compiled = [name for name in copies if is_compiled(sys.modules[name])]
        for name in copies:
            del sys.modules[name]
        sys.modules.update(installed)
    if compiled:  # an in-place build left extension modules in src/
        raise RuntimeError(f"the source tree holds compiled modules: {', '.join(compiled)}")
    return citations
