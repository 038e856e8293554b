"""Inline text: paragraphs made of runs with emphasis."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from directive_report import i18n
from directive_report._text import nfc
from directive_report.model._validation import fail

__all__ = ["Paragraph", "Run", "RunLike", "as_paragraph"]


@attrs.frozen(kw_only=True)
class Run:
    """A stretch of text with one emphasis: ``Run(text="domain", italic=True)``."""

    text: str = attrs.field(converter=nfc)
    bold: bool = False
    italic: bool = False

    @property
    def plain(self) -> bool:
        """Whether the run has no emphasis."""
        return not (self.bold or self.italic)


RunLike = Run | str


def _normalise_runs(runs: Iterable[RunLike] | str) -> tuple[Run, ...]:
    """Turn strings into runs, drop empty runs and merge neighbours of the same emphasis,
    so that equal text always has one representation."""
    if isinstance(runs, str):
        runs = (runs,)
    merged: list[Run] = []
    for item in runs:
        run = Run(text=item) if isinstance(item, str) else item
        if not run.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = attrs.evolve(merged[-1], text=merged[-1].text + run.text)
        else:
            merged.append(run)
    return tuple(merged)


def _check_runs(
    instance: Paragraph, attribute: attrs.Attribute[Any], value: tuple[Run, ...]
) -> None:
    text = "".join(run.text for run in value)
    if not text.strip():
        fail(instance, attribute, i18n._("a paragraph must contain text"), text)
    if text != text.strip():
        fail(
            instance,
            attribute,
            i18n._("must not start or end with whitespace: {text!r}").format(text=text[:40]),
            text,
        )


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text; ``Paragraph(runs="plain text")`` or a sequence of runs."""

    runs: tuple[Run, ...] = attrs.field(converter=_normalise_runs, validator=_check_runs)

    @property
    def text(self) -> str:
        """The paragraph's text without emphasis."""
        return "".join(run.text for run in self.runs)

    def __str__(self) -> str:
        return self.text


def as_paragraph(value: Paragraph | str | Iterable[RunLike]) -> Paragraph:
    """Accept a :class:`Paragraph`, a plain string or a sequence of runs."""
    if isinstance(value, Paragraph):
        return value
    return Paragraph(runs=value)
