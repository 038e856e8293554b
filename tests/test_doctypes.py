"""The other document types as printed, read back from every format: a chỉ thị's points
numbered from "1." (its template's numbering, not a báo cáo's "I."), and the line under an
appendix or an attached document naming who issued the document (NĐ 30/2020, Phụ lục III,
Mẫu 1.3 and 2.1)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

import directive_report as dr
from _documents import HEAD
from directive_report import Report, serialize
from directive_report.layout import document_content, section_label
from directive_report.model import template_for

CHI_THI = (
    HEAD.format(type="Chỉ thị", abbr="CT")
    + """
[[intro]]
paragraph = "Thời gian qua, công tác chuyển đổi số trên địa bàn tỉnh đạt nhiều kết quả."

[[sections]]
title = "Các sở, ban, ngành tỉnh"

[[sections.sections]]
title = "Rà soát, số hóa hồ sơ thủ tục hành chính"

[[sections.sections]]
title = "Bảo đảm an toàn thông tin mạng"

[[sections]]
title = "Ủy ban nhân dân các huyện, thành phố"

[[sections.blocks]]
paragraph = "Chỉ đạo triển khai các nhiệm vụ được giao."

[[sections.blocks]]

[[sections.blocks.tasks]]
text = "Kiện toàn tổ công nghệ số cộng đồng."

[[sections.blocks.tasks]]
text = "Phổ biến kỹ năng số cho người dân."
"""
)

#: The lines a chỉ thị numbers, as its template prints them: points 1., 2.; điểm a), b) under
#: a point, whether sections or tasks.
CHI_THI_LABELS = [
    "1. Các sở, ban, ngành tỉnh",
    "a) Rà soát, số hóa hồ sơ thủ tục hành chính",
    "b) Bảo đảm an toàn thông tin mạng",
    "2. Ủy ban nhân dân các huyện, thành phố",
    "a) Kiện toàn tổ công nghệ số cộng đồng.",
    "b) Phổ biến kỹ năng số cho người dân./.",
]

_LABEL = re.compile(r"^(?:[IVX]+\.|\d+\.|[a-zđ]\)) ")


@pytest.fixture(scope="module")
def chi_thi() -> Report:
    return serialize.loads(CHI_THI, format="toml")


def labelled(lines: list[str]) -> list[str]:
    """The lines that start with a number or letter label (I., 1., a)), in order."""
    return [line for line in lines if _LABEL.match(line)]


def test_the_chi_thi_template_numbers_from_arabic() -> None:
    template = template_for(dr.document_type("Chỉ thị"))
    assert template.levels == ("arabic", "letter")
    assert section_label((2,), template) == "2."
    assert section_label((2, 3), template) == "c)"
    assert section_label((2, 3, 1), template) == "-"
    assert section_label((2,)) == "II."  # a báo cáo's, the default


def test_chi_thi_docx(chi_thi: Report) -> None:
    import docx

    document = docx.Document(io.BytesIO(dr.render(chi_thi, "docx")))
    assert labelled([p.text for p in document.paragraphs]) == CHI_THI_LABELS


def test_chi_thi_odt(chi_thi: Report) -> None:
    from odf import teletype, text
    from odf.opendocument import load

    document = load(io.BytesIO(dr.render(chi_thi, "odt")))
    lines = [teletype.extractText(p) for p in document.getElementsByType(text.P)]
    assert labelled(lines) == CHI_THI_LABELS


def test_chi_thi_markdown(chi_thi: Report) -> None:
    markdown = dr.render(chi_thi, "markdown").decode()
    assert "## 1. Các sở, ban, ngành tỉnh" in markdown.splitlines()
    assert "### a) Rà soát, số hóa hồ sơ thủ tục hành chính" in markdown.splitlines()
    assert "## 2. Ủy ban nhân dân các huyện, thành phố" in markdown.splitlines()
    assert not re.search(r"^#+ I\. ", markdown, re.MULTILINE)


def test_a_chi_thi_letters_its_second_level(chi_thi: Report) -> None:
    """A chỉ thị's điểm are its second level: 24 of them cannot be lettered a) to y)."""
    import attrs

    first = chi_thi.sections[0]
    many = attrs.evolve(first, sections=(first.sections[0],) * 24)
    with pytest.raises(dr.ReportValidationError, match="cannot be numbered"):
        attrs.evolve(chi_thi, sections=(many,))
    báo_cáo = attrs.evolve(chi_thi, doc_type=dr.document_type("Báo cáo"), number=_number("BC"))
    assert attrs.evolve(báo_cáo, sections=(many,)).sections[0] is many  # khoản 24 is fine


