"""Where a law's name ends (issue 15, ninth round): the laws of 2025 and older ones the list of
names lacked, read to the end their titles give; a verb after a name the list does not know
ends it, as the other words that say something of a law do; an amendment note in parentheses
written with "được" or "đã"; a law's number written without "số" after its name (a name ending
in "số" takes it for both); an amending law's title that lists a law the list does not know ends
where that law's name ends. Hand-checked cases written for the project (unit tests, not the
measure), each kind with the traps next to it."""

from __future__ import annotations

import re

import pytest

from _citations_read import LawRow, law_rows
from directive_report import citations
from directive_report.citations._law_names import CODE_NAMES, LAW_NAMES, ORDINANCE_NAMES
from directive_report.citations._law_unknown import PREDICATE_VERBS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names the list now knows: a comma, "về" or a word in lower case inside them
        (
            "Luật Tiết kiệm, chống lãng phí có hiệu lực từ năm sau.",
            [("Luật Tiết kiệm, chống lãng phí", "Luật", "Tiết kiệm, chống lãng phí", None)],
        ),
        (
            "Luật Phục hồi, phá sản được Quốc hội thông qua.",
            [("Luật Phục hồi, phá sản", "Luật", "Phục hồi, phá sản", None)],
        ),
        (
            "Luật Thương mại điện tử của Quốc hội quy định",
            [
                (
                    "Luật Thương mại điện tử của Quốc hội",
                    "Luật",
                    "Thương mại điện tử",
                    None,
                )
            ],
        ),
        (
            "Căn cứ Luật Tương trợ tư pháp về dân sự năm 2025;",
            [
                (
                    "Luật Tương trợ tư pháp về dân sự năm 2025",
                    "Luật",
                    "Tương trợ tư pháp về dân sự",
                    2025,
                )
            ],
        ),
        (
            "các dự án Luật Dẫn độ, Luật Chuyển giao người đang chấp hành án phạt tù và Luật "
            "Tương trợ tư pháp về hình sự",
            [
                ("Luật Dẫn độ", "Luật", "Dẫn độ", None),
                (
                    "Luật Chuyển giao người đang chấp hành án phạt tù",
                    "Luật",
                    "Chuyển giao người đang chấp hành án phạt tù",
                    None,
                ),
                (
                    "Luật Tương trợ tư pháp về hình sự",
                    "Luật",
                    "Tương trợ tư pháp về hình sự",
                    None,
                ),
            ],
        ),
        (
            "Luật Trí tuệ nhân tạo bảo đảm phát triển an toàn; Luật Chuyển đổi số, Luật Phòng "
            "bệnh.",
            [
                ("Luật Trí tuệ nhân tạo", "Luật", "Trí tuệ nhân tạo", None),
                ("Luật Chuyển đổi số", "Luật", "Chuyển đổi số", None),
                ("Luật Phòng bệnh", "Luật", "Phòng bệnh", None),
            ],
        ),
        (
            "Luật Dạy nghề năm 2006 và Luật Các công cụ chuyển nhượng năm 2005",
            [
                ("Luật Dạy nghề năm 2006", "Luật", "Dạy nghề", 2006),
                (
                    "Luật Các công cụ chuyển nhượng năm 2005",
                    "Luật",
                    "Các công cụ chuyển nhượng",
                    2005,
                ),
            ],
        ),
        (
            "Căn cứ Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp số 68/2025/QH15;",
            [
                (
                    "Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp số 68/2025/QH15",
                    "Luật",
                    "Quản lý và đầu tư vốn nhà nước tại doanh nghiệp",
                    None,
                )
            ],
        ),
        # a shorter known name is still read where the longer one is not written
        (
            "Luật Thương mại năm 2005 và Luật Tương trợ tư pháp năm 2007",
            [
                ("Luật Thương mại năm 2005", "Luật", "Thương mại", 2005),
                ("Luật Tương trợ tư pháp năm 2007", "Luật", "Tương trợ tư pháp", 2007),
            ],
        ),
        # a verb after a name the list does not know ends it
        (
            "Luật Kinh tế tuần hoàn nghiêm cấm hành vi gian lận.",
            [("Luật Kinh tế tuần hoàn", "Luật", "Kinh tế tuần hoàn", None)],
        ),
        (
            "Luật Quản lý phát triển đô thị áp dụng đối với cơ quan, tổ chức.",
            [("Luật Quản lý phát triển đô thị", "Luật", "Quản lý phát triển đô thị", None)],
        ),
        (
            "Luật Quản lý phát triển đô thị tạo hành lang pháp lý cho chính quyền.",
            [("Luật Quản lý phát triển đô thị", "Luật", "Quản lý phát triển đô thị", None)],
        ),
        (
            "Pháp lệnh Phòng chống dịch xác định rõ trách nhiệm.",
            [("Pháp lệnh Phòng chống dịch", "Pháp lệnh", "Phòng chống dịch", None)],
        ),
        (
            "Luật Kinh tế tuần hoàn bổ sung quy định mới, dành một chương cho doanh nghiệp.",
            [("Luật Kinh tế tuần hoàn", "Luật", "Kinh tế tuần hoàn", None)],
        ),
        # a verb inside what would be read up to a year or a date ends the name there too: the
        # year or date is the sentence's, not the law's
        (
            "Luật Kinh tế tuần hoàn xác định năm 2026 là năm bản lề.",
            [("Luật Kinh tế tuần hoàn", "Luật", "Kinh tế tuần hoàn", None)],
        ),
        (
            "Luật Kinh tế tuần hoàn bảo đảm ngày 12/5/2026 có hiệu lực.",
            [("Luật Kinh tế tuần hoàn", "Luật", "Kinh tế tuần hoàn", None)],
        ),
        (
            "Căn cứ Luật Kinh tế tuần hoàn công bố ngày 29/11/2026;",
            [("Luật Kinh tế tuần hoàn", "Luật", "Kinh tế tuần hoàn", None)],
        ),
        # a verb that begins a name is no verb ending one
        (
            "Luật Ban hành văn bản pháp quy năm 2008",
            [
                (
                    "Luật Ban hành văn bản pháp quy năm 2008",
                    "Luật",
                    "Ban hành văn bản pháp quy",
                    2008,
                )
            ],
        ),
        # but "sửa đổi, bổ sung" before the year is the law as amended that year
        (
            "Luật Kinh tế tuần hoàn sửa đổi, bổ sung năm 2026",
            [
                (
                    "Luật Kinh tế tuần hoàn sửa đổi, bổ sung năm 2026",
                    "Luật",
                    "Kinh tế tuần hoàn sửa đổi, bổ sung",
                    2026,
                )
            ],
        ),
        # a footnote's bracket or Markdown's emphasis ends it as punctuation does
        (
            "*Luật Kinh tế tuần hoàn* được thông qua; Luật Quản lý phát triển đô thị [1] quy định",
            [
                ("Luật Kinh tế tuần hoàn", "Luật", "Kinh tế tuần hoàn", None),
                ("Luật Quản lý phát triển đô thị", "Luật", "Quản lý phát triển đô thị", None),
            ],
        ),
        # traps stay traps: a branch of law, an institution, a verb after "Luật" alone
        ("Luật Kinh tế áp dụng cho sinh viên năm nhất.", []),
        ("Trường Đại học Luật Hà Nội khẳng định vai trò.", []),
        ("Theo Điều 20 Luật quy định doanh nghiệp được hưởng ưu đãi.", []),
    ],
)
def test_where_a_law_s_name_ends(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ luật Hình sự năm 2015 (được sửa đổi, bổ sung năm 2017) quy định",
            [
                (
                    "Bộ luật Hình sự năm 2015 (được sửa đổi, bổ sung năm 2017)",
                    "Bộ luật",
                    "Hình sự",
                    2015,
                )
            ],
        ),
        (
            "Luật Xử lý vi phạm hành chính năm 2012 (đã sửa đổi, bổ sung năm 2020);",
            [
                (
                    "Luật Xử lý vi phạm hành chính năm 2012 (đã sửa đổi, bổ sung năm 2020)",
                    "Luật",
                    "Xử lý vi phạm hành chính",
                    2012,
                )
            ],
        ),
        (
            "Bộ luật Hình sự năm 2015 (sửa đổi, bổ xung năm 2017) quy định",
            [
                (
                    "Bộ luật Hình sự năm 2015 (sửa đổi, bổ xung năm 2017)",
                    "Bộ luật",
                    "Hình sự",
                    2015,
                )
            ],
        ),
        # a note naming the amending law is no note of this law's (the corpus's decision)
        (
            "Bộ luật Hình sự năm 2015 (được sửa đổi, bổ sung bởi Luật số 12/2017/QH14)",
            [("Bộ luật Hình sự năm 2015", "Bộ luật", "Hình sự", 2015)],
        ),
    ],
)
def test_an_amendment_note_written_with_duoc(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text)[:1] == expected


