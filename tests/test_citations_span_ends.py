"""Where a citation's span ends, and what a ký hiệu holds: kinds found on the development part
of the real corpus in its fifth round (issue 15), each with hand-checked cases written for the
project (unit tests, not the measure) and the traps next to each."""

from __future__ import annotations

import pytest

from _citations_read import Row, read_rows
from directive_report import citations
from directive_report.citations.issuers import DEFAULT_ISSUERS


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a lower-case word after a place's name is the sentence, not the issuer
        (
            "Căn cứ Nghị quyết số 12/2019/NQ-HĐND ngày 10/7/2019 của HĐND tỉnh Yên Bái "
            "thôngqua kế hoạch phát triển",
            "HĐND tỉnh Yên Bái",
        ),
        (
            "theo Quyết định số 45/QĐ-SNV của Sở Nội vụ thành phố Hải Phòng hướngdẫn việc",
            "Sở Nội vụ thành phố Hải Phòng",
        ),
        # ... but a term after the place goes on, and lower-case words before a place are
        # the body's name
        (
            "theo Nghị quyết số 5/NQ-HĐND của HĐND huyện Mộc Châu khóa XX thôngqua",
            "HĐND huyện Mộc Châu khóa XX",
        ),
        (
            "Quyết định số 9/QĐ-BQL của Ban quản lý khu kinh tế tỉnh Hà Tĩnh",
            "Ban quản lý khu kinh tế tỉnh Hà Tĩnh",
        ),
        # a verb glued to the issuer's last word ends the issuer inside that word
        (
            "Nghị quyết số 32/NQ-CP ngày 14/5/2019 của Chính phban hành Kế hoạch",
            "Chính ph",
        ),
        (
            "Quyết định số 7/QĐ-UBND của Ủy ban nhân dân tỉnh Nam Địnhban hành quy chế",
            "Ủy ban nhân dân tỉnh Nam Định",
        ),
        ("Thông tư số 5/2020/TT-BTC của Bộ Tài chínhvề việc", "Bộ Tài chính"),
        # ... not a name glued to what follows it ("Ủyban nhân dân")
        (
            "Quyết định số 8/QĐ-UBND của Ủyban nhân dân xã Hòa Bình về việc",
            "Ủyban nhân dân xã Hòa Bình",
        ),
    ],
)
def test_where_an_issuer_ends(text: str, issuer: str) -> None:
    """An issuer ends at a lower-case word after a place's name and at a verb glued to its
    last word ("Chính phban hành", "thôngqua"); the cited words end with it."""
    [found] = citations.extract(text)
    assert found.citation.issuer == issuer
    assert found.text.endswith(issuer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's number in parentheses after its title, typed by its ký hiệu
        (
            "Quy chế làm việc của Tỉnh ủy khóa X,\nnhiệm kỳ 2015-2020\n(số 22-QC/TU)",
            [("22-QC/TU", "Quy chế", "QC/TU", None, None, None)],
        ),
        (
            "Kế hoạch phát triển thương mại điện tử (số 12/KH-UBND) đã nêu",
            [("12/KH-UBND", "Kế hoạch", "KH-UBND", None, None, None)],
        ),
        # ... not a number without a ký hiệu naming a type, nor a header
        ("các hộ nghèo (số 185) và (số 12-ABC/XY), (số 0912-345)", []),
        ("TỈNH ỦY BÌNH DƯƠNG\nSố 22-QC/TU\nQUY CHẾ", []),
    ],
)
def test_a_number_in_parentheses_after_its_title(text: str, expected: list[Row]) -> None:
    """ "(số 22-QC/TU)" after a title is the document that title names, typed by its ký
    hiệu."""
    assert read_rows(text) == expected


