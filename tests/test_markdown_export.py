"""The Markdown exporter, read back with markdown-it-py (CommonMark, and with the GFM tables and
strikethrough switched on).

The expected structure is written out from the layout rules, independently of the exporter
(tests/_markdown_expected.py, tests/_markdown_read.py);
Hypothesis checks it, and the text and emphasis of every run, on generated reports.
"""

from __future__ import annotations

import io
import re
import tomllib
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from _markdown_read import (
    PARSERS,
    body_paragraphs,
    expected_structure,
    parse,
    structure,
    styled,
)
from directive_report import (
    Block,
    BulletList,
    Paragraph,
    Report,
    Run,
    Section,
    Task,
    TaskList,
    document_type,
)
from directive_report.exporters import ExportOptions
from directive_report.exporters.markdown_export import MarkdownExporter, to_markdown
from directive_report.testing import reports

SEED_TEXT = Path(__file__).parent / "data" / "seed-report.txt"


# --------------------------------------------------------------------------------------------
# The seed report


@pytest.fixture(scope="module")
def seed_markdown(seed_report: Report) -> str:
    return to_markdown(seed_report)


class TestSeed:
    def test_structure(self, seed_report: Report, seed_markdown: str) -> None:
        """The seed renders to the blocks the layout prescribes, under both parsers."""
        for parser in PARSERS:
            assert structure(seed_markdown, parser) == expected_structure(seed_report)

    def test_header_by_hand(self, seed_markdown: str) -> None:
        """The header, checked against the decree by hand: row by row as the page reads, ô 2
        and ô 1, then ô 3 and ô 4."""
        assert seed_markdown.startswith(
            "UBND TỈNH BẮC GIANG\\\n"
            "**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**\n"
            "\n"
            "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\\n"
            "**Độc lập - Tự do - Hạnh phúc**\n"
            "\n"
            "Số:      /BC-STTTT\n"
            "\n"
            "*Bắc Giang, ngày 20 tháng 5 năm 2024*\n"
            "\n"
            "# BÁO CÁO\n"
            "\n"
            "**Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng ngừa, xử lý "
            "hoạt động lừa đảo chiếm đoạt tài sản**\n"
        )

    def test_headings_by_hand(self, seed_markdown: str) -> None:
        """Numbered headings, one level per depth."""
        headings = [line for line in seed_markdown.splitlines() if line.startswith("#")]
        assert headings == [
            "# BÁO CÁO",
            "## I. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg",
            "### 1. Công tác quán triệt, tổ chức triển khai thực hiện",
            "### 2. Công tác tuyên truyền",
            "### 3. Công tác phối hợp giám sát, đấu tranh, xử lý vi phạm",
            "## II. NHẬN XÉT, ĐÁNH GIÁ",
            "## III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO",
        ]

    def test_footer_by_hand(self, seed_markdown: str) -> None:
        """Nơi nhận and the signature block close the document."""
        assert seed_markdown.endswith(
            "***Nơi nhận:***\n"
            "\n"
            "- Phòng Cảnh sát hình sự - Công an tỉnh;\n"
            "- Giám đốc Sở, PGĐ Ngô Đình Tiến;\n"
            "- Phòng TTBCXB; TTra Sở;\n"
            "- Lưu: VT.\n"
            "\n"
            "**KT. GIÁM ĐỐC**\\\n"
            "**PHÓ GIÁM ĐỐC**\n"
            "\n"
            "**Ngô Đình Tiến**\n"
        )

    def test_emphasis(self, seed_markdown: str) -> None:
        """Italics: the date line, Nơi nhận, the list of articles and 'domain'; nothing else."""
        spans = set()
        for _, _, chars in parse(seed_markdown):
            marked = "".join(c if italic or c.isspace() else "\x00" for c, _, italic in chars)
            spans |= {span.strip() for span in marked.split("\x00") if span.strip()}
        articles = next(s for s in spans if s.startswith("Lừa đảo “chạy án”"))
        assert articles.endswith("Pháp luật và Cuộc sống;...")
        assert spans == {"Bắc Giang, ngày 20 tháng 5 năm 2024", "Nơi nhận:", "domain", articles}

    def test_every_sentence_of_the_real_report(self, seed_markdown: str) -> None:
        """Every sentence of seed-report.txt is in the text read back from the Markdown."""
        text = "\n".join(text for _, text, _ in parse(seed_markdown))
        seed = (
            SEED_TEXT.read_text(encoding="utf-8")
            .replace("kiểm\n\ntra", "kiểm tra")
            .replace("*", "")
        )
        missing = []
        for line in filter(None, (line.strip() for line in seed.splitlines())):
            line = re.sub(r"^(?:- |\d+\. )", "", line)
            for sentence in re.split(r"(?<=[.;:])\s+(?=[A-ZĐÀ-Ỹ])", line):
                if sentence not in text:
                    missing.append(sentence)
        assert missing == []

    def test_lines_are_readable_as_written(self, seed_markdown: str) -> None:
        """The Markdown source itself shows the report's lines unchanged (no needless escapes)."""
        seed = SEED_TEXT.read_text(encoding="utf-8").replace("kiểm\n\ntra", "kiểm tra")
        lines = [line for line in seed.splitlines() if line.strip() and "**" not in line]
        assert [line for line in lines if line not in seed_markdown] == []

    def test_exporter_writes_utf8_nfc(self, seed_report: Report, seed_markdown: str) -> None:
        """render() writes the same text as UTF-8, in NFC, and leaves the stream open; with
        embed_model (the default) after the TOML front matter, without it the body alone."""
        stream = io.BytesIO()
        MarkdownExporter().render(seed_report, stream, ExportOptions(embed_model=False))
        assert not stream.closed
        assert stream.getvalue().decode("utf-8") == seed_markdown
        stream = io.BytesIO()
        MarkdownExporter().render(seed_report, stream, ExportOptions())
        data = stream.getvalue().decode("utf-8")
        assert data.startswith("+++\n")
        front, body = data[4:].split("\n+++\n\n", 1)
        assert body == seed_markdown
        assert tomllib.loads(front)["authority"]["name"] == "Sở Thông tin và Truyền thông"
        assert unicodedata.is_normalized("NFC", data)


