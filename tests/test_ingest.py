"""ingest(): reports written without this library, recognised into the model.

Expected values are the documents' own text (the seed report, the bundled example, documents
typed here in the shapes clerks type them), never the recogniser's output.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

import directive_report as dr
from directive_report.layout.content import signature_lines
from directive_report.model.placeholder import placeholders_in
from directive_report.readers import UnreadableFileError
from directive_report.readers._ingest import IngestError, ingest

SEED = Path(__file__).parent / "data" / "seed-report.txt"


def _sentences(text: str) -> list[str]:
    """The seed's sentences: each line cut after ". ", "; " and ": ", emphasis marks dropped."""
    out: list[str] = []
    for line in text.replace("**", "").replace("*", "").splitlines():
        out.extend(part.strip() for part in re.split(r"(?<=[.;:])\s+", line) if part.strip())
    return out


def test_seed_text_ingests_into_a_report_whose_markdown_holds_every_sentence() -> None:
    got = ingest(SEED)
    markdown = dr.render(got.report, "markdown").decode("utf-8")
    flat = " ".join(markdown.replace("*", "").replace("\\", "").split())
    missing = [
        s for s in _sentences(SEED.read_text(encoding="utf-8")) if " ".join(s.split()) not in flat
    ]
    assert missing == []


def test_seed_structure() -> None:
    got = ingest(SEED)
    report = got.report
    assert report.doc_type.name == "Báo cáo"
    assert [s.title for s in report.sections] == [
        "KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg",
        "NHẬN XÉT, ĐÁNH GIÁ",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO",
    ]
    assert [s.title for s in report.sections[0].sections] == [
        "Công tác quán triệt, tổ chức triển khai thực hiện",
        "Công tác tuyên truyền",
        "Công tác phối hợp giám sát, đấu tranh, xử lý vi phạm",
    ]
    assert report.distribution.recipients == (
        "Phòng Cảnh sát hình sự - Công an tỉnh",
        "Giám đốc Sở, PGĐ Ngô Đình Tiến",
        "Phòng TTBCXB; TTra Sở",
    )
    assert signature_lines(report.signature) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert report.signature.name == "Ngô Đình Tiến"
    # the seed has no header: what it lacks is named, and filled visibly
    assert {"authority", "number", "date"} <= set(got.missing)
    assert placeholders_in(report.authority.name) == ("[Cần bổ sung: tên cơ quan ban hành]",)
    # the section I.3 actions carry their facts: 50 triệu đồng, 185 số thuê bao
    actions = [
        block for block in report.sections[0].sections[2].blocks if isinstance(block, dr.ActionList)
    ]
    assert actions
    facts = actions[0].actions
    assert dr.Money(amount=50_000_000) in facts[0].amounts
    assert dr.Quantity(value=185, unit="số thuê bao") in facts[2].quantities
    assert any(c.number == dr.DocumentNumber.parse("15/2020/NĐ-CP") for c in facts[0].citations)
    # the directive of the trích yếu, dated from its citation in the body
    assert report.directive is not None
    assert report.directive.short_name == "Chỉ thị số 21/CT-TTg"


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_the_library_s_own_files_ingest_to_the_same_header_and_footer(fmt: str) -> None:
    report = dr.examples.load("bac-giang-ct21-2024")
    got = ingest(io.BytesIO(dr.render(report, fmt)), format=fmt).report
    assert got.authority.header_lines == report.authority.header_lines
    assert got.authority.superior == report.authority.superior
    assert got.authority.place == report.authority.place
    assert (got.number, got.date, got.summary) == (report.number, report.date, report.summary)
    assert got.distribution == report.distribution
    assert got.signature == report.signature
    assert [s.title for _, s in got.walk_sections()] == [s.title for _, s in report.walk_sections()]


