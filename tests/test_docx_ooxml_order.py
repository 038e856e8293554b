"""Word-safe OOXML: every element the DOCX exporter writes has its children in schema order.

Microsoft Word refuses, as a corrupt file, a document in which an element's children are out of
the order the ECMA-376 schema requires (``w:jc`` before ``w:pStyle`` in a ``w:pPr``, say);
LibreOffice and python-docx accept it, so no other test would notice.  The order comes from two
independent sources, neither of them the exporter:

* python-docx's oxml classes, where they model the element: each child they model is declared
  with the children that must follow it (the ``successors`` of its ``ZeroOrOne`` / ``ZeroOrMore``
  declaration, made from the class's ``_tag_seq``, which is the schema's sequence); and
* for the elements python-docx does not model, or models only in part, the order written down
  below from ECMA-376 Part 1: the content model of the complex type in the W3C XML Schema of
  Annex A.1 (``wml.xsd``), with the clause that describes the element.

Where both know an element, a test checks that they agree.  Clause numbers are those of the
current edition of Part 1 (the third and later; the first edition numbered the same clauses
2.x in Part 4).  Children in a choice group of the
schema (the runs and fields of a paragraph, the block-level content of a body or cell) may come
in any order among themselves.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Iterator
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings

from directive_report import Report, examples
from directive_report.exporters import ExportOptions
from directive_report.exporters.docx_export import build_docx
from directive_report.layout import SIZE_SETS, LayoutProfile
from directive_report.testing import reports

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: A child order: each item a tag or a choice group (a tuple of tags, any order among them).
Order = tuple[str | tuple[str, ...], ...]


def _words(names: str) -> tuple[str, ...]:
    return tuple(f"w:{name}" for name in names.split())


# EG_BlockLevelElts: paragraphs, tables and what may stand beside them, in any order.
BLOCK_CONTENT = _words(
    "p tbl sdt customXml altChunk bookmarkStart bookmarkEnd proofErr permStart permEnd "
    "commentRangeStart commentRangeEnd ins del moveFrom moveTo"
)
# EG_PContent: what a paragraph holds after its properties, in any order.
PARAGRAPH_CONTENT = _words(
    "r hyperlink fldSimple subDoc customXml smartTag sdt dir bdo bookmarkStart bookmarkEnd "
    "proofErr permStart permEnd commentRangeStart commentRangeEnd ins del moveFrom moveTo"
)
# EG_RunInnerContent: what a run holds after its properties, in any order.
RUN_CONTENT = _words(
    "br t contentPart delText instrText delInstrText noBreakHyphen softHyphen dayShort "
    "monthShort yearShort dayLong monthLong yearLong annotationRef footnoteRef endnoteRef "
    "separator continuationSeparator sym pgNum cr tab object pict fldChar ruby "
    "footnoteReference endnoteReference commentReference drawing ptab lastRenderedPageBreak"
)

#: Written down from ECMA-376 Part 1: element -> (complex type in Annex A.1 and clause, order).
ECMA_376: dict[str, tuple[str, Order]] = {
    "w:document": ("CT_Document, §17.2.3", _words("background body")),
    "w:body": ("CT_Body, §17.2.2", (BLOCK_CONTENT, "w:sectPr")),
    "w:hdr": ("CT_HdrFtr, §17.10.4", (BLOCK_CONTENT,)),
    "w:p": ("CT_P, §17.3.1.22", ("w:pPr", PARAGRAPH_CONTENT)),
    "w:r": ("CT_R, §17.3.2.25", ("w:rPr", RUN_CONTENT)),
    "w:pBdr": ("CT_PBdr, §17.3.1.24", _words("top left bottom right between bar")),
    "w:tbl": ("CT_Tbl, §17.4.37", ("w:tblPr", "w:tblGrid", _words("tr customXml sdt"))),
    "w:tblBorders": (
        "CT_TblBorders, §17.4.38",
        _words("top start left bottom end right insideH insideV"),
    ),
    "w:tblCellMar": ("CT_TblCellMar, §17.4.42", _words("top start left bottom end right")),
    "w:tr": ("CT_Row, §17.4.78", ("w:tblPrEx", "w:trPr", _words("tc customXml sdt"))),
    "w:tc": ("CT_Tc, §17.4.65", ("w:tcPr", BLOCK_CONTENT)),
    "w:styles": ("CT_Styles, §17.7.4.18", _words("docDefaults latentStyles style")),
    "w:docDefaults": ("CT_DocDefaults, §17.7.5.1", _words("rPrDefault pPrDefault")),
    "w:pPrDefault": ("CT_PPrDefault, §17.7.5.3", _words("pPr")),
    "w:rPrDefault": ("CT_RPrDefault, §17.7.5.4", _words("rPr")),
    "w:settings": (
        "CT_Settings, §17.15.1.78 (m:mathPr and sl:schemaLibrary, in other namespaces, left out)",
        _words(
            "writeProtection view zoom removePersonalInformation removeDateAndTime "
            "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
            "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
            "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
            "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop "
            "hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState "
            "formsDesign attachedTemplate linkStyles stylePaneFormatFilter "
            "stylePaneSortMethod documentType mailMerge revisionView trackRevisions "
            "doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride "
            "styleLockTheme styleLockQFSet defaultTabStop autoHyphenation "
            "consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope "
            "summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders "
            "bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets "
            "drawingGridHorizontalSpacing drawingGridVerticalSpacing "
            "displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery "
            "doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin "
            "drawingGridVerticalOrigin doNotShadeFormData noPunctuationKerning "
            "characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter "
            "noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml "
            "ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
            "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
            "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr "
            "compat docVars rsids attachedSchema themeFontLang clrSchemeMapping "
            "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions "
            "readModeInkLockDown smartTagType shapeDefaults doNotEmbedSmartTags decimalSymbol "
            "listSeparator"
        ),
    ),
    # The legacy compatibility switches (useSingleBorderforContiguousCells ... cachedColBalance)
    # all come before the compatSetting elements, the only children this library writes.
    "w:compat": ("CT_Compat, §17.15.1.21", _words("cachedColBalance compatSetting")),
}


# --------------------------------------------------------------------------------------------
# The two sources of order


def _qualified(tag: str) -> str:
    """``"w:pPr"`` as ElementTree's ``{namespace}pPr``."""
    return f"{{{W}}}{tag.removeprefix('w:')}"


