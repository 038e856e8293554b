"""The recogniser on a báo cáo and a công văn as ``pdftotext`` gives them: every line of the
page a line of text, headings wrapped onto a second line, the "Số" and its symbol on lines of
their own, a V/v broken before a capital, sentences that announce a list.

Each text is typed here in the shape such files take; the expected values are read off the text
by hand.
"""

from __future__ import annotations

from pathlib import Path

from _recognise_text import headings as _headings
from _recognise_text import recognised as _recognised

REPORT = """UBND TỈNH AN HÒA
SỞ NỘI VỤ
Số: 57

/BC-SNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 02 tháng 4 năm 2026

BÁO CÁO
Kết quả thí điểm các mô hình phục vụ người dân quý I năm 2026
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh
Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh về
cải cách hành chính năm 2026, Sở Nội vụ báo cáo kết quả thí điểm các mô hình
phục vụ người dân trong quý I năm 2026 như sau:
I. CÔNG TÁC TRIỂN KHAI
Sở Nội vụ đã ban hành văn bản hướng dẫn các xã, phường triển khai thí điểm
các mô hình; tổ chức hội nghị tập huấn cho công chức bộ phận một cửa cấp xã.
II. KẾT QUẢ THỰC HIỆN CÁC MÔ HÌNH THÍ ĐIỂM, NHỮNG TỒN TẠI, HẠN CHẾ VÀ
NGUYÊN NHÂN
1. Mô hình “Hồ sơ không phụ thuộc địa giới hành chính” đối với các thủ
tục thuộc thẩm quyền của Sở Nội vụ
Trong thời gian thí điểm, các xã, phường đã bố trí công chức tại bộ phận một
cửa tiếp nhận hồ sơ không phụ thuộc địa giới hành chính, bảo đảm đúng quy
định. Qua đó, đã tiếp nhận 25 hồ sơ của người dân ở các xã khác.
2. Mô hình “Trả kết quả trong ngày” (thí điểm tại ba xã)
Trong thời gian thí điểm, Văn phòng Đăng ký đất đai đã trả kết quả ngay
trong ngày đối với các thủ tục đơn giản, giảm thời gian đi lại của người dân
và doanh nghiệp trên địa bàn.
3. Tồn tại, hạn chế trong việc phối hợp giữa các sở, ngành và Ủy ban nhân dân
xã
a) Việc công khai danh mục thủ tục hành chính bằng mã QR trên cổng thông tin
vẫn còn làm thủ công; một số xã chưa cập nhật kịp thời các thủ tục mới.
b) Một số công chức chưa thành thạo phần mềm một cửa điện tử, nên việc tiếp
nhận hồ sơ trực tuyến còn chậm so với yêu cầu của Ủy ban nhân dân tỉnh.
c) Có 03/25 hồ sơ phải bổ sung giấy tờ.
Nguyên nhân: người dân chưa được hướng dẫn đầy đủ về thành phần hồ sơ khi
nộp tại xã khác nơi cư trú, nên phải đi lại nhiều lần để bổ sung giấy tờ.
d) Trên cơ sở kết quả thí điểm, các xã đã chủ động mở rộng sang nhiều thủ tục
khác trong lĩnh vực hộ tịch, chứng thực và đất đai như:
- Xã Tân Hòa trả kết quả chứng thực bản sao ngay trong buổi làm việc.
- Xã Phú An tiếp nhận hồ sơ đăng ký khai sinh của người dân xã bên cạnh.
4. Kiến nghị, đề xuất: Sở Nội vụ kính đề nghị Chủ tịch UBND tỉnh:
- Cho phép chuyển các mô hình thí điểm sang thực hiện chính thức từ quý II.
- Giao Văn phòng UBND tỉnh hoàn thành việc công khai thủ tục bằng mã QR.
Sở Nội vụ báo cáo Chủ tịch Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.
Nơi nhận:
- Như trên;
- Lãnh đạo Sở;
- Lưu: VT, CCHC.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Bình
"""


def test_the_so_line_takes_its_symbol_from_a_line_of_its_own(tmp_path: Path) -> None:
    found = _recognised(tmp_path, REPORT)
    assert found.number == "57/BC-SNV"
    assert found.issuer == "SỞ NỘI VỤ"
    assert found.superior == "UBND TỈNH AN HÒA"


