"""Where an issuer's name ends (issue 15, round 6): kinds of Vietnamese body names and of what
follows them in a real text, each written for the project (unit tests, not the measure), with
the traps next to them, and a property over every pairing of a body and a following clause."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report import citations

_HEAD = "Căn cứ Quyết định số 12/QĐ-ABC ngày 01/02/2020 của "


def _issuer(text: str) -> str | None:
    found = citations.extract(text)
    assert found, text
    assert text[found[0].start : found[0].end] == found[0].text
    return found[0].citation.issuer


@pytest.mark.parametrize(
    ("body", "after"),
    [
        # a verb's first syllable right after a body's head noun names the body's field
        ("Ban chỉ đạo tỉnh", " về việc"),
        ("Viện kiểm sát nhân dân tỉnh Quảng Trị", " về việc"),
        ("Ủy ban kiểm tra Huyện ủy Hải Lăng", "."),
        ("Ban chấp hành Đảng bộ tỉnh Quảng Trị", ";"),
        ("Trung tâm phát triển quỹ đất huyện", " về việc"),
        ("Ban tổ chức Hội thi", ";"),
        # "phát triển" inside a name
        ("Sở Nông nghiệp và Phát triển nông thôn", " về việc"),
        ("Trung tâm Phát triển quỹ đất tỉnh", ";"),
        # "phòng, chống" is one field: its comma does not end the name
        ("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", " về việc"),
        ("Ban chỉ đạo phòng, chống tham nhũng tỉnh", ";"),
        ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", " về việc"),
        # a city or town abbreviated, with or without its dot
        ("UBND TP. Đông Hà", " về việc"),
        ("UBND Tp. Hồ Chí Minh", ";"),
        ("UBND TP Hồ Chí Minh", " về việc"),
        ("Ủy ban nhân dân TX. Quảng Trị", "."),
        # a province's department named as the ministry it mirrors, its comma kept
        ("Sở Văn hóa, Thể thao và Du lịch", " về việc"),
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", ";"),
        # "Liên Bộ" with or without its colon
        ("Liên Bộ Tài chính - Nội vụ", " về việc"),
        # a province's name holding a dash, after a known name
        ("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu", " về việc"),
        ("Hội đồng nhân dân tỉnh Thừa Thiên - Huế", ";"),
        # a commune's or a district's body with the higher levels of its place
        ("UBND xã Hải Thượng, huyện Hải Lăng", " về việc"),
        ("UBND phường 5, thành phố Đông Hà, tỉnh Quảng Trị", ";"),
        # a council's session after its term ends the name, whatever joins them
        ("HĐND tỉnh Khoá VIII", " - Kỳ họp thứ 2"),
        ("HĐND tỉnh khóa VIII", " kỳ họp thứ 2"),
        ("Hội đồng nhân dân tỉnh Quảng Trị Khóa VIII", " Kỳ họp thứ 2"),
        # a central body's field, up to a clause
        ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", " quy định về"),
        ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", " trong năm 2022"),
        # "các" inside a name: a bloc of bodies, several provinces of a region
        ("Đảng ủy Khối các cơ quan tỉnh", " về việc"),
        ("Cụm thi đua Thanh tra các tỉnh Bắc Trung Bộ", ";"),
        ("Cụm thi đua Thanh tra các tỉnh Bắc trung bộ", " về việc"),
        ("Khối thi đua các tỉnh Đồng bằng sông Cửu Long", "."),
        ("Cụm thi đua các tỉnh Tây Nguyên", " về việc"),
    ],
)
def test_a_name_read_whole(body: str, after: str) -> None:
    """Words inside a body's name that elsewhere end an issuer (a verb's syllable, a comma, a
    dash, "các", a dot) are read as the name's."""
    assert _issuer(_HEAD + body + after) == body


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # ... the same words after a whole name still end it
        (_HEAD + "UBND tỉnh chỉ đạo các sở", "UBND tỉnh"),
        (_HEAD + "Sở Tư pháp kiểm tra việc thực hiện", "Sở Tư pháp"),
        (_HEAD + "Sở Kế hoạch và Đầu tư xây dựng kế hoạch", "Sở Kế hoạch và Đầu tư"),
        (_HEAD + "Ban Thường vụ Trung ương Đoàn hướng dẫn", "Ban Thường vụ Trung ương Đoàn"),
        (
            _HEAD + "Sở Lao động - Thương binh và Xã hội quy định",
            "Sở Lao động - Thương binh và Xã hội",
        ),
        (_HEAD + "Ủy ban nhân dân tỉnh Quảng Trị triển khai", "Ủy ban nhân dân tỉnh Quảng Trị"),
        (_HEAD + "Ủy ban nhân dân tỉnh, Sở Nội vụ đã tham mưu", "Ủy ban nhân dân tỉnh"),
        (_HEAD + "UBND các tỉnh, thành phố", "UBND"),
        # a dash before another body joins two issuers only when that body is a known one
        (_HEAD + "UBND tỉnh Quảng Trị - Sở Tài chính", "UBND tỉnh Quảng Trị"),
        # "và" after a place's name: a second body, not part of the first
        (_HEAD + "Sở Y tế tỉnh Quảng Trị và Sở Tài chính về việc", "Sở Y tế tỉnh Quảng Trị"),
    ],
)
def test_where_a_name_still_ends(text: str, issuer: str) -> None:
    assert _issuer(text) == issuer


