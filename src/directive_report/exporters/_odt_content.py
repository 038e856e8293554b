"""``content.xml`` of the ODT (private): the plan's blocks, and the automatic styles they need.

Paragraphs carry the named style of their role.  A one-off variation is an automatic style
(``P1``, ``P2``...) that inherits from the named one and changes only what differs: a rule's side
margins (a rule is the top border of an empty paragraph whose equal side margins centre it), the
last body paragraph's keep-with-next, the first block's choice of the "First Page" master page,
and the space between two paragraphs.  Page 1 takes "Contact First Page" instead of "First
Page" when the plan has a first-page footer (ô 13).  Word puts the larger of a paragraph's space after and the
next one's space before between them, ODF both; LibreOffice lays a DOCX out by Word's rule, so a
paragraph after one with space after gets only what its space before adds, and both formats
break alike.

Tables are borderless with fixed column widths, aligned left (not stretched to the text width),
zero padding; their rows are unsplittable when the plan keeps the table together.

ODF collapses white space in text: a run of spaces, a space after a space, a tab and a line break
are written as ``text:s``, ``text:tab`` and ``text:line-break`` (OpenDocument 1.2 Part 1 §6.1).
"""

from __future__ import annotations

from collections.abc import Iterable

from directive_report.exporters._odf import (
    attributes,
    font_face_declarations,
    mm,
    odf_text,
    pt,
    root,
)
from directive_report.exporters._odt_grid import grid_table
from directive_report.exporters._odt_styles import (
    CONTACT_FIRST_PAGE,
    FIRST_PAGE,
    LANDSCAPE_FIRST_PAGE,
)
from directive_report.layout import (
    DocumentPlan,
    GridTable,
    LayoutBlock,
    PageStart,
    Role,
    Rule,
    StyledParagraph,
    Table,
    character_role,
)

__all__ = ["content_xml", "odf_text"]


def content_xml(plan: DocumentPlan) -> str:
    """The ``content.xml`` part of *plan*'s document."""
    return _ContentWriter(plan).write()