# --------------------------------------------------------------------------------------------
# Escaping


def paragraph_markdown(runs: list[Run] | tuple[Run, ...] | str) -> str:
    """The Markdown line of a one-paragraph body (between the heading and Nơi nhận)."""
    report = report_with([Paragraph(runs=runs)])
    blocks = to_markdown(report).split("\n\n")
    return blocks[blocks.index("## I. Mục") + 1]


def report_with(blocks: list[Block | str]) -> Report:
    """The seed report with one section holding *blocks* as its whole body."""
    from directive_report import examples

    base = examples.load("bac-giang-ct21-2024")
    return attrs.evolve(
        base,
        intro=(),
        closing=("Trân trọng báo cáo./.",),  # so that the blocks under test do not end the body
        sections=(Section(title="Mục", blocks=blocks),),
    )


ESCAPES = [
    ("# not a heading", r"\# not a heading"),
    ("#5 stays", r"\#5 stays"),
    ("1. not a list", r"1\. not a list"),
    ("2024) not a list", r"2024\) not a list"),
    ("- not a list", r"\- not a list"),
    ("+ not a list", r"\+ not a list"),
    ("> not a quote", r"\> not a quote"),
    ("=== not a rule", r"\=== not a rule"),
    (": not a table", r"\: not a table"),
    ("a * b * c", r"a \* b \* c"),
    ("**not bold**", r"\*\*not bold\*\*"),
    ("snake_case_name", r"snake\_case\_name"),
    ("[link](https://example.org)", r"\[link\](https://example.org)"),
    ("![image](x.png)", r"!\[image\](x.png)"),
    ("<b>not html</b>", r"\<b>not html\</b>"),
    ("<https://example.org>", r"\<https://example.org>"),
    ("`not code`", r"\`not code\`"),
    ("a | b | c", r"a \| b \| c"),
    ("~~not struck~~", r"\~\~not struck\~\~"),
    ("AT&amp;T and &#1234; and &#x41;", r"AT\&amp;T and \&#1234; and \&#x41;"),
    ("AT&T & co", "AT&T & co"),
    ("back\\slash", "back\\\\slash"),
    ("ends with a backslash\\", "ends with a backslash\\\\"),
    ("first line\nsecond line", "first line\\\nsecond line"),
    ("line\n# not a heading", "line\\\n\\# not a heading"),
    ("line\n1. not a list", "line\\\n1\\. not a list"),
    ("line\n---", "line\\\n\\---"),
    ("line\n===", "line\\\n\\==="),
    ("a | b\n:-", "a \\| b\\\n\\:-"),
    ("a  \n  b", "a&#32;&#32;\\\n&#32;&#32;b"),
    ("a\n\nb", "a\\\n\\\nb"),
    ("tab\tinside", "tab\tinside"),
    (
        "Điểm a, Khoản 5, Điều 102; “tín dụng đen”;...",
        "Điểm a, Khoản 5, Điều 102; “tín dụng đen”;...",
    ),
]


@pytest.mark.parametrize(("text", "markdown"), ESCAPES)
def test_escaping(text: str, markdown: str) -> None:
    """User text is escaped just enough to stay one paragraph with exactly its characters."""
    assert paragraph_markdown(text) == markdown
    for parser in PARSERS:
        assert structure(markdown, parser) == [("p", text)]