def test_a_wrapped_heading_ends_on_its_short_line(tmp_path: Path) -> None:
    """A title wrapped onto a second line, in capitals or not, is joined back; the paragraph
    that follows the title's short last line stays a paragraph; a title that goes on into the
    sentence announcing its list is not a heading."""
    headings = _headings(_recognised(tmp_path, REPORT))
    assert headings == [
        ("I.", "CÔNG TÁC TRIỂN KHAI", 1),
        (
            "II.",
            "KẾT QUẢ THỰC HIỆN CÁC MÔ HÌNH THÍ ĐIỂM, NHỮNG TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            1,
        ),
        (
            "1.",
            "Mô hình “Hồ sơ không phụ thuộc địa giới hành chính” đối với các thủ tục thuộc "
            "thẩm quyền của Sở Nội vụ",
            2,
        ),
        ("2.", "Mô hình “Trả kết quả trong ngày” (thí điểm tại ba xã)", 2),
        ("3.", "Tồn tại, hạn chế trong việc phối hợp giữa các sở, ngành và Ủy ban nhân dân xã", 2),
    ]


def test_items_of_a_report_are_not_headings(tmp_path: Path) -> None:
    """A short sentence among sentences ("c) Có 03/25 hồ sơ …") and a sentence ending "như:"
    stay list items, their wrapped lines joined."""
    found = _recognised(tmp_path, REPORT)
    items = {item.label: item.text for item in found.body if item.kind == "item"}
    assert items["a)"] == (
        "Việc công khai danh mục thủ tục hành chính bằng mã QR trên cổng thông tin "
        "vẫn còn làm thủ công; một số xã chưa cập nhật kịp thời các thủ tục mới."
    )
    assert items["c)"] == "Có 03/25 hồ sơ phải bổ sung giấy tờ."
    assert items["d)"].endswith("trong lĩnh vực hộ tịch, chứng thực và đất đai như:")
    assert items["4."].startswith("Kiến nghị, đề xuất: Sở Nội vụ")


def test_a_short_sentence_among_titles_stays_a_heading(tmp_path: Path) -> None:
    """The sibling rule reaches only sentences whose siblings include an item."""
    text = REPORT.replace(
        "d) Trên cơ sở kết quả thí điểm, các xã đã chủ động mở rộng sang nhiều thủ tục\n"
        "khác trong lĩnh vực hộ tịch, chứng thực và đất đai như:\n",
        "d) Về mở rộng thủ tục\n",
    ).replace(
        "a) Việc công khai danh mục thủ tục hành chính bằng mã QR trên cổng thông tin\n"
        "vẫn còn làm thủ công; một số xã chưa cập nhật kịp thời các thủ tục mới.\n"
        "b) Một số công chức chưa thành thạo phần mềm một cửa điện tử, nên việc tiếp\n"
        "nhận hồ sơ trực tuyến còn chậm so với yêu cầu của Ủy ban nhân dân tỉnh.\n",
        "a) Về công khai thủ tục\n"
        "Việc công khai danh mục thủ tục hành chính bằng mã QR trên cổng thông tin\n"
        "vẫn còn làm thủ công; một số xã chưa cập nhật kịp thời các thủ tục mới.\n",
    )
    headings = _headings(_recognised(tmp_path, text))
    assert ("a)", "Về công khai thủ tục", 3) in headings
    assert ("c)", "Có 03/25 hồ sơ phải bổ sung giấy tờ.", 3) in headings


LETTER = """UBND TỈNH AN HÒA
SỞ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 211/STP-HCTP
An Hòa, ngày 16 tháng 5 năm 2025
V/v đề nghị phê chuẩn kết quả
Đại hội Hội Công chứng viên tỉnh An
Hòa nhiệm kỳ 2025 - 2030
Kính gửi: Ủy ban nhân dân tỉnh.
Sở Tư pháp nhận được Tờ trình số 05/TTr-HCCV của Hội Công chứng viên tỉnh về
việc đề nghị phê chuẩn kết quả Đại hội. Sở Tư pháp kính trình Ủy ban nhân dân
tỉnh xem xét, phê chuẩn kết quả Đại hội./.
Nơi nhận:
- Như trên;
- Lưu: VT, HCTP.
GIÁM ĐỐC

Trần Thị Mai
"""


def test_a_subject_broken_before_a_capital_runs_to_kinh_gui(tmp_path: Path) -> None:
    found = _recognised(tmp_path, LETTER)
    assert found.summary == (
        "đề nghị phê chuẩn kết quả Đại hội Hội Công chứng viên tỉnh An Hòa nhiệm kỳ 2025 - 2030"
    )
    assert found.addressees == ("Ủy ban nhân dân tỉnh",)
    assert found.number == "211/STP-HCTP"


