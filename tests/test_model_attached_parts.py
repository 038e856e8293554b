"""How an attached document's body may be divided, and the messages users read when it is not
(issue 17, case 14): the decree's quy chế and quy định are divided into chương and điều
(Nghị định 30/2020/NĐ-CP, Phụ lục I, II.6.đ), a kế hoạch into numbered sections; one document
uses one division.  Each expected message is written by hand, word for word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from directive_report.errors import ReportValidationError
from directive_report.model.appendix import Attachment
from directive_report.model.body import Section
from directive_report.model.decision import Article, Chapter
from directive_report.model.document import document_type

QC = document_type("QC")
ARTICLE = Article(title="Phạm vi điều chỉnh", text="Quy chế này quy định việc tiếp nhận văn bản.")
CHAPTER = Chapter(title="QUY ĐỊNH CHUNG", articles=[ARTICLE])
SECTION = Section(title="MỤC ĐÍCH, YÊU CẦU", blocks=["Bảo đảm thống nhất."])
DIVIDED = "the attached document is divided into sections, chapters or articles, not "


def _attachment(**body: object) -> Attachment:
    return Attachment(doc_type=QC, summary="Tiếp nhận văn bản đến", **body)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body",
    [{"chapters": [CHAPTER]}, {"articles": [ARTICLE]}, {"sections": [SECTION]}, {"intro": ["x"]}],
    ids=["chapters", "articles", "sections", "intro"],
)
def test_any_one_division_alone_is_a_body(body: dict[str, object]) -> None:
    """Chapters alone, articles alone, sections alone or an introduction alone each make a body."""
    attachment = _attachment(**body)
    (field,) = body
    assert getattr(attachment, field)


def test_chapters_keep_their_articles_in_order() -> None:
    """A chapter holds the articles given, in order; the attachment's articles run through its
    chapters."""
    second = Article(title="Đối tượng áp dụng", text="Các phòng thuộc Sở.")
    attachment = _attachment(
        chapters=[CHAPTER, Chapter(title="TIẾP NHẬN VĂN BẢN", articles=[second])]
    )
    assert attachment.all_articles == (ARTICLE, second)


MESSAGES: list[tuple[Callable[[], object], str, str]] = [
    (
        lambda: Chapter(title="QUY ĐỊNH CHUNG", articles=[]),
        "Chapter.articles: a chapter needs at least one article",
        "articles",
    ),
    (
        lambda: _attachment(sections=[SECTION], chapters=[CHAPTER]),
        "Attachment.chapters: " + DIVIDED + "sections and chapters",
        "chapters",
    ),
    (
        lambda: _attachment(chapters=[CHAPTER], articles=[ARTICLE]),
        "Attachment.articles: " + DIVIDED + "chapters and articles",
        "articles",
    ),
    (
        lambda: _attachment(sections=[SECTION], articles=[ARTICLE]),
        "Attachment.articles: " + DIVIDED + "sections and articles",
        "articles",
    ),
    (
        lambda: _attachment(sections=[SECTION], chapters=[CHAPTER], articles=[ARTICLE]),
        "Attachment.chapters: " + DIVIDED + "sections and chapters and articles",
        "chapters",
    ),
]


@pytest.mark.parametrize(("build", "message", "field"), MESSAGES)
def test_messages(build: Callable[[], object], message: str, field: str) -> None:
    """One line naming the class and the field, and what is wrong, word for word."""
    with pytest.raises(ReportValidationError) as raised:
        build()
    assert str(raised.value) == message
    assert raised.value.field == field


def test_an_empty_chapter_reports_what_it_was_given() -> None:
    """The error carries the value given: the empty tuple of articles."""
    with pytest.raises(ReportValidationError) as raised:
        Chapter(title="QUY ĐỊNH CHUNG", articles=[])
    assert raised.value.value == ()
