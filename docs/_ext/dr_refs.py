"""Resolve references to the project's re-exported names, and keep napoleon off ``#:`` comments.

``directive_report.Report`` is the name users import, but the class is documented where it
lives (``directive_report.model.report.Report``).  When a Python cross-reference into the
package finds no target, this extension imports what the reference names and points it at the
documented name that is the same object, so a reference can never point at a stale copy.

Napoleon reads ``#: Tiêu ngữ: ...`` as "an attribute of type *Tiêu ngữ*"; the project never
writes types in attribute comments (the annotations carry them), so such an invented type is
dropped again.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, TypeVar

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

PACKAGE = "directive_report"
_MISSING = object()
_BARE_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?![\w.])")


def _import(dotted: str) -> Any:
    """The object a dotted name imports to, or ``_MISSING``."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr, _MISSING)
            if obj is _MISSING:
                return _MISSING
        return obj
    return _MISSING


def _documented_as(env: BuildEnvironment, obj: Any, last: str) -> str | None:
    """The documented Python name whose object is ``obj``."""
    domain = env.get_domain("py")
    for name, *_ in domain.get_objects():
        same_name = name == last or name.endswith("." + last)
        if same_name and name.startswith(PACKAGE) and _import(name) is obj:
            return str(name)
    return None


def _resolve(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Element | None:
    """Point an unresolved reference into the package at where the object is documented."""
    if node.get("refdomain") != "py":
        return None
    target = str(node["reftarget"]).lstrip("~.")
    module = node.get("py:module") or ""
    klass = node.get("py:class") or ""
    for candidate in (
        f"{module}.{klass}.{target}",
        f"{module}.{target}",
        target,
        f"{PACKAGE}.{target}",
    ):
        candidate = candidate.replace("..", ".").strip(".")
        if not candidate.startswith(PACKAGE):
            continue
        obj = _import(candidate)
        if obj is _MISSING:
            continue
        if isinstance(obj, TypeVar):
            return contnode  # a type variable of a signature has no page: its name, unlinked
        documented = _documented_as(env, obj, candidate.rsplit(".", 1)[-1])
        if documented is None:
            continue  # documented under its own name as another kind (a TypeVar as data): "obj"
        domain = env.get_domain("py")
        for role in ("obj", node["reftype"]):
            found = domain.resolve_xref(
                env, node["refdoc"], app.builder, role, documented, node, contnode
            )
            if found is not None:
                return found  # type: ignore[no-any-return]
    return None


def _remember(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """Keep the docstring as written, before napoleon sees it."""
    app.env.temp_data.setdefault("dr_written", {})[name] = list(lines)


def _undo_invented_type(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Restore an attribute comment napoleon split into a made-up type and a description."""
    written = app.env.temp_data.get("dr_written", {}).pop(name, None)
    if what not in ("attribute", "data", "property") or written is None:
        return
    if any(line.startswith(":type:") for line in lines) and not any(
        line.startswith(":type:") for line in written
    ):
        lines[:] = written


def _qualify_bare_annotations(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, args: str, retann: str
) -> None:
    """Qualify a type hint recorded as a bare name (a string annotation autodoc could not
    evaluate, as on a Hypothesis ``@composite``) by looking it up in the object's module."""
    recorded = app.env.current_document.autodoc_annotations.get(name, {})
    module = importlib.import_module(getattr(obj, "__module__", None) or PACKAGE)

    def qualify(match: re.Match[str]) -> str:
        found = getattr(module, match[0], None)
        if isinstance(found, type) and found.__module__.startswith(PACKAGE):
            return f"{found.__module__}.{found.__qualname__}"
        return match[0]

    for key, hint in recorded.items():
        recorded[key] = _BARE_NAME.sub(qualify, hint)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the handlers."""
    app.connect("missing-reference", _resolve)
    app.connect("autodoc-process-docstring", _remember, priority=400)
    app.connect("autodoc-process-docstring", _undo_invented_type, priority=600)
    app.connect("autodoc-process-signature", _qualify_bare_annotations, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
