"""read() of Markdown the library wrote: the TOML front matter, checked against the body."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import directive_report as dr
from directive_report.errors import DirectiveReportError, EmbeddedReportError, ReportLoadError
from directive_report.exporters import ExportOptions
from directive_report.exporters.markdown_export import to_markdown
from directive_report.readers import (
    EditedDocumentWarning,
    UnreadableFileError,
    VisibleTextMismatchError,
)

SEED = "bac-giang-ct21-2024"


def _markdown(name: str = SEED, *, embed: bool = True) -> str:
    report = dr.examples.load(name)
    return dr.render(report, "markdown", ExportOptions(embed_model=embed)).decode("utf-8")


def _write(tmp_path: Path, text: str | bytes, name: str = "report.md") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def _front_and_body(text: str) -> tuple[str, str]:
    assert text.startswith("+++\n")
    front, body = text[4:].split("\n+++\n\n", 1)
    return front, body


def test_the_front_matter_is_the_report_file_and_the_body_is_unchanged() -> None:
    """The front matter is a TOML report file (it loads on its own, to the same report); the
    body after it is exactly the Markdown written without embedding, a CommonMark document
    whose first block is the header's first line."""
    report = dr.examples.load(SEED)
    front, body = _front_and_body(_markdown())
    assert dr.loads(front, "toml") == report
    assert tomllib.loads(front)["directives"][0]["citation"]["date"].isoformat() == "2020-05-25"
    assert body == _markdown(embed=False)
    tokens = MarkdownIt("commonmark").parse(body)
    assert tokens[1].content == "UBND TỈNH BẮC GIANG\\\n**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**"


def test_data_the_page_does_not_print_comes_back() -> None:
    """An action's quantity and money amount, a directive's date: in the front matter only."""
    report = dr.examples.load(SEED)
    body = _markdown(embed=False)
    assert "2020-05-25" not in body
    assert dr.read(io.BytesIO(_markdown().encode()), format="markdown").directives == (
        report.directives
    )


def test_an_edited_body_is_detected(tmp_path: Path) -> None:
    text = _markdown()
    assert text.count("thu hồi 185 số thuê bao") == 2  # the front matter and the body
    _, body = _front_and_body(text)
    edited = text.replace(body, body.replace("thu hồi 185 số thuê bao", "thu hồi 999 số thuê bao"))
    path = _write(tmp_path, edited)
    with pytest.raises(VisibleTextMismatchError) as raised:
        dr.read(path)
    error = raised.value
    line = next(n for n, t in enumerate(edited.splitlines(), 1) if "thu hồi 999" in t)
    assert error.source == str(path)
    assert error.location == f"line {line}"
    assert "thu hồi 999 số thuê bao" in error.shown
    assert "thu hồi 185 số thuê bao" in error.expected
    assert str(error).startswith(f"{path}: line {line}: the document shows ")
    with pytest.warns(EditedDocumentWarning, match=f"line {line}"):
        ingested = dr.read(path, strict=False)
    shown = dr.render(ingested, "markdown").decode("utf-8")
    assert "thu hồi 999 số thuê bao" in shown
    assert "185 số thuê bao" not in shown


def test_a_printed_value_edited_in_the_front_matter_is_detected(tmp_path: Path) -> None:
    """The body is authoritative for what it shows: a front matter that says otherwise is
    caught too (here the report's date, printed in the place-and-date line)."""
    text = _markdown()
    assert "\ndate = 2024-05-20\n" in text
    path = _write(tmp_path, text.replace("\ndate = 2024-05-20\n", "\ndate = 2024-05-21\n", 1))
    with pytest.raises(VisibleTextMismatchError) as raised:
        dr.read(path)
    assert "ngày 20 tháng 5 năm 2024" in raised.value.shown
    assert "ngày 21 tháng 5 năm 2024" in raised.value.expected


