"""The errors of :mod:`directive_report.citations` (re-exported there)."""

from __future__ import annotations

from directive_report.errors import DirectiveReportError

__all__ = ["CitationError", "CitationParseError", "IssuerTableError"]


class CitationError(DirectiveReportError, ValueError):
    """Base class of the errors of :mod:`directive_report.citations`."""


class CitationParseError(CitationError):
    """A text is not exactly one citation.

    ``text`` is the text given, ``position`` the character offset where reading stopped.
    """

    def __init__(self, text: str, position: int, message: str) -> None:
        self.text = text
        self.position = position
        self.message = message
        super().__init__(f"cannot read {text!r} as one citation: {message}")


class IssuerTableError(CitationError):
    """An issuer table entry or file is malformed."""
