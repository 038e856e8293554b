"""The layout facts the ODT exporter writes into ``styles.xml`` and ``content.xml``: page set-up,
fonts, the named styles with the decree's values, the header table and the body
(docs/decree-layout.md, docs/odt.md)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _odt import (
    MOTTO,
    NATIONAL_TITLE,
    NS,
    TNR,
    Odt,
    cell_texts,
    mm,
    odf_text,
    pt,
    q,
    render,
    style_name,
)
from directive_report import Paragraph, Report, Run
from directive_report.exporters import ExportOptions
from directive_report.layout import SIZE_SETS, LayoutProfile, Role, plan_document

# --------------------------------------------------------------------------------------------
# Layout facts in styles.xml and content.xml


class TestPage:
    """Page set-up, master pages and page numbers (docs/decree-layout.md: page set-up, page numbers)."""

    @staticmethod
    def master(odt: Odt, name: str) -> ET.Element:
        """The master page *name*."""
        for master in odt.styles.iter(q("style:master-page")):
            if master.get(q("style:name")) == name:
                return master
        raise AssertionError(f"no master page {name}")

    def page_layout(self, odt: Odt, master: str) -> ET.Element:
        """The ``style:page-layout`` of master page *master*."""
        layout_name = self.master(odt, master).get(q("style:page-layout-name"))
        for layout in odt.styles.iter(q("style:page-layout")):
            if layout.get(q("style:name")) == layout_name:
                return layout
        raise AssertionError(f"no page layout {layout_name}")

    @staticmethod
    def lengths(element: ET.Element | None, *attributes: str) -> list[float]:
        """The lengths in mm of *attributes* of *element*."""
        assert element is not None
        return [mm(element.get(q(attribute), "")) for attribute in attributes]

    def test_a4_and_margins(self, seed_odt: Odt) -> None:
        """A4 portrait, margins 20/20/30/15 mm on the first page, which has no header."""
        layout = self.page_layout(seed_odt, "First_20_Page")
        page = layout.find("style:page-layout-properties", NS)
        assert self.lengths(page, "fo:page-width", "fo:page-height") == pytest.approx([210, 297])
        assert page is not None
        assert page.get(q("style:print-orientation")) == "portrait"
        margins = ("fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right")
        assert self.lengths(page, *margins) == pytest.approx([20, 20, 30, 15])
        assert layout.find("style:header-style", NS) is None

    def test_following_pages_put_the_number_in_the_top_margin(self, seed_odt: Odt) -> None:
        """Pages after the first: 10 mm to the header, whose 10 mm end where the text starts
        (in ODF the header lies inside the page margins)."""
        layout = self.page_layout(seed_odt, "Standard")
        page = layout.find("style:page-layout-properties", NS)
        margins = ("fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right")
        assert self.lengths(page, *margins) == pytest.approx([10, 20, 30, 15])
        header = layout.find("style:header-style/style:header-footer-properties", NS)
        assert self.lengths(header, "fo:min-height", "fo:margin", "fo:padding") == pytest.approx(
            [10, 0, 0]
        )

    def test_header_lower_than_the_top_margin(self, seed_report: Report) -> None:
        """A profile that puts the page number 25 mm down, below a 20 mm top margin, gets a
        header of its natural height that pushes the text down (as Word does), not a negative
        one."""
        profile = LayoutProfile(header_distance=25)
        odt = Odt.parse(render(seed_report, ExportOptions(layout=profile)))
        layout = self.page_layout(odt, "Standard")
        page = layout.find("style:page-layout-properties", NS)
        header = layout.find("style:header-style/style:header-footer-properties", NS)
        assert self.lengths(page, "fo:margin-top") == pytest.approx([25])
        assert self.lengths(header, "fo:min-height") == [0]

    def test_masters(self, seed_odt: Odt) -> None:
        """ "First Page" has no header and leads to "Standard", whose header is the current page
        number, centred, 14 pt."""
        first = self.master(seed_odt, "First_20_Page")
        assert first.get(q("style:display-name")) == "First Page"
        assert first.find("style:header", NS) is None
        assert first.get(q("style:next-style-name")) == "Standard"
        number_paragraph = self.master(seed_odt, "Standard").find("style:header/text:p", NS)
        assert number_paragraph is not None
        page_number = number_paragraph.find("text:page-number", NS)
        assert page_number is not None
        assert page_number.get(q("text:select-page")) == "current"
        assert seed_odt.paragraph_prop(number_paragraph, "fo:text-align") == "center"
        assert seed_odt.text_prop(number_paragraph, "fo:font-size") == "14pt"

    def test_only_the_first_block_selects_the_first_page(self, seed_odt: Odt) -> None:
        """The header table's style selects "First Page"; no other style selects a master page
        (that would start a new page at every use)."""
        first_block = seed_odt.body[0]
        assert first_block.tag == q("table:table")
        selecting = [
            style.get(q("style:name"))
            for root in (seed_odt.content, seed_odt.styles)
            for style in root.iter(q("style:style"))
            if style.get(q("style:master-page-name"))
        ]
        assert selecting == [first_block.get(q("table:style-name"))]
        style = seed_odt.style("table", selecting[0] or "")
        assert style.get(q("style:master-page-name")) == "First_20_Page"


class TestFonts:
    """Times New Roman in all three script slots, and nowhere another font."""

    def test_default_style(self, seed_odt: Odt) -> None:
        """The default paragraph style names Times New Roman for Latin, Asian and complex text,
        in Vietnamese, black, without kerning (the rule lengths assume none)."""
        defaults = [
            d
            for d in seed_odt.styles.iter(q("style:default-style"))
            if d.get(q("style:family")) == "paragraph"
        ]
        assert len(defaults) == 1
        text = defaults[0].find("style:text-properties", NS)
        assert text is not None
        assert {text.get(q(f"style:font-name{slot}")) for slot in ("", "-asian", "-complex")} == {
            TNR
        }
        assert (text.get(q("fo:language")), text.get(q("fo:country"))) == ("vi", "VN")
        assert text.get(q("fo:color")) == "#000000"
        assert text.get(q("style:letter-kerning")) == "false"

    def test_no_other_font(self, seed_odt: Odt) -> None:
        """Every font declaration and every font reference is Times New Roman."""
        for root in (seed_odt.styles, seed_odt.content):
            faces = list(root.iter(q("style:font-face")))
            assert [f.get(q("style:name")) for f in faces] == [TNR]
            assert faces[0].get(q("svg:font-family")) == f"'{TNR}'"
            for element in root.iter():
                for attribute, value in element.attrib.items():
                    if attribute.startswith(f"{{{NS['style']}}}font-name"):
                        assert value == TNR


# The decree's values for the default profile (13/14 set), read from docs/decree-layout.md, "The elements":
# role -> (size pt, bold, italic, alignment).
DECREE_STYLES = {
    Role.SUPERIOR: (13, False, False, "center"),
    Role.ISSUER: (13, True, False, "center"),
    Role.NUMBER: (13, False, False, "center"),
    Role.NATIONAL_TITLE: (13, True, False, "center"),
    Role.MOTTO: (14, True, False, "center"),
    Role.PLACE_DATE: (14, False, True, "center"),
    Role.DOCUMENT_TYPE: (14, True, False, "center"),
    Role.SUMMARY: (14, True, False, "center"),
    Role.HEADING_1: (14, True, False, "justify"),
    Role.HEADING_2: (14, True, False, "justify"),
    Role.BODY: (14, False, False, "justify"),
    Role.RECIPIENTS_LABEL: (12, True, True, "start"),
    Role.RECIPIENT: (11, False, False, "start"),
    Role.SIGNATURE_TITLE: (14, True, False, "center"),
    Role.SIGNER_NAME: (14, True, False, "center"),
    Role.PAGE_NUMBER: (14, False, False, "center"),
}


class TestStyles:
    """Named styles in styles.xml, one per role, with the decree's values."""

    def test_every_role_is_a_named_style(self, seed_odt: Odt) -> None:
        """A clerk finds "NĐ30 Body" and its siblings in LibreOffice's style list."""
        for role in Role:
            style = seed_odt.named_style(role)
            assert style.get(q("style:display-name")) == role.value
            assert style.get(q("style:family")) == "paragraph"
            assert style.get(q("style:parent-style-name")) == "Standard"

    def test_styles_derive_from_the_default_paragraph_style(self, seed_odt: Odt) -> None:
        """Every role derives from "Standard" (LibreOffice's Default Paragraph Style), which
        carries no formatting of its own: a font set there reaches the whole document."""
        standard = seed_odt.style("paragraph", "Standard")
        assert list(standard) == []
        assert standard.get(q("style:parent-style-name")) is None

    @pytest.mark.parametrize("role", list(DECREE_STYLES), ids=lambda role: role.name)
    def test_decree_values(self, seed_odt: Odt, role: Role) -> None:
        """Size, weight, posture and alignment of each element."""
        size, bold, italic, align = DECREE_STYLES[role]
        name = role.style_id
        text = {
            a: seed_odt.prop("paragraph", name, "text-properties", a)
            for a in ("fo:font-size", "fo:font-weight", "fo:font-style")
        }
        assert pt(text["fo:font-size"] or "") == pytest.approx(size)
        assert (text["fo:font-weight"] == "bold") is bold
        assert (text["fo:font-style"] == "italic") is italic
        assert seed_odt.prop("paragraph", name, "paragraph-properties", "fo:text-align") == align
        for script in ("asian", "complex"):
            assert (
                seed_odt.prop("paragraph", name, "text-properties", f"style:font-size-{script}")
                == text["fo:font-size"]
            )

    def test_body_paragraph(self, seed_odt: Odt) -> None:
        """Justified, first line indented 12.7 mm, 6 pt before, nothing after, single spacing."""

        def get(attribute: str) -> str:
            return (
                seed_odt.prop("paragraph", Role.BODY.style_id, "paragraph-properties", attribute)
                or ""
            )

        assert mm(get("fo:text-indent")) == pytest.approx(12.7)
        assert pt(get("fo:margin-top")) == pytest.approx(6)
        assert pt(get("fo:margin-bottom")) == pytest.approx(0)
        assert get("fo:line-height") == "100%"

    def test_twelve_thirteen_profile(self, seed_report: Report) -> None:
        """The 12/13 size set moves Quốc hiệu, Tiêu ngữ and the date line together."""
        odt = Odt.parse(
            render(seed_report, ExportOptions(layout=LayoutProfile(sizes=SIZE_SETS["12/13"])))
        )
        sizes = {
            role: pt(odt.prop("paragraph", role.style_id, "text-properties", "fo:font-size") or "")
            for role in (Role.NATIONAL_TITLE, Role.MOTTO, Role.PLACE_DATE)
        }
        assert sizes == {Role.NATIONAL_TITLE: 12, Role.MOTTO: 13, Role.PLACE_DATE: 13}  # exact

    def test_emphasis_styles(self, seed_odt: Odt) -> None:
        """Inline emphasis uses named text styles."""
        assert seed_odt.prop("text", "ND30Emphasis", "text-properties", "fo:font-style") == "italic"
        assert seed_odt.prop("text", "ND30Strong", "text-properties", "fo:font-weight") == "bold"
        both = [
            seed_odt.prop("text", "ND30StrongEmphasis", "text-properties", a)
            for a in ("fo:font-weight", "fo:font-style")
        ]
        assert both == ["bold", "italic"]


