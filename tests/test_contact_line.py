"""The issuer's address, telephone, fax, e-mail and website at the foot of page 1 (ô 13).

Nghị định 30/2020/NĐ-CP, Điều 8 khoản 3 điểm d allows them; Phụ lục I, Phần I, Mục III.4 puts
them on page 1, lower case, 11–12 pt, upright, under a solid rule as wide as the text area; the
labels and their order are those of the example in Phụ lục I, Mục V (row 12); of the templates
of Phụ lục III only Mẫu 1.5 (công văn, note 10) shows them.  Every expected text below is
typed from those sources, not produced by the code under test.  The files are read back with
python-docx and odfpy and laid out by LibreOffice.
"""

from __future__ import annotations

import io
from pathlib import Path

import attrs
import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings

import _office
import directive_report as dr
from directive_report import Report, examples
from directive_report.checks import Severity, check
from directive_report.errors import ReportLoadError, ReportValidationError
from directive_report.exporters import ExportOptions
from directive_report.exporters.markdown_export import to_markdown
from directive_report.layout import SIZE_SETS, LayoutError, LayoutProfile, document_content
from directive_report.model import Contact, Paragraph
from directive_report.readers import VisibleTextMismatchError
from directive_report.serialize import dumps, loads
from directive_report.testing import contacts

#: The bundled công văn's contact data, as its TOML file gives them.
EXAMPLE_LINES = [
    "Số 1 đường Ví Dụ, thành phố Bắc Giang, tỉnh Bắc Giang",
    "ĐT: 0204 0000 001, Fax: 0204 0000 002",
    "E-Mail: vanthu@stttt.bacgiang.example, Website: stttt.bacgiang.example",
]
TEXT_WIDTH = 165.0  # mm, A4 less the default 30 and 15 mm margins


def cong_van() -> Report:
    return examples.load("cong-van-tin-dung-den-2020")


def with_contact(report: Report, contact: Contact | None) -> Report:
    return attrs.evolve(report, authority=attrs.evolve(report.authority, contact=contact))


def long_cong_van() -> Report:
    """The công văn with a body long enough for two pages and an appendix after it."""
    report = cong_van()
    filler = Paragraph(
        runs="Các cơ quan, đơn vị chủ động rà soát, đánh giá kết quả thực hiện, kịp thời báo cáo "
        "những khó khăn, vướng mắc phát sinh trong quá trình triển khai để được hướng dẫn."
    )
    appendix = examples.load("bao-cao-ket-qua-2024").appendices
    return attrs.evolve(report, intro=(*report.intro, *[filler] * 14), appendices=appendix)


# --------------------------------------------------------------------------------------------
# The model and its file


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("phone", "0204 3854 567"),
        ("phone", "(0204) 3.854.567"),
        ("phone", "+84 204 3854 567"),
        ("fax", "0204-3854-568"),
        ("email", "vanthu@stttt.bacgiang.gov.vn"),
        ("website", "https://stttt.bacgiang.gov.vn"),
        ("website", "bacgiang.gov.vn/web/so-tttt"),
        ("address", "Số 48 đường Nguyễn Văn Cừ, phường Ngô Quyền, tỉnh Bắc Giang"),
    ],
)
def test_accepted_values(field: str, value: str) -> None:
    assert getattr(Contact(**{field: value}), field) == value


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("phone", "không có", "digits grouped"),
        ("phone", "0204 3854 567 (máy lẻ)", "digits grouped"),
        ("fax", "", "must not be empty"),
        ("email", "vanthu at stttt.gov.vn", "one e-mail address"),
        ("email", "vanthu@localhost", "one e-mail address"),
        ("email", "a@b.vn; c@d.vn", "one e-mail address"),
        ("website", "stttt bacgiang gov vn", "website address"),
        ("address", "Số 48\nNguyễn Văn Cừ", "one line"),
        ("address", " Số 48", "whitespace"),
    ],
)
def test_refused_values(field: str, value: str, says: str) -> None:
    with pytest.raises(ReportValidationError, match=says) as error:
        Contact(**{field: value})
    assert f"Contact.{field}" in str(error.value)


