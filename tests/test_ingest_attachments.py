"""A Quyết định issuing a Quy chế or Quy định divided in chapters and articles, ingested.

The texts are written here the way such decisions are typed (a plain text, and a DOCX a clerk
builds with python-docx: bold article heads, "Chương I" and its title centred and bold); every
expected value is read off the text by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_report.model import Article, Chapter, Clause
from directive_report.readers._ingest import ingest

HEAD = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/QĐ-UBND
Lạng Sơn, ngày 14 tháng 02 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế làm việc của Tổ công tác cải cách hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác cải cách hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, NC.
CHỦ TỊCH
Hồ Tiến Thiệu

QUY CHẾ
Làm việc của Tổ công tác cải cách hành chính
(Ban hành kèm theo Quyết định số 27/QĐ-UBND ngày 14 tháng 02 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn)
"""

CHAPTERS = """
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nguyên tắc, chế độ làm việc của Tổ công tác.
Điều 2. Nguyên tắc làm việc
1. Tổ công tác làm việc theo chế độ kiêm nhiệm.
2. Thành viên chịu trách nhiệm về:
a) nhiệm vụ được phân công;
b) ý kiến tham gia của mình.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 3. Trách nhiệm thi hành
Sở Nội vụ theo dõi, đôn đốc việc thực hiện Quy chế này./.
"""

#: The chapters, read off CHAPTERS by hand (titles as printed: in capitals).
EXPECTED_CHAPTERS = (
    Chapter(
        title="QUY ĐỊNH CHUNG",
        articles=[
            Article(
                title="Phạm vi điều chỉnh",
                text="Quy chế này quy định nguyên tắc, chế độ làm việc của Tổ công tác.",
            ),
            Article(
                title="Nguyên tắc làm việc",
                clauses=[
                    Clause(text="Tổ công tác làm việc theo chế độ kiêm nhiệm."),
                    Clause(
                        text="Thành viên chịu trách nhiệm về:",
                        points=["nhiệm vụ được phân công;", "ý kiến tham gia của mình."],
                    ),
                ],
            ),
        ],
    ),
    Chapter(
        title="TỔ CHỨC THỰC HIỆN",
        articles=[
            Article(
                title="Trách nhiệm thi hành",
                text="Sở Nội vụ theo dõi, đôn đốc việc thực hiện Quy chế này.",
            )
        ],
    ),
)


def test_a_quy_che_of_chapters_comes_back_as_chapters_and_articles(tmp_path: Path) -> None:
    got = ingest(_write(tmp_path, HEAD + CHAPTERS))
    (attachment,) = got.report.attachments
    assert attachment.doc_type.name == "Quy chế"
    assert attachment.summary == "Làm việc của Tổ công tác cải cách hành chính"
    assert attachment.verb == "Ban hành"
    assert attachment.chapters == EXPECTED_CHAPTERS
    assert attachment.sections == ()
    assert attachment.articles == ()
    assert attachment.intro == ()
    # the decision keeps its own two articles and its executors, apart from the Quy chế's three
    decision = got.report.decision
    assert decision is not None
    assert [a.text.text if a.text else None for a in decision.articles] == [
        "Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác cải cách hành chính.",
        "Quyết định này có hiệu lực kể từ ngày ký.",
    ]
    assert decision.executors == (
        "Chánh Văn phòng UBND tỉnh",
        "Giám đốc Sở Nội vụ",
        "các thành viên Tổ công tác",
    )
    # the reference line names the Chủ tịch, as the authority line does: no issuer to set
    assert decision.issuer is None
    assert got.unplaced == ()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "quyet-dinh.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_chapter_label_and_title_on_one_line(tmp_path: Path) -> None:
    text = CHAPTERS.replace("Chương I\nQUY ĐỊNH CHUNG", "Chương I. QUY ĐỊNH CHUNG").replace(
        "Chương II\nTỔ CHỨC THỰC HIỆN", "CHƯƠNG II: TỔ CHỨC THỰC HIỆN"
    )
    (attachment,) = ingest(_write(tmp_path, HEAD + text)).report.attachments
    assert attachment.chapters == EXPECTED_CHAPTERS