class TestHeaderTable:
    """The two-column header (ô 1–4) and its rules."""

    @pytest.fixture
    def header(self, seed_odt: Odt) -> ET.Element:
        """The first table of the body."""
        return seed_odt.tables()[0]

    def test_geometry(self, seed_odt: Odt, header: ET.Element) -> None:
        """65 + 100 mm columns, a 165 mm table aligned left (not stretched), no borders or padding."""
        table_style = seed_odt.style("table", header.get(q("table:style-name")) or "")
        properties = table_style.find("style:table-properties", NS)
        assert properties is not None
        assert mm(properties.get(q("style:width"), "")) == pytest.approx(165)
        assert properties.get(q("table:align")) == "left"
        widths = [
            mm(
                seed_odt.prop(
                    "table-column",
                    column.get(q("table:style-name")) or "",
                    "table-column-properties",
                    "style:column-width",
                )
                or ""
            )
            for column in header.iterfind("table:table-column", NS)
        ]
        assert widths == pytest.approx([65, 100])
        for row in seed_odt.cells(header):
            for cell in row:
                style = cell.get(q("table:style-name")) or ""
                assert (
                    seed_odt.prop("table-cell", style, "table-cell-properties", "fo:border")
                    == "none"
                )
                assert (
                    mm(
                        seed_odt.prop("table-cell", style, "table-cell-properties", "fo:padding")
                        or ""
                    )
                    == 0
                )

    def test_contents(self, seed_odt: Odt, header: ET.Element) -> None:
        """Issuer left, Quốc hiệu and Tiêu ngữ right; Số and the place-and-date line on row 2."""
        (names, national), (number, date) = seed_odt.cells(header)
        assert cell_texts(names)[0] == "UBND TỈNH BẮC GIANG"
        assert " ".join(cell_texts(names)[1:]) == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
        assert cell_texts(national) == [NATIONAL_TITLE, MOTTO]
        assert cell_texts(number) == ["Số:      /BC-STTTT"]
        assert cell_texts(date) == ["Bắc Giang, ngày 20 tháng 5 năm 2024"]
        roles = [style_name(p) for p in national.iterfind("text:p", NS)]
        assert roles[:2] == ["ND30NationalTitle", "ND30Motto"]

    def rule(self, odt: Odt, cell: ET.Element) -> tuple[float, float, float]:
        """(left margin, right margin, border weight in pt) of the rule paragraph in *cell*."""
        (paragraph,) = [p for p in cell.iterfind("text:p", NS) if not odf_text(p)]
        border = odt.paragraph_prop(paragraph, "fo:border-top") or ""
        weight, solid, colour = border.split()
        assert (solid, colour) == ("solid", "#000000")
        return (
            mm(odt.paragraph_prop(paragraph, "fo:margin-left") or ""),
            mm(odt.paragraph_prop(paragraph, "fo:margin-right") or ""),
            pt(weight),
        )

    def test_motto_rule(self, seed_odt: Odt, header: ET.Element) -> None:
        """Under the Tiêu ngữ, a rule exactly as long as the 14 pt bold text (60.46 mm, measured
        with fontTools on Liberation Serif Bold: docs/office-techniques.md), centred in its column."""
        left, right, weight = self.rule(seed_odt, seed_odt.cells(header)[0][1])
        assert left == pytest.approx(right)
        assert 100 - left - right == pytest.approx(60.46, abs=0.05)
        assert 0.25 <= weight <= 1.5

    def test_issuer_rule(self, seed_odt: Odt, header: ET.Element) -> None:
        """Under the issuer, a centred rule of 1/3–1/2 of its widest line ("SỞ THÔNG TIN VÀ":
        43.7 mm by the same measurement, so 14.6–21.9 mm)."""
        left, right, _ = self.rule(seed_odt, seed_odt.cells(header)[0][0])
        assert left == pytest.approx(right)
        assert 14.6 <= 65 - left - right <= 21.9

    def test_rule_paragraphs_are_exactly_short(self, seed_odt: Odt, header: ET.Element) -> None:
        """A rule's empty paragraph has an exact, tiny line height (not the height of a 14 pt line)."""
        for cell in seed_odt.cells(header)[0]:
            (paragraph,) = [p for p in cell.iterfind("text:p", NS) if not odf_text(p)]
            assert pt(seed_odt.paragraph_prop(paragraph, "fo:line-height") or "") <= 3


