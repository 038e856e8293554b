"""Hand-checked cases for what round 10's bounded mutation run of ``citations/_find`` showed
untested (issue 15): how far back a title in capitals is looked for before its "SỐ", when a
list's head naming its issuer goes on to an item writing its type word, a Party ký hiệu that
names another type after a list's head, and the windows of the readers of identifiers written
without a type word (a history-of-effect row, a header's number repeated, a list's head).
Every expected value is written by hand from the rules in docs/citations.md; the sentences are
made up for the test."""

from __future__ import annotations

import pytest

from directive_report import citations

Row = tuple[str, str, str | None]


def _read(text: str) -> list[Row]:
    return [
        (text[f.start : f.end], f.citation.doc_type.name, f.citation.issuer)
        for f in citations.extract(text)
    ]


def _title_line(distance: int) -> str:
    """A title in capitals whose type word "HƯỚNG DẪN" starts *distance* characters before
    its "SỐ" (a justified line's spaces fill it), then the Party ký hiệu naming that type."""
    return f"{'HƯỚNG DẪN CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN':<{distance - 2}}, SỐ 09-HD/BTCTW"


_BY_ITS_NUMBER = [("09-HD/BTCTW", "Hướng dẫn", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title's type word 120 characters before "SỐ" on its line: the identifier is
        # cited from its number, typed by its ký hiệu
        (_title_line(120), _BY_ITS_NUMBER),
        (f"Xem:\n{_title_line(120)}", _BY_ITS_NUMBER),
        # 121 characters before it is too far, with a line break before the line or none
        (_title_line(121), []),
        (f"Xem:\n{_title_line(121)}", []),
        (_title_line(130), []),
        # on an earlier line than the "SỐ" (the last line break decides, not the first)
        ("Xem\nHƯỚNG DẪN\nCÔNG TÁC ĐẢNG VIÊN, SỐ 09-HD/BTCTW", []),
        ("HƯỚNG DẪN CÔNG TÁC\nĐẢNG VIÊN NĂM NAY, SỐ 09-HD/BTCTW", []),
        # after the number, not before it
        ("CÔNG TÁC ĐẢNG VIÊN, SỐ 09-HD/BTCTW HƯỚNG DẪN", []),
        # "số" in lower case after the comma is no title's "SỐ"
        (
            "Tham khảo HƯỚNG DẪN nghiệp vụ công tác đảng viên của các chi bộ, số 09-HD/BTCTW.",
            [],
        ),
    ],
)
def test_where_a_title_in_capitals_names_its_type(text: str, expected: list[Row]) -> None:
    """The type word of "HƯỚNG DẪN ..., SỐ 09-HD/BTCTW" is looked for in capitals on the line
    of its "SỐ", at most 120 characters before it."""
    assert _read(text) == expected


_BAN_BI_THU = "Quán triệt các chỉ thị của Ban Bí thư gồm:\n"


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        # items on lines of their own, each opening with the list's type word: the list goes
        # on to the last, every item carrying the head's issuer
        (
            _BAN_BI_THU + "Chỉ thị số 41-CT/TW về công tác dân vận;\n"
            "Chỉ thị số 42-CT/TW về công tác thanh niên;\n"
            "Chỉ thị số 43-CT/TW về công tác phụ nữ.",
            ["Ban Bí thư", "Ban Bí thư", "Ban Bí thư"],
        ),
        # a line after ";" opening with another capital word starts a new paragraph
        (
            _BAN_BI_THU + "Chỉ thị số 41-CT/TW về công tác dân vận;\n"
            "Theo đó, Chỉ thị số 42-CT/TW về công tác thanh niên.",
            ["Ban Bí thư", None],
        ),
        # so does a sentence's end
        (
            "Quán triệt các chỉ thị của Ban Bí thư gồm: Chỉ thị số 41-CT/TW về công tác dân "
            "vận. Theo đó, Chỉ thị số 42-CT/TW về công tác thanh niên.",
            ["Ban Bí thư", None],
        ),
    ],
)
def test_when_a_titled_list_goes_on(text: str, issuers: list[str | None]) -> None:
    """ "các chỉ thị của Ban Bí thư gồm: Chỉ thị số ...; Chỉ thị số ...": an item carries the
    head's issuer while no sentence ends and no new paragraph starts before it."""
    found = citations.extract(text)
    assert [f.citation.doc_type.name for f in found] == ["Chỉ thị"] * len(issuers)
    assert [f.citation.issuer for f in found] == issuers


