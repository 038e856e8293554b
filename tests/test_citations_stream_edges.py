"""citations.extract at its edges: bidirectional controls refused with their place in the
whole input, a file's own line ends kept in the offsets.  Expected values counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_report import citations
from directive_report.errors import DirectiveReportError


def test_bidi_control_in_a_string_is_refused_with_its_position() -> None:
    """U+202E at index 3 of the string: character 4."""
    with pytest.raises(DirectiveReportError) as error:
        citations.extract("abc\u202edef")
    message = str(error.value)
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in message
    assert "at character 4:" in message


def test_bidi_control_in_a_later_chunk_is_placed_in_the_whole_text() -> None:
    """'Chỉ thị ' is 8 characters; U+2066 is the second of the next chunk: character 10."""
    with pytest.raises(DirectiveReportError) as error:
        list(citations.extract(["Chỉ thị ", "x\u2066y"]))
    message = str(error.value)
    assert "U+2066 (LEFT-TO-RIGHT ISOLATE)" in message
    assert "at character 10:" in message


def test_a_file_keeps_its_line_ends_in_the_offsets(tmp_path: Path) -> None:
    """'Dòng một\\r\\n' is 10 characters read as written (not 9 with the line end translated)."""
    path = tmp_path / "crlf.txt"
    path.write_bytes("Dòng một\r\nChỉ thị số 21/CT-TTg.\r\n".encode())
    (found,) = citations.extract(path)
    assert (found.start, found.end, found.text) == (10, 30, "Chỉ thị số 21/CT-TTg")
