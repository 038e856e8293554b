"""The check every model-message table shares: building raises one line, word for word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from directive_report.errors import ReportValidationError


def check_message(build: Callable[[], object], message: str) -> None:
    """*build* raises a validation error whose text is exactly *message*, on one line."""
    with pytest.raises(ReportValidationError) as caught:
        build()
    assert str(caught.value) == message
    assert "\n" not in message
