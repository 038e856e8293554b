"""``directive-report citations``: text and JSON output, report files, user errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from directive_report import citations, examples
from directive_report.cli import main
from directive_report.cli._citations import RECORD_KEYS

#: A verbatim copy of shared/examples/seed-report.txt, the real report.
SEED = Path(__file__).parent / "data" / "seed-report.txt"
TEXT = (
    "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ;\r\n"
    "xử phạt theo Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP; kết quả Chỉ thị 21.\n"
)


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    """A small UTF-8 text with Windows and Unix line ends."""
    path = tmp_path / "bao-cao.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    return path


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["citations", "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    return data


def test_json_records(capsys: pytest.CaptureFixture[str], text_file: Path) -> None:
    """The record format of the issue, exactly, with hand-checked values."""
    records = run_json(capsys, str(text_file))
    assert [tuple(r) for r in records] == [RECORD_KEYS] * 3
    assert records[0] == {
        "file": str(text_file),
        "start": 10,
        "end": 69,
        "text": "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
        "doc_type": "Chỉ thị",
        "number": 21,
        "year": None,
        "symbol": "CT-TTg",
        "date": "2020-05-25",
        "issuer": "Thủ tướng Chính phủ",
        "issuer_inferred": False,
        "pinpoint": None,
        "resolved_to": "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
    }
    assert records[1] | {"start": 0, "end": 0} == {
        "file": str(text_file),
        "start": 0,
        "end": 0,
        "text": "Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP",
        "doc_type": "Nghị định",
        "number": 15,
        "year": 2020,
        "symbol": "NĐ-CP",
        "date": None,
        "issuer": "Chính phủ",
        "issuer_inferred": True,
        "pinpoint": "điểm a khoản 5 Điều 102",
        "resolved_to": "Nghị định số 15/2020/NĐ-CP của Chính phủ",
    }
    assert (records[2]["text"], records[2]["symbol"], records[2]["resolved_to"]) == (
        "Chỉ thị 21",
        None,
        "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
    )


def test_offsets_index_the_file_as_read(
    capsys: pytest.CaptureFixture[str], text_file: Path
) -> None:
    """start/end count characters of the file decoded as UTF-8, line ends untouched."""
    content = text_file.read_bytes().decode("utf-8")
    for record in run_json(capsys, str(text_file)):
        assert content[record["start"] : record["end"]] == record["text"]


def test_report_file_offsets_index_its_text(capsys: pytest.CaptureFixture[str]) -> None:
    """For a report, offsets count in citations.report_text(report)."""
    path = examples.path("bac-giang-ct21-2024")
    records = run_json(capsys, str(path))
    words = citations.report_text(examples.load("bac-giang-ct21-2024"))
    assert len(records) >= 15
    for record in records:
        assert words[record["start"] : record["end"]] == record["text"]


def test_report_file_text_output_counts_paragraphs(capsys: pytest.CaptureFixture[str]) -> None:
    """A report's lines are not the file's: its citations are placed by paragraph, the trích
    yếu being paragraph 1 (the seed's trích yếu cites Chỉ thị số 21/CT-TTg)."""
    path = examples.path("bac-giang-ct21-2024")
    assert main(["citations", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{path} (paragraph 1): Chỉ thị số 21/CT-TTg")
    assert all(line.startswith(f"{path} (paragraph ") for line in lines)
    assert f"{path}:" not in "\n".join(lines)


def test_one_array_for_several_files(capsys: pytest.CaptureFixture[str], text_file: Path) -> None:
    """Records of every file, file by file, in one array."""
    records = run_json(capsys, str(text_file), str(SEED))
    files = [r["file"] for r in records]
    assert files[:3] == [str(text_file)] * 3
    assert set(files[3:]) == {str(SEED)}
    assert len(files) > 20


def test_text_output(capsys: pytest.CaptureFixture[str], text_file: Path) -> None:
    """One line per citation: file:line:column, the words, and what a short form stands for."""
    assert main(["citations", str(text_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{text_file}:1:11: Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
        f"{text_file}:2:14: Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP  =>  "
        "Nghị định số 15/2020/NĐ-CP của Chính phủ",
        f"{text_file}:2:77: Chỉ thị 21  =>  Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "none.txt", "none.txt: no such file"),
        (lambda d: d, "no text or report file"),  # a folder with nothing to read
        (lambda d: _write(d / "latin.txt", b"C\xf4ng v\xe3n s\xf4 5"), "not UTF-8 text"),
        (lambda d: _write(d / "bad.toml", b"title = "), "bad.toml: invalid TOML"),
        (lambda d: d / "none.json", "none.json: no such file"),
    ],
)
def test_user_errors_print_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: object, message: str
) -> None:
    """A bad file: one line on stderr naming it, exit status 1, nothing on stdout."""
    path = make(tmp_path)  # type: ignore[operator]
    assert main(["citations", "--json", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
    assert message in captured.err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_folder_and_jobs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A folder is searched through its subfolders, files by name; --jobs gives the same output."""
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Theo Chỉ thị số 21/CT-TTg.", encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("Căn cứ Luật An ninh mạng năm 2018;", encoding="utf-8")
    (tmp_path / "b" / "skip.csv").write_text("Chỉ thị số 22/CT-TTg", encoding="utf-8")
    serial = run_json(capsys, "--jobs", "1", str(tmp_path))
    parallel = run_json(capsys, "--jobs", "2", str(tmp_path))
    assert serial == parallel
    assert [(Path(r["file"]).name, r["text"]) for r in serial] == [
        ("a.txt", "Chỉ thị số 21/CT-TTg"),
        ("c.md", "Luật An ninh mạng năm 2018"),
    ]


def test_empty_folder_and_bad_jobs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A folder with nothing to read, and --jobs -1: one line each, status 1 or 2."""
    assert main(["citations", str(tmp_path)]) == 1
    assert "no text or report file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["citations", "--jobs", "-1", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "expected a whole number, 0 or 'auto'" in capsys.readouterr().err
