"""The directive a document implements, read from its trích yếu and its opening sentence.

Expected values are read off the texts by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from directive_report.readers._directive import implemented_directive, subject_after
from directive_report.readers._ingest import ingest

#: A verbatim copy of the real report shared/examples/seed-report.txt.
SEED = Path(__file__).parent / "data" / "seed-report.txt"
ON = dt.date(2024, 5, 20)
CT21 = (
    "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về tăng cường phòng ngừa, "
    "xử lý hoạt động lừa đảo chiếm đoạt tài sản"
)
CT21_SUBJECT = "tăng cường phòng ngừa, xử lý hoạt động lừa đảo chiếm đoạt tài sản"


def _fields(text_summary: str, body: list[str], on: dt.date = ON) -> tuple[object, ...] | None:
    directive = implemented_directive(text_summary, body, on)
    if directive is None:
        return None
    c = directive.citation
    number = str(c.number) if c.number else None
    return (c.doc_type.name, number, c.date, c.issuer, c.subject)


def test_the_document_the_summary_cites_is_dated_from_the_body() -> None:
    summary = "Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng ngừa"
    body = ["Mở đầu.", f"Thực hiện {CT21}; Quyết định số 1225/QĐ-BTTTT ngày 21/7/2020 của Bộ."]
    assert _fields(summary, body) == (
        "Chỉ thị",
        "21/CT-TTg",
        dt.date(2020, 5, 25),
        "Thủ tướng Chính phủ",
        CT21_SUBJECT,
    )


def test_the_summary_s_subject_when_the_body_gives_none() -> None:
    summary = "Kết quả thực hiện Chỉ thị số 21/CT-TTg về phòng ngừa lừa đảo"
    body = ["Theo Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ; các sở đã làm."]
    assert _fields(summary, body) == (
        "Chỉ thị",
        "21/CT-TTg",
        dt.date(2020, 5, 25),
        "Thủ tướng Chính phủ",
        "phòng ngừa lừa đảo",
    )


def test_a_document_the_summary_cites_but_does_not_implement() -> None:
    summary = "Về việc thu hồi Quyết định số 2093/QĐ-UBND ngày 06/9/2005"
    body = ["Thu hồi Quyết định số 2093/QĐ-UBND ngày 06/9/2005 của Ủy ban nhân dân tỉnh."]
    assert _fields(summary, body) is None


def test_a_summary_citation_the_body_does_not_date_gives_no_directive() -> None:
    summary = "Sơ kết thực hiện Chỉ thị số 21/CT-TTg"
    body = ["Thực hiện Kế hoạch số 2800/KH-UBND ngày 29/6/2020 của Chủ tịch UBND tỉnh."]
    assert _fields(summary, body) is None


def test_the_opening_sentence_names_the_plan_s_directive() -> None:
    body = [
        f"Thực hiện {CT21}; Kế hoạch số 2800/KH-UBND ngày 29/6/2020 của Chủ tịch UBND tỉnh "
        "Bắc Giang về thực hiện Chỉ thị số 21/CT-TTg, Sở Thông tin và Truyền thông xây dựng "
        "Kế hoạch như sau:"
    ]
    assert _fields("Tăng cường công tác thông tin, tuyên truyền", body) == (
        "Chỉ thị",
        "21/CT-TTg",
        dt.date(2020, 5, 25),
        "Thủ tướng Chính phủ",
        CT21_SUBJECT,
    )


def test_a_clause_after_the_subject_is_not_part_of_it() -> None:
    body = [
        "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột "
        "phá phát triển khoa học, công nghệ, đổi mới sáng tạo, Ủy ban nhân dân tỉnh ban hành "
        "Kế hoạch như sau:"
    ]
    assert _fields("Kế hoạch chuyển đổi số", body, dt.date(2025, 3, 1)) == (
        "Nghị quyết",
        "57-NQ/TW",
        dt.date(2024, 12, 22),
        "Bộ Chính trị",
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo",
    )


@pytest.mark.parametrize(
    "opening",
    [
        # not the first paragraph's opening: a citation further on is not the directive
        "Năm 2024, Sở đã thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ.",
        # words between the verb and the citation
        "Thực hiện nội dung Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ.",
        # a provision, not the document
        "Thực hiện khoản 3 Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ.",
        # undated
        "Thực hiện Chỉ thị số 21/CT-TTg của Thủ tướng Chính phủ về phòng ngừa lừa đảo.",
        # dated after the document
        "Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2025 của Thủ tướng Chính phủ.",
    ],
)
def test_no_directive_where_the_opening_does_not_state_one(opening: str) -> None:
    assert _fields("Kế hoạch tuyên truyền", [opening]) is None


def test_a_directive_without_a_subject() -> None:
    body = ["Thực hiện Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ, Sở báo cáo:"]
    fields = _fields("Báo cáo kết quả", body)
    assert fields is not None
    assert fields[4] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " về tăng cường phòng ngừa, xử lý lừa đảo; Quyết định",
            "tăng cường phòng ngừa, xử lý lừa đảo",
        ),
        (" về việc cung cấp chứng cứ, tài liệu.", "việc cung cấp chứng cứ, tài liệu"),
        (" về hoạt động “tín dụng đen”, Sở Y tế đề nghị", "hoạt động “tín dụng đen”"),
        (" về thực hiện Chỉ thị số 21/CT-TTg...", "thực hiện Chỉ thị số 21/CT-TTg"),
        (" về công tác (năm 2024) tại tỉnh", "công tác (năm 2024) tại tỉnh"),  # a short bracket
        (" về thí điểm (gọi tắt là Quyết định số 787)", "thí điểm"),
        (
            " về kết luận của đồng chí A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; Sở báo cáo",
            "kết luận của đồng chí A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh",
        ),
        (" về cải cách hành chính, Sở báo cáo như sau:", None),  # where does it end?
        (" về tăng cường", "tăng cường"),
        (" về “tín dụng, đen", None),  # a quotation left open: not cut inside it
        (" về việc", None),  # one word is no trích yếu
        (", Sở đề nghị", None),  # no "về"
    ],
)
def test_where_the_subject_ends(text: str, expected: str | None) -> None:
    assert subject_after("Chỉ thị số 21/CT-TTg" + text, len("Chỉ thị số 21/CT-TTg")) == expected


def test_the_seed_report_s_directive() -> None:
    (directive,) = ingest(SEED).report.directives
    assert directive.citation.format("full") == (
        "Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về " + CT21_SUBJECT
    )
