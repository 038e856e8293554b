"""Loading and saving reports as TOML (for people) and JSON (for programs).

The shape of the files follows the model field by field, with a few conveniences for authors:

* a document type is its name (``type = "Báo cáo"``), a document number its canonical string
  (``number = "89/KH-STTTT"``, ``"/BC-STTTT"`` while unassigned), a pinpoint its wording
  (``"điểm a khoản 5 Điều 102"``), a signature capacity its line (``"KT. GIÁM ĐỐC"``);
* dates are TOML dates (``2024-05-20``) or ISO strings in JSON; whole numbers stay numbers and
  decimals are strings (``"1.5"``), never binary floats;
* a paragraph is a string, or an array of runs where a run is a string or a table
  ``{ text = "...", italic = true }``;
* a body block is a table with one of the keys ``paragraph``, ``bullets``, ``actions``, ``tasks``;
* fields left at their defaults are omitted, and unknown keys are errors (a typo never passes
  silently).

Every problem is reported as :class:`~directive_report.errors.ReportLoadError`, naming the file,
the path inside it (``sections[2].blocks[0].actions[1].date``) and what was expected; a report
that cannot be written raises :class:`~directive_report.errors.ReportDumpError`.
"""

from __future__ import annotations

from directive_report.serialize._converter import Format, make_converter
from directive_report.serialize._read import load, loads
from directive_report.serialize._write import dump, dumps, to_data

__all__ = ["Format", "dump", "dumps", "load", "loads", "make_converter", "to_data"]
