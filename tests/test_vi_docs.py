"""Run every example of docs/formatting.md and the doctests of directive_report.vi.

A table row of the docs page is ``| `call` | `repr of the result` |`` or
``| `call` | raises `ErrorName` (why) |``; each one is evaluated here, so the page cannot
drift from the code.
"""

from __future__ import annotations

import datetime
import doctest
import re
from decimal import Decimal
from pathlib import Path

import pytest

from directive_report import vi

DOCS = Path(__file__).resolve().parent.parent / "docs" / "formatting.md"
ROW = re.compile(r"^\| `(?P<call>[^`]+)` \| (?:`(?P<result>[^`]+)`|raises `(?P<error>\w+)`)")
NAMESPACE = {"vi": vi, "date": datetime.date, "datetime": datetime, "Decimal": Decimal}


def _examples() -> list[tuple[str, str | None, str | None]]:
    rows = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            rows.append((match["call"], match["result"], match["error"]))
    return rows


EXAMPLES = _examples()


def test_docs_have_examples_for_every_public_function() -> None:
    called = {name for call, _, _ in EXAMPLES for name in re.findall(r"vi\.(\w+)\(", call)}
    public = {
        name
        for name in vi.__all__
        if callable(getattr(vi, name)) and not isinstance(getattr(vi, name), type)
    }
    public -= {"Billion", "DateStyle", "Four", "Linh", "MoneyStyle", "Number", "Thousand"}
    assert public <= called, sorted(public - called)


@pytest.mark.parametrize(("call", "result", "error"), EXAMPLES)
def test_docs_example(call: str, result: str | None, error: str | None) -> None:
    if error is not None:
        with pytest.raises(getattr(vi, error)):
            eval(call, dict(NAMESPACE))
    else:
        assert repr(eval(call, dict(NAMESPACE))) == result


@pytest.mark.parametrize(
    "module", [vi, vi.dates, vi.markers, vi.money, vi.numbers, vi.words], ids=lambda m: m.__name__
)
def test_module_doctests(module: object) -> None:
    failures, _ = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)  # type: ignore[arg-type]
    assert failures == 0


def test_package_doctests_run() -> None:
    _, tried = doctest.testmod(vi, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried > 0
