"""Hand-checked cases for where an issuer ends that mutation testing of the citation reader
showed untested after round 6 (issue 15): a council's session after a dash, a place's name
before "họp", the higher places after a comma, a town's dot, a region after a place's word,
"xã Hội" that is no commune, a name in capitals, a ministry joined to a known name, a joint
document's reading not reused for another type.  Every expected value is written by hand from
the rules in docs/citations.md."""

from __future__ import annotations

import pytest

from _citations_read import read_issuers

HEAD = "Quyết định số 5/QĐ-UB ngày 02/3/2020 của "

#: A text that follows a citation, longer than the 120 characters a reading looks at after an
#: issuer, naming no issuer.
FILLER = (
    "Các đơn vị báo cáo kết quả thực hiện trước ngày 30 tháng 6 năm 2020, gửi về Văn phòng để "
    "tổng hợp trình lãnh đạo xem xét, quyết định theo quy định hiện hành. "
)


def _issuer_after_head(after: str) -> str | None:
    ((_, issuer),) = read_issuers(HEAD + after)
    return issuer


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        # A place's name ends at a word in lower case ("họp"): the word before it is the
        # name's last, whatever follows.
        ("Ủy ban nhân dân tỉnh Lào Cai họp bàn", "Ủy ban nhân dân tỉnh Lào Cai"),
        # "Ngày" and a number, a copy's "6tháng" glued too, open a new sentence.
        ("Bộ Chính trị Ngày 6tháng 3 năm 2024 đã", "Bộ Chính trị"),
        # A national body's field holds "quy" when "định" does not follow ("quy hoạch").
        (
            "Ban Chỉ đạo quốc gia về quy hoạch đô thị về việc",
            "Ban Chỉ đạo quốc gia về quy hoạch đô thị",
        ),
        # After a place's name a comma ends the issuer unless a place's word and a capital
        # follow: not a capitalised name alone, nor "thành" before another word than "phố",
        # nor at the text's end, nor on the next line.
        ("Ủy ban nhân dân xã Hải Thượng, Hải Lăng, Quảng Trị", "Ủy ban nhân dân xã Hải Thượng"),
        ("Ủy ban nhân dân xã Hải Thượng, thành lập Tổ công tác", "Ủy ban nhân dân xã Hải Thượng"),
        ("Ủy ban nhân dân xã Hải Thượng,", "Ủy ban nhân dân xã Hải Thượng"),
        ("Ủy ban nhân dân xã Hải Thượng,\nhuyện Hải Lăng", "Ủy ban nhân dân xã Hải Thượng"),
        # The dot of "TP." goes on to the town's name, which then ends at a lower-case word;
        # not before "Tuy nhiên" (a capital, then lower case), nor across a line break.
        ("UBND TP. Đông Hà thông qua", "UBND TP. Đông Hà"),
        ("UBND TP. Tuy nhiên, các", "UBND TP"),
        ("UBND TP.\nĐông Hà", "UBND TP"),
        # Any other word's dot ends the issuer, a capitalised word after it too.
        ("Sở Tài chính. Sở Y tế đề nghị", "Sở Tài chính"),
    ],
)
def test_where_an_issuer_ends(after: str, issuer: str) -> None:
    assert _issuer_after_head(after) == issuer


def test_a_name_in_capitals_ends_at_a_capitalised_word() -> None:
    """ "SỞ", two letters, opens a name in capitals: it ends at "Gửi", which is not."""
    text = "CÔNG VĂN SỐ 15/STC-NS NGÀY 2/3/2020 CỦA SỞ TÀI CHÍNH Gửi các huyện"
    assert read_issuers(text) == [
        ("CÔNG VĂN SỐ 15/STC-NS NGÀY 2/3/2020 CỦA SỞ TÀI CHÍNH", "SỞ TÀI CHÍNH")
    ]


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        # A region is a place's name only after a place's word ("tỉnh"): after "Đại học" it is
        # a capitalised word like any other, and lower-case words go on.
        ("Trường Đại học Tây Nguyên cơ sở 2", "Trường Đại học Tây Nguyên cơ sở 2"),
        # "miền Trung" after "tỉnh" is a region, a place's name: a lower-case word ends it.
        ("Cụm thi đua tỉnh miền Trung mở rộng", "Cụm thi đua tỉnh miền Trung"),
        # A region counts as one of the issuer's 16 words: Cụm 1, thi 2, đua 3, tỉnh 4, Tây
        # Nguyên 5, Hà 6 ... Vinh 15, Nam 16; "Định Thái Bình" are left out.
        (
            "Cụm thi đua tỉnh Tây Nguyên Hà Nội Hải Phòng Đà Nẵng Cần Thơ Huế Vinh Nam Định Thái "
            "Bình",
            "Cụm thi đua tỉnh Tây Nguyên Hà Nội Hải Phòng Đà Nẵng Cần Thơ Huế Vinh Nam",
        ),
        # "xã" before "hội" is no commune, whatever the case of "Hội": the words after it go on.
        ("Quỹ Bảo trợ xã Hội chi nhánh tỉnh Lào Cai", "Quỹ Bảo trợ xã Hội chi nhánh tỉnh Lào Cai"),
    ],
)
def test_regions_and_communes(after: str, issuer: str) -> None:
    assert _issuer_after_head(after) == issuer


