"""The recogniser on the kế hoạch and quyết định a commune office types in Word (drafts whose
number is still blank, sentences that announce a list, the members named in an Điều).

Each text is typed here in the shape such files take; the expected values are read off the text
by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _recognise_text import headings as _headings
from _recognise_text import recognised as _recognised

PLAN = """ỦY BAN MTTQ VIỆT NAM
XÃ AN LẠC
BAN THƯỜNG TRỰC

Số:      /KH-MTTQ-BTT
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Lạc, ngày    tháng 3 năm 2026
|

KẾ HOẠCH
Tổ chức hội nghị cử tri ở thôn

I. MỤC ĐÍCH, YÊU CẦU
1. Hội nghị bảo đảm dân chủ, đúng luật.
2. Cử tri được mời đầy đủ.
II. NỘI DUNG
1. Hội nghị cử Chủ tọa trong Ban Thường trực Ủy ban Mặt trận Tổ quốc   Việt Nam xã. Ban Thường trực báo cáo tình hình.
2. Thành phần hội nghị
- Đại diện Ban Thường trực;
- Đại diện các thôn.
3. Ban Thường trực thực hiện các nội dung sau:
a) Lập danh sách cử tri.
b) Gửi giấy mời.
4. Tiếp nhận đơn thư Ban Thường trực chuyển đơn theo hướng dẫn của Tỉnh, cụ thể:
- Đơn về danh sách cử tri chuyển Ủy ban nhân dân xã.
5. Các mục tiêu cụ thể:
- Đạt 100% thôn tổ chức hội nghị.
III. TỔ CHỨC THỰC HIỆN
Các thôn báo cáo kết quả trước ngày 20/3/2026./.
|
Nơi nhận:
- Thường trực Đảng ủy xã;
- Lưu: VT.
|
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH



Nguyễn Thị Lan
"""


def test_a_draft_number_keeps_its_symbol_past_the_blank(tmp_path: Path) -> None:
    """ "Số:      /KH-MTTQ-BTT": the run of spaces is the blank left for the number, not a gap
    between two header columns."""
    found = _recognised(tmp_path, PLAN)
    assert found.number == "/KH-MTTQ-BTT"
    assert (found.superior, found.issuer) == ("ỦY BAN MTTQ VIỆT NAM XÃ AN LẠC", "BAN THƯỜNG TRỰC")
    assert found.place == "An Lạc"
    assert found.date is None


def test_headings_of_a_plan_without_its_list_sentences(tmp_path: Path) -> None:
    """A numbered sentence (with wide spaces inside it), a sentence announcing its list ("… các
    nội dung sau:", "…, cụ thể:") are not headings; "Các mục tiêu cụ thể:" is a title."""
    assert _headings(_recognised(tmp_path, PLAN)) == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU", 1),
        ("II.", "NỘI DUNG", 1),
        ("2.", "Thành phần hội nghị", 2),
        ("5.", "Các mục tiêu cụ thể:", 2),
        ("III.", "TỔ CHỨC THỰC HIỆN", 1),
    ]


DECISION = """ỦY BAN NHÂN DÂN
PHƯỜNG AN LẠC
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 12/QĐ-UBND
|
An Lạc, ngày 05 tháng 01 năm 2026
|
QUYẾT ĐỊNH
Về việc thành lập Tổ tiếp công dân
ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ tiếp công dân, gồm các thành viên:
1. Bà Trần Thị Hoa - Phó Chủ tịch Ủy ban nhân dân phường - Tổ trưởng.
2. Ông Lê Văn Nam - Công chức Văn phòng - Tổ phó.
3. Ông Phạm Văn Bình - Công chức Tư pháp - Thành viên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
|
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
|
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH


Hoàng Văn Sơn
"""


def test_the_members_named_in_an_article_are_not_headings(tmp_path: Path) -> None:
    found = _recognised(tmp_path, DECISION)
    assert found.headings == ()
    assert [item.kind for item in found.body if item.text.startswith("Ông Phạm")] == ["item"]


@pytest.mark.parametrize(
    "line",
    [
        "1. Về tình hình kinh tế xã hội 5 năm 2010 - 2015:",
        "1.1. Mục tiêu tổng quát:",
    ],
)
def test_a_titled_part_of_an_article_stays_a_heading(tmp_path: Path, line: str) -> None:
    """Inside an Điều, a numbered title with text under it is still a heading: the plan an
    article approves."""
    text = DECISION.replace(
        "1. Bà Trần Thị Hoa - Phó Chủ tịch Ủy ban nhân dân phường - Tổ trưởng.",
        f"{line}\nTổ tiếp công dân làm việc theo quy chế.",
    )
    label, title = line.split(" ", 1)
    assert (label, title.rstrip(":")) in [
        (h.label, h.title.rstrip(":")) for h in _recognised(tmp_path, text).headings
    ]