def test_cong_van_typed_with_two_columns_on_one_line(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "UBND TỈNH BẮC GIANG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\t\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 05/STTTT-VP\t\tBắc Giang, ngày 05 tháng 02 năm 2024",
            "V/v tăng cường tuyên truyền",
            "",
            "Kính gửi: Ủy ban nhân dân các huyện.",
            "",
            "Sở Thông tin và Truyền thông đề nghị các đơn vị thực hiện./.",
            "",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT, VP.",
            "GIÁM ĐỐC",
            "",
            "Nguyễn Văn An",
        ]
    )
    path = tmp_path / "cong-van.txt"
    path.write_text(text, encoding="utf-8")
    got = ingest(path)
    report = got.report
    assert report.doc_type.name == "Công văn"
    assert str(report.number) == "05/STTTT-VP"
    assert report.authority.superior == "UBND TỈNH BẮC GIANG"
    assert report.authority.name == "Sở Thông tin và Truyền thông"
    assert report.authority.abbreviation == "STTTT"
    assert report.summary == "tăng cường tuyên truyền"
    assert report.addressees == ("Ủy ban nhân dân các huyện",)
    assert report.distribution.recipients == ("Như trên",)
    assert report.distribution.archive == "VT, VP"
    assert report.signature.signer_title == "GIÁM ĐỐC"
    assert got.missing == ()


def test_a_clerk_s_table_and_appendix_are_recognised(tmp_path: Path) -> None:
    """A table typed in Word (header row bold, merged cells, a totals row) and an appendix after
    the signature, as a clerk makes them with python-docx."""
    import docx

    document = docx.Document()
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả thực hiện năm 2024")
    document.add_paragraph("I. KẾT QUẢ")
    document.add_paragraph("Kết quả tuyển sinh như sau:")
    document.add_paragraph("Đơn vị tính: học sinh")
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    texts = [
        ["STT", "Đơn vị", "Số học sinh"],
        ["1", "Huyện Lục Nam", "1.250"],
        ["2", "Huyện Yên Thế", "980"],
        ["Tổng cộng", "", "2.230"],
    ]
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            run = table.cell(r, c).paragraphs[0].add_run(text)
            run.bold = r in (0, 3)
    table.cell(3, 0).merge(table.cell(3, 1))
    document.add_paragraph("Các đơn vị đã thực hiện đầy đủ./.")
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Lưu: VT.")
    document.add_paragraph("GIÁM ĐỐC")
    document.add_paragraph("Trần Văn Bình")
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("DANH SÁCH CÁC ĐƠN VỊ")
    document.add_paragraph("(Kèm theo Báo cáo số 12/BC-SGDĐT ngày 20/12/2024)")
    document.add_paragraph("- Huyện Lục Nam;")
    document.add_paragraph("- Huyện Yên Thế.")
    path = tmp_path / "bao-cao.docx"
    document.save(str(path))
    got = ingest(path)
    assert got.unplaced == ()
    found = got.report.sections[0].blocks[1]
    assert found == dr.Table(
        header=[["STT", "Đơn vị", "Số học sinh"]],
        rows=[[1, "Huyện Lục Nam", 1250], [2, "Huyện Yên Thế", 980]],
        total=[dr.Cell(value="Tổng cộng", colspan=2), 2230],
        unit="học sinh",
    )
    (appendix,) = got.report.appendices
    assert appendix.title == "DANH SÁCH CÁC ĐƠN VỊ"
    assert appendix.blocks == (dr.BulletList(items=["Huyện Lục Nam;", "Huyện Yên Thế."]),)
    assert got.report.signature.name == "Trần Văn Bình"


def test_legacy_doc_needs_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0not really")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(UnreadableFileError, match="LibreOffice"):
        ingest(path)


@pytest.mark.libreoffice
def test_legacy_doc_through_libreoffice(tmp_path: Path) -> None:
    from _office import convert

    report = dr.examples.load("bac-giang-ct21-2024")
    source = tmp_path / "seed.docx"
    source.write_bytes(dr.render(report, "docx"))
    doc = convert([source], tmp_path / "doc", "doc")[source]
    got = ingest(doc).report
    assert got.number == report.number
    assert got.signature == report.signature


def test_a_file_that_is_no_document(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("danh sách mua sắm\ncà phê\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"notes\.txt"):
        ingest(path)