def test_a_list_item_after_a_semicolon_carries_the_heads_issuer() -> None:
    """ "các Nghị định của Chính phủ: số 163/...; số 60/2021/NĐ-CP ..." with a trích yếu and
    another citation between: the item is a citation of the list's type and issuer."""
    text = (
        "Căn cứ các Nghị định của\nChính phủ: số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 quy "
        "định chi tiết thi\nhành một số điều của Luật Ngân sách nhà nước; số 60/2021/NĐ-CP "
        "ngày 21\ntháng 6 năm 2021 quy định cơ chế tự chủ; số 5/2020/TT-BTC quy định;"
    )
    found = citations.extract(text)
    assert [(f.text, f.citation.issuer, f.citation.issuer_inferred) for f in found] == [
        (
            "Nghị định của\nChính phủ: số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016",
            "Chính phủ",
            False,
        ),
        ("Luật Ngân sách nhà nước", None, False),
        ("số 60/2021/NĐ-CP ngày 21\ntháng 6 năm 2021", "Chính phủ", False),
        # another type's item is typed by its ký hiệu and carries no issuer of the list
        ("số 5/2020/TT-BTC", "Bộ Tài chính", True),
    ]
    assert found[2].citation.doc_type.name == "Nghị định"
    assert found[3].citation.doc_type.name == "Thông tư"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item after ";" with no list's head before it: a full identifier without its type
        (
            "Căn cứ Luật Đầu tư; số 12/2020/QĐ-UBND ngày 5/3/2020 của UBND tỉnh;",
            [
                ("Luật Đầu tư", "Luật", None, None, None, None),
                (
                    "số 12/2020/QĐ-UBND ngày 5/3/2020 của UBND tỉnh",
                    "Quyết định",
                    "QĐ-UBND",
                    2020,
                    "UBND tỉnh",
                    None,
                ),
            ],
        ),
        # ... not the list's issuer across a new paragraph
        (
            "Căn cứ các Nghị định của Chính phủ: số 1/2016/NĐ-CP;\nCăn cứ Luật Đầu tư; "
            "số 2/2017/NĐ-CP",
            [
                (
                    "Nghị định của Chính phủ: số 1/2016/NĐ-CP",
                    "Nghị định",
                    "NĐ-CP",
                    2016,
                    "Chính phủ",
                    None,
                ),
                ("Luật Đầu tư", "Luật", None, None, None, None),
                ("số 2/2017/NĐ-CP", "Nghị định", "NĐ-CP", 2017, "Chính phủ", None),
            ],
        ),
        # ... nor a header's number, nor a number without a year
        ("Kính gửi; số 12/QĐ-UBND và;\nSố: 15/2020/QĐ-UBND\n", []),
    ],
)
def test_an_item_after_a_semicolon(text: str, expected: list[Row]) -> None:
    """ "; số 12/2020/QĐ-UBND": a full identifier after a list's ";" is a citation typed by
    its ký hiệu, from its "số"."""
    assert read_rows(text) == expected


def test_a_list_issuer_is_not_carried_across_a_paragraph() -> None:
    """The list's issuer is carried only within its paragraph (the inferred one is given)."""
    text = (
        "Căn cứ các Nghị định của Chính phủ: số 1/2016/NĐ-CP;\nCăn cứ Luật Đầu tư; số 2/2017/NĐ-CP"
    )
    assert citations.extract(text)[-1].citation.issuer_inferred


@pytest.mark.parametrize(
    "text",
    [
        "Số hiệu | 18/2025/NQ-HĐND | Loại văn bản | Nghị quyết",
        "Số hiệu: | 10/2019/QĐ-UBND | Loại văn bản: | Quyết định |",
        "| Số hiệu | | 10/2019/QĐ-UBND |",
    ],
)
def test_a_portals_number_in_a_table_is_a_trap(text: str) -> None:
    """A portal's "Số hiệu" with the number in the next cell of its table is the document's
    own number."""
    assert citations.extract(text) == []


def test_an_abbreviated_type_before_a_colon_is_not_a_header() -> None:
    """ "TT Số: 219/2013/TT- BTC ngày ..." first on its line (a slide's list): a header never
    abbreviates its type, so this is a citation; "Nghị quyết số: 71/..." there is a header."""
    text = " TT Số: 219/2013/TT- BTC ngày 31/12/2013\nNghị quyết số: 71/2022/QH15\n"
    assert read_rows(text) == [
        (
            "TT Số: 219/2013/TT- BTC ngày 31/12/2013",
            "Thông tư",
            "TT-BTC",
            2013,
            "Bộ Tài chính",
            None,
        )
    ]


