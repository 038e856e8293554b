"""What a roll-up returns besides the compiled report: where every part came from (private)."""

from __future__ import annotations

from typing import Literal

import attrs

from directive_report.checks import Finding
from directive_report.model import Citation, Report
from directive_report.model.body import Number

__all__ = [
    "Cited",
    "HeadingMatch",
    "LeftOut",
    "Origin",
    "Part",
    "Placement",
    "RollupResult",
    "Total",
]


@attrs.frozen(kw_only=True)
class Origin:
    """Where something came from: the reporting ``unit`` (its authority's name), the ``source``
    it was read from (a file name, or the unit's name) and the ``location`` inside that report
    (``sections[0].sections[2].blocks[3].actions[1]``)."""

    unit: str
    source: str
    location: str

    def __str__(self) -> str:
        return f"{self.source}: {self.location}" if self.location else self.source


@attrs.frozen(kw_only=True)
class HeadingMatch:
    """How one unit's heading was merged.

    ``how`` is ``"first"`` (the heading opened the compiled one), ``"same title"``, ``"same
    topic"``, ``"similar title"`` (merged into ``merged_title``) or ``"unmatched"`` (added as a
    heading of its own); ``location`` is the heading in the compiled report.
    """

    origin: Origin
    title: str
    merged_title: str
    location: str
    how: Literal["first", "same title", "same topic", "similar title", "unmatched"]

    @property
    def matched(self) -> bool:
        """Whether the heading joined one that another unit had already reported."""
        return self.how not in ("first", "unmatched")


@attrs.frozen(kw_only=True)
class Placement:
    """A body block of a unit's report and the block it became in the compiled report."""

    origin: Origin
    location: str


@attrs.frozen(kw_only=True)
class Part:
    """One addend of a total: the value a unit reported, and where."""

    origin: Origin
    value: Number


@attrs.frozen(kw_only=True)
class Total:
    """A sum of quantities in one unit of measure, or of money in one currency.

    ``location`` is the compiled section whose own blocks hold the parts, ``""`` for the total
    over the whole report.  ``value`` is the sum of the parts' values, always.
    """

    what: Literal["quantity", "money"]
    unit: str
    value: Number
    parts: tuple[Part, ...]
    location: str


@attrs.frozen(kw_only=True)
class Cited:
    """A document cited by the units, once per document number (``386/CAT-ANM``): the first
    full citation of it, and every place it was cited."""

    number: str
    citation: Citation
    origins: tuple[Origin, ...]


@attrs.frozen(kw_only=True)
class LeftOut:
    """A unit's text that the compiled report does not carry, and why (a unit's opening and
    closing paragraphs frame its own letter, not the province's)."""

    origin: Origin
    text: str
    reason: str


@attrs.frozen(kw_only=True)
class RollupResult:
    """The compiled report and an account of what went into it.

    * ``report``: the draft of the compiling body, with placeholders where it must write;
    * ``units``: the units that reported, in the compiled order; ``missing``: the expected units
      that did not report;
    * ``headings``: every unit's heading and how it was merged (``unmatched`` lists those that
      matched none);
    * ``placements``: every unit's body block and where it went;
    * ``totals``: quantities per unit of measure and money per currency, per section and over
      the whole report, each with its parts;
    * ``citations``: the documents cited, once per number;
    * ``left_out``: the unit's text not carried, with the reason;
    * ``findings``: what a reader should look at (unmatched headings, missing units, citations
      whose number is given two dates or issuers), as :class:`directive_report.checks.Finding`.
    """

    report: Report
    units: tuple[str, ...]
    missing: tuple[str, ...]
    headings: tuple[HeadingMatch, ...]
    placements: tuple[Placement, ...]
    totals: tuple[Total, ...]
    citations: tuple[Cited, ...]
    left_out: tuple[LeftOut, ...]
    findings: tuple[Finding, ...]

    @property
    def unmatched(self) -> tuple[HeadingMatch, ...]:
        """The headings that matched no other unit's and stand alone in the compiled report."""
        return tuple(match for match in self.headings if match.how == "unmatched")
