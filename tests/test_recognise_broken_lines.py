"""The recogniser on lines a web page broke in the middle (texts copied from legal portals).

Each text is typed here in the shape the portals print; the expected values are read off the
text by hand.
"""

from __future__ import annotations

from pathlib import Path

from _recognise_text import recognised as _recognised

DECISION = """ỦY
BAN NHÂN DÂN
TỈNH TRÀ VINH
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
2033/QĐ-UBND
|
Trà Vinh, ngày
02 tháng 11 năm 2011
|
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH BẢO VỆ TRẺ EM
ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Căn cứ Quyết định số 267/QĐ-TTg
ngày 22/02/2011 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều
1. Phê duyệt Chương trình với các nội dung chính như sau:
1.
Mục tiêu:
1.1. Mục tiêu tổng
quát:
Tạo môi trường sống an toàn, lành mạnh để tất cả trẻ em đều được bảo vệ.
"""


def test_a_name_broken_after_its_first_word_stays_one_name(tmp_path: Path) -> None:
    found = _recognised(tmp_path, DECISION)
    assert (found.superior, found.issuer) == (None, "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH")


def test_so_on_its_own_line_takes_the_number_below(tmp_path: Path) -> None:
    assert _recognised(tmp_path, DECISION).number == "2033/QĐ-UBND"


def test_the_authority_line_ends_the_trich_yeu(tmp_path: Path) -> None:
    assert _recognised(tmp_path, DECISION).summary == "VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH BẢO VỆ TRẺ EM"


def test_a_lower_case_date_goes_on_with_its_can_cu(tmp_path: Path) -> None:
    bases = [
        item.text for item in _recognised(tmp_path, DECISION).body if item.kind == "legal_basis"
    ]
    assert bases == ["Căn cứ Quyết định số 267/QĐ-TTg ngày 22/02/2011 của Thủ tướng Chính phủ;"]


def test_dieu_and_a_label_alone_on_a_line_take_the_line_below(tmp_path: Path) -> None:
    found = _recognised(tmp_path, DECISION)
    articles = [item.text for item in found.body if item.kind == "article"]
    assert articles == ["Điều 1. Phê duyệt Chương trình với các nội dung chính như sau:"]
    assert [(h.label, h.title, h.depth) for h in found.headings] == [
        ("1.", "Mục tiêu:", 1),
        ("1.1.", "Mục tiêu tổng quát:", 2),
    ]


PLAN = """KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA
BÀN TỈNH LAI CHÂU NĂM 2024
Căn cứ Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ;
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Tăng cường công tác tuyên truyền.
"""


def test_a_trich_yeu_in_capitals_may_start_with_thuc_hien(tmp_path: Path) -> None:
    found = _recognised(tmp_path, PLAN)
    assert found.doc_type == "Kế hoạch"
    assert found.summary == (
        "THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA BÀN TỈNH LAI CHÂU NĂM 2024"
    )
    assert [(h.label, h.title) for h in found.headings] == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU"),
        ("1.", "Mục đích"),
    ]
