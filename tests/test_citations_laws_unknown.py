"""Laws the list of names does not know, and words around a name (issue 15, eighth round): an
unknown name with no year, number or date after it, read to where it ends; a known name that
begins a longer unknown one; words that qualify a law between its name and its year; a draft's
"(sửa đổi)" before its date. Hand-checked cases written for the project (unit tests, not the
measure), each kind with the traps next to it."""

from __future__ import annotations

import pytest

from _citations_read import LawRow, law_rows
from directive_report import citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # punctuation ends the name
        (
            "Căn cứ Luật Trí tuệ nhân tạo;",
            [("Luật Trí tuệ nhân tạo", "Luật", "Trí tuệ nhân tạo", None)],
        ),
        (
            "theo Luật Phòng bệnh, Luật Dân số và các văn bản",
            [
                ("Luật Phòng bệnh", "Luật", "Phòng bệnh", None),
                ("Luật Dân số", "Luật", "Dân số", None),
            ],
        ),
        # a word that says something of the law ends it: "được", "đến", "có hiệu lực", "của"
        (
            "Triển khai Luật Chuyển đổi số được Quốc hội thông qua",
            [("Luật Chuyển đổi số", "Luật", "Chuyển đổi số", None)],
        ),
        (
            "tuyên truyền Luật Trí tuệ nhân tạo đến cán bộ, công chức",
            [("Luật Trí tuệ nhân tạo", "Luật", "Trí tuệ nhân tạo", None)],
        ),
        (
            "Pháp lệnh Quản lý thị trường mới có hiệu lực",
            [("Pháp lệnh Quản lý thị trường", "Pháp lệnh", "Quản lý thị trường", None)],
        ),
        (
            "Bộ luật Hàng hải Việt Nam quy định rõ",
            [("Bộ luật Hàng hải Việt Nam", "Bộ luật", "Hàng hải Việt Nam", None)],
        ),
        # the issuer after "của" is read as after any law
        (
            "Thực hiện Luật Chuyển đổi số của Quốc hội;",
            [("Luật Chuyển đổi số của Quốc hội", "Luật", "Chuyển đổi số", None)],
        ),
        # a line's end ends it; a line break before a word in lower case does not
        (
            "Căn cứ Pháp lệnh Bảo vệ rừng\nCăn cứ Pháp lệnh Thuế nông nghiệp năm 1983;",
            [
                ("Pháp lệnh Bảo vệ rừng", "Pháp lệnh", "Bảo vệ rừng", None),
                (
                    "Pháp lệnh Thuế nông nghiệp năm 1983",
                    "Pháp lệnh",
                    "Thuế nông nghiệp",
                    1983,
                ),
            ],
        ),
        (
            "Căn cứ Luật Công nghiệp\nquốc phòng;",
            [("Luật Công nghiệp\nquốc phòng", "Luật", "Công nghiệp quốc phòng", None)],
        ),
        # the text's end ends it, as a cut copy leaves it (not the words before it)
        (
            "Căn cứ Luật Ban hành văn bản",
            [("Luật Ban hành văn bản", "Luật", "Ban hành văn bản", None)],
        ),
        (
            "theo Điều 3 Luật Hoạt động giám sát thì",
            [("Điều 3 Luật Hoạt động giám sát", "Luật", "Hoạt động giám sát", None)],
        ),
        # "số" before a word is a word of the name; before a number it is the law's number
        (
            "Luật Chuyển đổi số số 71/2025/QH15;",
            [("Luật Chuyển đổi số số 71/2025/QH15", "Luật", "Chuyển đổi số", None)],
        ),
    ],
)
def test_an_unknown_name_with_nothing_after_it(text: str, expected: list[LawRow]) -> None:
    """An unknown name with no year, number or date is read up to punctuation, a line's end or
    a word no law's name holds."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # institutions, fields of study, titles
        "Trường Đại học Luật Hà Nội tổ chức hội thảo.",
        "Công ty Luật Minh Khuê tư vấn miễn phí.",
        "sinh viên Khoa Luật Kinh tế năm thứ ba",
        "Luật Sư Lê Minh Công trả lời.",
        # a heading in capitals; one word only; a name in lower case
        "LUẬT TRÍ TUỆ NHÂN TẠO\n",
        "Luật Thuế mới thì",
        "theo Luật này, ",
        "theo Luật Việt Nam thì",  # the country's law
        "Luật Quản trị, chống rửa tiền ABC",  # a comma inside a title: where it ends is unknown
        # a code's name after "Luật", however damaged: a branch of law
        "môn Luật Dn sự.",
        # a name that runs on past ten words, or into a number, is not read rather than read
        # wrong
        "Luật Bảo tồn loại cây quý hiếm ở vùng núi phía bắc xa xôi hẻo lánh.",
        "theo Luật Bảo tồn nguồn gen 12 nhóm",
    ],
)
def test_what_is_no_unknown_name(text: str) -> None:
    assert law_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "có hiệu lực từ ngày ...": the date is not the law's, the words not its name
        (
            "Luật Trí tuệ nhân tạo có hiệu lực từ ngày 01/7/2026.",
            [("Luật Trí tuệ nhân tạo", "Luật", "Trí tuệ nhân tạo", None)],
        ),
        (
            "Luật Bảo tồn nguồn gen được ban hành năm 2025.",
            [("Luật Bảo tồn nguồn gen", "Luật", "Bảo tồn nguồn gen", None)],
        ),
    ],
)
def test_an_unknown_name_before_words_about_the_law(text: str, expected: list[LawRow]) -> None:
    """A name read up to a year or date that is not its own stops before the words that
    introduce that date or year."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name followed by words in lower case and a year: a longer name
        (
            "Căn cứ Luật Thương mại điện tử năm 2025;",
            [("Luật Thương mại điện tử năm 2025", "Luật", "Thương mại điện tử", 2025)],
        ),
        (
            "Căn cứ Luật Quản lý Thuế VAT ngày 13 tháng 6 năm 2019;",
            [
                (
                    "Luật Quản lý Thuế VAT ngày 13 tháng 6 năm 2019",
                    "Luật",
                    "Quản lý Thuế VAT",
                    None,
                )
            ],
        ),
        # words that qualify the law: inside the span, no part of the name
        (
            "theo Luật Đất đai hiện hành năm 2013 thì",
            [("Luật Đất đai hiện hành năm 2013", "Luật", "Đất đai", 2013)],
        ),
        (
            "Bộ luật Hình sự hiện hành năm 2015 quy định",
            [("Bộ luật Hình sự hiện hành năm 2015", "Bộ luật", "Hình sự", 2015)],
        ),
        (
            "Nước ta đã ban hành Bộ luật Hình sự qua các năm 1985, 1999",
            [
                ("Bộ luật Hình sự qua các năm 1985", "Bộ luật", "Hình sự", 1985),
                ("1999", "Bộ luật", "Hình sự", 1999),
            ],
        ),
        (
            "Bộ luật Hình sự bản hợp nhất năm 2017",
            [("Bộ luật Hình sự bản hợp nhất năm 2017", "Bộ luật", "Hình sự", 2017)],
        ),
        # the country between a code's name and its year
        (
            "Bộ luật Dân sự của nước CHXHCN Việt Nam năm 2015",
            [
                (
                    "Bộ luật Dân sự của nước CHXHCN Việt Nam năm 2015",
                    "Bộ luật",
                    "Dân sự",
                    2015,
                )
            ],
        ),
        (
            "Bộ luật Hình sự Việt Nam năm 1999 quy định",
            [("Bộ luật Hình sự Việt Nam năm 1999", "Bộ luật", "Hình sự", 1999)],
        ),
        # a code's name never runs on; a verb before the year leaves the year out
        (
            "Bộ luật Hình sự có hiệu lực năm 2018",
            [("Bộ luật Hình sự", "Bộ luật", "Hình sự", None)],
        ),
        (
            "Luật Doanh nghiệp ban hành năm 2020",
            [("Luật Doanh nghiệp", "Luật", "Doanh nghiệp", None)],
        ),
    ],
)
def test_words_between_a_known_name_and_its_year(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Luật Ngân sách nhà nước (sửa đổi) ngày 16-12-2002;",
            "Luật Ngân sách nhà nước (sửa đổi) ngày 16-12-2002",
        ),
        (
            "Căn cứ Luật Đất đai (sửa đổi) số 31/2024/QH15;",
            "Luật Đất đai (sửa đổi) số 31/2024/QH15",
        ),
        # before anything else the draft's note stays out (the corpus's decision)
        ("dự án Luật Đất đai (sửa đổi) được thông qua", "Luật Đất đai"),
    ],
)
def test_a_drafts_note_before_its_date(text: str, expected: str) -> None:
    [row] = law_rows(text)
    assert row[0] == expected


