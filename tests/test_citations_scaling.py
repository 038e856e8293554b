"""``directive-report citations`` and ``resolve()`` take time linear in their input (issue 17,
case 9): measured at two sizes, eight times apart, in this process.  Linear work takes about
eight times as long; the quadratic work they once did (line numbers counted from the start of
the file for every citation, every document rescanned for every mention) took sixty-four times
as long, and more.  The bound, 24, lies between the two by a factor of three either way, so
that a loaded machine's noise does not fail linear code and quadratic code still fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from _timing import best_cpu_seconds
from directive_report import citations
from directive_report.cli import main

BOUND = 24
"""Between linear (8) and quadratic (64) growth over an eightfold input, a factor of 3 from each."""

LINE = "Căn cứ Quyết định số {n}/QĐ-UBND ngày 05/3/2020 của Ủy ban nhân dân tỉnh Bắc Giang.\n"


def _text(lines: int) -> str:
    return "".join(LINE.format(n=n) for n in range(1, lines + 1))


def test_cli_text_output_is_linear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Placing each citation by line and column does not recount the file."""
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(_text(1_000), encoding="utf-8")
    large.write_text(_text(8_000), encoding="utf-8")

    def run(path: Path) -> None:
        assert main(["citations", str(path)]) == 0
        capsys.readouterr()

    ratio = best_cpu_seconds(lambda: run(large), 3) / best_cpu_seconds(lambda: run(small), 3)
    assert ratio < BOUND, ratio
    main(["citations", str(large)])
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith(f"{large}:8000:8: Quyết định số 8000/QĐ-UBND ngày 05/3/2020")


def test_resolve_is_linear_in_distinct_documents() -> None:
    """Many different documents: each mention finds its candidates without a scan of all."""
    small = citations.extract(_text(1_500))
    large = citations.extract(_text(12_000))
    ratio = best_cpu_seconds(lambda: citations.resolve(large)) / best_cpu_seconds(
        lambda: citations.resolve(small)
    )
    assert ratio < BOUND, ratio
    assert len(citations.resolve(large)) == 12_000


def test_resolve_is_linear_in_mentions_of_one_document() -> None:
    """One document mentioned again and again: its names are kept once."""
    text = "Theo Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ; Chỉ thị 21. "
    small = citations.extract(text * 500)
    large = citations.extract(text * 4_000)
    ratio = best_cpu_seconds(lambda: citations.resolve(large)) / best_cpu_seconds(
        lambda: citations.resolve(small)
    )
    assert ratio < BOUND, ratio
    (document,) = citations.resolve(large)
    assert len(document.mentions) == 8_000