@pytest.mark.parametrize(
    ("symbol", "canonical"),
    [
        ("CT-CTUBND", "CT-CTUBND"),  # "Chủ tịch UBND": a unit, not a type glued to an issuer
        ("NĐCP", "NĐ-CP"),  # the first group may be a type glued to an issuer
    ],
)
def test_a_glued_type_is_split_off_only_in_the_first_group(symbol: str, canonical: str) -> None:
    """A type abbreviation glued to a known issuer is split off in the ký hiệu's first group
    only, where the type stands; later groups name units ("CTUBND")."""
    assert DEFAULT_ISSUERS.canonical_symbol(symbol) == canonical


def test_the_procuracys_short_abbreviation_names_it() -> None:
    """ "HD-VKSTC": the Supreme People's Procuracy, like "VKSNDTC" (an inferred issuer)."""
    [found] = citations.extract("Hướng dẫn 28/HD-VKSTC 2020 thực hành quyền công tố")
    assert found.text == "Hướng dẫn 28/HD-VKSTC 2020"
    assert (found.citation.issuer, found.citation.issuer_inferred) == (
        "Viện kiểm sát nhân dân tối cao",
        True,
    )


def test_an_english_abstracts_number_is_not_read() -> None:
    """ "Decree No. 77/2008/ND-CP" in an English abstract: a ký hiệu without its diacritics
    ("ND") is read as "NĐ" after a type word only, not typing an identifier alone."""
    assert citations.extract("The Decree No. 77/2008/ND-CP dated 16th July 2008 (số 5/ND-CP)") == []


def test_an_issuer_written_between_the_type_and_its_number() -> None:
    """ "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg": a portal's old-style title
    writes the issuer before "số": it is the issuer as written, not inferred."""
    [found] = citations.extract(
        "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008 (11/07)"
    )
    assert found.text.endswith("NĂM 2008")
    assert (found.citation.issuer, found.citation.issuer_inferred) == ("Thủ tướng Chính phủ", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint circular or resolution cited by its number and year, as a Thông tư is
        (
            "theo khoản 2 Điều 4 Thông tư liên tịch 01/2017 (về tiếp nhận) và thông tư liên "
            "tịch 06/2013 về",
            [
                (
                    "khoản 2 Điều 4 Thông tư liên tịch 01/2017",
                    "Thông tư liên tịch",
                    "1",
                    2017,
                    None,
                    "khoản 2 Điều 4",
                ),
                ("thông tư liên tịch 06/2013", "Thông tư liên tịch", "6", 2013, None, None),
            ],
        ),
        (
            "Nghị quyết liên tịch 09/2008 hướng dẫn",
            [("Nghị quyết liên tịch 09/2008", "Nghị quyết liên tịch", "9", 2008, None, None)],
        ),
        # the President's decrees of 1945-1959
        (
            "theo Sắc lệnh số 23/SL ngày 21 tháng 2 năm 1946 của Chủ tịch Hồ Chí Minh, Nha",
            [
                (
                    "Sắc lệnh số 23/SL ngày 21 tháng 2 năm 1946 của Chủ tịch Hồ Chí Minh",
                    "Sắc lệnh",
                    "SL",
                    None,
                    "Chủ tịch Hồ Chí Minh",
                    None,
                )
            ],
        ),
        # a header flattened into one line: "Số:" with its capital and colon is the text's own
        (
            "Độc lập - Tự do - Hạnh phúc Số: 28/2020/TT-BCA Hà Nội, ngày 26 tháng 3 năm 2020",
            [],
        ),
    ],
)
def test_more_kinds_of_the_fifth_round(text: str, expected: list[Row]) -> None:
    """Joint circulars by number and year, the "Sắc lệnh", a flattened header's number."""
    assert read_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "cited", "issuer"),
    [
        # a broken font scrambles tone marks: type words, "ngày", "của", known names and a
        # term are read whatever the vowels' tones, the issuer as written
        (
            "theo Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành Trũng ương Đảng về",
            "Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành Trũng ương Đảng",
            "Bạn Chấp hành Trũng ương Đảng",
        ),
        (
            "Nghị qụỵết số 18-NQ/TW củá Bạn Chấp hành Trúng ương Đảng khỏá XÍĨ, một số vấn đề",
            "Nghị qụỵết số 18-NQ/TW củá Bạn Chấp hành Trúng ương Đảng khỏá XÍĨ",
            "Bạn Chấp hành Trúng ương Đảng khỏá XÍĨ",
        ),
        (
            "Kết lùận số 126-KL/TW củà Bộ Chính trị, Bán Bí thư về",
            "Kết lùận số 126-KL/TW củà Bộ Chính trị, Bán Bí thư",
            "Bộ Chính trị, Bán Bí thư",
        ),
        # ... a vowel keeps its shape ("cửa" is no "của"), and "khoa" is a term only before
        # its number
        ("Quyết định số 5/QĐ-UBND cửa Hàng", "Quyết định số 5/QĐ-UBND", None),
        (
            "Nghị quyết số 5/NQ-CP của Chính phủ khoa học",
            "Nghị quyết số 5/NQ-CP của Chính phủ",
            "Chính phủ",
        ),
    ],
)
def test_scrambled_tone_marks(text: str, cited: str, issuer: str | None) -> None:
    """Tone marks a broken font put on other vowels, or left out, do not hide a citation."""
    [found] = citations.extract(text)
    assert (found.text, found.citation.issuer) == (cited, issuer)