def _ranks(order: Order) -> dict[str, int]:
    """Each tag of *order* with its position; the tags of a choice group share one."""
    ranks = {}
    for rank, item in enumerate(order):
        for tag in (item,) if isinstance(item, str) else item:
            ranks[_qualified(tag)] = rank
    return ranks


@cache
def python_docx_ranks(tag: str) -> dict[str, int]:
    """The rank of each child python-docx's class for *tag* (``"{ns}pPr"``) places by its schema
    sequence; empty when python-docx does not model the element.

    A child declared with ``successors`` S has the rank ``len(sequence) - 1 - len(S)``: the
    sequence is the longest successors list with its own tag in front (python-docx slices every
    list from the one ``_tag_seq``), and children of one choice group have equal successors.
    """
    from docx.oxml.parser import OxmlElement
    from docx.oxml.xmlchemy import _BaseChildElement

    prefixed = "w:" + tag.removeprefix(f"{{{W}}}")
    successors: dict[str, tuple[str, ...]] = {}
    for klass in type(OxmlElement(prefixed)).__mro__:
        for name, member in vars(klass).items():
            closure = getattr(member, "__closure__", None) if name.startswith("_insert_") else None
            for cell in closure or ():
                declaration = cell.cell_contents
                if isinstance(declaration, _BaseChildElement):
                    successors.setdefault(declaration._nsptagname, tuple(declaration._successors))
    if not successors:
        return {}
    first = max(successors, key=lambda child: len(successors[child]))
    sequence = (first, *successors[first])
    ranks = {_qualified(child): index for index, child in enumerate(sequence) if ":" in child}
    for child, following in successors.items():
        ranks[_qualified(child)] = len(sequence) - 1 - len(following)
    return {child: rank for child, rank in ranks.items() if child.startswith(f"{{{W}}}")}


def order_problems(element: ElementTree.Element) -> Iterator[str]:
    """What is out of order in *element* and everything under it, one line per problem."""
    for parent in element.iter():
        children = [child.tag for child in parent]
        if not children or not parent.tag.startswith(f"{{{W}}}"):
            continue
        tag = parent.tag
        ranks = python_docx_ranks(tag)
        source = "python-docx"
        if not set(children) <= set(ranks):
            short = "w:" + tag.removeprefix(f"{{{W}}}")
            if short not in ECMA_376:
                yield f"{short}: no order known for its children {children}"
                continue
            source = f"ECMA-376 {ECMA_376[short][0]}"
            ranks = _ranks(ECMA_376[short][1])
        last = -1
        for child in children:
            rank = ranks.get(child)
            if rank is None:
                yield f"{tag}: child {child} is not in the order of {source}"
            elif rank < last:
                yield f"{tag}: child {child} comes too late ({source}): {children}"
            else:
                last = rank