def test_contact_needs_one_item() -> None:
    with pytest.raises(ReportValidationError, match="at least one of address, phone"):
        Contact()


def test_text_is_nfc() -> None:
    decomposed = "Số 1 đường Ví Dụ".replace("ố", "o\u0302\u0301")
    assert Contact(address=decomposed).address == "Số 1 đường Ví Dụ"


def test_toml_keys_and_exact_round_trip() -> None:
    """``[authority.contact]`` holds the keys as the bundled công văn writes them, and a report
    written and read back is the same report."""
    report = cong_van()
    text = dumps(report, "toml")
    assert (
        '[authority.contact]\naddress = "Số 1 đường Ví Dụ, thành phố Bắc Giang, tỉnh Bắc Giang"\n'
        'phone = "0204 0000 001"\nfax = "0204 0000 002"\n'
        'email = "vanthu@stttt.bacgiang.example"\nwebsite = "stttt.bacgiang.example"\n'
    ) in text
    assert loads(text, "toml") == report
    assert loads(dumps(report, "json"), "json") == report


@settings(max_examples=50)
@given(contacts())
def test_generated_contacts_round_trip(contact: Contact) -> None:
    report = with_contact(cong_van(), contact)
    assert loads(dumps(report, "toml"), "toml") == report


def test_bad_value_in_a_file_names_its_place() -> None:
    text = dumps(cong_van(), "toml").replace(
        'email = "vanthu@stttt.bacgiang.example"', 'email = "vanthu"'
    )
    with pytest.raises(ReportLoadError, match=r"authority\.contact\.email") as error:
        loads(text, "toml")
    assert "one e-mail address" in str(error.value)


# --------------------------------------------------------------------------------------------
# The words, decided once


def test_words_of_the_example() -> None:
    assert [line.text for line in document_content(cong_van()).contact] == EXAMPLE_LINES


@pytest.mark.parametrize(
    ("given", "lines"),
    [
        ({"phone": "0204 1"}, ["ĐT: 0204 1"]),
        ({"fax": "0204 2", "website": "a.vn"}, ["Fax: 0204 2", "Website: a.vn"]),
        ({"email": "a@b.vn", "address": "Số 2"}, ["Số 2", "E-Mail: a@b.vn"]),
    ],
)
def test_missing_items_are_left_out_with_their_labels(
    given: dict[str, str], lines: list[str]
) -> None:
    report = with_contact(cong_van(), Contact(**given))
    assert [line.text for line in document_content(report).contact] == lines


def test_only_a_cong_van_prints_it_and_check_says_so() -> None:
    """A báo cáo keeps the issuer's contact data but prints none (no template but Mẫu 1.5
    shows ô 13); ``check`` says so once, as information."""
    contact = cong_van().authority.contact
    report = with_contact(examples.load("bac-giang-ct21-2024"), contact)
    assert document_content(report).contact == ()
    assert "0204 0000 001" not in to_markdown(report)
    found = [f for f in check(report) if f.code == "contact-not-printed"]
    assert [(f.severity, f.location) for f in found] == [(Severity.INFO, "authority.contact")]
    assert not [f for f in check(cong_van()) if f.code == "contact-not-printed"]


def test_markdown_prints_it_after_the_signature_under_a_rule() -> None:
    text = to_markdown(cong_van())
    assert text.endswith("**Nguyễn Văn An**\n\n***\n\n" + "\\\n".join(EXAMPLE_LINES) + "\n"), text[
        -400:
    ]


# --------------------------------------------------------------------------------------------
# DOCX: a first-page footer in the first section only


