"""The compiling body's settings for a roll-up, read from a TOML file (private).

.. code-block:: toml

    expected_units = ["Sở Thông tin và Truyền thông", "Sở Tư pháp", "UBND huyện Tân Yên"]
    addressees = ["Bộ Công an"]          # Kính gửi (optional)
    summary = "..."                      # trích yếu (optional: derived from the directive)

    [authority]                          # who compiles: required
    name = "Ủy ban nhân dân tỉnh Bắc Giang"
    abbreviation = "UBND"
    place = "Bắc Giang"

    [signature]                          # optional: a placeholder otherwise
    capacities = ["TM. ỦY BAN NHÂN DÂN"]
    signer_title = "CHỦ TỊCH"
    name = "..."

    [distribution]                       # optional: a placeholder otherwise
    recipients = ["Như trên", "Bộ Công an"]
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import attrs

from directive_report._text import nfc_optional, nfc_tuple
from directive_report.errors import ReportLoadError
from directive_report.i18n import _
from directive_report.model import Authority, Distribution, Signature

__all__ = ["RollupSettings", "load_settings"]


@attrs.frozen(kw_only=True)
class RollupSettings:
    """Who compiles (``authority``), the units expected to report, and optionally the Kính
    gửi, trích yếu, signature and recipients of the compiled report."""

    authority: Authority
    expected_units: tuple[str, ...] = attrs.field(default=(), converter=nfc_tuple)
    addressees: tuple[str, ...] = attrs.field(default=(), converter=nfc_tuple)
    summary: str | None = attrs.field(default=None, converter=nfc_optional)
    signature: Signature | None = None
    distribution: Distribution | None = None


def load_settings(path: str | os.PathLike[str]) -> RollupSettings:
    """Read :class:`RollupSettings` from a TOML file; a problem is a
    :class:`~directive_report.errors.ReportLoadError` naming the file and the key."""
    from cattrs.errors import ClassValidationError, IterableValidationError

    from directive_report.serialize import make_converter
    from directive_report.serialize._positions import positions
    from directive_report.serialize._problems import message, problems

    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8").removeprefix("\ufeff")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ReportLoadError(source, [("", _("no such file"))]) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        problem = _("cannot read the settings: {error}").format(error=error)
        raise ReportLoadError(source, [("", problem)]) from None
    try:
        settings: RollupSettings = make_converter("toml").structure(data, RollupSettings)
    except (ClassValidationError, IterableValidationError) as group:
        raise ReportLoadError(source, problems(group, positions(text, "toml"))) from None
    except ValueError as error:  # an invariant of the settings as a whole
        raise ReportLoadError(source, [("", message(error))]) from None
    return settings