def docx_problems(data: bytes) -> list[str]:
    """The order problems of every WordprocessingML part of the DOCX *data*."""
    problems = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = ElementTree.fromstring(package.read(name))
                problems += [f"{name}: {problem}" for problem in order_problems(root)]
    return problems


# --------------------------------------------------------------------------------------------
# The checker itself


def parse(xml: str) -> ElementTree.Element:
    """*xml* (elements in the ``w`` namespace) under a root outside that namespace."""
    return ElementTree.fromstring(f'<root xmlns:w="{W}">{xml}</root>')


@pytest.mark.parametrize(
    ("xml", "problem"),
    [
        ('<w:pPr><w:jc w:val="left"/><w:pStyle w:val="A"/></w:pPr>', "w:pStyle"),
        ("<w:rPr><w:sz/><w:b/></w:rPr>", "w:b"),
        ("<w:tblPr><w:tblLook/><w:tblW/></w:tblPr>", "w:tblW"),
        ("<w:sectPr><w:titlePg/><w:pgSz/></w:sectPr>", "w:pgSz"),
        ("<w:p><w:r/><w:pPr/></w:p>", "w:pPr"),
        ("<w:tbl><w:tblGrid/><w:tblPr/></w:tbl>", "w:tblPr"),
        ("<w:tblBorders><w:bottom/><w:top/></w:tblBorders>", "w:top"),
        ("<w:docDefaults><w:pPrDefault/><w:rPrDefault/></w:docDefaults>", "w:rPrDefault"),
        ("<w:settings><w:compat/><w:zoom/></w:settings>", "w:zoom"),
    ],
)
def test_the_check_finds_a_child_out_of_order(xml: str, problem: str) -> None:
    """Each source of order catches a misplaced child (so the tests below can fail)."""
    (found,) = order_problems(parse(xml))
    assert f"child {{{W}}}{problem.removeprefix('w:')} comes too late" in found


def test_an_unknown_element_is_a_problem() -> None:
    """An element neither source knows cannot pass unchecked: its order must be written down."""
    (found,) = order_problems(parse("<w:fldSimple><w:r/></w:fldSimple>"))
    assert found.startswith("w:fldSimple: no order known")


def test_choice_groups_allow_any_order() -> None:
    xml = "<w:p><w:pPr/><w:r/><w:hyperlink/><w:r/></w:p>"
    assert list(order_problems(parse(xml))) == []


@pytest.mark.parametrize("element", sorted(ECMA_376))
def test_written_order_agrees_with_python_docx(element: str) -> None:
    """Where python-docx models an element too, the order written down here is its order."""
    theirs = python_docx_ranks(_qualified(element))
    ours = _ranks(ECMA_376[element][1])
    shared = sorted(set(theirs) & set(ours), key=ours.__getitem__)
    assert [theirs[tag] for tag in shared] == sorted(theirs[tag] for tag in shared), shared


def test_python_docx_models_the_property_elements() -> None:
    """The oracle is there: python-docx declares the order of the property elements."""
    for element in ("pPr", "rPr", "sectPr", "tblPr", "tcPr", "trPr", "style"):
        assert python_docx_ranks(f"{{{W}}}{element}"), element
    ranks = python_docx_ranks(f"{{{W}}}pPr")
    assert ranks[f"{{{W}}}pStyle"] < ranks[f"{{{W}}}pBdr"] < ranks[f"{{{W}}}spacing"]
    assert ranks[f"{{{W}}}spacing"] < ranks[f"{{{W}}}ind"] < ranks[f"{{{W}}}jc"]


# --------------------------------------------------------------------------------------------
# The exporter's output


@pytest.mark.parametrize("name", examples.names())
def test_every_bundled_example(name: str) -> None:
    assert docx_problems(build_docx(examples.load(name), ExportOptions())) == []


def test_the_twelve_thirteen_profile_and_no_model() -> None:
    options = ExportOptions(layout=LayoutProfile(sizes=SIZE_SETS["12/13"]), embed_model=False)
    assert docx_problems(build_docx(examples.load("bac-giang-ct21-2024"), options)) == []


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports(parts=True))
def test_generated_reports(report: Report) -> None:
    assert docx_problems(build_docx(report, ExportOptions())) == []