def test_docx_first_page_footer() -> None:
    data = dr.render(long_cong_van(), "docx")
    document = docx.Document(io.BytesIO(data))
    first, *parts = document.sections
    assert parts, "the appendix is a section of its own"
    assert first.different_first_page_header_footer
    footer = first.first_page_footer
    assert not footer.is_linked_to_previous
    rule, *lines = footer.paragraphs
    assert rule.text == ""
    border = rule._p.pPr.find(qn("w:pBdr"))
    style_border = rule.style.element.pPr.find(qn("w:pBdr"))
    assert border is None
    assert style_border.find(qn("w:top")).get(qn("w:val")) == "single"
    indent = rule._p.pPr.find(qn("w:ind"))
    assert (indent.get(qn("w:left")), indent.get(qn("w:right"))) == ("0", "0")
    assert [p.text for p in lines] == EXAMPLE_LINES
    for paragraph in lines:
        font = paragraph.style.font
        assert (font.size.pt, font.bold, font.italic) == (11.0, False, False)
        assert paragraph.runs[0].font.size is None
    # the page numbers stay where they were: none on page 1, top centre from page 2
    assert not first.first_page_header.paragraphs[0].text
    assert "PAGE" in first.header._element.xml
    assert not first.footer._has_definition
    for section in parts:  # an appendix's first page prints no contact line
        assert section.different_first_page_header_footer
        assert not section.first_page_footer.is_linked_to_previous
        assert [p.text for p in section.first_page_footer.paragraphs] == [""]


def test_docx_without_contact_has_no_footer() -> None:
    data = dr.render(with_contact(cong_van(), None), "docx")
    assert b"footer" not in data.replace(b"footer=", b"")  # w:footer= is the page distance
    document = docx.Document(io.BytesIO(data))
    assert not document.sections[0].first_page_footer._has_definition


def test_size_follows_the_profile() -> None:
    profile = attrs.evolve(LayoutProfile(), sizes=attrs.evolve(SIZE_SETS["13/14"], contact=12))
    document = docx.Document(
        io.BytesIO(dr.render(cong_van(), "docx", ExportOptions(layout=profile)))
    )
    line = document.sections[0].first_page_footer.paragraphs[1]
    assert line.style.font.size.pt == 12.0
    with pytest.raises(LayoutError, match="11–12"):
        attrs.evolve(SIZE_SETS["13/14"], contact=13)


# --------------------------------------------------------------------------------------------
# ODT: a master page of its own for page 1


def test_odt_first_page_master_page() -> None:
    from odf import teletype
    from odf.opendocument import load
    from odf.style import Footer, MasterPage, Style
    from odf.table import Table
    from odf.text import P

    document = load(io.BytesIO(dr.render(long_cong_van(), "odt")))
    masters = {
        m.getAttribute("name"): m for m in document.masterstyles.getElementsByType(MasterPage)
    }
    footers = {name: m.getElementsByType(Footer) for name, m in masters.items()}
    assert [name for name, found in footers.items() if found] == ["Contact_20_First_20_Page"]
    contact = masters["Contact_20_First_20_Page"]
    assert contact.getAttribute("nextstylename") == "Standard"
    paragraphs = footers["Contact_20_First_20_Page"][0].getElementsByType(P)
    assert [teletype.extractText(p) for p in paragraphs] == ["", *EXAMPLE_LINES]
    assert paragraphs[0].getAttribute("stylename") == "ND30Rule"
    named = {s.getAttribute("name"): s for s in document.styles.getElementsByType(Style)}
    contact_style = named[paragraphs[1].getAttribute("stylename")]
    assert contact_style.getAttribute("displayname") == "NĐ30 Contact"
    assert _size(contact_style) == "11pt"

    automatic = {
        s.getAttribute("name"): s for s in document.automaticstyles.getElementsByType(Style)
    }
    header_table = document.text.getElementsByType(Table)[0]
    assert (
        automatic[header_table.getAttribute("stylename")].getAttribute("masterpagename")
        == "Contact_20_First_20_Page"
    )
    part_starts = [
        s.getAttribute("masterpagename")
        for s in automatic.values()
        if s.getAttribute("family") == "paragraph" and s.getAttribute("masterpagename")
    ]
    assert part_starts == ["Landscape_20_First_20_Page"]  # the appendix's, with no footer


def _size(style: object) -> str:
    from odf.style import TextProperties

    props = style.getElementsByType(TextProperties)  # type: ignore[attr-defined]
    return props[0].getAttribute("fontsize") if props else ""


# --------------------------------------------------------------------------------------------
# LibreOffice: on page 1 at the bottom, not on page 2


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    _office.require_libreoffice()
    folder = tmp_path_factory.mktemp("contact")
    sources = []
    for format in ("docx", "odt"):
        path = folder / f"cong-van-{format}.{format}"
        path.write_bytes(dr.render(long_cong_van(), format))
        sources.append(path)
    converted = _office.convert_to_pdf(sources, folder / "pdf")
    return {source.suffix[1:]: pdf for source, pdf in converted.items()}


