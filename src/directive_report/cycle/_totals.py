"""Summing the units' quantities and money, never across units of measure (private).

"185 số thuê bao" and "40 số thuê bao" add up to 225; "40 thuê bao" is another unit of measure
and stays apart (the spelling is compared without case and extra spaces, nothing more).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from directive_report import vi
from directive_report._text import nfc
from directive_report.cycle._result import Origin, Part, Total
from directive_report.model import ActionList, Block, Paragraph
from directive_report.model.body import Number

__all__ = ["block_parts", "sum_parts", "totals_paragraph"]

#: Opens the paragraph that states a section's totals in the compiled report.
TOTALS_LEAD = "Tổng hợp số liệu của các đơn vị"

_Addend = tuple[str, str, Part]  # ("quantity" | "money", unit of measure as written, part)


def block_parts(block: Block, origin: Origin) -> Iterator[_Addend]:
    """The quantities and amounts of the actions in *block* (a unit's block at *origin*)."""
    if not isinstance(block, ActionList):
        return
    for index, action in enumerate(block.actions):
        where = Origin(
            unit=origin.unit, source=origin.source, location=f"{origin.location}.actions[{index}]"
        )
        for quantity in action.quantities:
            yield "quantity", quantity.unit, Part(origin=where, value=quantity.value)
        for amount in action.amounts:
            yield "money", amount.currency, Part(origin=where, value=amount.amount)


def _measure(unit: str) -> str:
    return " ".join(nfc(unit).casefold().split())


def sum_parts(addends: Iterable[_Addend], location: str) -> list[Total]:
    """One total per kind and unit of measure, in the order each was first met."""
    groups: dict[tuple[str, str], tuple[str, list[Part]]] = {}
    for what, unit, part in addends:
        groups.setdefault((what, _measure(unit)), (unit, []))[1].append(part)
    totals = []
    for (what, _), (unit, parts) in groups.items():
        value: Number = sum((part.value for part in parts), start=0)
        totals.append(
            Total(
                what=what,  # type: ignore[arg-type]
                unit=unit,
                value=value,
                parts=tuple(parts),
                location=location,
            )
        )
    return totals


def _amount(value: Number, unit: str) -> str:
    return f"{vi.format_number(value)} {unit}"


def totals_paragraph(totals: Iterable[Total]) -> Paragraph | None:
    """``Tổng hợp số liệu của các đơn vị: 225 số thuê bao (Sở A: 185 số thuê bao; Sở B: 40 số
    thuê bao).`` for the totals of more than one part; ``None`` when there is none."""
    stated = []
    for total in totals:
        if len(total.parts) < 2:
            continue
        by_unit: dict[str, Number] = {}
        for part in total.parts:
            by_unit[part.origin.unit] = by_unit.get(part.origin.unit, 0) + part.value
        split = "; ".join(
            f"{unit}: {_amount(value, total.unit)}" for unit, value in by_unit.items()
        )
        stated.append(f"{_amount(total.value, total.unit)} ({split})")
    if not stated:
        return None
    return Paragraph(runs=f"{TOTALS_LEAD}: {'; '.join(stated)}.")
