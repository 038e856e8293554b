"""The công văn contact line (ô 13: address, telephone, fax, e-mail, website), ingested.

Read from lines written here (the decree's three lines, and as other offices type them on one
line with other labels), from a DOCX built with python-docx holding them in its first-page
footer or in a footer printed on every page (with the page number field beside them), from
lines typed at the end of a plain text or a DOCX body, and from an ODT built with odfpy holding
them in the footer of the first page's master page.  Every expected value is read off the text
by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_report.model import Contact
from directive_report.readers._contact import read_contact
from directive_report.readers._ingest import ingest

#: ô 13 as the decree's example writes it (Phụ lục I, Mục V): three lines.
DECREE_LINES = (
    "Số 12 đường Hùng Vương, thành phố Cao Bằng, tỉnh Cao Bằng",
    "ĐT: 0206 3852 123, Fax: 0206 3852 456",
    "E-Mail: vanthu@stttt.caobang.example, Website: stttt.caobang.example",
)
DECREE_CONTACT = Contact(
    address="Số 12 đường Hùng Vương, thành phố Cao Bằng, tỉnh Cao Bằng",
    phone="0206 3852 123",
    fax="0206 3852 456",
    email="vanthu@stttt.caobang.example",
    website="stttt.caobang.example",
)

CONG_VAN = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/STTTT-VP
Cao Bằng, ngày 03 tháng 4 năm 2025
V/v báo cáo kết quả chuyển đổi số quý I năm 2025

Kính gửi: Các phòng, đơn vị thuộc Sở.

Đề nghị các phòng, đơn vị gửi báo cáo kết quả chuyển đổi số quý I trước ngày 10 tháng 4 năm 2025.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nông Văn Hải
"""


def test_the_decree_s_three_lines() -> None:
    assert read_contact(DECREE_LINES) == (DECREE_CONTACT, (0, 1, 2))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Địa chỉ: Số 5 Kim Đồng, TP. Cao Bằng; Điện thoại: 0206.3856.789; Fax: 0206.3856.790"],
            Contact(
                address="Số 5 Kim Đồng, TP. Cao Bằng", phone="0206.3856.789", fax="0206.3856.790"
            ),
        ),
        (
            [
                "Tel: (0206) 3852 000 - Email: sotttt@caobang.gov.vn - Website: https://stttt.caobang.gov.vn"
            ],
            Contact(
                phone="(0206) 3852 000",
                email="sotttt@caobang.gov.vn",
                website="https://stttt.caobang.gov.vn",
            ),
        ),
        (
            ["Thư điện tử: vanthu@caobang.gov.vn. Cổng TTĐT: caobang.gov.vn."],
            Contact(email="vanthu@caobang.gov.vn", website="caobang.gov.vn"),
        ),
    ],
)
def test_as_other_offices_type_it(lines: list[str], expected: Contact) -> None:
    contact, used = read_contact(lines)
    assert contact == expected
    assert used == (0,)


def test_a_value_of_the_wrong_shape_is_not_taken() -> None:
    contact, _ = read_contact(["ĐT: liên hệ văn thư, Fax: 0206 3852 456"])
    assert contact == Contact(fax="0206 3852 456")


def test_lines_without_a_label_hold_no_contact() -> None:
    assert read_contact(["Nông Văn Hải", "Số 12 đường Hùng Vương, tỉnh Cao Bằng"]) == (None, ())
    assert read_contact(["GIÁM ĐỐC", "ĐT: 0206 3852 123"]) == (Contact(phone="0206 3852 123"), (1,))


def test_lines_after_the_signature_in_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.txt"
    path.write_text(CONG_VAN + "\n" + "\n".join(DECREE_LINES) + "\n", encoding="utf-8")
    got = ingest(path)
    assert got.report.authority.contact == DECREE_CONTACT
    assert got.report.signature.name == "Nông Văn Hải"
    assert got.unplaced == ()


def test_a_plain_text_without_contact_lines_has_none(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.txt"
    path.write_text(CONG_VAN, encoding="utf-8")
    assert ingest(path).report.authority.contact is None


def _cong_van_docx(path: Path, *, footer: str) -> None:
    """CONG_VAN as a DOCX: its lines as paragraphs, and DECREE_LINES in the first-page footer
    (``footer="first"``), in the footer of every page beside a PAGE field (``"every"``) or as
    paragraphs at the end of the body (``"body"``)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for line in CONG_VAN.splitlines():
        if line.strip():
            document.add_paragraph(line)
    section = document.sections[0]
    if footer == "body":
        for line in DECREE_LINES:
            document.add_paragraph(line)
    elif footer == "first":
        section.different_first_page_header_footer = True
        first = section.first_page_footer
        first.paragraphs[0].text = DECREE_LINES[0]
        for line in DECREE_LINES[1:]:
            first.add_paragraph(line)
    else:
        every = section.footer
        every.paragraphs[0].text = DECREE_LINES[0]
        for line in DECREE_LINES[1:]:
            every.add_paragraph(line)
        number = every.add_paragraph().add_run()
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
            if kind is not None:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                number._r.append(char)
            elif text == " PAGE ":
                instruction = OxmlElement("w:instrText")
                instruction.text = text
                number._r.append(instruction)
            else:
                number._r.append(OxmlElement("w:t"))
                number._r[-1].text = text
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        number._r.append(end)
    document.save(str(path))


@pytest.mark.parametrize("footer", ["first", "every", "body"])
def test_a_docx_s_contact_line(tmp_path: Path, footer: str) -> None:
    path = tmp_path / "cong-van.docx"
    _cong_van_docx(path, footer=footer)
    got = ingest(path)
    assert got.report.authority.contact == DECREE_CONTACT
    assert got.report.signature.name == "Nông Văn Hải"
    assert got.unplaced == ()


def test_an_odt_s_first_page_master_page_footer(tmp_path: Path) -> None:
    """An ODT whose first paragraph takes a master page with a footer holding the lines."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, MasterPage, PageLayout, Style
    from odf.text import P

    document = OpenDocumentText()
    layout = PageLayout(name="Layout")
    document.automaticstyles.addElement(layout)
    master = MasterPage(name="Contact Page", pagelayoutname=layout)
    footer = Footer()
    for line in DECREE_LINES:
        footer.addElement(P(text=line))
    master.addElement(footer)
    document.masterstyles.addElement(master)
    first = Style(name="First", family="paragraph", masterpagename=master)
    document.automaticstyles.addElement(first)
    for number, line in enumerate(line for line in CONG_VAN.splitlines() if line.strip()):
        document.text.addElement(P(stylename=first if number == 0 else None, text=line))
    path = tmp_path / "cong-van.odt"
    document.save(str(path))
    got = ingest(path)
    assert got.report.authority.contact == DECREE_CONTACT
    assert got.unplaced == ()


def test_the_docx_files_as_libreoffice_saves_them_in_odt(tmp_path: Path) -> None:
    """LibreOffice turns the first-page footer into the footer of page 1's page style, the
    every-page footer into the default page style's, and keeps the body's lines."""
    from _office import convert

    documents = []
    for footer in ("first", "every", "body"):
        documents.append(tmp_path / f"cong-van-{footer}.docx")
        _cong_van_docx(documents[-1], footer=footer)
    for source, converted in convert(documents, tmp_path / "odt", "odt").items():
        got = ingest(converted)
        assert got.report.authority.contact == DECREE_CONTACT, source.name
        assert got.unplaced == ()