class _ContentWriter:
    """Writes the body of one plan, collecting the automatic styles it derives on the way."""

    def __init__(self, plan: DocumentPlan) -> None:
        self.plan = plan
        self.automatic_styles: list[str] = []
        self._derived: dict[tuple[Role, tuple[tuple[str, str], ...], str | None], str] = {}
        self._tables = 0  # data tables written, for their names
        self._opening = {role: f'<text:p text:style-name="{role.style_id}">' for role in Role}
        self._spans = {
            role: f'<text:span text:style-name="{role.style_id}">' for role in plan.character_styles
        }

    def write(self) -> str:
        """The whole part."""
        body = "".join(self._flow(self.plan.blocks, first_page=True))
        return (
            f"{root('office:document-content')}"
            f"{font_face_declarations(self.plan.profile.font_family)}"
            f"<office:automatic-styles>{''.join(self.automatic_styles)}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>"
        )

    def _flow(self, blocks: Iterable[LayoutBlock], *, first_page: bool = False) -> Iterable[str]:
        """The elements of *blocks* (the body's or a table cell's); with *first_page*, the first
        selects the first-page master page.  After a :class:`PageStart` the next paragraph
        selects the first-page master page of the part's orientation and restarts the page
        numbers at 1."""
        styles = self.plan.styles
        space_after = 0.0
        first = CONTACT_FIRST_PAGE if self.plan.first_page_footer else FIRST_PAGE
        master_page: str | None = first if first_page else None
        restart = False
        for block in blocks:
            if isinstance(block, PageStart):
                master_page = LANDSCAPE_FIRST_PAGE if block.landscape else FIRST_PAGE
                restart = True
                continue
            if isinstance(block, GridTable):
                self._tables += 1
                yield grid_table(block, f"Data_Table_{self._tables}", self._automatic, self._flow)
                space_after = 0.0
                continue
            if isinstance(block, Table):
                yield self._table(block, master_page)
                master_page = None
                space_after = 0.0
                continue
            style = styles[block.role]
            changes = {}
            if space_after and style.space_before:
                changes["fo:margin-top"] = pt(max(0.0, style.space_before - space_after))
            if isinstance(block, Rule):
                side = mm(block.indent)
                changes |= {"fo:margin-left": side, "fo:margin-right": side}
            elif block.keep_with_next and not style.keep_with_next:
                changes["fo:keep-with-next"] = "always"
            if restart:
                changes["style:page-number"] = "1"
                restart = False
            if changes or master_page:
                opening = (
                    f'<text:p text:style-name="{self._derive(block.role, changes, master_page)}">'
                )
            else:
                opening = self._opening[block.role]
            master_page = None
            if isinstance(block, Rule):
                yield f"{opening[:-1]}/>"
            else:
                yield f"{opening}{self._runs(block)}</text:p>"
            space_after = style.space_after

    def _derive(self, role: Role, changes: dict[str, str], master_page: str | None) -> str:
        """The name of an automatic paragraph style: *role*'s named style with the paragraph
        properties *changes*, selecting *master_page* if given.  Equal requests share one."""
        key = (role, tuple(sorted(changes.items())), master_page)
        name = self._derived.get(key)
        if name is None:
            name = f"P{len(self._derived) + 1}"
            master = f' style:master-page-name="{master_page}"' if master_page else ""
            properties = f"<style:paragraph-properties{attributes(changes)}/>" if changes else ""
            self.automatic_styles.append(
                f'<style:style style:name="{name}" style:family="paragraph" '
                f'style:parent-style-name="{role.style_id}"{master}>{properties}</style:style>'
            )
            self._derived[key] = name
        return name

    def _runs(self, block: StyledParagraph) -> str:
        """The text of *block*, emphasis as spans of the named text styles."""
        out = []
        after_space = False  # whether the text so far ends in a space (ODF collapses a second)
        for run in block.runs:
            text = odf_text(run.text, after_space=after_space)
            role = character_role(run)
            out.append(text if role is None else f"{self._spans[role]}{text}</text:span>")
            after_space = run.text.endswith(" ")
        return "".join(out)

    def _automatic(self, name: str, family: str, properties: str, extra: str = "") -> None:
        """Add an automatic style *name* of *family* with *properties*."""
        self.automatic_styles.append(
            f'<style:style style:name="{name}" style:family="{family}"{extra}>'
            f"{properties}</style:style>"
        )

    def _table(self, table: Table, master_page: str | None) -> str:
        """A ``table:table`` and its automatic styles."""
        name = f"{table.name.capitalize()}_Table"
        widths = table.column_widths
        table_properties = attributes(
            {
                "style:width": mm(sum(widths)),
                "table:align": "left",
                "fo:margin-top": pt(table.space_before),
            }
        )
        master = f' style:master-page-name="{master_page}"' if master_page else ""
        self._automatic(name, "table", f"<style:table-properties{table_properties}/>", master)
        self._automatic(
            f"{name}.Cell",
            "table-cell",
            '<style:table-cell-properties fo:border="none" fo:padding="0mm" '
            'style:vertical-align="top"/>',
        )
        keep = "always" if table.keep_together else "auto"
        self._automatic(
            f"{name}.Row",
            "table-row",
            f'<style:table-row-properties fo:keep-together="{keep}"/>',
        )
        columns = []
        for index, width in enumerate(widths, start=1):
            self._automatic(
                f"{name}.C{index}",
                "table-column",
                f'<style:table-column-properties style:column-width="{mm(width)}"/>',
            )
            columns.append(f'<table:table-column table:style-name="{name}.C{index}"/>')
        cell_start = f'<table:table-cell table:style-name="{name}.Cell" office:value-type="string">'
        rows = "".join(
            f'<table:table-row table:style-name="{name}.Row">'
            + "".join(
                f"{cell_start}{''.join(self._flow(cell.content))}</table:table-cell>"
                for cell in row
            )
            + "</table:table-row>"
            for row in table.rows
        )
        return (
            f'<table:table table:name="{name}" table:style-name="{name}">'
            f"{''.join(columns)}{rows}</table:table>"
        )
