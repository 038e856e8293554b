"""The report carried inside a DOCX or ODT never needs an XML text node over 10 MB.

libxml2 (under lxml, python-docx and LibreOffice) refuses a text node over 10,000,000 bytes; a
report near the model's limits (texts of 1,000,000 characters, the most a text may hold) once made
a DOCX whose carried report could not be parsed back, and an ODT whose ``meta.xml`` could not.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import attrs
import pytest
from lxml import etree

import directive_report as dr
from directive_report.errors import UnprintableTextError
from directive_report.exporters import _package
from directive_report.exporters._package import MAX_NODE_CHARS, ODT_REPORT_PROPERTY

SEED = "bac-giang-ct21-2024"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def _largest_text_node(xml: bytes) -> int:
    """The UTF-8 size of the largest text node of *xml*, parsed with huge texts allowed."""
    root = etree.fromstring(xml, etree.XMLParser(huge_tree=True))
    return max(len(text.encode("utf-8")) for text in root.itertext())


@pytest.fixture(scope="module")
def huge_report() -> dr.Report:
    """The seed with eight more paragraphs of 1,000,000 characters each (the model's limit):
    its compact JSON is over 10 MB of UTF-8."""
    report = dr.examples.load(SEED)
    text = ("Kết quả thực hiện nhiệm vụ năm 2024; " * 30_000)[:1_000_000]
    assert len(text) == 1_000_000
    with pytest.raises(UnprintableTextError, match="more than the 1,000,000"):
        dr.Paragraph(runs=[dr.Run(text=text + "x")])  # the limit the model holds
    extra = tuple(dr.Paragraph(runs=[dr.Run(text=text)]) for _ in range(8))
    first = report.sections[0]
    report = attrs.evolve(
        report, sections=(attrs.evolve(first, blocks=(*first.blocks, *extra)), *report.sections[1:])
    )
    assert len(_package.report_json(report).encode("utf-8")) > 10_000_000
    return report


def test_a_docx_near_the_limits_carries_and_reads_back(huge_report: dr.Report) -> None:
    import docx

    data = dr.render(huge_report, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        item = package.read("customXml/item1.xml")
    assert len(item) > 10_000_000
    assert _largest_text_node(item) <= 4 * MAX_NODE_CHARS < 10_000_000
    document = docx.Document(io.BytesIO(data))  # python-docx opens it
    assert sum(len(p.text) == 1_000_000 for p in document.paragraphs) == 8
    assert dr.read(io.BytesIO(data), format="docx") == huge_report


def test_an_odt_near_the_limits_carries_and_reads_back(huge_report: dr.Report) -> None:
    data = dr.render(huge_report, "odt")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        meta = package.read("meta.xml")
    assert _largest_text_node(meta) <= 4 * MAX_NODE_CHARS < 10_000_000
    root = etree.fromstring(meta, etree.XMLParser(huge_tree=True))
    names = [element.get(f"{{{META}}}name") for element in root.iter(f"{{{META}}}user-defined")]
    assert names[0] == ODT_REPORT_PROPERTY
    assert names[1:] == [f"{ODT_REPORT_PROPERTY}-{n}" for n in range(2, len(names) + 1)]
    assert len(names) >= 9
    assert dr.read(io.BytesIO(data), format="odt") == huge_report
    without_file = _without(data, _package.ODT_REPORT_PATH)  # the properties alone
    assert _package.read_embedded_report(io.BytesIO(without_file)) == huge_report


def _without(data: bytes, member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info, source.read(info))
    return out.getvalue()


def test_a_report_of_ordinary_size_is_one_node(monkeypatch: pytest.MonkeyPatch) -> None:
    """Below the bound nothing changes: the DOCX ``report`` element holds the text itself, the
    ODT has one property; a smaller bound cuts the same report into pieces that read back."""
    report = dr.examples.load(SEED)
    with zipfile.ZipFile(io.BytesIO(dr.render(report, "docx"))) as package:
        assert b"<part>" not in package.read("customXml/item1.xml")
    monkeypatch.setattr(_package, "MAX_NODE_CHARS", 500)
    for fmt in ("docx", "odt"):
        data = dr.render(report, fmt)
        assert _package.read_embedded_report(io.BytesIO(data)) == report
    with zipfile.ZipFile(io.BytesIO(dr.render(report, "docx"))) as package:
        assert package.read("customXml/item1.xml").count(b"<part>") > 20


@pytest.mark.libreoffice
def test_an_odt_with_the_report_in_pieces_survives_a_libreoffice_resave(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from _office import convert

    report = dr.examples.load(SEED)
    monkeypatch.setattr(_package, "MAX_NODE_CHARS", 500)
    source = tmp_path / "pieces.odt"
    source.write_bytes(dr.render(report, "odt"))
    resaved = convert([source], tmp_path / "resaved", "odt")[source]
    with zipfile.ZipFile(resaved) as package:
        assert _package.ODT_REPORT_PATH not in package.namelist()  # LibreOffice dropped it
        assert package.read("meta.xml").count(b"directive-report-") > 20
    assert _package.read_embedded_report(resaved) == report
