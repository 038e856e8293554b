"""The reporting cycle: compile the units' reports into the superior body's, and start the next
period's report from this one.

* :func:`rollup` merges reports on one directive (headings matched across units, every block
  naming its unit, quantities and money summed with their parts, citations grouped by number)
  into a draft with a :class:`RollupResult` account of what went where;
* :func:`carry_forward` makes next period's draft: the same directive, "năm thứ N+1", last
  period's forward tasks as the headings of the results to report, and placeholders
  (:mod:`directive_report.model.placeholder`) wherever new text is needed.
"""

from __future__ import annotations

from directive_report.cycle._carry import carry_forward
from directive_report.cycle._result import (
    Cited,
    HeadingMatch,
    LeftOut,
    Origin,
    Part,
    Placement,
    RollupResult,
    Total,
)
from directive_report.cycle._rollup import rollup

__all__ = [
    "Cited",
    "HeadingMatch",
    "LeftOut",
    "Origin",
    "Part",
    "Placement",
    "RollupResult",
    "Total",
    "carry_forward",
    "rollup",
]
