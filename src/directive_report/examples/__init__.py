"""Example reports bundled with the library.

``bac-giang-ct21-2024`` is the canonical example: the Bắc Giang Sở Thông tin và Truyền thông report
on the fourth year of implementing Chỉ thị số 21/CT-TTg.

>>> from directive_report import examples
>>> examples.names()[0]
'bac-giang-ct21-2024'
>>> examples.load("bac-giang-ct21-2024").implementation_year()
4
"""

from __future__ import annotations

from pathlib import Path

from directive_report import i18n
from directive_report.errors import DirectiveReportError
from directive_report.model import Report

__all__ = ["ExampleNotFoundError", "load", "names", "path"]

_HERE = Path(__file__).parent


class ExampleNotFoundError(DirectiveReportError, LookupError):
    """No bundled example has the given name."""


def names() -> list[str]:
    """Names of the bundled examples, the canonical one first."""
    found = sorted(p.stem for p in _HERE.glob("*.toml"))
    canonical = "bac-giang-ct21-2024"
    return [canonical, *(n for n in found if n != canonical)]


def path(name: str) -> Path:
    """The TOML file of example *name*."""
    candidate = _HERE / f"{name}.toml"
    if name not in names():
        raise ExampleNotFoundError(
            i18n._("no example named {name!r}; the examples are: {value}").format(
                name=name, value=", ".join(names())
            )
        )
    return candidate


def load(name: str) -> Report:
    """The example *name* as a :class:`~directive_report.Report`."""
    from directive_report.serialize import load as load_file

    return load_file(path(name))
