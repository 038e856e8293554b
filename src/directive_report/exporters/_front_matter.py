"""The TOML front matter of a Markdown file the library wrote (private).

With ``ExportOptions.embed_model`` (the default) the Markdown exporter writes, at the very top, the
whole report as a TOML report file between two ``+++`` lines — the front matter of static-site
generators such as Hugo — followed by a blank line and the body.  The front matter is exactly
what :func:`directive_report.dumps` writes (the report file format, comments allowed), so it
carries everything the page does not print: exact dates, numbers, quantities, money amounts,
citations, the reporting period, table data.  :func:`~directive_report.readers.read` trusts it only after
checking it against what the body shows.

>>> from directive_report import examples
>>> text = front_matter(examples.load("bac-giang-ct21-2024")) + "# BÁO CÁO\\n"
>>> text.splitlines()[:3]
['+++', '# directive-report: the report this page shows, read back by directive_report.read()', 'type = "Báo cáo"']
>>> toml, body, first = split_front_matter(text, "report.md")
>>> body, first
('# BÁO CÁO\\n', 209)
>>> split_front_matter("# Someone else's page\\n", "page.md")
(None, "# Someone else's page\\n", 1)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from directive_report import i18n
from directive_report.errors import ReportLoadError

if TYPE_CHECKING:
    from directive_report.model import Report

__all__ = ["FENCE", "front_matter", "split_front_matter"]

#: The line that opens and closes the front matter (TOML front matter, as in Hugo).
FENCE: Final = "+++"
_COMMENT: Final = (
    "# directive-report: the report this page shows, read back by directive_report.read()"
)


def front_matter(report: Report) -> str:
    """The front-matter block of *report*: fences, a comment, the TOML, and a blank line.

    The TOML is written with every string on one line, so no line of it is ever ``+++``.
    """
    from directive_report.serialize import dumps

    return f"{FENCE}\n{_COMMENT}\n{dumps(report, 'toml')}{FENCE}\n\n"


def split_front_matter(text: str, name: str) -> tuple[str | None, str, int]:
    """``(toml, body, first_line)`` of the Markdown *text* (of the file *name*): the front
    matter's TOML padded with blank lines so that its line numbers are the file's (``None`` when
    the file has none), the body after it, and the file line the body starts on.

    Raises :class:`~directive_report.errors.ReportLoadError` naming *name* and line 1 when the
    front matter is opened but never closed.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != FENCE:
        return None, text, 1
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") == FENCE:
            toml = "\n" + "".join(lines[1:index])  # line 1 is the fence
            body_start = index + 1
            if body_start < len(lines) and not lines[body_start].strip():
                body_start += 1
            return toml, "".join(lines[body_start:]), body_start + 1
    raise ReportLoadError(
        name,
        [
            (
                "line 1",
                i18n._("the TOML front matter opened by {fence} is never closed").format(
                    fence=FENCE
                ),
            )
        ],
    )
