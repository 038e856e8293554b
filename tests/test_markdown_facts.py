"""Markdown someone typed, read into page facts (markdown-it-py) and ingested.

The Markdown is written here by hand, not by the library's exporter; the expected facts and
report parts are read off it by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_report.readers import UnreadableFileError, read_facts
from directive_report.readers._ingest import ingest
from directive_report.readers.facts import ParagraphFacts, TableFacts

NOTE = """+++
title = "ghi chú của trang web"
+++

**SỞ Y TẾ**\\
Số: 88/BC-SYT

# BÁO CÁO

Kết quả *tiêm chủng* năm 2024

## I. KẾT QUẢ

1. Tiêm đủ liều cho **95%** trẻ em.
2. Mở thêm 12 điểm tiêm.

---

- Như trên;
- Lưu: VT.

| STT | Đơn vị | Số mũi |
| --- | --- | ---: |
| 1 | Huyện A | 1.200 |
"""


def test_blocks_labels_runs_and_a_table(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.md"
    path.write_text(NOTE, encoding="utf-8")
    facts = read_facts(path)
    assert facts.format == "markdown"
    paragraphs = [b for b in facts.blocks if isinstance(b, ParagraphFacts)]
    assert [(p.label, p.text) for p in paragraphs] == [
        ("", "SỞ Y TẾ"),  # a hard break ends a line: each line is a paragraph
        ("", "Số: 88/BC-SYT"),
        ("", "BÁO CÁO"),
        ("", "Kết quả tiêm chủng năm 2024"),
        ("", "I. KẾT QUẢ"),
        ("1.", "Tiêm đủ liều cho 95% trẻ em."),
        ("2.", "Mở thêm 12 điểm tiêm."),
        ("-", "Như trên;"),
        ("-", "Lưu: VT."),
    ]  # the front matter and the thematic break are not shown text
    assert [p.bold for p in paragraphs[:5]] == [True, None, True, None, True]
    assert [(r.text, r.italic) for r in paragraphs[3].runs] == [
        ("Kết quả ", None),
        ("tiêm chủng", True),
        (" năm 2024", None),
    ]
    assert [(r.text, r.bold) for r in paragraphs[5].runs] == [
        ("Tiêm đủ liều cho ", None),
        ("95%", True),
        (" trẻ em.", None),
    ]
    assert paragraphs[0].location == "line 5"  # lines of the file, front matter counted
    (table,) = [b for b in facts.blocks if isinstance(b, TableFacts)]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["STT", "Đơn vị", "Số mũi"],
        ["1", "Huyện A", "1.200"],
    ]


def test_an_empty_markdown_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "trong.md"
    path.write_text("+++\na = 1\n+++\n\n---\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"trong\.md"):
        read_facts(path)


CONG_VAN = """UBND TỈNH CAO BẰNG\\
**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\
**Độc lập - Tự do - Hạnh phúc**

Số: 215/STTTT-VP\\
V/v báo cáo kết quả chuyển đổi số quý I năm 2025

*Cao Bằng, ngày 03 tháng 4 năm 2025*

Kính gửi: Các phòng, đơn vị thuộc Sở.

Đề nghị các phòng, đơn vị gửi báo cáo trước ngày 10 tháng 4 năm 2025./.

***Nơi nhận:***

- Như trên;
- Lưu: VT.

**GIÁM ĐỐC**

**Nông Văn Hải**

***

Số 12 đường Hùng Vương, thành phố Cao Bằng\\
ĐT: 0206 3852 123\\
E-Mail: vanthu@stttt.caobang.example
"""


def test_a_cong_van_typed_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.md"
    path.write_text(CONG_VAN, encoding="utf-8")
    got = ingest(path)
    report = got.report
    assert report.doc_type.name == "Công văn"
    assert str(report.number) == "215/STTTT-VP"
    assert report.summary == "báo cáo kết quả chuyển đổi số quý I năm 2025"
    assert report.addressees == ("Các phòng, đơn vị thuộc Sở",)
    assert report.distribution.recipients == ("Như trên",)
    assert report.signature.name == "Nông Văn Hải"
    contact = report.authority.contact
    assert contact is not None
    assert (contact.address, contact.phone, contact.email) == (
        "Số 12 đường Hùng Vương, thành phố Cao Bằng",
        "0206 3852 123",
        "vanthu@stttt.caobang.example",
    )
    assert got.unplaced == ()


MERGED = """| **STT** | **Đơn vị** | **Năm 2024** |  |
| --- | --- | --- | --- |
|  |  | **Kế hoạch** | **Thực hiện** |
| 1 | Huyện A | 10 | 12 |
| **Tổng cộng** |  | **10** | **12** |

*Ô gộp: “STT” gồm dòng tiêu đề 1–2; “Đơn vị” gồm dòng tiêu đề 1–2; “Năm 2024” gồm cột 3–4; “Tổng cộng” gồm cột 1–2.*
"""


def test_the_line_stating_merged_cells_merges_them(tmp_path: Path) -> None:
    path = tmp_path / "bang.md"
    path.write_text(MERGED, encoding="utf-8")
    (table,) = read_facts(path).blocks  # the statement is not read as text
    assert isinstance(table, TableFacts)
    assert [
        [(cell.text, cell.column, cell.column_span, cell.row_span) for cell in row]
        for row in table.rows
    ] == [
        [("STT", 0, 1, 2), ("Đơn vị", 1, 1, 2), ("Năm 2024", 2, 2, 1)],
        [("Kế hoạch", 2, 1, 1), ("Thực hiện", 3, 1, 1)],
        [("1", 0, 1, 1), ("Huyện A", 1, 1, 1), ("10", 2, 1, 1), ("12", 3, 1, 1)],
        [("Tổng cộng", 0, 2, 1), ("10", 2, 1, 1), ("12", 3, 1, 1)],
    ]


def test_a_statement_the_table_does_not_fit_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "bang.md"
    path.write_text(MERGED.replace("“Năm 2024” gồm", "“Năm 2025” gồm"), encoding="utf-8")
    table, statement = read_facts(path).blocks
    assert isinstance(table, TableFacts)
    assert isinstance(statement, ParagraphFacts)
    assert statement.text.startswith("Ô gộp: “STT” gồm dòng tiêu đề 1–2;")


def test_an_edited_markdown_report_read_leniently_keeps_its_tables(tmp_path: Path) -> None:
    """read(strict=False) ingests an edited body from its Markdown: the table's two header rows
    come back merged as the example states them (STT over two rows, a group over three
    columns)."""
    import warnings

    import directive_report as dr

    example = dr.examples.load("bao-cao-ket-qua-2024")
    path = tmp_path / "bao-cao.md"
    path.write_text(
        dr.render(example, "markdown").decode("utf-8").replace("63.150", "63.151"),
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dr.readers.EditedDocumentWarning)
        got = dr.read(path, strict=False)
    (table,) = [b for b in got.sections[0].sections[0].blocks if isinstance(b, dr.Table)]
    header = [[(c.text, c.colspan, c.rowspan) for c in row] for row in table.header]
    assert header == [
        [("STT", 1, 2), ("Đơn vị", 1, 2), ("Thuê bao băng rộng cố định", 3, 1)],
        [
            ("Kế hoạch năm 2024", 1, 1),
            ("Thực hiện năm 2024", 1, 1),
            ("Tỷ lệ so với kế hoạch", 1, 1),
        ],
    ]
    assert "63.151" in dr.render(got, "markdown").decode("utf-8")