_NAME_WORDS = re.compile(r"[^\W\d_]+")


def test_no_verb_that_ends_a_name_is_a_word_of_a_known_name() -> None:
    """A verb ends a name the list does not know only if no name of the list holds it after its
    first word (where a name could go on past it)."""
    for name in (*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES):
        words = " " + " ".join(_NAME_WORDS.findall(name.lower())[1:]) + " "
        for verb in PREDICATE_VERBS:
            assert f" {verb} " not in words, (verb, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending in "số" written once for the name and the number
        (
            "- Căn cứ Luật Công nghiệp công nghệ số 71/2025/QH15;",
            ("Luật Công nghiệp công nghệ số 71/2025/QH15", 71, "QH15"),
        ),
        ("Căn cứ Luật Dân số 113/2025/QH15;", ("Luật Dân số 113/2025/QH15", 113, "QH15")),
        # any law's number without "số", and an ordinance's
        (
            "Căn cứ Luật Đất đai 31/2024/QH15 ngày 18 tháng 01 năm 2024;",
            ("Luật Đất đai 31/2024/QH15 ngày 18 tháng 01 năm 2024", 31, "QH15"),
        ),
        (
            "Pháp lệnh Chi phí tố tụng 05/2024/UBTVQH15 quy định",
            ("Pháp lệnh Chi phí tố tụng 05/2024/UBTVQH15", 5, "UBTVQH15"),
        ),
    ],
)
def test_a_law_s_number_without_so(text: str, expected: tuple[str, int, str]) -> None:
    (found,) = citations.extract(text)
    number = found.citation.number
    assert number is not None
    assert (found.text, number.number, number.symbol) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a decree's number after a law's name is the decree's (not read with the law), a
        # count or a date is no number
        "Luật Đất đai 15/2020/NĐ-CP",
        "Luật Đất đai 2013 12/5",
    ],
)
def test_no_law_s_number_without_so(text: str) -> None:
    assert all(f.citation.number is None for f in citations.extract(text) if f.citation.name)