NOTICE = """UBND TỈNH AN HÒA
SỞ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 318 /STP-BTTP
An Hòa, ngày 20 tháng 10 năm 2025
Độc lập - Tự do - Hạnh phúc
V/v chuẩn bị hội nghị hợp nhất Hội
Công chứng viên tỉnh An Hòa, Hội
Công chứng viên tỉnh Phú Lâm (cũ).
Kính gửi: Hội Công chứng viên tỉnh An Hòa, tỉnh
Phú Lâm (cũ).
Sở Tư pháp thông báo hội nghị hợp nhất như sau:
I. Thời gian: 8 giờ 00 phút, ngày 30 tháng 10 năm 2025.
II. Hình thức: Trực tiếp.
III. THÀNH PHẦN
- Ban Chấp hành hai Hội;
- Đại diện Sở Tư pháp.
Đề nghị các Hội chuẩn bị đầy đủ hồ sơ./.
Nơi nhận:
- Như trên;
- Giám đốc Sở (để b/c);
- Văn phòng Sở:
Phòng Bổ trợ tư pháp;
Cổng TTĐT;
- Lưu: VT, BTTP.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Thị Hoa
"""


def test_a_subject_ending_in_a_full_stop_and_a_broken_addressee(tmp_path: Path) -> None:
    found = _recognised(tmp_path, NOTICE)
    assert found.summary == (
        "chuẩn bị hội nghị hợp nhất Hội Công chứng viên tỉnh An Hòa, Hội Công chứng viên "
        "tỉnh Phú Lâm (cũ)"
    )
    assert found.addressees == ("Hội Công chứng viên tỉnh An Hòa, tỉnh Phú Lâm (cũ)",)


def test_a_roman_line_whose_title_goes_on_is_not_a_heading(tmp_path: Path) -> None:
    assert _headings(_recognised(tmp_path, NOTICE)) == [("III.", "THÀNH PHẦN", 1)]


def test_an_item_of_noi_nhan_ending_in_a_semicolon_is_no_name(tmp_path: Path) -> None:
    """ "Cổng TTĐT;" under an item of Nơi nhận goes on with that item; the signature's title
    lines and the name after it stay the signature."""
    found = _recognised(tmp_path, NOTICE)
    assert found.recipients == (
        "Như trên",
        "Giám đốc Sở (để b/c)",
        "Văn phòng Sở: Phòng Bổ trợ tư pháp; Cổng TTĐT",
    )
    assert found.signature_titles == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert found.signer_name == "Lê Thị Hoa"


INVITATION = """VĂN PHÒNG CHÍNH PHỦ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/CĐ-VPCP
Hà Nội, ngày 05 tháng 3 năm 2026
CÔNG ĐIỆN
Hội nghị trực tuyến về chuyển đổi số.
VĂN PHÒNG CHÍNH PHỦ điện:
- Các bộ, cơ quan ngang bộ;
- Ủy ban nhân dân các tỉnh, thành phố.
Văn phòng Chính phủ trân trọng kính mời dự Hội nghị.
I. Thời gian: 8 giờ 00 phút, ngày 09 tháng 3 năm 2026.
II. Địa điểm: Trụ sở Chính phủ và các điểm cầu địa phương.
1. Điểm cầu Trụ sở Chính phủ (Phòng họp số 1):
Thành phần:
- Lãnh đạo các bộ, ngành.
2. Điểm cầu các tỉnh, thành phố:
Thành phần:
- Lãnh đạo Ủy ban nhân dân tỉnh, thành phố.
III. Văn phòng Chính phủ trân trọng đề nghị:
1. Các bộ gửi báo cáo trước ngày 07 tháng 3 năm 2026.
2. Các đại biểu đăng ký dự họp trước ngày 08 tháng 3 năm 2026./.
Nơi nhận:
- Như trên;
- Lưu: VT, TH.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Nguyễn Văn An
"""


def test_numbered_headings_under_roman_lines_that_head_nothing(tmp_path: Path) -> None:
    """The Roman lines of a công điện say what they are after a colon or end in the request
    they announce: none is a heading, and the numbered headings are at depth 1."""
    assert _headings(_recognised(tmp_path, INVITATION)) == [
        ("1.", "Điểm cầu Trụ sở Chính phủ (Phòng họp số 1):", 1),
        ("2.", "Điểm cầu các tỉnh, thành phố:", 1),
    ]
