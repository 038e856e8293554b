"""Every format prints the same words in the same order.

Each report is rendered as DOCX, ODT, Markdown and plain text, and each file is read back with a
library that knows its format — python-docx, odfpy, markdown-it-py — or as text.  Only
whitespace and markup are normalised away: the words, list markers and section labels included,
must be the same in the same order.  This is what the content stage promises: wording is decided
once, and every exporter prints it.
"""

from __future__ import annotations

import importlib
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from markdown_it import MarkdownIt

from directive_report import Paragraph, Report, examples
from directive_report.exporters import Exporter, ExportOptions
from directive_report.exporters._markdown_tables import MERGE_LABEL
from directive_report.exporters.docx_export import DocxExporter
from directive_report.exporters.markdown_export import to_markdown
from directive_report.exporters.odt_export import OdtExporter
from directive_report.testing import reports

PLAINTEXT_SOURCE = Path(__file__).parents[1] / "plugins" / "directive-report-plaintext" / "src"

FORMATS = ("docx", "odt", "markdown", "plaintext")


# --------------------------------------------------------------------------------------------
# Reading each format back


def docx_texts(data: bytes) -> Iterator[str]:
    """The text of every paragraph of the document body, table cells row by row, in order; the
    first page's footer (ô 13) where the text formats print it, at the end of the first section
    (after the signature, before the parts on pages of their own)."""
    import docx
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    first = document.sections[0]
    footer = (
        [p.text for p in first.first_page_footer.paragraphs]
        if first.different_first_page_header_footer
        and not first.first_page_footer.is_linked_to_previous
        else []
    )
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            if item._p.pPr is not None and item._p.pPr.sectPr is not None:
                yield from footer
                footer = []
            yield item.text
        elif isinstance(item, Table):
            for row in item.rows:  # each w:tc once (python-docx repeats merged cells)
                for tc in row._tr.tc_lst:
                    if tc.vMerge is None or tc.vMerge == "restart":  # not a continuation
                        yield from (paragraph.text for paragraph in _Cell(tc, item).paragraphs)
    yield from footer


def odt_texts(data: bytes) -> Iterator[str]:
    """The text of every paragraph and heading of the body, table cells row by row, in order;
    the footer of page 1's master page (ô 13) after the signature, before the first paragraph
    that starts a part on a page of its own."""
    from odf import teletype
    from odf.element import Element
    from odf.opendocument import load
    from odf.style import Footer, MasterPage, Style

    document = load(io.BytesIO(data))
    page_starts = {
        style.getAttribute("name")
        for style in document.automaticstyles.getElementsByType(Style)
        if style.getAttribute("family") == "paragraph" and style.getAttribute("masterpagename")
    }
    footer = [
        teletype.extractText(paragraph)
        for master in document.masterstyles.getElementsByType(MasterPage)
        if master.getAttribute("name") == "Contact_20_First_20_Page"
        for part in master.getElementsByType(Footer)
        for paragraph in part.childNodes
    ]

    def walk(node: Element) -> Iterator[str]:
        nonlocal footer
        for child in node.childNodes:
            if child.qname[1] in ("p", "h"):
                if child.getAttribute("stylename") in page_starts:
                    yield from footer
                    footer = []
                yield teletype.extractText(child)
            elif child.nodeType == child.ELEMENT_NODE:
                yield from walk(child)

    yield from walk(document.text)
    yield from footer


def markdown_texts(text: str) -> Iterator[str]:
    """The text of every block as CommonMark (with GFM tables) reads it, each list item after
    its marker (``-``, ``+`` or its number and ``.``); breaks count as spaces.  The line under a
    table that states its merged cells is Markdown's own (the other formats merge the cells)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    marker = ""
    for token in tokens:
        if token.type == "list_item_open":
            marker = f"{token.info}{token.markup}"
        elif token.type == "inline":
            words = "".join(
                child.content if child.type == "text" else " "
                for child in token.children or []
                if child.type in ("text", "softbreak", "hardbreak")
            )
            if not words.startswith(MERGE_LABEL):
                yield f"{marker} {words}" if marker else words
            marker = ""
        elif token.type == "html_block":
            assert token.content == "<!-- -->\n", token.content  # the list separator only


def words(texts: Iterator[str]) -> list[str]:
    return " ".join(texts).split()


def plaintext_exporter() -> Exporter:
    """The example plug-in, from its source (the CLI tests install it from its wheel)."""
    if str(PLAINTEXT_SOURCE) not in sys.path:
        sys.path.insert(0, str(PLAINTEXT_SOURCE))
    exporter: Exporter = importlib.import_module("directive_report_plaintext").PlainTextExporter()
    return exporter


def printed_words(report: Report) -> dict[str, list[str]]:
    """The words of *report* in each format, read back from the rendered file."""
    options = ExportOptions()
    rendered = {}
    for name, exporter in (
        ("docx", DocxExporter()),
        ("odt", OdtExporter()),
        ("plaintext", plaintext_exporter()),
    ):
        stream = io.BytesIO()
        exporter.render(report, stream, options)
        rendered[name] = stream.getvalue()
    return {
        "docx": words(docx_texts(rendered["docx"])),
        "odt": words(odt_texts(rendered["odt"])),
        "markdown": words(markdown_texts(to_markdown(report))),
        "plaintext": rendered["plaintext"].decode("utf-8").split(),
    }


def assert_same_words(report: Report) -> list[str]:
    found = printed_words(report)
    for name in FORMATS[1:]:
        assert found[name] == found["docx"], name
    return found["docx"]


# --------------------------------------------------------------------------------------------
# The tests


@pytest.mark.parametrize("name", examples.names())
def test_bundled_examples(name: str) -> None:
    """Each bundled example prints the same words in every format."""
    printed = assert_same_words(examples.load(name))
    assert printed[-1] not in ("", "./.")
    assert any(word.endswith("./.") for word in printed)


@settings(max_examples=40)
@given(reports(max_depth=4, parts=True))
def test_generated_reports(report: Report) -> None:
    """Any report prints the same words in every format."""
    assert_same_words(report)


def test_addressee_ending_is_not_doubled(seed_report: Report) -> None:
    """An addressee ending with '.' prints 'Kính gửi: Sở Tài chính.' in every format (Markdown
    used to print 'chính..')."""
    report = attrs.evolve(seed_report, addressees=("Sở Tài chính.",))
    printed = assert_same_words(report)
    start = printed.index("Kính")
    assert printed[start : start + 5] == ["Kính", "gửi:", "Sở", "Tài", "chính."]


def test_markdown_ends_the_body_with_the_end_mark(seed_report: Report) -> None:
    """Markdown ends the body with './.' as the decree does, where DOCX and ODT put it (it used
    to leave it out when the author had not written it)."""
    closing = Paragraph(runs="Trân trọng báo cáo.")
    report = attrs.evolve(seed_report, closing=(*seed_report.closing[:-1], closing))
    for name, printed in printed_words(report).items():
        end = printed.index("Nơi")
        assert printed[end - 4 : end] == ["Trân", "trọng", "báo", "cáo./."], name
