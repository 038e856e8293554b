"""Hand-checked cases for where an issuer ends that mutation testing of round 6's citation
reader showed untested (issue 15): the field of a national body after "về" (its line, its
"và", its 14 words, counted as one word of the issuer's 16), "Ban Hành" in title case, a name
in capitals, a term's word, "giữa" with one party.  Every expected value is
written by hand from the rules in docs/citations.md."""

from __future__ import annotations

import pytest

from _citations_read import read_issuers
from directive_report import citations

HEAD = "Kế hoạch số 5/KH-BCĐ ngày 02/3/2020 của "
NATIONAL = "Ban Chỉ đạo quốc gia về "

#: Thirty words in lower case, none of which ends an issuer.
_THIRTY = (
    "một hai ba bốn tám mười chín bảy sáu lăm mốt tư mươi trăm nghìn vạn ức tỉ linh lẻ chục "
    "rưỡi đôi cặp bộ đoàn nhóm tốp lượt khóm"
)
WORDS = _THIRTY.split()


def _issuer_after_head(after: str) -> str | None:
    (found,) = citations.extract(HEAD + after)
    return found.citation.issuer


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        # The field may run to the end of the text.
        ("phòng chống thiên tai", "phòng chống thiên tai"),
        # A line break ends it, before "và" too.
        ("phòng chống thiên tai\nvà nâng cao năng lực", "phòng chống thiên tai"),
        # "và" at a line's end: the list goes on, the word after it on the next line (round
        # 10: batch 10's "... đổi mới sáng tạo và\nchuyển đổi số")
        (
            "phòng, chống thiên tai và\ntìm kiếm cứu nạn",
            "phòng, chống thiên tai và tìm kiếm cứu nạn",
        ),
        # "và" before a word that ends an issuer ("triển khai") ends the field.
        ("phòng, chống thiên tai và triển khai", "phòng, chống thiên tai"),
        # A capitalised word after the field goes on the name, as after any name.
        ("phòng, chống dịch COVID-19 về việc", "phòng, chống dịch COVID-19"),
    ],
)
def test_where_a_national_bodys_field_ends(after: str, issuer: str) -> None:
    assert _issuer_after_head(NATIONAL + after) == NATIONAL + issuer


def test_a_central_bodys_field_holds_thuc_hanh() -> None:
    """ "thực hành" is a field's words, though "thực" alone would end an issuer."""
    central = "Ban Chỉ đạo Trung ương về "
    field = "thực hành tiết kiệm, chống lãng phí"
    assert _issuer_after_head(central + field + " về việc") == central + field


def test_a_field_holds_fourteen_words() -> None:
    """A field is read up to 14 words; the words after it, in lower case, are not kept."""
    assert _issuer_after_head(NATIONAL + " ".join(WORDS)) == NATIONAL + " ".join(WORDS[:14])


def test_a_field_counts_as_one_word_of_the_issuers_sixteen() -> None:
    """ "Ban Chỉ đạo quốc gia" is five words and the field one: ten words more are read, the
    last capitalised of them ends the name."""
    places = "Hà Nội Hải Phòng Đà Nẵng Cần Thơ Huế Vinh Nam Định Thái Bình"
    assert _issuer_after_head(NATIONAL + "dịch " + places) == (
        NATIONAL + "dịch Hà Nội Hải Phòng Đà Nẵng Cần Thơ Huế Vinh"
    )


def test_ban_hanh_in_title_case_ends_an_issuer() -> None:
    """ "Ban Hành" (each word capitalised) ends a name as "ban hành" does."""
    text = "Quyết định số 12/QĐ-HĐ ngày 02/3/2020 của Hội đồng thi đua khen thưởng Ban Hành Quy chế"
    assert read_issuers(text) == [
        (
            "Quyết định số 12/QĐ-HĐ ngày 02/3/2020 của Hội đồng thi đua khen thưởng",
            "Hội đồng thi đua khen thưởng",
        )
    ]


