"""The compiled report's data appendix: the units' tables, combined when their columns agree
(private)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from directive_report.cycle._merge import Contribution, Node, name_unit, walk
from directive_report.cycle._result import LeftOut, Origin, Placement
from directive_report.cycle._tables import APPENDIX_TITLE, combine_tables, table_signature
from directive_report.model import Block, Report, Table, block_paragraphs
from directive_report.model.appendix import Appendix, Orientation

__all__ = ["DataAppendix", "appendix_parts", "data_appendix"]

#: Wider tables than this many columns turn the appendix's pages (landscape).
_PORTRAIT_COLUMNS = 7


@attrs.frozen(kw_only=True)
class _Pooled:
    unit: str
    origin: Origin
    table: Table
    contribution: Contribution | None  # None for a table of a unit's own appendix


@attrs.frozen(kw_only=True)
class DataAppendix:
    """The appendix (or None), the body contributions it took over, and where each went."""

    appendix: Appendix | None
    moved: frozenset[int]  # id() of the contributions no longer printed in the body
    placements: tuple[Placement, ...]


def appendix_parts(
    report: Report, *, unit: str, source: str
) -> tuple[list[tuple[Origin, Table]], list[LeftOut]]:
    """The tables of a unit's own appendices, and the rest of them (left out, listed)."""
    tables: list[tuple[Origin, Table]] = []
    left: list[LeftOut] = []

    def blocks(items: Sequence[Block], prefix: str) -> None:
        for index, block in enumerate(items):
            origin = Origin(unit=unit, source=source, location=f"{prefix}.blocks[{index}]")
            if isinstance(block, Table):
                tables.append((origin, block))
            else:
                left.extend(
                    LeftOut(origin=origin, text=p.text, reason="text of the unit's appendix")
                    for p in block_paragraphs(block)
                )

    for a, appendix in enumerate(report.appendices):
        blocks(appendix.blocks, f"appendices[{a}]")
        stack = [(f"appendices[{a}].sections[{s}]", sec) for s, sec in enumerate(appendix.sections)]
        while stack:
            prefix, section = stack.pop(0)
            blocks(section.blocks, prefix)
            stack[:0] = [(f"{prefix}.sections[{s}]", c) for s, c in enumerate(section.sections)]
    return tables, left


def _pool(nodes: list[Node], own: Sequence[tuple[str, Origin, Table]]) -> Iterator[_Pooled]:
    for _, node in walk(nodes):
        for part in node.blocks:
            if isinstance(part.source_block, Table):
                yield _Pooled(
                    unit=part.origin.unit,
                    origin=part.origin,
                    table=part.source_block,
                    contribution=part,
                )
    for unit, origin, table in own:
        yield _Pooled(unit=unit, origin=origin, table=table, contribution=None)


def data_appendix(
    nodes: list[Node], own: Sequence[tuple[str, Origin, Table]], units: Sequence[str]
) -> DataAppendix:
    """Tables of several units with the same columns combined into one, and the tables of the
    units' own appendices, in the appendix "Tổng hợp số liệu của các đơn vị"; a body table
    whose columns no other unit shares stays where its unit put it."""
    groups: dict[object, list[_Pooled]] = {}
    for pooled in _pool(nodes, own):
        groups.setdefault(table_signature(pooled.table), []).append(pooled)
    blocks: list[Table] = []
    moved: set[int] = set()
    placements: list[Placement] = []
    for members in groups.values():
        if len({member.unit for member in members}) > 1:
            where = f"appendices[0].blocks[{len(blocks)}]"
            rank = {unit: index for index, unit in enumerate(units)}
            members = sorted(members, key=lambda m: rank.get(m.unit, len(rank)))  # stable
            blocks.append(combine_tables([(m.unit, m.origin, m.table) for m in members]))
            for member in members:
                placements.append(Placement(origin=member.origin, location=where))
                if member.contribution is not None:
                    moved.add(id(member.contribution))
            continue
        for member in members:
            if member.contribution is None:
                where = f"appendices[0].blocks[{len(blocks)}]"
                named = name_unit(member.table, member.unit)
                assert isinstance(named, Table)
                blocks.append(named)
                placements.append(Placement(origin=member.origin, location=where))
    if not blocks:
        return DataAppendix(appendix=None, moved=frozenset(), placements=())
    wide = max(table.column_count for table in blocks) > _PORTRAIT_COLUMNS
    appendix = Appendix(
        title=APPENDIX_TITLE,
        blocks=tuple(blocks),
        orientation=Orientation.LANDSCAPE if wide else Orientation.PORTRAIT,
    )
    return DataAppendix(appendix=appendix, moved=frozenset(moved), placements=tuple(placements))
