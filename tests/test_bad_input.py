"""Bad input is one clear error in bounded time and memory (issue 17, cases 7, 10–13): deep or
huge data, files that are not regular files, text no document can carry, spoofing characters,
carriage returns, and messages that quote an excerpt instead of the whole input."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import attrs
import pytest

from directive_report import ReportLoadError, examples, loads, render
from directive_report import citations as cit
from directive_report._text import MAX_TEXT_LENGTH
from directive_report.cli import main
from directive_report.errors import UnprintableTextError
from directive_report.model import Paragraph, Run
from directive_report.serialize import load

SEED = examples.path("bac-giang-ct21-2024")


def one_line(error: ReportLoadError) -> str:
    message = str(error)
    assert "\n" not in message
    assert len(message) < 300, message
    return message


# --------------------------------------------------------------------------------------------
# Case 7: nesting, integers, files that are not regular files, size


@pytest.mark.parametrize("format", ["json", "toml"])
def test_deep_nesting_is_a_load_error(format: str) -> None:
    """10,000-deep arrays (once a RecursionError) and 100-deep tables are refused by name."""
    deep_array = (
        ("[" * 10_000 + "]" * 10_000) if format == "json" else "x = " + "[" * 10_000 + "]" * 10_000
    )
    text = f'{{"x": {deep_array}}}' if format == "json" else deep_array
    with pytest.raises(ReportLoadError) as caught:
        loads(text, format)  # type: ignore[arg-type]
    assert "nested more than 64 levels deep" in one_line(caught.value)
    tables = "{" + '"a": {' * 100 + "}" * 101
    with pytest.raises(ReportLoadError) as caught:
        loads(tables, "json")
    assert caught.value.location.startswith("a.a.a.")
    assert "nested more than 64 levels deep" in one_line(caught.value)


@pytest.mark.parametrize("digits", [1001, 4301, 10_000])
def test_huge_integers_are_a_load_error(digits: int) -> None:
    """A JSON or TOML integer of thousands of digits (once a bare ValueError past 4,300)."""
    for text, format in ((f'{{"n": {"9" * digits}}}', "json"), (f"n = {'9' * digits}", "toml")):
        with pytest.raises(ReportLoadError) as caught:
            loads(text, format)  # type: ignore[arg-type]
        assert "a whole number with more than 1000 digits" in one_line(caught.value)


def _special_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    loop = folder / "loop.toml"
    loop.symlink_to(folder / "loop.toml")
    zero = folder / "zero.toml"
    zero.symlink_to("/dev/zero")
    fifo = folder / "fifo.toml"
    os.mkfifo(fifo)
    return {
        "loop": (loop, "cannot read the file: Too many levels of symbolic links"),
        "zero": (zero, "is a character device, not a regular file"),
        "fifo": (fifo, "is a named pipe (FIFO), not a regular file"),
    }


def test_inputs_that_are_not_regular_files(tmp_path: Path) -> None:
    """A symbolic link loop, a link to /dev/zero (once read until MemoryError), a FIFO (once
    blocked forever): each one ReportLoadError, at once."""
    for path, problem in _special_inputs(tmp_path).values():
        with pytest.raises(ReportLoadError) as caught:
            load(path)
        assert one_line(caught.value) == f"{path}: {problem}"


def test_size_bound_is_configurable(tmp_path: Path) -> None:
    source = tmp_path / "r.toml"
    shutil.copy(SEED, source)
    size = source.stat().st_size
    with pytest.raises(ReportLoadError) as caught:
        load(source, max_bytes=1000)
    assert one_line(caught.value) == (
        f"{source}: is {size:,} bytes, more than the 1,000 a report may have"
    )
    assert load(source, max_bytes=size).summary


def test_batch_goes_on_past_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """render over a loop, /dev/zero, a FIFO and a good report: one line each, the good one
    written, exit status 1 — under --jobs 1 and 2."""
    bad = _special_inputs(tmp_path)
    good = tmp_path / "good.toml"
    shutil.copy(SEED, good)
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        out.mkdir()
        inputs = [str(path) for path, _ in bad.values()] + [str(good)]
        assert main(["render", *inputs, "-f", "markdown", "--out-dir", str(out), "-j", jobs]) == 1
        captured = capsys.readouterr()
        assert sorted(captured.err.splitlines()) == sorted(
            f"directive-report: error: {path}: {problem}" for path, problem in bad.values()
        )
        assert captured.out == f"{out / 'good.md'}\n"


def test_max_input_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "r.toml"
    shutil.copy(SEED, source)
    assert main(["render", str(source), "-f", "markdown", "--max-input-mb", "0.001"]) == 1
    assert "more than the 1,048 a report may have" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# Case 10: text the formats cannot carry


def test_text_too_long_for_a_document_is_refused_at_construction() -> None:
    """A text node over 10 MB makes a DOCX python-docx refuses; the model refuses such text."""
    with pytest.raises(UnprintableTextError) as caught:
        Run(text="a" * (MAX_TEXT_LENGTH + 1))
    message = str(caught.value)
    assert message.startswith("is 1,000,001 characters long, more than the 1,000,000")
    assert len(message) < 300
    assert Run(text="a" * MAX_TEXT_LENGTH).text  # the limit itself is allowed
    with pytest.raises(UnprintableTextError):  # nor can merged runs exceed it
        Paragraph(runs=["a" * MAX_TEXT_LENGTH, "b"])


# --------------------------------------------------------------------------------------------
# Case 11: messages quote an excerpt


def test_a_huge_key_is_quoted_not_repeated() -> None:
    """A 1 MB unknown key once gave a 2 MB error line."""
    key = "k" * 1_000_000
    text = json.dumps({"summary": "x", key: 1})
    with pytest.raises(ReportLoadError) as caught:
        loads(text, "json")
    assert len(str(caught.value)) < 600


def test_a_huge_value_is_quoted_not_repeated() -> None:
    bad = SEED.read_text(encoding="utf-8").replace(
        "date = 2020-05-25", f'date = "{"x" * 100_000}"', 1
    )
    with pytest.raises(ReportLoadError) as caught:
        loads(bad)
    assert len(str(caught.value)) < 300


# --------------------------------------------------------------------------------------------
# Case 12: bidirectional controls


@pytest.mark.parametrize(
    "text",
    ["Chỉ thị số \u202egTT-TC/12\u202c", "\u202e000.000.05\u202c đồng", "a\u2066b\u2069"],
)
def test_bidi_controls_are_refused_with_their_position(text: str) -> None:
    """Text that prints "21/CT-TTg" or "50.000.000" while it says otherwise (Trojan Source)."""
    with pytest.raises(UnprintableTextError) as caught:
        Run(text=text)
    position = next(i for i, c in enumerate(text) if 0x202A <= ord(c) <= 0x2069) + 1
    assert f"at character {position}" in str(caught.value)
    assert "bidirectional control" in str(caught.value)


def test_bidi_controls_in_a_report_file_are_located() -> None:
    bad = SEED.read_text(encoding="utf-8").replace('summary = "', 'summary = "\\u202e', 1)
    with pytest.raises(ReportLoadError) as caught:
        loads(bad, source="r.toml")
    assert caught.value.location == "summary"
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in caught.value.message


def test_citation_extractor_does_not_skip_bidi_text(tmp_path: Path) -> None:
    """extract() refuses the text, naming the character and where it is, in a string, a file or
    chunks alike, rather than silently find nothing where "21/CT-TTg" is printed."""
    text = "Thực hiện Chỉ thị số \u202egTT-TC/12\u202c ngày 25/5/2020.\n"
    with pytest.raises(UnprintableTextError, match="at character 22"):
        cit.extract(text)
    long_text = "x" * 2_000_000 + text
    with pytest.raises(UnprintableTextError, match="at character 2000022"):
        list(cit.extract(io.StringIO(long_text)))
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["citations", str(path)]) == 1


# --------------------------------------------------------------------------------------------
# Case 13: one rule for carriage returns


def _paragraph_with(text: str) -> object:
    report = examples.load("bac-giang-ct21-2024")
    section = report.sections[0]
    blocks = (Paragraph(runs=text), *section.blocks[1:])
    return attrs.evolve(
        report, sections=(attrs.evolve(section, blocks=blocks), *report.sections[1:])
    )


@pytest.mark.parametrize("text", ["Dòng một\rDòng hai.", "Dòng một\r\nDòng hai."])
def test_carriage_return_is_a_line_break_in_every_format(text: str) -> None:
    """Markdown, DOCX and ODT all print a line break where the text has one, written CR, CRLF
    or LF alike (a CR once became a space in DOCX, ODT and PDF)."""
    report = _paragraph_with(text)
    assert report == _paragraph_with("Dòng một\nDòng hai.")
    markdown = render(report, "markdown").decode()  # type: ignore[arg-type]
    assert "Dòng một\\\nDòng hai." in markdown
    docx = zipfile.ZipFile(io.BytesIO(render(report, "docx"))).read("word/document.xml").decode()  # type: ignore[arg-type]
    assert 'Dòng một</w:t><w:br/><w:t xml:space="preserve">Dòng hai.' in docx
    odt = zipfile.ZipFile(io.BytesIO(render(report, "odt"))).read("content.xml").decode()  # type: ignore[arg-type]
    assert "Dòng một<text:line-break/>Dòng hai." in odt
    assert "\r" not in markdown + docx + odt


# --------------------------------------------------------------------------------------------
# Case 10, reading: the report embedded in an office file


def _replace_member(package: bytes, name: str, data: bytes | None = None, zeros: int = 0) -> bytes:
    """*package* with member *name* replaced by *data*, or by *zeros* bytes of zeros written in
    chunks (a small file that decompresses to much more)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
                continue
            if data is not None:
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            inflating = zipfile.ZipInfo(name)
            inflating.compress_type = zipfile.ZIP_DEFLATED
            with target.open(inflating, "w", force_zip64=True) as stream:
                chunk = bytes(1 << 20)
                for _ in range(zeros // len(chunk)):
                    stream.write(chunk)
    return out.getvalue()


def test_embedded_report_decompression_is_bounded() -> None:
    """A small DOCX whose report part inflates to 200 MB is refused from the size it declares,
    without inflating it (the part was once read whole: 1.5 GiB ran out of memory)."""
    from directive_report.errors import EmbeddedReportError
    from directive_report.exporters._package import read_embedded_report

    docx = render(examples.load("bac-giang-ct21-2024"), "docx")
    bomb = _replace_member(docx, "customXml/item1.xml", zeros=200 * 2**20)
    assert len(bomb) < 2 * 2**20
    with pytest.raises(EmbeddedReportError, match="inflates to 209715200 bytes"):
        read_embedded_report(io.BytesIO(bomb))


def test_embedded_report_nesting_is_bounded() -> None:
    """A report part holding 100,000-deep JSON is a load error naming the part, not a
    RecursionError."""
    from directive_report.exporters._package import read_embedded_report

    odt = render(examples.load("bac-giang-ct21-2024"), "odt")
    deep = _replace_member(odt, "directive-report/report.json", ("[" * 100_000).encode())
    with pytest.raises(ReportLoadError) as caught:
        read_embedded_report(io.BytesIO(deep))
    assert "directive-report/report.json" in one_line(caught.value)
