"""Tables generated from the code at build time, so the docs cannot drift from it.

- ``dr-document-types``: every document type of ``DOCUMENT_TYPES`` (name, abbreviation, kinds).
- ``dr-public-names``: each name ``directive_report`` exports and the module documenting it.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def table(headers: list[str], rows: list[list[nodes.Node | str]]) -> nodes.table:
    """A docutils table with a header row; a cell is text or an inline node."""
    tgroup = nodes.tgroup(cols=len(headers))
    for _ in headers:
        tgroup += nodes.colspec(colwidth=1)
    thead = nodes.thead()
    tbody = nodes.tbody()
    for target, cells in ((thead, [headers]), (tbody, rows)):
        for cells_of_row in cells:
            row = nodes.row()
            for cell in cells_of_row:
                entry = nodes.entry()
                content = nodes.paragraph()
                content += nodes.Text(cell) if isinstance(cell, str) else cell
                entry += content
                row += entry
            target += row
    tgroup += thead
    tgroup += tbody
    result = nodes.table()
    result += tgroup
    return result


def literal(text: str) -> nodes.literal:
    """Inline code."""
    return nodes.literal(text, text)


class DocumentTypes(SphinxDirective):
    """The table of ``DOCUMENT_TYPES``."""

    def run(self) -> list[nodes.Node]:
        """One row per type, in the code's order."""
        from directive_report import DOCUMENT_TYPES

        rows: list[list[nodes.Node | str]] = [
            [
                t.name,
                literal(t.abbreviation) if t.abbreviation else "—",
                ", ".join(sorted(kind.value for kind in t.kinds)),
            ]
            for t in DOCUMENT_TYPES
        ]
        return [table(["Name", "Abbreviation", "Kinds"], rows)]


class PublicNames(SphinxDirective):
    """Each public name of the package and the module where it is documented."""

    def run(self) -> list[nodes.Node]:
        """One row per name of ``directive_report.__all__``."""
        import directive_report

        rows: list[list[nodes.Node | str]] = []
        for name in sorted(directive_report.__all__, key=str.casefold):
            obj = getattr(directive_report, name)
            module = getattr(obj, "__module__", None) or getattr(obj, "__name__", "")
            rows.append([literal(f"dr.{name}"), literal(str(module))])
        return [table(["Name", "Defined in"], rows)]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives."""
    app.add_directive("dr-document-types", DocumentTypes)
    app.add_directive("dr-public-names", PublicNames)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
