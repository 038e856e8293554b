"""The plain-text exporter keeps the contract and writes every paragraph of the report."""

from __future__ import annotations

from directive_report import Report, examples
from directive_report.testing import check_exporter, reports
from hypothesis import given

from directive_report_plaintext import PlainTextExporter


def test_seed_report() -> None:
    """The bundled example: the contract holds and the text reads as the printed page."""
    text = check_exporter(PlainTextExporter()).decode("utf-8")
    assert text.startswith(
        "UBND TỈNH BẮC GIANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số:      /BC-STTTT\n\nBắc Giang, ngày 20 tháng 5 năm 2024\n\nBÁO CÁO\n"
    )
    assert "\nI. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg\n" in text
    assert text.endswith(
        "Nơi nhận:\n- Phòng Cảnh sát hình sự - Công an tỉnh;\n"
        "- Giám đốc Sở, PGĐ Ngô Đình Tiến;\n- Phòng TTBCXB; TTra Sở;\n- Lưu: VT.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNgô Đình Tiến\n"
    )


def test_kinh_gui_and_task_details() -> None:
    """Kính gửi, and who carries each task out and by when, as the page prints them."""
    letter = check_exporter(PlainTextExporter(), examples.load("cong-van-tin-dung-den-2020"))
    assert (
        "\n\nKính gửi:\n- Các cơ quan báo chí trên địa bàn tỉnh;\n"
        "- Đài Truyền thanh các huyện, thành phố.\n\n"
    ) in letter.decode("utf-8")
    plan = check_exporter(PlainTextExporter(), examples.load("ke-hoach-ct21-2021")).decode("utf-8")
    assert (
        "- Cung cấp thông tin về thủ đoạn lừa đảo mới cho các cơ quan báo chí.\n"
        "Đơn vị thực hiện: Thanh tra Sở.\n"
    ) in plan
    assert (
        "phòng ngừa, xử lý hoạt động lừa đảo chiếm đoạt tài sản của Sở Thông tin và Truyền thông./.\n"
        in plan
    )


def test_a_quy_che_in_chapters_and_articles() -> None:
    """The quy chế a decision issues: its title block, "Chương I" and its title, its articles
    numbered on through the chapters, khoản and điểm, all from the content stage."""
    data = check_exporter(PlainTextExporter(), examples.load("quyet-dinh-quy-che-2025"))
    text = data.decode("utf-8")
    assert (
        "QUY CHẾ\nQuản lý, vận hành và sử dụng Hệ thống thông tin giải quyết thủ tục hành chính "
        "tỉnh Bắc Giang\n(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày 05 tháng 3 năm 2025 "
        "của Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang)\n\nChương I\n\nQUY ĐỊNH CHUNG\n\n"
        "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n"
    ) in text
    assert "\n\nChương III\n\nTỔ CHỨC THỰC HIỆN\n\nĐiều 5. Trách nhiệm" in text
    assert "\n\nb) sao lưu dữ liệu hằng ngày;\n\n" in text


@given(reports(max_depth=2, parts=True))
def test_generated_reports(report: Report) -> None:
    """Any report: the contract holds and the summary and signer are written."""
    text = check_exporter(PlainTextExporter(), report).decode("utf-8")
    assert report.summary in text
    after = report.attachments or report.appendices  # printed after the signature
    assert (report.signature.name + "\n") in text
    assert text.endswith(report.signature.name + "\n") or after