_AMENDING = "Luật sửa đổi, bổ sung một số điều của "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last law an amending title lists, unknown, ends as an unknown name ends: at a
        # sentence's end, a comma before a word in lower case, a word no name holds
        (
            _AMENDING + "Luật Kinh tế tuần hoàn. Tỉnh đã tổ chức hội nghị ngày 12/5/2026.",
            _AMENDING + "Luật Kinh tế tuần hoàn",
        ),
        (
            _AMENDING + "Luật Kinh tế tuần hoàn, tỉnh đã tổ chức hội nghị ngày 12/5/2026.",
            _AMENDING + "Luật Kinh tế tuần hoàn",
        ),
        (
            _AMENDING + "Luật Kinh tế tuần hoàn và các văn bản hướng dẫn năm 2026",
            _AMENDING + "Luật Kinh tế tuần hoàn",
        ),
        # known laws before it, with the commas and "và" of their names, stay in the title
        (
            _AMENDING + "Luật Cán bộ, công chức và Luật Kinh tế tuần hoàn. Tỉnh đã họp ngày 12/5.",
            _AMENDING + "Luật Cán bộ, công chức và Luật Kinh tế tuần hoàn",
        ),
        # a known law last ends where its name ends
        (
            _AMENDING + "Luật Kinh tế tuần hoàn và Luật Đất đai. Tỉnh đã họp ngày 12/5/2026.",
            _AMENDING + "Luật Kinh tế tuần hoàn và Luật Đất đai",
        ),
        # a dash for a title's comma goes on ("Luật Thi đua - Khen thưởng")
        (
            _AMENDING + "Luật Thi đua - Khen thưởng ngày 14 tháng 6 năm 2005;",
            _AMENDING + "Luật Thi đua - Khen thưởng ngày 14 tháng 6 năm 2005",
        ),
        # read to its date or number as before
        (
            _AMENDING + "Luật Kinh tế tuần hoàn ngày 12 tháng 6 năm 2026;",
            _AMENDING + "Luật Kinh tế tuần hoàn ngày 12 tháng 6 năm 2026",
        ),
        (
            _AMENDING + "37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018",
            _AMENDING + "37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018",
        ),
        # "bổ xung", a common misspelling of "bổ sung", read as it
        (
            "Căn cứ Luật sửa đổi, bổ xung một số điều của Luật khoáng sản ngày 14 tháng 6 năm "
            "2005;",
            "Luật sửa đổi, bổ xung một số điều của Luật khoáng sản ngày 14 tháng 6 năm 2005",
        ),
        # laws named in lower case end at a sentence's end or a comma
        (
            _AMENDING + "các Luật về thuế. Tỉnh đã tổ chức hội nghị ngày 12/5/2026.",
            _AMENDING + "các Luật về thuế",
        ),
        (
            "Hướng dẫn Luật sửa đổi, bổ sung một số điều của các luật về thuế, tỉnh đã họp ngày 12/5",
            "Luật sửa đổi, bổ sung một số điều của các luật về thuế",
        ),
    ],
)
def test_an_amending_title_listing_an_unknown_law(text: str, expected: str) -> None:
    assert citations.extract(text)[0].text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period ("2013-2024", "2026 - 2030") is no law's year
        (
            "thi hành Luật Đất đai giai đoạn 2013-2024",
            [("Luật Đất đai", "Luật", "Đất đai", None)],
        ),
        (
            "Luật Kinh tế tuần hoàn giai đoạn 2026 - 2030;",
            [("Luật Kinh tế tuần hoàn", "Luật", "Kinh tế tuần hoàn", None)],
        ),
        (
            "Luật Đất đai 2013-2024 đã",
            [("Luật Đất đai", "Luật", "Đất đai", None)],
        ),
        # a time of the year after a name ("đầu năm", "cuối năm", "hết năm") is the sentence's
        (
            "Luật Đất đai đầu năm 2024 và Luật Nhà ở cuối năm 2024",
            [
                ("Luật Đất đai", "Luật", "Đất đai", None),
                ("Luật Nhà ở", "Luật", "Nhà ở", None),
            ],
        ),
        (
            "thi hành Luật Bảo hiểm xã hội hết năm 2024.",
            [("Luật Bảo hiểm xã hội", "Luật", "Bảo hiểm xã hội", None)],
        ),
        # a longer name the list does not know is still read before its year
        (
            "Luật Thương mại quốc tế năm 2030",
            [("Luật Thương mại quốc tế năm 2030", "Luật", "Thương mại quốc tế", 2030)],
        ),
    ],
)
def test_a_period_or_a_time_of_the_year_is_no_law_s_year(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected


def test_a_listed_year_after_a_year_glued_to_va() -> None:
    """A copy glued "và" to the year before the one it lists: each year a citation of the law."""
    text = "Căn cứ Luật Khiếu nại, tố cáo năm 2004và 2005;"
    assert law_rows(text) == [
        ("Luật Khiếu nại, tố cáo năm 2004", "Luật", "Khiếu nại, tố cáo", 2004),
        ("2005", "Luật", "Khiếu nại, tố cáo", 2005),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # known names listed after one type word: a law each, the type word and colon in the
        # first item's span, a comma of a name's own not splitting it, a line break inside one
        (
            "Căn cứ Luật số 56/2024/QH15 về sửa đổi, bổ sung một số điều của\nLuật: Chứng "
            "khoán, Kế toán, Quản lý, sử\ndụng tài sản công, Luật Dự trữ quốc gia;",
            [
                ("Luật số 56/2024/QH15", "Luật", None, None),
                ("Luật: Chứng khoán", "Luật", "Chứng khoán", None),
                ("Kế toán", "Luật", "Kế toán", None),
                ("Quản lý, sử\ndụng tài sản công", "Luật", "Quản lý, sử dụng tài sản công", None),
                ("Luật Dự trữ quốc gia", "Luật", "Dự trữ quốc gia", None),
            ],
        ),
        (
            "các Luật Đất đai, Nhà ở và Kinh doanh bất động sản",
            [
                ("Luật Đất đai", "Luật", "Đất đai", None),
                ("Nhà ở", "Luật", "Nhà ở", None),
                ("Kinh doanh bất động sản", "Luật", "Kinh doanh bất động sản", None),
            ],
        ),
        # not names in lower case (the sentence's words), nor one name alone after a colon (a
        # portal's field), nor after a law's year or issuer
        ("Luật Đất đai, nhà ở xã hội", [("Luật Đất đai", "Luật", "Đất đai", None)]),
        ("Lĩnh vực\nLuật: Đất đai\n", []),
        (
            "Luật Đất đai năm 2013, Nhà ở",
            [("Luật Đất đai năm 2013", "Luật", "Đất đai", 2013)],
        ),
    ],
)
def test_known_names_listed_after_one_type_word(text: str, expected: list[LawRow]) -> None:
    assert law_rows(text) == expected