@pytest.mark.libreoffice
@pytest.mark.parametrize("format", ["docx", "odt"])
def test_pdf_page_one_only_at_the_bottom(pdfs: dict[str, Path], format: str) -> None:
    pdf = pdfs[format]
    lines = _office.pdf_lines(pdf)
    pages = _office.pdf_page_count(pdf)
    assert pages >= 3  # two of the letter, then the appendix
    found = [line for line in lines if line.text.startswith(("Số 1 đường", "ĐT: 0204", "E-Mail:"))]
    assert [(line.page, line.text) for line in found] == [(1, text) for text in EXAMPLE_LINES]
    page_one = [line for line in lines if line.page == 1]
    assert page_one[-3:] == found  # nothing below them
    assert 270 < found[-1].bottom <= 297 - 10 + 1  # at the foot, 10 mm above the edge (the box
    # holds the font's descent)
    assert all(abs(line.left - 30.0) < 0.5 for line in found)  # flush left in the text area
    body = next(line for line in lines if line.text.startswith("Đề nghị các cơ quan"))  # 14 pt
    for line in found:  # 11 pt: boxes 11/14 as tall as a body line's
        assert abs((line.bottom - line.top) / (body.bottom - body.top) - 11 / 14) < 0.02
    # the page numbers: none on page 1; "2" centred at the top of page 2, "1" on the appendix's
    tops = {
        page: min((line for line in lines if line.page == page), key=lambda line: line.top)
        for page in (1, 2)
    }
    assert tops[1].text != "1"
    assert tops[2].text == "2"
    assert abs(tops[2].centre - (30 + TEXT_WIDTH / 2)) < 1.0


@pytest.mark.libreoffice
@pytest.mark.parametrize("format", ["docx", "odt"])
def test_pdf_rule_spans_the_text_area(pdfs: dict[str, Path], format: str, tmp_path: Path) -> None:
    dpi = 150
    png = _office.render_page(pdfs[format], tmp_path / "page1.png", page=1, dpi=dpi)
    rules = _office.horizontal_rules(png, dpi, min_length=100)
    assert len(rules) == 1, rules
    rule = rules[0]
    assert abs(rule.left - 30.0) < 0.5
    assert abs(rule.right - (30.0 + TEXT_WIDTH)) < 0.5
    first_line = next(
        line for line in _office.pdf_lines(pdfs[format]) if line.text.startswith("Số 1 đường")
    )
    assert 0 < first_line.top - rule.top < 3.0  # the rule is right above the first line
    page_two = _office.render_page(pdfs[format], tmp_path / "page2.png", page=2, dpi=dpi)
    assert _office.horizontal_rules(page_two, dpi, min_length=100) == []


# --------------------------------------------------------------------------------------------
# Reading back


@pytest.mark.parametrize("format", ["docx", "odt"])
def test_read_back_and_an_edited_contact_line_is_noticed(format: str, tmp_path: Path) -> None:
    """``read`` returns the công văn with its contact data; once someone edits the telephone
    in the page-1 footer, the carried report no longer matches what the page shows."""
    data = dr.render(cong_van(), format)
    path = tmp_path / f"cong-van.{format}"
    path.write_bytes(data)
    assert dr.read(path) == cong_van()
    edited = tmp_path / f"edited.{format}"
    edited.write_bytes(_replace_in_package(data, "0204 0000 001", "0204 9999 999"))
    with pytest.raises(VisibleTextMismatchError) as error:
        dr.read(edited)
    assert "0204 9999 999" in error.value.shown


def _replace_in_package(data: bytes, old: str, new: str) -> bytes:
    """The package with *old* replaced by *new* in its footer part (DOCX) or page styles (ODT),
    every other member copied as it is."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            member = source.read(info)
            if info.filename in ("word/footer1.xml", "styles.xml"):
                assert old.encode() in member
                member = member.replace(old.encode(), new.encode())
            target.writestr(info, member)
    return out.getvalue()