def test_a_quy_dinh_divided_in_articles_alone(tmp_path: Path) -> None:
    head = HEAD.replace("QUY CHẾ\nLàm việc", "QUY ĐỊNH\nChế độ họp")
    body = """Điều 1. Phạm vi áp dụng
Quy định này áp dụng đối với các thành viên Tổ công tác.
Điều 2. Chế độ họp
1. Tổ công tác họp định kỳ mỗi quý một lần.
2. Tổ trưởng triệu tập họp bất thường khi cần./.
"""
    got = ingest(_write(tmp_path, head + body))
    (attachment,) = got.report.attachments
    assert attachment.doc_type.name == "Quy định"
    assert attachment.summary == "Chế độ họp của Tổ công tác cải cách hành chính"
    assert attachment.chapters == ()
    assert attachment.articles == (
        Article(
            title="Phạm vi áp dụng",
            text="Quy định này áp dụng đối với các thành viên Tổ công tác.",
        ),
        Article(
            title="Chế độ họp",
            clauses=[
                Clause(text="Tổ công tác họp định kỳ mỗi quý một lần."),
                Clause(text="Tổ trưởng triệu tập họp bất thường khi cần."),
            ],
        ),
    )
    assert got.report.decision is not None
    assert len(got.report.decision.articles) == 2
    assert got.unplaced == ()


def test_an_article_holding_another_paragraph_leaves_the_attachment_as_paragraphs(
    tmp_path: Path,
) -> None:
    """ "- Tổ trưởng ..." is neither the article's text, a khoản nor a điểm: nothing is moved
    into chapters, and each Điều is listed as unplaced."""
    text = CHAPTERS.replace(
        "1. Tổ công tác làm việc theo chế độ kiêm nhiệm.\n",
        "1. Tổ công tác làm việc theo chế độ kiêm nhiệm.\n- Tổ trưởng phân công nhiệm vụ.\n",
    )
    got = ingest(_write(tmp_path, HEAD + text))
    (attachment,) = got.report.attachments
    assert attachment.chapters == ()
    assert attachment.articles == ()
    assert [u.text for u in got.unplaced if "Điều" in u.reason] == [
        "Điều 1. Phạm vi điều chỉnh",
        "Điều 2. Nguyên tắc làm việc",
        "Điều 3. Trách nhiệm thi hành",
    ]


@pytest.mark.parametrize(
    "reference",
    [
        # broken by the page where the number is left blank
        "(Ban hành kèm theo Quyết định số\n/QĐ-UBND ngày 14 tháng 02 năm 2025 của Chủ tịch"
        " Ủy ban nhân dân tỉnh Lạng Sơn)",
        # run into the trích yếu above it
        None,
    ],
)
def test_the_reference_line_as_pages_leave_it(tmp_path: Path, reference: str | None) -> None:
    line = (
        "(Ban hành kèm theo Quyết định số 27/QĐ-UBND ngày 14 tháng 02 năm 2025 của Chủ tịch"
        " Ủy ban nhân dân tỉnh Lạng Sơn)"
    )
    if reference is None:
        head = HEAD.replace(f"hành chính\n{line}", f"hành chính {line}")
    else:
        head = HEAD.replace(line, reference)
    assert head != HEAD
    (attachment,) = ingest(_write(tmp_path, head + CHAPTERS)).report.attachments
    assert attachment.summary == "Làm việc của Tổ công tác cải cách hành chính"
    assert attachment.chapters == EXPECTED_CHAPTERS


def test_a_reference_line_naming_another_issuer_sets_the_decision_s_issuer(
    tmp_path: Path,
) -> None:
    """The line names "Ủy ban nhân dân tỉnh Lạng Sơn" where the authority line (CHỦ TỊCH ...)
    would make the layout name the Chủ tịch: the decision's issuer keeps the printed words."""
    head = HEAD.replace(
        "của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn)", "của Ủy ban nhân dân tỉnh Lạng Sơn)"
    )
    decision = ingest(_write(tmp_path, head + CHAPTERS)).report.decision
    assert decision is not None
    assert decision.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn"


def _clerk_docx(path: Path) -> None:
    """HEAD + CHAPTERS as a clerk types them in Word: the header in a two-column table, the
    articles' heads bold, "Chương" and its title centred and bold, the rest plain."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 27/QĐ-UBND"
    right.text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lạng Sơn, ngày 14 tháng 02 năm 2025"
    )
    decision_articles = ("Điều 1. Ban", "Điều 2. Q", "Điều 3. C")
    for line in (HEAD + CHAPTERS).splitlines()[6:]:
        if not line.strip():
            continue
        paragraph = document.add_paragraph()
        if line.startswith(decision_articles):  # "Điều 1." bold, its text plain
            label, _, rest = line.partition(". ")
            paragraph.add_run(label + ". ").bold = True
            paragraph.add_run(rest)
            continue
        centred = line.startswith("Chương") or line.isupper()
        paragraph.add_run(line).bold = centred or line.startswith("Điều")
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.save(str(path))


def test_a_clerk_s_docx_comes_back_as_chapters(tmp_path: Path) -> None:
    path = tmp_path / "quyet-dinh.docx"
    _clerk_docx(path)
    got = ingest(path)
    (attachment,) = got.report.attachments
    assert attachment.chapters == EXPECTED_CHAPTERS
    assert got.report.decision is not None
    assert len(got.report.decision.articles) == 2