def test_a_renumbered_list_is_detected(tmp_path: Path) -> None:
    """List markers are part of what the body shows (``-`` to ``+``)."""
    text = _markdown()
    _, body = _front_and_body(text)
    assert "\n- Lưu: VT.\n" in body
    path = _write(tmp_path, text.replace("\n- Lưu: VT.\n", "\n+ Lưu: VT.\n"))
    with pytest.raises(VisibleTextMismatchError, match=r"'\+ Lưu: VT\.'"):
        dr.read(path)


def test_the_format_comes_from_the_suffix_or_the_content(tmp_path: Path) -> None:
    report = dr.examples.load(SEED)
    data = _markdown().encode("utf-8")
    assert dr.read(_write(tmp_path, data, "report.markdown")) == report
    assert dr.read(io.BytesIO(data)) == report  # no name: "+++" at the top says Markdown
    assert dr.read(io.BytesIO(b"\xef\xbb\xbf" + data)) == report  # a byte order mark


def test_a_file_saved_with_windows_line_ends_still_reads(tmp_path: Path) -> None:
    """An editor on Windows that re-saves the file with CR LF changes nothing it says."""
    data = _markdown().replace("\n", "\r\n").encode("utf-8")
    assert dr.read(_write(tmp_path, data)) == dr.examples.load(SEED)


def test_a_table_source_is_found_next_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Front matter written by hand may name a table's ``source`` (a CSV file): it is found
    beside the Markdown file, whatever the current folder, as beside a report file."""
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    (folder / "bieu.csv").write_text("Đơn vị,Số thuê bao\nHuyện A,185\nHuyện B,412\n", "utf-8")
    toml = dr.examples.path(SEED).read_text(encoding="utf-8") + (
        '\n[[sections]]\ntitle = "Số liệu"\n\n[[sections.blocks]]\n\n[sections.blocks.table]\n'
        'caption = "Thuê bao bị thu hồi"\nsource = { file = "bieu.csv" }\n'
    )
    (folder / "bao-cao.toml").write_text(toml, encoding="utf-8")
    report = dr.load(folder / "bao-cao.toml")
    body = to_markdown(report)
    assert "| Huyện B | 412 |" in body
    path = _write(folder, f"+++\n{toml}+++\n\n{body}")
    monkeypatch.chdir(tmp_path)
    assert dr.read(path) == report


def test_markdown_without_front_matter_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path, _markdown(embed=False), "plain.md")
    with pytest.raises(EmbeddedReportError) as raised:
        dr.read(path)
    assert str(raised.value) == (
        f"{path}: the Markdown file carries no report (no TOML front matter between +++ lines at"
        " its top): it was written with embed_model=False (--no-embed) or by another program"
    )
    with pytest.raises(EmbeddedReportError):
        dr.read(path, strict=False)  # as for DOCX and ODT: nothing to check the page against


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", UnreadableFileError, "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\x80", UnreadableFileError, "not a text file"),
        (
            b"# README\n\nSomeone else's notes, *not* a report.\n",
            EmbeddedReportError,
            "carries no report",
        ),
        (b"+++\ntitle = 'x'\n", ReportLoadError, "line 1: the TOML front matter opened by +++"),
        (
            b'+++\ntype = "B\xc3\xa1o c\xc3\xa1o"\nnumber = = 3\n+++\n\n# B\n',
            ReportLoadError,
            "at line 3",
        ),
        (b"+++\ntitle = 'My blog post'\n+++\n\nHello\n", ReportLoadError, "authority"),
    ],
    ids=["empty", "random-bytes", "not-a-report", "unclosed", "bad-toml", "not-a-report-toml"],
)
def test_bad_markdown_files_are_one_clear_error(
    content: bytes, error: type[DirectiveReportError], message: str, tmp_path: Path
) -> None:
    path = _write(tmp_path, content, "bad.md")
    with pytest.raises(error) as raised:
        dr.read(path)
    assert isinstance(raised.value, DirectiveReportError)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)
