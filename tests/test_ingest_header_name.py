"""The names in the header (ô 1 and ô 2) printed on two lines: read as one name, the issuer's
lines kept where the layout would not break it so.  Expected values are read off the texts by
hand.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from directive_report import examples
from directive_report.exporters import ExportOptions
from directive_report.exporters.api import render
from directive_report.readers._header_name import printed_header_name
from directive_report.readers._ingest import ingest


def _authority(tmp_path: Path, header: str) -> tuple[str | None, str, str | None]:
    text = (
        f"{header}\n\nSố: 12/BC-SYT\n\nNam Định, ngày 10 tháng 01 năm 2025\n\nBÁO CÁO\n\n"
        "Kết quả công tác năm 2024\n\nI. KẾT QUẢ\n\nĐã làm tốt./.\n\nNơi nhận:\n- UBND tỉnh;\n"
        "- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n"
    )
    path = tmp_path / "bao-cao.txt"
    path.write_text(text, encoding="utf-8")
    authority = ingest(path).report.authority
    return authority.superior, authority.name, authority.header_name


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # the superior on two lines: one name
        ("UBND TỈNH\nNAM ĐỊNH\nSỞ Y TẾ", ("UBND TỈNH NAM ĐỊNH", "Sở Y tế", None)),
        # the issuer on two lines: one name, its lines kept
        (
            "BỘ GIÁO DỤC\nVÀ ĐÀO TẠO",
            (None, "Bộ Giáo dục và Đào tạo", "BỘ GIÁO DỤC\nVÀ ĐÀO TẠO"),
        ),
        (
            "UBND HUYỆN TÂN YÊN\nPHÒNG GIÁO DỤC\nVÀ ĐÀO TẠO",
            ("UBND HUYỆN TÂN YÊN", "Phòng Giáo dục và Đào tạo", "PHÒNG GIÁO DỤC\nVÀ ĐÀO TẠO"),
        ),
        # on one line as its capitals give it: no header name
        ("UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ", ("UBND TỈNH NAM ĐỊNH", "Sở Y tế", None)),
        # on one line, abbreviated: printed as it is
        ("UBND TỈNH BẮC GIANG", (None, "Ủy ban nhân dân tỉnh Bắc Giang", "UBND TỈNH BẮC GIANG")),
    ],
)
def test_names_printed_on_two_lines(
    tmp_path: Path, header: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert _authority(tmp_path, header) == expected


def test_a_line_of_one_word_is_joined_to_the_next() -> None:
    name = "Ủy ban nhân dân tỉnh Trà Vinh"
    lines = ["ỦY", "BAN NHÂN DÂN", "TỈNH TRÀ VINH"]
    assert printed_header_name(name, lines) == "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH"
    assert printed_header_name("Sở Y tế", ["SỞ", "Y TẾ"]) is None


def test_lines_not_in_capitals_give_no_header_name() -> None:
    assert printed_header_name("Sở Y tế", ["Sở Y tế", "tỉnh Nam Định"]) is None
    assert printed_header_name("Sở Y tế", []) is None


@pytest.mark.parametrize(("fmt", "suffix"), [("docx", "docx"), ("odt", "odt"), ("markdown", "md")])
def test_a_break_of_the_author_s_comes_back(tmp_path: Path, fmt: str, suffix: str) -> None:
    """A break the layout would not make ("SỞ THÔNG TIN" / "VÀ TRUYỀN THÔNG": the name fits
    the column on one line) is the author's, and is kept."""
    report = examples.load("cong-van-tin-dung-den-2020")
    broken = "SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG"
    report = attrs.evolve(report, authority=attrs.evolve(report.authority, header_name=broken))
    path = tmp_path / f"cong-van.{suffix}"
    path.write_bytes(render(report, fmt, ExportOptions(embed_model=False)))
    authority = ingest(path).report.authority
    assert (authority.name, authority.header_name) == ("Sở Thông tin và Truyền thông", broken)