@pytest.mark.parametrize(("text", "markdown"), ESCAPES)
def test_escaping_in_list_items(text: str, markdown: str) -> None:
    """The same texts as list items stay single items; continuation lines are indented."""
    tasks = TaskList(tasks=[Task(text=text), Task(text="next")])
    block = to_markdown(report_with([tasks])).split("\n\n")[-6]
    assert block.startswith("1. " + markdown.replace("\n", "\n   "))
    for parser in PARSERS:
        assert structure(block, parser) == [("ol", "start=1"), ("li", text), ("li", "next")]


EMPHASIS = [
    ([Run(text="a "), Run(text="b", italic=True)], "a *b*"),
    ([Run(text="b", italic=True), Run(text=" c")], "*b* c"),
    ([Run(text="x", bold=True)], "**x**"),
    ([Run(text="x", bold=True, italic=True)], "***x***"),
    ([Run(text="a"), Run(text=" b ", italic=True), Run(text="c")], "a *b* c"),
    ([Run(text="a", italic=True), Run(text="b", bold=True)], "*a*__b__"),
    (
        [Run(text="a", italic=True), Run(text="b", bold=True), Run(text="c", italic=True)],
        "*a*__b__*c*",
    ),
    ([Run(text="new"), Run(text="88", italic=True), Run(text=".com")], "new*88*.com"),
    ([Run(text="("), Run(text="domain", italic=True), Run(text=")")], "(*domain*)"),
    ([Run(text="x "), Run(text="*", italic=True)], r"x *\**"),
    ([Run(text="x "), Run(text="# y", bold=True)], r"x **# y**"),
    ([Run(text="# y", bold=True)], "**# y**"),
]


@pytest.mark.parametrize(("runs", "markdown"), EMPHASIS)
def test_emphasis(runs: list[Run], markdown: str) -> None:
    """Emphasis is written with the delimiters CommonMark reads back as the same emphasis."""
    assert paragraph_markdown(runs) == markdown
    for parser in PARSERS:
        ((kind, text, chars),) = parse(markdown, parser)
        assert (kind, text, chars) == (
            "p",
            Paragraph(runs=runs).text,
            styled(Paragraph(runs=runs).runs),
        )


def test_unwritable_emphasis_is_dropped_not_garbled() -> None:
    """Italic punctuation glued between letters cannot be emphasised in CommonMark: the text
    is kept, without stray asterisks."""
    markdown = paragraph_markdown([Run(text="x"), Run(text="“y”", italic=True), Run(text="z")])
    assert markdown == "x“y”z"


def test_heading_text_is_escaped() -> None:
    """A title cannot end the heading early, open emphasis or lose a trailing '#'."""
    report = attrs.evolve(
        report_with([Paragraph(runs="x")]),
        sections=(
            Section(title="Kế hoạch *số* #", blocks=("x",)),
            Section(title="A\nB", blocks=("y",)),
        ),
    )
    markdown = to_markdown(report)
    assert "## I. Kế hoạch \\*số\\* \\#\n" in markdown
    assert "## II. A B\n" in markdown
    assert ("h2", "I. Kế hoạch *số* #") in structure(markdown)


def test_deep_sections_stop_at_level_six() -> None:
    """Depth 5 and below are level-6 headings (labelled '-' from depth 4)."""
    leaf = Section(title="Sâu", blocks=("x",))
    for _ in range(5):
        leaf = Section(title="Mục", sections=(leaf,))
    report = attrs.evolve(report_with(["x"]), sections=(leaf,))
    headings = [(kind, text[:2]) for kind, text in structure(to_markdown(report)) if kind[0] == "h"]
    assert headings == [
        ("h1", "BÁ"),
        ("h2", "I."),
        ("h3", "1."),
        ("h4", "a)"),
        ("h5", "- "),
        ("h6", "- "),
        ("h6", "- "),
    ]


def test_neighbouring_lists_stay_apart() -> None:
    """Two lists in a row are two lists (Markdown would merge lists with the same marker)."""
    bullets = BulletList(items=["một", "hai"])
    tasks = TaskList(tasks=[Task(text="ba")])
    report = report_with([bullets, bullets, tasks, tasks, Paragraph(runs="x"), bullets])
    kinds = [k for k, _ in structure(to_markdown(report)) if k in ("ul", "ol")]
    assert kinds[:6] == ["ul", "ul", "ol", "ol", "ul", "ul"]  # the last is Nơi nhận


def test_kinh_gui(seed_report: Report) -> None:
    """One addressee shares the line; several get one '-' line each, the last ending with '.'."""
    one = to_markdown(attrs.evolve(seed_report, addressees=("Sở Tư pháp",)))
    assert "\n\nKính gửi: Sở Tư pháp.\n\n" in one
    several = to_markdown(attrs.evolve(seed_report, addressees=("Sở Tư pháp", "Công an tỉnh")))
    assert "\n\nKính gửi:\n\n- Sở Tư pháp;\n- Công an tỉnh.\n\n" in several