@pytest.mark.parametrize(
    ("body", "after"),
    [
        # a trích yếu written with a capital after a place's name
        ("UBND xã Hải Thượng", " Giao chỉ tiêu kế hoạch năm 2021"),
        ("UBND tỉnh Đắk Lắk", " Công nhận danh hiệu"),
        ("UBND phường 5", " Giao chỉ tiêu"),
        ("Ủy ban nhân dân tỉnh Quảng Trị", " Về ban hành Quy chế"),
        # ... or after any name, when it opens with a verb no name holds
        ("Chi cục Kiểm lâm", " Công nhận danh hiệu"),
        ("Trường Đại học Luật Hà Nội", " Giao nhiệm vụ"),
        ("Sở Nội vụ", " Điều chỉnh kế hoạch"),
        ("Bộ Y tế và Bộ Tài chính", " Phân bổ kinh phí"),
        # the next paragraph on a new line
        ("Bộ Tài chính", "\nCăn cứ Luật Ngân sách nhà nước"),
        ("Chi cục Kiểm lâm", "\nCăn cứ Luật Lâm nghiệp"),
        ("UBND tỉnh Thừa Thiên Huế", "\nXét đề nghị của Giám đốc Sở Nội vụ"),
        ("Ban Thường vụ Tỉnh ủy", "\nTheo đề nghị của Sở Nội vụ"),
    ],
)
def test_a_capital_after_a_name(body: str, after: str) -> None:
    """A trích yếu or the next paragraph written with a capital ends the issuer."""
    assert _issuer(_HEAD + body + after) == body


@pytest.mark.parametrize(
    "body",
    [
        # ... but a place's name, a term and a name broken over two lines go on
        "Ủy ban nhân dân huyện Hải Lăng Tỉnh Quảng Trị",
        "HĐND tỉnh Quảng Trị Khóa VIII",
        "Sở Giao thông vận tải",
        "Ban Thi đua - Khen thưởng tỉnh",
        "Ban Thường vụ\nTỉnh ủy Quảng Trị",
        "Ủy ban nhân dân Thành phố Hà Nội",
    ],
)
def test_capitals_that_stay_in_a_name(body: str) -> None:
    assert _issuer(_HEAD + body + " về việc") == " ".join(body.split())


_BODIES = [
    "Ủy ban nhân dân tỉnh Quảng Trị",
    "UBND huyện Hải Lăng",
    "UBND TP. Đông Hà",
    "Chủ tịch UBND tỉnh",
    "HĐND tỉnh Quảng Trị khóa VIII",
    "Ban Thường vụ Tỉnh ủy Quảng Trị",
    "Ban chỉ đạo phòng, chống tham nhũng tỉnh",
    "Sở Giáo dục và Đào tạo",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Thanh tra tỉnh",
    "Cục Thuế tỉnh Quảng Trị",
    "Bảo hiểm xã hội Việt Nam",
    "Bảo hiểm xã hội tỉnh",
    "UBND tỉnh",
    "Viện kiểm sát nhân dân tỉnh Quảng Trị",
    "Tòa án nhân dân huyện Hải Lăng",
    "Công an tỉnh Quảng Trị",
    "Bộ trưởng Bộ Tài chính",
    "Bộ Lao động - Thương binh và Xã hội",
    "Thủ tướng Chính phủ",
    "Ban Chấp hành Trung ương Đảng khóa XII",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu",
    "Cụm thi đua các tỉnh Bắc Trung Bộ",
    "UBND xã Hải Thượng",
    "Liên Bộ Tài chính - Nội vụ",
    "UBND xã Hải Thượng, huyện Hải Lăng",
    "Giám đốc Sở Nội vụ",
    "Chánh án Tòa án nhân dân tối cao",
    "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",
]
_AFTER = [
    ";",
    ".",
    " về việc ban hành quy chế.",
    "\nvề việc",
    ", theo đó các đơn vị",
    " đã được triển khai",
    " V/v góp ý",
    " Về việc phê duyệt",
    " (bản chính)",
    " quy định về",
    ", Sở Nội vụ đã tham mưu",
    " và các văn bản khác",
    " trong năm 2022",
    " như sau:",
    " ban hành ngày",
    " Phê duyệt Đề án",
    " Ban hành Quy chế",
    " Hướng dẫn thực hiện",
    " Giao chỉ tiêu",
    " Công nhận danh hiệu",
    "\nCăn cứ Luật Tổ chức chính quyền địa phương",
    " - Kỳ họp thứ 2",
]


@given(st.sampled_from(_BODIES), st.sampled_from(_AFTER))
def test_any_body_before_any_clause(body: str, after: str) -> None:
    """Whatever clause follows it, a body's name is read whole and no further."""
    assert _issuer(_HEAD + body + after) == body