class TestBody:
    """Title, headings, body, emphasis, the end marker and the signature block."""

    @staticmethod
    def paragraphs_by_style(odt: Odt, role: Role) -> list[ET.Element]:
        """Body paragraphs whose style is *role*'s or derives from it."""
        return [p for p in odt.paragraphs() if odt.named_style_of(p) == role.style_id]

    def test_title_and_summary(self, seed_odt: Odt) -> None:
        """BÁO CÁO, then the trích yếu with its line break kept, then its rule."""
        (title,) = self.paragraphs_by_style(seed_odt, Role.DOCUMENT_TYPE)
        (summary,) = self.paragraphs_by_style(seed_odt, Role.SUMMARY)
        assert odf_text(title) == "BÁO CÁO"
        assert summary.find("text:line-break", NS) is not None
        assert odf_text(summary).replace("\n", " ") == (
            "Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng ngừa, xử lý "
            "hoạt động lừa đảo chiếm đoạt tài sản"
        )

    def test_headings(self, seed_odt: Odt) -> None:
        """Section labels I./1. in bold heading styles."""
        level_1 = [odf_text(p) for p in self.paragraphs_by_style(seed_odt, Role.HEADING_1)]
        assert level_1 == [
            "I. KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg",
            "II. NHẬN XÉT, ĐÁNH GIÁ",
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO",
        ]
        level_2 = [odf_text(p) for p in self.paragraphs_by_style(seed_odt, Role.HEADING_2)]
        assert level_2[0] == "1. Công tác quán triệt, tổ chức triển khai thực hiện"

    def test_italic_titles_keep_their_emphasis(self, seed_odt: Odt) -> None:
        """The list of article titles in I.2 is italic in the report, in an ND30Emphasis span."""
        spans = [
            s
            for s in seed_odt.body.iter(q("text:span"))
            if s.get(q("text:style-name")) == "ND30Emphasis"
        ]
        assert any(
            odf_text(s).startswith("Lừa đảo “chạy án”, một đối tượng bị phạt 12 năm tù;")
            for s in spans
        )
        (paragraph,) = [
            p
            for p in seed_odt.paragraphs()
            if odf_text(p).startswith("Một số tin, bài, chương trình")
        ]
        assert paragraph.text == "Một số tin, bài, chương trình, chuyên mục tiêu biểu: Bắc Giang: "

    def test_last_paragraph_ends_the_body_and_keeps_with_the_signature(self, seed_odt: Odt) -> None:
        """The closing paragraph ends in "./." and keeps with the Nơi nhận / signature table,
        whose row may not split."""
        last = seed_odt.body.findall("text:p", NS)[-1]
        assert odf_text(last).endswith("./.")
        assert seed_odt.paragraph_prop(last, "fo:keep-with-next") == "always"
        footer = seed_odt.tables()[-1]
        assert seed_odt.body[-1] is footer
        row = footer.find("table:table-row", NS)
        assert row is not None
        keep = seed_odt.prop(
            "table-row",
            row.get(q("table:style-name")) or "",
            "table-row-properties",
            "fo:keep-together",
        )
        assert keep == "always"

    def test_footer(self, seed_odt: Odt) -> None:
        """Nơi nhận left (12 pt label, 11 pt items); capacity, title and name right."""
        ((recipients, signature),) = seed_odt.cells(seed_odt.tables()[-1])
        assert cell_texts(recipients) == [
            "Nơi nhận:",
            "- Phòng Cảnh sát hình sự - Công an tỉnh;",
            "- Giám đốc Sở, PGĐ Ngô Đình Tiến;",
            "- Phòng TTBCXB; TTra Sở;",
            "- Lưu: VT.",
        ]
        assert cell_texts(signature) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ngô Đình Tiến"]

    def test_every_planned_paragraph_in_order(self, seed_report: Report, seed_odt: Odt) -> None:
        """The ODT has the plan's paragraphs, text and role, in reading order."""
        planned = [(p.text, p.role.style_id) for p in plan_document(seed_report).paragraphs()]
        written = [
            (odf_text(p), seed_odt.named_style_of(p)) for p in seed_odt.paragraphs() if odf_text(p)
        ]
        assert written == planned


_SPACES = st.text(alphabet=" \t", min_size=1, max_size=4)
_WORDS = st.text(alphabet="aăâđêôơưAĐ*<&>_ ", min_size=1, max_size=6).filter(
    lambda word: word == word.strip()
)


@settings(max_examples=50)
@given(st.lists(st.tuples(_WORDS, _SPACES, st.booleans()), min_size=1, max_size=5), _WORDS)
def test_white_space_survives(
    seed_report: Report, pieces: list[tuple[str, str, bool]], last: str
) -> None:
    """Runs of spaces and tabs, inside runs and across emphasis boundaries, read back exactly
    as written (ODF collapses white space unless it is written as text:s and text:tab)."""
    runs = [Run(text=word + gap, italic=italic) for word, gap, italic in pieces] + [Run(text=last)]
    paragraph = Paragraph(runs=runs)
    report = attrs.evolve(seed_report, intro=(paragraph,), sections=())
    odt = Odt.parse(render(report, ExportOptions(embed_model=False)))
    first_body_paragraph = TestBody.paragraphs_by_style(odt, Role.BODY)[0]
    assert odf_text(first_body_paragraph) == paragraph.text