def test_an_ordinances_old_symbol_names_its_issuer() -> None:
    """An ordinance's ký hiệu of 1998-2008 ("PL-UBTVQH10") names the Standing Committee of that
    legislature, inferred as "QH14" names the Assembly; "PL" before another group does not."""
    [found] = citations.extract("Căn cứ Pháp lệnh Phí và lệ phí số 38/2001/PL-UBTVQH10;")
    assert (found.citation.issuer, found.citation.issuer_inferred) == (
        "Ủy ban Thường vụ Quốc hội khóa X",
        True,
    )
    [found] = citations.extract("Quyết định số 38/2001/PL-UBND")
    assert found.citation.issuer is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "theo quy định của bộ luật hình sự năm 2015 thì",
            [("bộ luật hình sự năm 2015", "Bộ luật", "Hình sự", 2015)],
        ),
        ("hay còn gọi là bộ luật dân sự.", [("bộ luật dân sự", "Bộ luật", "Dân sự", None)]),
        # several codes, a code's name that the list does not know, a word that is no name
        ("các bộ luật hình sự của các nước", []),
        ("bộ luật mới", []),
        ("bộ luật thương mại quốc tế", []),
    ],
)
def test_a_code_in_lower_case(text: str, expected: list[LawRow]) -> None:
    """ "bộ luật" in lower case before a code's name (there are six) is the code."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country abbreviated, or the Democratic Republic's, read as written
        (
            "Căn cứ Hiến pháp nước CHXHCN Việt Nam năm 2013;",
            [
                (
                    "Hiến pháp nước CHXHCN Việt Nam năm 2013",
                    "Hiến pháp",
                    "nước CHXHCN Việt Nam",
                    2013,
                )
            ],
        ),
        (
            "theo Hiến pháp nước Cộng hòa XHCN Việt Nam thì",
            [
                (
                    "Hiến pháp nước Cộng hòa XHCN Việt Nam",
                    "Hiến pháp",
                    "nước Cộng hòa XHCN Việt Nam",
                    None,
                )
            ],
        ),
        (
            "Hiến pháp nước Việt Nam Dân chủ Cộng hòa năm 1946",
            [
                (
                    "Hiến pháp nước Việt Nam Dân chủ Cộng hòa năm 1946",
                    "Hiến pháp",
                    "nước Việt Nam Dân chủ Cộng hòa",
                    1946,
                )
            ],
        ),
        (
            "Hiến pháp Việt Nam năm 2013 quy định",
            [("Hiến pháp Việt Nam năm 2013", "Hiến pháp", "Việt Nam", 2013)],
        ),
        ("theo Hiến pháp Việt Nam thì", []),  # "Việt Nam" alone only before a year
        # a font that lost the glyphs of "há" and of accented letters of the country
        (
            "Căn cứ Hiến pp nưc Cng hòa xã hi chnghĩa Việt Nam năm 1992;",
            [
                (
                    "Hiến pp nưc Cng hòa xã hi chnghĩa Việt Nam năm 1992",
                    "Hiến pháp",
                    "nưc Cng hòa xã hi chnghĩa Việt Nam",
                    1992,
                )
            ],
        ),
        ("Luật nưc Cng hòa xã hi chnghĩa Việt Nam;", []),  # the country is no law's name
        # a page's path after the year
        (
            "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam 1992/Chương XII",
            [
                (
                    "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam 1992",
                    "Hiến pháp",
                    "nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                    1992,
                )
            ],
        ),
        # not a ký hiệu or a second year after the slash
        ("Luật Đất đai 2013/QH13", [("Luật Đất đai", "Luật", "Đất đai", None)]),
        ("Luật Đất đai năm 2013/2014", [("Luật Đất đai", "Luật", "Đất đai", None)]),
    ],
)
def test_the_constitution_written_otherwise(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash for the comma of a known title
        (
            "Luật Thi đua - Khen thưởng năm 2003",
            [("Luật Thi đua - Khen thưởng năm 2003", "Luật", "Thi đua - Khen thưởng", 2003)],
        ),
        # an amending law's title before the words that introduce its date
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Trí tuệ nhân tạo được Quốc hội "
            "thông qua ngày 10/12/2025;",
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Trí tuệ nhân tạo",
                    "Luật",
                    "sửa đổi, bổ sung một số điều của Luật Trí tuệ nhân tạo",
                    None,
                )
            ],
        ),
        # a comma after "bổ sung"; a line break before a word in lower case inside the title
        (
            "Căn cứ Luật sửa đổi, bổ sung, một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương ngày 22 tháng 11 năm 2019;",
            [
                (
                    "Luật sửa đổi, bổ sung, một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương ngày 22 tháng 11 năm 2019",
                    "Luật",
                    "sửa đổi, bổ sung, một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương",
                    None,
                )
            ],
        ),
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan\nđến quy hoạch ngày "
            "20 tháng 11 năm 2018;",
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan\nđến quy hoạch ngày "
                    "20 tháng 11 năm 2018",
                    "Luật",
                    "sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch",
                    None,
                )
            ],
        ),
        # "ban hành" is a word of a title
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày "
            "18/6/2020",
            [
                (
                    "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật "
                    "ngày 18/6/2020",
                    "Luật",
                    "sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật",
                    None,
                )
            ],
        ),
    ],
)
def test_titles_written_otherwise(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "theo pháp lệnh xử lý vi phạm hành chính năm 2002 thì",
            [
                (
                    "pháp lệnh xử lý vi phạm hành chính năm 2002",
                    "Pháp lệnh",
                    "Xử lý vi phạm hành chính",
                    2002,
                )
            ],
        ),
        # a name the list does not know, several ordinances, a list of types
        ("theo pháp lệnh chống lụt mới thì", []),
        ("các pháp lệnh thuế nông nghiệp", []),
        ("Chương trình xây dựng luật, pháp lệnh năm 2023", []),
    ],
)
def test_an_ordinance_in_lower_case(text: str, expected: list[LawRow]) -> None:
    """ "pháp lệnh" in lower case before a name the list knows, as "luật" is."""
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dự Luật Đơn vị hành chính kinh tế đặc biệt đã được",  # a bill (the corpus's decision)
        "theo Luật Quốc tế, các quốc gia",  # branches of law
        "Luật Kinh tế quốc tế là ngành học",
        "môn Luật Hành chính.",
        "CHUYÊN MỤC PHÁP LUẬT VIỆT NAM\n",
    ],
)
def test_no_law_named_so(text: str) -> None:
    assert law_rows(text) == []
