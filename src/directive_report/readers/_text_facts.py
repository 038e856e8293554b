"""Facts in the text of an action: money amounts, counted quantities, citations (private)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import directive_report.readers._patterns as patterns
from directive_report.model import Citation, Money, Quantity

__all__ = ["amounts", "citations", "quantities"]

_SCALE: Final = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000}


def _number_value(text: str) -> int | Decimal:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return int(text.replace(".", ""))
    if "," in text:
        return Decimal(text.replace(",", "."))
    return int(text)


def amounts(text: str) -> tuple[Money, ...]:
    found = []
    for match in patterns.MONEY.finditer(text):
        value = _number_value(match["amount"])
        scale = _SCALE.get(match["scale"] or "", 1)
        amount = value * scale
        if isinstance(amount, Decimal) and amount == amount.to_integral_value():
            amount = int(amount)
        found.append(Money(amount=amount))
    return tuple(found)


def quantities(text: str) -> tuple[Quantity, ...]:
    without_money = patterns.MONEY.sub(" ", text)
    without_dates = re.sub(r"\d{1,2}/\d{1,2}/\d{4}|\d+/[A-ZĐ][\w\-/]*", " ", without_money)
    return tuple(
        Quantity(value=_number_value(match["value"]), unit=match["unit"].strip())
        for match in patterns.QUANTITY.finditer(without_dates)
    )


def citations(text: str) -> tuple[Citation, ...]:
    from directive_report.citations import extract

    return tuple(found.citation for found in extract(text) if not found.alias)