#: Fifteen words of an issuer, the last in lower case and no place's word: Câu 1, lạc 2, bộ 3,
#: Doanh 4, nhân 5, Hà 6 ... Huế 14, trẻ 15.
FIFTEEN = "Câu lạc bộ Doanh nhân Hà Nội Hải Phòng Đà Nẵng Cần Thơ Huế trẻ"


@pytest.mark.parametrize("session", ["Kỳ họp thứ 2", "kỳ họp thứ 2"])
def test_a_dash_before_a_session_ends_the_issuer_there(session: str) -> None:
    """The dash before "Kỳ họp" ends the issuer at once: it is not the sixteenth word, which
    would leave the name at its last capitalised word ("Huế")."""
    assert _issuer_after_head(f"{FIFTEEN} - {session}") == FIFTEEN


def test_a_dash_before_ky_anh_goes_on() -> None:
    """ "Kỳ" not before "họp" is a place's name after the dash ("Cẩm Xuyên - Kỳ Anh")."""
    after = "Hạt Kiểm lâm liên huyện Cẩm Xuyên - Kỳ Anh về việc"
    assert _issuer_after_head(after) == "Hạt Kiểm lâm liên huyện Cẩm Xuyên - Kỳ Anh"


def test_a_dash_after_a_known_name_before_a_capital_that_opens_no_body() -> None:
    """After a known name that is no place, a dash ends the issuer even before a capitalised
    word that opens no body's name ("Quân khu 7"), which the joint reading refuses too."""
    assert _issuer_after_head("Bộ Quốc phòng - Quân khu 7 triển khai") == "Bộ Quốc phòng"


def test_a_ministry_the_table_does_not_know_joins_a_known_name() -> None:
    """ "và Bộ Hàng hải": a ministry ("Bộ" and a capital) is a second issuer."""
    text = "Thông tư số 5/2020/TT-BTC ngày 2/3/2020 của Bộ Tài chính và Bộ Hàng hải"
    assert read_issuers(text) == [(text, "Bộ Tài chính và Bộ Hàng hải")]


def test_a_joint_reading_is_not_reused_for_another_type() -> None:
    """The same words after "của", read for a joint document (both parties) and then for a
    Quyết định (the known name only: "Sở Tài chính" is neither known nor a ministry)."""
    joint = "Thông tư liên tịch số 1/2010/TTLT-BYT-STC của Bộ Y tế và Sở Tài chính"
    single = "Quyết định số 2/2010/QĐ-BYT của Bộ Y tế"
    text = f"{joint}. {FILLER}{single} và Sở Tài chính. {FILLER}"
    assert read_issuers(text) == [(joint, "Bộ Y tế và Sở Tài chính"), (single, "Bộ Y tế")]


def test_a_lists_head_reads_one_issuer_of_a_type_not_joint() -> None:
    """A list's head names its issuer right before the colon: here the issuer read ends at
    "Bộ Y tế" ("Sở Tài chính" is neither known nor a ministry), so no head is read, and the
    items after ";" have no head of their type to carry."""
    text = "các Quyết định của Bộ Y tế và Sở Tài chính: số 15/QĐ-BYT ngày 2/3/2020; số 16/QĐ-BYT"
    assert read_issuers(text) == []


def test_a_dash_after_a_region_before_a_body() -> None:
    """A region read after a place's word is a place's name: a dash and a body's first word
    after it name a second body, as after a province's name ("tỉnh Gia Lai - Sở Nội vụ").  The
    region's reading left the place behind, so "- Sở Nội" was read into the issuer (a fault this
    round's mutation tests found)."""
    for place in ("tỉnh Gia Lai", "tỉnh Tây Nguyên"):
        assert _issuer_after_head(f"Cụm thi đua {place} - Sở Nội vụ") == f"Cụm thi đua {place}"
