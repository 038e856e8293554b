"""``dr-file-format``: one table per TOML table of a report file, generated from the model.

The classes are found by walking the type hints from :class:`Report`; a class is a TOML table
when the serializer writes it as one (checked on the bundled examples' values, which also give
the example column); keys are the attrs field names as the serializer renames them
(``doc_type`` is written ``type``).  Nothing here is typed by hand, so it cannot drift.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from decimal import Decimal
from typing import Any

import attrs
from docutils import nodes
from dr_tables import literal, table
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

EXAMPLE_WIDTH = 60


def _classes_in(hint: Any) -> list[type]:
    """The attrs classes a type hint mentions."""
    if isinstance(hint, type) and attrs.has(hint):
        return [hint]
    return [found for arg in typing.get_args(hint) for found in _classes_in(arg)]


def _type_text(hint: Any) -> str:
    """A type hint as a reader of the file thinks of it."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_text(a) for a in args if a is not type(None)) + (
            " (optional)" if type(None) in args else ""
        )
    if origin in (tuple, list, frozenset, set) or (origin and str(origin).endswith("Sequence")):
        return f"array of {_type_text(args[0])}" if args else "array"
    if origin is typing.Literal:
        return " / ".join(json.dumps(a, ensure_ascii=False) for a in args)
    names = {str: "string", int: "integer", bool: "boolean", dt.date: "date", Decimal: "decimal"}
    if isinstance(hint, type):
        return names.get(hint, hint.__name__)
    return str(hint).replace("typing.", "")


def _walk(value: Any, seen: dict[type, list[Any]]) -> None:
    """Collect every attrs instance inside an example report, by class."""
    if attrs.has(type(value)):
        seen.setdefault(type(value), []).append(value)
        for field in attrs.fields(type(value)):
            _walk(getattr(value, field.name), seen)
    elif isinstance(value, (list, tuple, frozenset)):
        for item in value:
            _walk(item, seen)


def _short(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text if len(text) <= EXAMPLE_WIDTH else text[: EXAMPLE_WIDTH - 1] + "…"


class FileFormat(SphinxDirective):
    """The reference tables of the report file."""

    def run(self) -> list[nodes.Node]:
        """A section per TOML table, in the order they are reached from the report."""
        import directive_report as dr
        from directive_report.model.report import Report
        from directive_report.serialize import make_converter
        from directive_report.serialize._converter import _RENAMED

        conv = make_converter("toml")
        seen: dict[type, list[Any]] = {}
        for name in dr.examples.names():
            _walk(dr.examples.load(name), seen)
        order: list[type] = []
        queue: list[type] = [Report]
        while queue:
            cls = queue.pop(0)
            if cls in order:
                continue
            order.append(cls)
            for hint in typing.get_type_hints(cls).values():
                queue.extend(_classes_in(hint))
        result: list[nodes.Node] = []
        for cls in order:
            instances = seen.get(cls, [])
            if instances and not isinstance(conv.unstructure(instances[0]), dict):
                continue  # written as one value (a number, a date line...): see "Shape"
            hints = typing.get_type_hints(cls)
            rows: list[list[nodes.Node | str]] = []
            for field in attrs.fields(cls):
                if not field.init:
                    continue
                key = _RENAMED.get(cls, {}).get(field.name, field.name)
                if field.default is attrs.NOTHING:
                    need = "required"
                else:
                    default = field.default
                    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                        need = (
                            "default: derived"
                            if default.takes_self
                            else "default " + _short(conv.unstructure(default.factory()))
                        )
                    else:
                        need = "default " + _short(conv.unstructure(default))
                example = next(
                    (
                        getattr(i, field.name)
                        for i in instances
                        if getattr(i, field.name) not in (None, (), "", [])
                    ),
                    None,
                )
                rows.append(
                    [
                        literal(key),
                        _type_text(hints.get(field.name)),
                        need,
                        literal(_short(conv.unstructure(example))) if example is not None else "",
                    ]
                )
            section = nodes.section(ids=[f"table-{cls.__name__.lower()}"])
            title = f"{cls.__name__} ({cls.__module__}.{cls.__qualname__})"
            section += nodes.title(title, cls.__name__)
            doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
            if doc:
                section += nodes.paragraph(doc, doc)
            section += table(["Key", "Type", "Required / default", "Example"], rows)
            result.append(section)
        return result


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directive."""
    app.add_directive("dr-file-format", FileFormat)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
