"""The exceptions directive-report raises.

Every error the library raises for a caller's mistake derives from :class:`DirectiveReportError`,
so an application can catch one type.  Each carries its facts as attributes, not only as text.
"""

from __future__ import annotations

__all__ = ["DirectiveReportError", "ReportLoadError", "ReportValidationError"]


class DirectiveReportError(Exception):
    """Base class of every error directive-report raises for bad input."""


class ReportValidationError(DirectiveReportError, ValueError):
    """A model object was built with a value that breaks one of its invariants.

    ``field`` names the offending field (``"number"``), ``value`` is what was given.
    """

    def __init__(self, owner: str, field: str, message: str, value: object = None) -> None:
        self.owner = owner
        self.field = field
        self.message = message
        self.value = value
        super().__init__(f"{owner}.{field}: {message}")


class ReportLoadError(DirectiveReportError):
    """A report file or string could not be read into a :class:`~directive_report.Report`.

    ``source`` is the file name (or ``"<string>"``), ``problems`` a tuple of
    ``(location, message)`` pairs where *location* is a path inside the document such as
    ``"sections[2].actions[0].date"`` (empty for the document as a whole).
    """

    def __init__(self, source: str, problems: list[tuple[str, str]] | tuple[tuple[str, str], ...]):
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self._describe())

    @property
    def location(self) -> str:
        """Location of the first problem."""
        return self.problems[0][0] if self.problems else ""

    @property
    def message(self) -> str:
        """Message of the first problem."""
        return self.problems[0][1] if self.problems else "cannot load"

    def _describe(self) -> str:
        first = f"{self.source}: {self.location}: {self.message}" if self.location else (
            f"{self.source}: {self.message}"
        )
        extra = len(self.problems) - 1
        return first + (f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra > 0 else "")
