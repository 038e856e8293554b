"""The plain-text exporter keeps the contract and writes every paragraph of the report."""

from __future__ import annotations

from directive_report import Report
from directive_report.testing import check_exporter, reports
from hypothesis import given

from directive_report_plaintext import PlainTextExporter


def test_seed_report() -> None:
    """The bundled example: the contract holds and the text reads as the printed page."""
    text = check_exporter(PlainTextExporter()).decode("utf-8")
    assert text.startswith(
        "UBND TỈNH BẮC GIANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố:      /BC-STTTT\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Bắc Giang, ngày 20 tháng 5 năm 2024\n\nBÁO CÁO\n"
    )
    assert "\nI. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg\n" in text
    assert text.endswith(
        "Nơi nhận:\n- Phòng Cảnh sát hình sự - Công an tỉnh;\n"
        "- Giám đốc Sở, PGĐ Ngô Đình Tiến;\n- Phòng TTBCXB; TTra Sở;\n- Lưu: VT.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNgô Đình Tiến\n"
    )


@given(reports(max_depth=2))
def test_generated_reports(report: Report) -> None:
    """Any report: the contract holds and the summary and signer are written."""
    text = check_exporter(PlainTextExporter(), report).decode("utf-8")
    assert report.summary in text
    assert text.endswith(report.signature.name + "\n")