def test_a_vowels_shape_is_kept() -> None:
    """ "giày mới số 42" (new shoes, size 42) is no "Giấy mời": only tone marks are loose."""
    assert read_rows("đôi giày mới số 42 và Giấy mời số 5") == [
        ("Giấy mời số 5", "Giấy mời", "5", None, None, None)
    ]


def test_loose_marks_leave_classes_and_escapes_alone() -> None:
    """A pattern's letters take every tone mark and none, but not inside a character class or
    after a backslash (``\\d`` stays a digit)."""
    from directive_report.citations._patterns import loose_marks, toneless

    assert loose_marks(r"[\so]y\dđ") == r"[\so][yỳýỹỷỵ]\d[đd]"
    assert loose_marks("của") == "c[uùúũủụ][aàáãảạ]"
    assert toneless("Khỏá XÍĨ ương") == "Khoa XII ương"


@pytest.mark.parametrize(
    ("text", "inferred"),
    [
        # a line starting with a capital but no mark ending the line before: the same paragraph
        (
            "các Nghị định của Chính phủ: số 1/2016/NĐ-CP quy định về\nThuế; số 2/2017/NĐ-CP",
            False,
        ),
        # a blank line starts a paragraph, as a mark does
        (
            "các Nghị định của Chính phủ: số 1/2016/NĐ-CP quy định\n\nCăn cứ; số 2/2017/NĐ-CP",
            True,
        ),
        # the last head of the paragraph is the list's: here a Nghị định's
        (
            "các Thông tư của Bộ Tài chính: số 5/2020/TT-BTC; các Nghị định của Chính phủ: số "
            "1/2016/NĐ-CP quy định; số 2/2017/NĐ-CP",
            False,
        ),
        # ... and only a head within 1,000 characters
        (
            "các Nghị định của Chính phủ: số 1/2016/NĐ-CP quy định " + "x " * 520 + "; số "
            "2/2017/NĐ-CP",
            True,
        ),
    ],
)
def test_which_heads_issuer_an_item_carries(text: str, inferred: bool) -> None:
    """A list's item after ";" carries the issuer of the last list head of its type in its
    paragraph (a line after ".", ";", ":" or a blank line, starting with a capital, opens one),
    1,000 characters back at most; otherwise the ký hiệu's issuer is inferred."""
    item = citations.extract(text)[-1]
    assert (item.text, item.citation.issuer) == ("số 2/2017/NĐ-CP", "Chính phủ")
    assert item.citation.issuer_inferred is inferred


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "số:" in lower case after a word is no header
        ("kèm theo số: 28/2020/TT-BCA ngày 26/3/2020", ["28/2020/TT-BCA ngày 26/3/2020"]),
        # "SỐ" in capitals without a colon after a damaged type word is no header either
        ("CỦA THÔNG SỐ 78/2014/TT-BTC NGÀY 18/6/2014", ["78/2014/TT-BTC NGÀY 18/6/2014"]),
    ],
)
def test_only_a_capital_so_and_its_colon_make_a_header(text: str, expected: list[str]) -> None:
    """A header's "Số:" has its capital and its colon; either alone is not one."""
    assert [found.text for found in citations.extract(text)] == expected
