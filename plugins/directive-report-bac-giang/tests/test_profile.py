"""The province profile: the built-in exporters' pages with the province's sizes, margins and
recipients, read back with python-docx and odfpy."""

from __future__ import annotations

import io
import subprocess
import sys
from importlib.resources import as_file, files
from pathlib import Path

import attrs
import docx
import pytest
from directive_report import Report, examples
from directive_report.model import Contact
from directive_report.testing import check_exporter, reports
from hypothesis import given, settings

from directive_report_bac_giang import CONTACTS, DOCX, ODT, prepare

MM_PER_EMU = 1 / 36000


def test_docx_page_and_sizes() -> None:
    """Margins 25/20/35/20 mm, Quốc hiệu 12 pt and Tiêu ngữ 13 pt, from the DOCX itself."""
    document = docx.Document(io.BytesIO(check_exporter(DOCX)))
    section = document.sections[0]
    margins = [
        round(getattr(section, f"{side}_margin") * MM_PER_EMU, 1)
        for side in ("top", "bottom", "left", "right")
    ]
    assert margins == [25.0, 20.0, 35.0, 20.0]
    cells = [p for p in document.tables[0].rows[0].cells[1].paragraphs if p.text]
    sizes = {p.text: (p.runs[0].font.size or p.style.font.size).pt for p in cells}
    assert sizes == {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 12.0,
        "Độc lập - Tự do - Hạnh phúc": 13.0,
    }


def test_odt_page() -> None:
    """The ODT's page layout carries the same margins."""
    from odf.opendocument import load
    from odf.style import PageLayoutProperties

    document = load(io.BytesIO(check_exporter(ODT)))
    properties = document.automaticstyles.getElementsByType(PageLayoutProperties)
    margins = {
        tuple(
            float(p.getAttribute(f"margin{side}").removesuffix("mm"))
            for side in ("top", "bottom", "left", "right")
        )
        for p in properties
    }
    assert (25.0, 20.0, 35.0, 20.0) in margins


def test_standing_recipients_added_once_before_the_archive() -> None:
    """A báo cáo gets "Văn phòng UBND tỉnh" in Nơi nhận; the given report is unchanged."""
    report = examples.load("bac-giang-ct21-2024")
    prepared = prepare(report)
    assert prepared.distribution.recipients[-1] == "Văn phòng UBND tỉnh"
    assert "Văn phòng UBND tỉnh" not in report.distribution.recipients
    assert prepare(prepared) == prepared
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(check_exporter(DOCX))).paragraphs)
    text += "\n".join(
        cell.text
        for table in docx.Document(io.BytesIO(check_exporter(DOCX))).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "- Văn phòng UBND tỉnh;\n- Lưu: VT." in text


#: ô 13 of the Sở's công văn, as the decree labels it (Phụ lục I, Mục V), from CONTACTS["STTTT"].
STTTT_LINES = [
    "Số 1 đường Ví Dụ, thành phố Bắc Giang, tỉnh Bắc Giang",
    "ĐT: 0204 0000 001, Fax: 0204 0000 002",
    "E-Mail: vanthu@stttt.bacgiang.example, Website: stttt.bacgiang.example",
]


def without_contact(report: Report) -> Report:
    return attrs.evolve(report, authority=attrs.evolve(report.authority, contact=None))


def test_contact_of_the_province_bodies_is_filled_in() -> None:
    """An issuer with no contact data gets the province's for its body; one with its own keeps
    them; a body the province does not list gets none."""
    letter = without_contact(examples.load("cong-van-tin-dung-den-2020"))
    assert prepare(letter).authority.contact == CONTACTS["STTTT"]
    assert letter.authority.contact is None
    own = Contact(phone="0204 1234 567")
    stated = attrs.evolve(letter, authority=attrs.evolve(letter.authority, contact=own))
    assert prepare(stated).authority.contact == own
    other = attrs.evolve(
        letter,
        authority=attrs.evolve(letter.authority, abbreviation="SNV"),
        number=attrs.evolve(letter.number, symbol="SNV-VP"),
    )
    assert prepare(other).authority.contact is None


def test_cong_van_prints_it_at_the_foot_of_page_1() -> None:
    """The DOCX's first-page footer and the ODT's first master page hold the lines under the
    rule, in the profile's 155 mm text width; a báo cáo prints none."""
    from odf import teletype
    from odf.opendocument import load
    from odf.style import Footer
    from odf.text import P

    letter = without_contact(examples.load("cong-van-tin-dung-den-2020"))
    section = docx.Document(io.BytesIO(check_exporter(DOCX, letter))).sections[0]
    paragraphs = section.first_page_footer.paragraphs
    assert [p.text for p in paragraphs] == ["", *STTTT_LINES]
    assert paragraphs[1].style.font.size.pt == 11.0
    page, left, right = (
        getattr(section, name) for name in ("page_width", "left_margin", "right_margin")
    )
    assert round((page - left - right) * MM_PER_EMU) == 155  # the rule spans the text width
    odt = load(io.BytesIO(check_exporter(ODT, letter)))
    footers = odt.masterstyles.getElementsByType(Footer)
    assert [[teletype.extractText(p) for p in f.getElementsByType(P)] for f in footers] == [
        ["", *STTTT_LINES]
    ]
    report = docx.Document(io.BytesIO(check_exporter(DOCX))).sections[0]
    assert not report.first_page_footer._has_definition


@settings(max_examples=20, deadline=None)
@given(reports(max_depth=2))
def test_generated_reports(report: Report) -> None:
    """Any report renders under the profile in both formats."""
    assert check_exporter(DOCX, report).startswith(b"PK")
    assert check_exporter(ODT, report).startswith(b"PK")


@pytest.mark.parametrize("name", ["bac-giang-docx", "bac-giang-odt"])
def test_installed_formats_are_listed_and_used(name: str, tmp_path: Path) -> None:
    """Through the real entry points: ``formats`` lists both and ``render -f`` uses them."""
    cli = [sys.executable, "-m", "directive_report"]
    listed = subprocess.run([*cli, "formats"], capture_output=True, text=True, check=True)
    assert any(line.split()[:1] == [name] for line in listed.stdout.splitlines()), listed.stdout
    target = tmp_path / f"out{'.docx' if name.endswith('docx') else '.odt'}"
    source = files("directive_report.examples") / "bac-giang-ct21-2024.toml"
    with as_file(source) as toml:
        subprocess.run([*cli, "render", str(toml), "-f", name, "-o", str(target)], check=True)
    assert target.read_bytes().startswith(b"PK")
