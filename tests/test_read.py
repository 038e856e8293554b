"""read(): the library's own files back into the report, checked against what they show."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import directive_report as dr
from directive_report.errors import EmbeddedReportError
from directive_report.exporters import ExportOptions
from directive_report.readers import EditedDocumentWarning, VisibleTextMismatchError
from directive_report.testing import reports

EXAMPLES = dr.examples.names()


def _edit(data: bytes, member: str, old: str, new: str) -> bytes:
    """*data* (a package) with *old* replaced by *new* in *member*, as a word processor would."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                text = content.decode("utf-8")
                assert old in text
                content = text.replace(old, new, 1).encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("fmt", ["docx", "odt", "md", "toml", "json"])
def test_examples_read_back_exactly(name: str, fmt: str, tmp_path: Path) -> None:
    report = dr.examples.load(name)
    path = tmp_path / f"{name}.{fmt}"
    if fmt in ("toml", "json"):
        dr.dump(report, path)
    else:
        path.write_bytes(dr.render(report, "markdown" if fmt == "md" else fmt))
    assert dr.read(path) == report


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(parts=True))
def test_generated_reports_read_back_from_every_format(report: dr.Report) -> None:
    """Tables, appendices, a decision's articles and a tờ trình's request included."""
    for fmt in ("markdown", "docx", "odt"):
        assert dr.read(io.BytesIO(dr.render(report, fmt)), format=fmt) == report


@pytest.mark.parametrize(("fmt", "member"), [("docx", "word/document.xml"), ("odt", "content.xml")])
def test_an_edited_document_is_detected(fmt: str, member: str, tmp_path: Path) -> None:
    report = dr.examples.load("bac-giang-ct21-2024")
    edited = _edit(
        dr.render(report, fmt), member, "thu hồi 185 số thuê bao", "thu hồi 999 số thuê bao"
    )
    path = tmp_path / f"edited.{fmt}"
    path.write_bytes(edited)
    with pytest.raises(VisibleTextMismatchError) as raised:
        dr.read(path)
    error = raised.value
    assert error.source == str(path)
    assert "999 số thuê bao" in error.shown
    assert "185 số thuê bao" in error.expected
    assert error.location.startswith("paragraph ")
    with pytest.warns(EditedDocumentWarning):
        ingested = dr.read(path, strict=False)
    assert "thu hồi 999 số thuê bao" in dr.render(ingested, "markdown").decode("utf-8")


def test_a_document_without_the_report_says_so(tmp_path: Path) -> None:
    report = dr.examples.load("bac-giang-ct21-2024")
    path = tmp_path / "plain.docx"
    path.write_bytes(dr.render(report, "docx", ExportOptions(embed_model=False)))
    with pytest.raises(EmbeddedReportError, match=r"plain\.docx"):
        dr.read(path)


@pytest.mark.libreoffice
def test_an_odt_resaved_by_libreoffice_still_reads(tmp_path: Path) -> None:
    from _office import convert

    report = dr.examples.load("bac-giang-ct21-2024")
    source = tmp_path / "seed.odt"
    source.write_bytes(dr.render(report, "odt"))
    resaved = convert([source], tmp_path / "resaved", "odt")[source]
    with zipfile.ZipFile(resaved) as package:
        assert "directive-report/report.json" not in package.namelist()  # LibreOffice dropped it
    assert dr.read(resaved) == report