def _number(abbr: str) -> dr.DocumentNumber:
    return dr.DocumentNumber.parse(f"/{abbr}-STTTT")


# --------------------------------------------------------------------------------------------
# "(Kèm theo ...)": who issued the document


DECISION = """
type = "Quyết định"
number = "/QĐ-UBND"
date = 2025-03-05
summary = "Ban hành Quy chế làm việc"

[authority]
name = "Ủy ban nhân dân tỉnh Bắc Giang"
abbreviation = "UBND"
place = "Bắc Giang"

[signature]
capacities = ["TM. ỦY BAN NHÂN DÂN"]
signer_title = "CHỦ TỊCH"
name = "Nguyễn Văn Lâm"

[distribution]
recipients = ["Như Điều 3"]

[decision]
authority = "{authority}"
bases = ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ"]
{issuer}
[[decision.articles]]
text = "Ban hành kèm theo Quyết định này Quy chế làm việc."

[[attachments]]
type = "Quy chế"
summary = "Làm việc của Ủy ban nhân dân tỉnh"

[[attachments.sections]]
title = "QUY ĐỊNH CHUNG"

[[attachments.sections.blocks]]
paragraph = "Quy chế này quy định nguyên tắc, chế độ trách nhiệm."
"""


def _attached_reference(authority: str, issuer: str = "") -> str:
    report = serialize.loads(DECISION.format(authority=authority, issuer=issuer), format="toml")
    return document_content(report).parts[0].title[-1].text