def test_cong_van_has_no_type_line(seed_report: Report) -> None:
    """A công văn prints V/v under its number and no type heading."""
    letter = attrs.evolve(
        seed_report,
        doc_type=document_type("Công văn"),
        number=seed_report.number.__class__(number=12, symbol="STTTT-TTBCXB"),
        summary="tăng cường tuyên truyền",
    )
    markdown = to_markdown(letter)
    assert "Số: 12/STTTT-TTBCXB\\\nV/v tăng cường tuyên truyền\n\n" in markdown
    assert "\n# " not in markdown


def test_lettered_tasks_are_paragraphs_with_their_letters() -> None:
    """Tasks under a khoản are lettered a), b) as on the page; Markdown has no such list, so
    each is a paragraph starting with its letter, its details an italic paragraph under it; a
    '•' bullet is printed the same way."""
    khoan = Section(
        title="Khoản",
        blocks=[
            TaskList(tasks=[Task(text="Một.", assignee="Văn phòng Sở"), Task(text="Hai.")]),
            BulletList(items=["Ba."], marker="•"),
        ],
    )
    report = attrs.evolve(report_with(["x"]), sections=(Section(title="MỤC", sections=(khoan,)),))
    markdown = to_markdown(report)
    assert "\n\na) Một.\n\n*Đơn vị thực hiện: Văn phòng Sở.*\n\nb) Hai.\n\n• Ba.\n\n" in markdown


def test_task_details_by_hand() -> None:
    """Who carries a task out and by when: an italic second paragraph of the item."""
    from directive_report import examples

    markdown = to_markdown(examples.load("ke-hoach-ct21-2021"))
    assert (  # under "a) Trên báo chí" tasks are one level down: "-", as the page prints them
        "- Cung cấp thông tin về thủ đoạn lừa đảo mới cho các cơ quan báo chí.\n"
        "\n"
        "  *Đơn vị thực hiện: Thanh tra Sở.*\n"
    ) in markdown
    assert (
        "- Hướng dẫn đài truyền thanh cấp huyện, cấp xã phát tin, bài cảnh báo ít nhất 02 lần mỗi"
        " tháng.\n\n  *Đơn vị thực hiện: Phòng Thông tin - Báo chí - Xuất bản; thời hạn: ngày"
        " 31/12/2021.*\n"
    ) in markdown


# --------------------------------------------------------------------------------------------
# Generated reports


@given(reports(max_depth=2, parts=True))
def test_generated_reports_read_back(report: Report) -> None:
    """For any report: the structure read back is the prescribed one, block by block, the
    plain text equals the report's text, and every run keeps its emphasis."""
    markdown = to_markdown(report)
    assert structure(markdown) == expected_structure(report)
    read_back = [chars for kind, _, chars in parse(markdown) if kind in ("p", "li")]
    for paragraph in body_paragraphs(report):
        # the whole paragraph, or after its marker ("a) ...") or before the end mark ("./.")
        want = styled(paragraph.runs)
        assert any(
            chars[start : start + len(want)] == want
            for chars in read_back
            for start in range(len(chars) - len(want) + 1)
        )
    assert unicodedata.is_normalized("NFC", markdown)


_TRICKY = st.text(alphabet="aăbđ1 \t\n*_#>+-=:.)([]<>`|~&;!\\“”\u00a0", min_size=1, max_size=8)
_TRICKY_RUNS = st.lists(
    st.builds(Run, text=_TRICKY, bold=st.booleans(), italic=st.booleans()), min_size=1, max_size=5
)


@given(
    _TRICKY_RUNS.filter(
        lambda runs: "".join(r.text for r in runs).strip() == "".join(r.text for r in runs)
    )
)
def test_any_runs_read_back(runs: list[Run]) -> None:
    """Any text with any emphasis — Markdown characters, line breaks, emphasis glued to
    punctuation or to other emphasis — reads back as one paragraph with exactly its text;
    each character keeps its emphasis or, where CommonMark cannot express it, loses it, but
    never gains any."""
    paragraph = Paragraph(runs=runs)
    markdown = paragraph_markdown(paragraph.runs)
    for parser in PARSERS:
        ((kind, text, chars),) = parse(markdown, parser)
        assert (kind, text) == ("p", paragraph.text)
        for (char, bold, italic), (_, want_bold, want_italic) in zip(
            chars, styled(paragraph.runs), strict=True
        ):
            assert bold <= want_bold, (char, markdown)
            assert italic <= want_italic, (char, markdown)