_DANG_UY_KHOI = "Thực hiện các Chỉ thị của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Bắc Giang: "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Party ký hiệu naming the head's type confirms it
        (
            _DANG_UY_KHOI + "số 12-CT/ĐUK ngày 02/3/2021.",
            [
                (
                    "Chỉ thị của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Bắc Giang: số "
                    "12-CT/ĐUK ngày 02/3/2021",
                    "Chỉ thị",
                    "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Bắc Giang",
                )
            ],
        ),
        # one naming another type (a Nghị quyết's "NQ") is no item of that head
        (_DANG_UY_KHOI + "số 12-NQ/ĐUK ngày 02/3/2021.", []),
    ],
)
def test_a_party_symbol_after_a_long_list_head(text: str, expected: list[Row]) -> None:
    """A list's head naming its issuer too far from "số" for the head's reading, read from
    the "số": its Party ký hiệu must name the head's type or none."""
    assert _read(text) == expected


def _spaced_head(distance: int) -> str:
    """ "Nghị định của Chính phủ:" starting *distance* characters before its "số" (spaces
    between), a full identifier after it."""
    head = "Nghị định của Chính phủ:"
    return f"Căn cứ các {head:<{distance}}số 163/2016/NĐ-CP ngày 21/12/2016."


def _header_far(distance: int) -> str:
    """A header's "Số: 12/2021/QĐ-UBND" *distance* characters before the same identifier
    written without its type word."""
    header = "Số: 12/2021/QĐ-UBND\n"
    tail = "Ban hành kèm theo ("
    words = "Quy chế làm việc được gửi tới các phòng ban chuyên môn để thực hiện. " * 8
    return (
        header + words[: distance - len(header) - len(tail) - 1] + "\n" + tail + "12/2021/QĐ-UBND)."
    )


_UNTYPED = [("12/2021/QĐ-UBND", "Quyết định", None)]
_STATUS = "Văn bản có hiệu lực"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's head naming its issuer, at most 120 characters before "số"
        (
            _spaced_head(120),
            [(_spaced_head(120)[11:-1], "Nghị định", "Chính phủ")],
        ),
        (_spaced_head(121), []),
        # a history-of-effect row's status before the page's own identifier, at the text's
        # start; not more than 50 characters before it
        (f"{_STATUS} 23/2007/NĐ-CP", []),
        (
            f"11/03/2007 {_STATUS:<51}23/2007/NĐ-CP",
            [("23/2007/NĐ-CP", "Nghị định", "Chính phủ")],
        ),
        # the header's number repeated: the text's own, the header at its start; not one more
        # than 400 characters before it
        ("Số: 12/2021/QĐ-UBND\nBan hành kèm theo (12/2021/QĐ-UBND).", []),
        (_header_far(401), _UNTYPED),
    ],
)
def test_the_windows_of_identifiers_without_a_type_word(text: str, expected: list[Row]) -> None:
    """How far back the reader of an identifier without its type word looks: for a list's
    head (120 characters), a history-of-effect status (50), a header's number (400)."""
    assert _read(text) == expected


def test_a_list_head_at_the_texts_start() -> None:
    """ "Các Quyết định của ... số ... về ..., số ...", opening the text: its item after ","
    and a trích yếu carries the head's issuer."""
    text = "Các Quyết định của Bộ Tài chính số 59/QĐ-BTC về kế hoạch, số 60/QĐ-BTC ngày 02/3/2020."
    assert _read(text) == [
        ("Quyết định của Bộ Tài chính số 59/QĐ-BTC", "Quyết định", "Bộ Tài chính"),
        ("số 60/QĐ-BTC ngày 02/3/2020", "Quyết định", "Bộ Tài chính"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a file name's identifier after ";" with no list's head is not read: standing alone,
        # an identifier is full only when found by its "/year/" (see _find's bare scan)
        (
            "Căn cứ Nghị định số 10/2019/NĐ-CP; số 15_2020_NĐ-CP ngày 02/3/2020.",
            [("Nghị định số 10/2019/NĐ-CP", "Nghị định", "Chính phủ")],
        ),
        # a comma between the type and "số", no ký hiệu to confirm the title
        ("Theo Báo cáo giải trình, tiếp thu ý kiến thẩm định số 64 ngày 2/3/2020.", []),
    ],
)
def test_no_citation_without_what_confirms_it(text: str, expected: list[Row]) -> None:
    """An item without its year after ";", a title with a comma before "số" and no ký hiệu:
    nothing more than the citations written with their type word is read."""
    assert _read(text) == expected