@pytest.mark.parametrize(
    ("authority", "issuer", "named"),
    [
        # the head holds the power: the title, then the body (Mẫu 1.2, note 6)
        (
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
            "",
            "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang",
        ),
        # the collective holds it: the body
        ("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "", "Ủy ban nhân dân tỉnh Bắc Giang"),
        # said by the author
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN", 'issuer = "Chủ tịch Ủy ban nhân dân tỉnh"', "Chủ tịch Ủy ban nhân dân tỉnh"),
        # an authority line without the body's name: the body
        ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH", "", "Ủy ban nhân dân tỉnh Bắc Giang"),
    ],
)  # fmt: skip
def test_the_attached_document_names_who_issued_the_decision(
    authority: str, issuer: str, named: str
) -> None:
    assert _attached_reference(authority, issuer) == (
        "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày 05 tháng 3 năm 2025 của " + named + ")"
    )


def test_a_sos_decision_names_its_director() -> None:
    """Read back from the DOCX of the bundled Quyết định of a Sở: "của Giám đốc Sở ..."."""
    import docx

    report = dr.examples.load("quyet-dinh-ke-hoach-cds-2025")
    document = docx.Document(io.BytesIO(dr.render(report, "docx")))
    texts = [p.text for p in document.paragraphs]
    assert texts[texts.index("KẾ HOẠCH") + 2].endswith("của Giám đốc Sở Thông tin và Truyền thông)")


def test_a_reports_appendix_names_the_issuing_body() -> None:
    """A báo cáo of an Ủy ban nhân dân: "(Kèm theo Báo cáo số .../BC-UBND ngày ... của Ủy ban
    nhân dân tỉnh ...)" (Mẫu 2.1, note 5: the name of the issuing body)."""
    import attrs

    report = dr.examples.load("bao-cao-ket-qua-2024")
    authority = attrs.evolve(report.authority, name="Ủy ban nhân dân tỉnh Bắc Giang")
    ubnd = attrs.evolve(
        report, authority=attrs.evolve(authority, abbreviation="UBND"), number=_ubnd_number()
    )
    assert document_content(ubnd).parts[0].title[-1].text == (
        "(Kèm theo Báo cáo số 312/BC-UBND ngày 20 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh "
        "Bắc Giang)"
    )


def _ubnd_number() -> dr.DocumentNumber:
    return dr.DocumentNumber.parse("312/BC-UBND")


def test_the_issuer_round_trips() -> None:
    text = DECISION.format(
        authority="CHỦ TỊCH ỦY BAN NHÂN DÂN", issuer='issuer = "Chủ tịch Ủy ban nhân dân tỉnh"'
    )
    report = serialize.loads(text, format="toml")
    assert report.decision is not None
    assert report.decision.issuer == "Chủ tịch Ủy ban nhân dân tỉnh"
    assert serialize.loads(serialize.dumps(report, format="toml"), format="toml") == report


# --------------------------------------------------------------------------------------------
# A quy chế attached to a decision: chapters and articles


QUY_CHE = "quyet-dinh-quy-che-2025"

#: The attached quy chế as printed, by hand from Phụ lục I, II.6.đ: "Chương I" and its title
#: centred and bold on lines of their own; "Điều 1." ... numbered on through the chapters;
#: khoản "1.", điểm "a)".
QUY_CHE_LINES = [
    "QUY CHẾ",
    "Quản lý, vận hành và sử dụng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Bắc Giang",
    "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày 05 tháng 3 năm 2025 của Chủ tịch Ủy ban "
    "nhân dân tỉnh Bắc Giang)",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng",
    "1. Quy chế này quy định việc quản lý, vận hành và sử dụng Hệ thống thông tin giải quyết thủ "
    "tục hành chính tỉnh Bắc Giang (sau đây gọi là Hệ thống).",
    "2. Quy chế này áp dụng đối với:",
    "a) các sở, ban, ngành tỉnh;",
    "b) Ủy ban nhân dân các huyện, thành phố;",
    "c) Ủy ban nhân dân các xã, phường, thị trấn;",
    "d) tổ chức, cá nhân sử dụng Hệ thống.",
    "Điều 2. Nguyên tắc quản lý, sử dụng",
]
CHAPTERS = ["Chương I", "Chương II", "Chương III"]
ARTICLES = [f"Điều {n}." for n in range(1, 7)]


@pytest.fixture(scope="module")
def quy_che() -> Report:
    return dr.examples.load(QUY_CHE)


def _attached(lines: list[str]) -> list[str]:
    """The lines from the attached document's type line on."""
    return lines[lines.index("QUY CHẾ") :]


def test_quy_che_docx(quy_che: Report) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document(io.BytesIO(dr.render(quy_che, "docx")))
    paragraphs = [p for p in document.paragraphs if p.text]
    lines = _attached([p.text for p in paragraphs])
    assert lines[: len(QUY_CHE_LINES)] == QUY_CHE_LINES
    assert [line for line in lines if line.startswith("Chương ")] == CHAPTERS
    assert [line.split(" ", 2)[:2] for line in lines if line.startswith("Điều ")] == [
        article.split(" ") for article in ARTICLES
    ]
    assert lines[-1].endswith("sửa đổi, bổ sung cho phù hợp./.")
    for paragraph in paragraphs:
        if paragraph.text in (*CHAPTERS, "QUY ĐỊNH CHUNG", "TỔ CHỨC THỰC HIỆN"):
            chapter = paragraph.style
            assert chapter is not None
            assert chapter.name == "NĐ30 Chapter"
            assert chapter.font.bold
            assert chapter.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
            assert chapter.paragraph_format.keep_with_next
    titled = next(p for p in paragraphs if p.text.startswith("Điều 3. Cấp, thu hồi"))
    assert all(run.bold or run.style.font.bold for run in titled.runs)


def test_quy_che_odt(quy_che: Report) -> None:
    from odf import style, teletype, text
    from odf.opendocument import load

    document = load(io.BytesIO(dr.render(quy_che, "odt")))
    paragraphs = [p for p in document.getElementsByType(text.P) if teletype.extractText(p)]
    lines = _attached([teletype.extractText(p) for p in paragraphs])
    assert lines[: len(QUY_CHE_LINES)] == QUY_CHE_LINES
    assert [line for line in lines if line.startswith("Chương ")] == CHAPTERS
    chapter = next(p for p in paragraphs if teletype.extractText(p) == "Chương II")
    name = chapter.getAttribute("stylename")
    (defined,) = [
        s for s in document.styles.getElementsByType(style.Style) if s.getAttribute("name") == name
    ]
    props = defined.getElementsByType(style.ParagraphProperties)[0]
    assert props.getAttribute("textalign") == "center"
    assert defined.getElementsByType(style.TextProperties)[0].getAttribute("fontweight") == "bold"


def test_quy_che_markdown(quy_che: Report) -> None:
    markdown = dr.render(quy_che, "markdown").decode()
    lines = [line for line in markdown.splitlines() if line]
    lines = lines[lines.index("**QUY CHẾ**") :]
    assert lines[3:7] == [
        "**Chương I**",
        "**QUY ĐỊNH CHUNG**",
        "**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**",
        "1\\. Quy chế này quy định việc quản lý, vận hành và sử dụng Hệ thống thông tin giải "
        "quyết thủ tục hành chính tỉnh Bắc Giang (sau đây gọi là Hệ thống).",
    ]
    assert "**Điều 3. Cấp, thu hồi tài khoản**" in lines


def test_quy_che_round_trips(quy_che: Report) -> None:
    text = serialize.dumps(quy_che, format="toml")
    assert "[[attachments.chapters.articles.clauses]]" in text
    assert serialize.loads(text, format="toml") == quy_che


def test_an_attachment_is_divided_one_way(quy_che: Report) -> None:
    import attrs

    (attachment,) = quy_che.attachments
    section = dr.Section(title="MỤC ĐÍCH", blocks=("Bảo đảm.",))
    with pytest.raises(dr.ReportValidationError, match="sections and chapters"):
        attrs.evolve(attachment, sections=(section,))
    with pytest.raises(dr.ReportValidationError, match="a chapter needs at least one article"):
        dr.Chapter(title="Quy định chung", articles=())
    articles_only = attrs.evolve(attachment, chapters=(), articles=attachment.all_articles)
    assert len(articles_only.all_articles) == 6
    report = attrs.evolve(quy_che, attachments=(articles_only,))
    lines = [line.text for line in document_content(report).parts[0].lines()]
    assert [line.split(".")[0] for line in lines if line.startswith("Điều ")] == [
        a.rstrip(".") for a in ARTICLES
    ]
    assert not any(line.startswith("Chương") for line in lines)


@pytest.mark.libreoffice
def test_quy_che_printed_by_libreoffice(quy_che: Report, tmp_path: Path) -> None:
    """LibreOffice's PDF of the DOCX and of the ODT: every "Chương" line and its title centred
    in the text width (30 mm left and 15 mm right margins: centre at 1075 mm / 10), each chapter
    title on the page of its label, and only the Liberation Serif faces."""
    from _office import convert_to_pdf, pdf_fonts, pdf_lines

    documents = []
    for format in ("docx", "odt"):
        documents.append(tmp_path / f"quy-che-{format}.{format}")
        documents[-1].write_bytes(dr.render(quy_che, format))
    for pdf in convert_to_pdf(documents, tmp_path / "pdf").values():
        lines = pdf_lines(pdf)
        texts = [line.text for line in lines]
        titles = ["QUY ĐỊNH CHUNG", "QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG", "TỔ CHỨC THỰC HIỆN"]
        for label, title in zip(CHAPTERS, titles, strict=True):
            at, under = lines[texts.index(label)], lines[texts.index(title)]
            assert under.page == at.page
            assert under.top > at.top
            for line in (at, under):
                assert (line.left + line.right) / 2 == pytest.approx(30 + 165 / 2, abs=1.0)
        assert pdf_fonts(pdf) <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                                  "LiberationSerif-BoldItalic"}  # fmt: skip
