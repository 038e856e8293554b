"""``directive-report citations`` streams a text file: read a block at a time, placed by line
and column as it goes, never held whole (the leftover of issue 17 for issue 15)."""

from __future__ import annotations

import gc
import os
import tracemalloc
from pathlib import Path

import pytest

from directive_report.cli import _citations, main

TEXT = (
    "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ;\r\n"
    "xử phạt theo Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP; kết quả Chỉ thị 21.\n"
    "\n"
    "Căn cứ Luật An ninh mạng năm 2018; Kế hoạch số 89/KH-STTTT ngày 03/8/2021.\n"
)
#: A line of the large file: Vietnamese words, no citation, ~100 characters.
FILLER = "Các đơn vị tiếp tục rà soát, tổng hợp kết quả thực hiện nhiệm vụ được giao trong tháng.\n"
CITING = "Thực hiện Quyết định số {n}/QĐ-UBND ngày 05/3/2020 của Ủy ban nhân dân tỉnh Bắc Giang.\n"


def _output(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["citations", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64])
def test_blocks_cut_anywhere_give_the_same_lines(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    block: int,
) -> None:
    """Blocks of a few bytes (cutting characters, line ends and citations) give the output of
    one block, which is the hand-checked one."""
    path = tmp_path / "bao-cao.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    whole = _output(capsys, str(path))
    assert whole[0] == 0
    assert whole[1].splitlines() == [
        f"{path}:1:11: Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
        f"{path}:2:14: Điểm a, Khoản 5, Điều 102, Nghị định số 15/2020/NĐ-CP  =>  "
        "Nghị định số 15/2020/NĐ-CP của Chính phủ",
        f"{path}:2:77: Chỉ thị 21  =>  Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ",
        f"{path}:4:8: Luật An ninh mạng năm 2018",
        f"{path}:4:36: Kế hoạch số 89/KH-STTTT ngày 03/8/2021",
    ]
    monkeypatch.setattr(_citations, "_BLOCK", block)
    assert _output(capsys, str(path)) == whole
    assert _output(capsys, "--json", str(path))[1] == _output(capsys, "--json", str(path))[1]


@pytest.mark.parametrize("block", [1, 4, 1 << 20])
def test_the_byte_that_is_not_utf8_is_counted_in_the_file(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    block: int,
) -> None:
    """The byte named is the file's, whatever block it was read in; nothing is printed."""
    path = tmp_path / "latin.txt"
    path.write_bytes("Chỉ thị số 21/CT-TTg; ".encode() + b"C\xf4ng v\xe3n")
    monkeypatch.setattr(_citations, "_BLOCK", block)
    status, out, err = _output(capsys, str(path))
    assert (status, out) == (1, "")
    assert f"{path}: not UTF-8 text (byte 29)" in err  # bytes 0 to 28: "Chỉ thị số 21/CT-TTg; C"


def test_a_bidirectional_control_stops_the_run_before_any_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Checked before anything is printed, though it stands in the second file, far in."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Theo Chỉ thị số 21/CT-TTg.", encoding="utf-8")
    second.write_text(FILLER * 20_000 + "Chỉ thị số \u202egTT-TC/12\u202c", encoding="utf-8")
    status, out, err = _output(capsys, str(first), str(second))
    assert (status, out) == (1, "")
    assert "U+202E" in err
    assert len(err.splitlines()) == 1


def _peak_bytes(capsys: pytest.CaptureFixture[str], path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        assert main(["citations", str(path)]) == 0
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    capsys.readouterr()
    return peak


def test_a_large_file_is_not_held_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Memory stays a few blocks, whatever the file's size: 7 MB of text is read with less
    than a third of what holding it as one string takes, and with about what 3.5 MB takes."""
    warm_up = tmp_path / "warm-up.txt"  # the patterns are compiled on first use
    warm_up.write_text(CITING.format(n=1), encoding="utf-8")
    _peak_bytes(capsys, warm_up)
    sizes = {}
    for lines in (30_000, 60_000):
        path = tmp_path / f"{lines}.txt"
        with path.open("w", encoding="utf-8") as out:
            for n in range(lines):
                out.write(CITING.format(n=n + 1) if n % 500 == 0 else FILLER)
        sizes[lines] = (path, len(path.read_text(encoding="utf-8")))
    small, large = (_peak_bytes(capsys, path) for path, _chars in sizes.values())
    path, chars = sizes[60_000]
    held_whole = chars * 2  # Vietnamese text is two bytes a character in a Python string
    assert large < held_whole / 3, (large, held_whole)
    assert large < small * 1.5, (small, large)
    main(["citations", str(path)])
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith(f"{path}:59501:11: Quyết định số 59501/QĐ-UBND ngày 05/3/2020")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_without_waiting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A named pipe would block the read (and could not be read twice): one line, status 1."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    status, out, err = _output(capsys, str(pipe))
    assert (status, out) == (1, "")
    assert err.strip().endswith(f"{pipe}: is a named pipe (FIFO), not a regular file"), err


def test_a_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """/dev/zero would be read for ever: refused before reading."""
    device = Path("/dev/zero")
    if not device.exists():
        pytest.skip("no /dev/zero here")
    status, out, err = _output(capsys, str(device))
    assert (status, out) == (1, "")
    assert "/dev/zero: is a character device, not a regular file" in err