def test_one_capital_letter_does_not_make_a_name_in_capitals() -> None:
    """A name is in capitals when its first word is, and is longer than one letter: after "A"
    a capitalised word ("Hà Nam") goes on the name."""
    assert _issuer_after_head("A CHI NHÁNH Hà Nam về việc") == "A CHI NHÁNH Hà Nam"


def test_a_name_of_lower_case_words_only_is_no_issuer() -> None:
    """ "cơ quan" may open an issuer, but sixteen words without a capital name nothing."""
    text = "Công văn số 5/CV ngày 02/3/2020 của cơ quan " + " ".join(WORDS[:16])
    assert read_issuers(text) == [("Công văn số 5/CV ngày 02/3/2020", None)]


def test_a_roman_number_after_a_known_name_in_capitals_needs_khoa() -> None:
    """In capitals, a term's number is read after "KHÓA" only: "XII" alone ends the name."""
    text = "NGHỊ QUYẾT SỐ 5-NQ/TW CỦA BỘ CHÍNH TRỊ XII ĐẨY MẠNH"
    assert read_issuers(text) == [("NGHỊ QUYẾT SỐ 5-NQ/TW CỦA BỘ CHÍNH TRỊ", "Bộ Chính trị")]


def test_a_slash_inside_an_issuer_ends_it_only_after_v() -> None:
    """ "V/v" opens the trích yếu; another word before "/" does not end the name there."""
    text = "Công văn số 5/TCT của Tổng cục Thuế/Bộ Tài chính"
    assert read_issuers(text) == [("Công văn số 5/TCT của Tổng cục Thuế", "Tổng cục Thuế")]


def test_a_word_like_khoa_is_a_term_only_if_it_is_khoa() -> None:
    """A four-letter word starting "kh" ("khác") before a number is no term: the known name
    ends before it."""
    text = "Công văn số 5/BYT của Bộ Y tế khác 2"
    assert read_issuers(text) == [("Công văn số 5/BYT của Bộ Y tế", "Bộ Y tế")]


def test_giua_needs_two_parties() -> None:
    """After "giữa" one party alone is not read as the issuer."""
    text = "Chương trình phối hợp số 01/CTPH ngày 02/3/2020 giữa Bộ Y tế về việc"
    assert read_issuers(text) == [("Chương trình phối hợp số 01/CTPH ngày 02/3/2020", None)]


@pytest.mark.parametrize("term", ["KHÓA", "KHOÁ"])
def test_a_term_word_in_capitals_takes_only_a_number(term: str) -> None:
    """In capitals, the words after a term's word are read only when they are its number:
    after "KHÓA MỚI" the trích yếu ("ĐẨY MẠNH") is not the issuer's, as it would be for three
    words after a place's word ("TỈNH")."""
    text = f"NGHỊ QUYẾT SỐ 5-NQ/TW CỦA BỘ CHÍNH TRỊ {term} MỚI ĐẨY MẠNH CÔNG TÁC"
    (found,) = citations.extract(text)
    assert text[found.start : found.end] == f"NGHỊ QUYẾT SỐ 5-NQ/TW CỦA BỘ CHÍNH TRỊ {term}"
    assert found.citation.issuer == f"Bộ Chính trị {term.lower()}"


def test_an_en_dash_inside_a_provinces_name() -> None:
    """ "tỉnh Bà Rịa – Vũng Tàu" with an en dash is one place, as with a hyphen."""
    issuer = "Hội đồng nhân dân tỉnh Bà Rịa – Vũng Tàu"
    assert _issuer_after_head(issuer + " về việc") == issuer


def test_a_comma_before_chong_stays_in_a_name_only_after_phong() -> None:
    """The comma of "phòng, chống" is a name's; after another word (", chống dịch") it ends
    the issuer."""
    assert _issuer_after_head("Ban Chỉ đạo tỉnh Hà Nam, chống dịch hiệu quả") == (
        "Ban Chỉ đạo tỉnh Hà Nam"
    )
