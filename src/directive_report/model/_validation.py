"""attrs validators shared by the model classes (private)."""

from __future__ import annotations

from typing import Any

import attrs

from directive_report import i18n
from directive_report.errors import ReportValidationError

__all__ = ["each_non_empty", "fail", "non_empty", "optional_non_empty", "upper_case"]


def fail(
    instance: object, attribute: attrs.Attribute[Any] | str, message: str, value: object
) -> None:
    """Raise :class:`ReportValidationError` for *attribute* of *instance*."""
    name = attribute if isinstance(attribute, str) else attribute.name
    raise ReportValidationError(type(instance).__name__, name, message, value)


def non_empty(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Reject text that is empty or only whitespace."""
    if not value.strip():
        fail(instance, attribute, i18n._("must not be empty"), value)
    if value != value.strip():
        fail(
            instance,
            attribute,
            i18n._("must not start or end with whitespace: {value!r}").format(value=value),
            value,
        )


def optional_non_empty(
    instance: object, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    """Like :func:`non_empty` but ``None`` is allowed."""
    if value is not None:
        non_empty(instance, attribute, value)


def upper_case(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Require text printed in capitals by the decree (titles in the signature, header lines)."""
    if value is not None and value != value.upper():
        fail(
            instance,
            attribute,
            i18n._("must be written in capitals as printed: {value!r}").format(value=value),
            value,
        )


def each_non_empty(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    """Reject a tuple holding empty text or text with outer whitespace."""
    for item in value:
        if not item.strip() or item != item.strip():
            fail(
                instance,
                attribute,
                i18n._("items must be non-empty text without outer spaces: {item!r}").format(
                    item=item
                ),
                value,
            )
