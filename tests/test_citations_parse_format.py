"""directive_report.citations: parse and format, the round trip, bare numbers (tables and properties)."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directive_report import (
    Citation,
    DocumentNumber,
    Pinpoint,
    ReportValidationError,
    citations,
    document_type,
)
from directive_report.citations import CitationParseError
from directive_report.testing import dates, pinpoints, text

# --------------------------------------------------------------------------------------------
# Canonical citations for the round trip: what the formatter writes and the parser reads.

_TYPES = [
    document_type(name)
    for name in (
        "Chỉ thị",
        "Quyết định",
        "Kế hoạch",
        "Nghị định",
        "Thông tư",
        "Công văn",
        "Yêu cầu",
        "Hướng dẫn",
        "Tờ trình",
        "Nghị quyết",
        "Kết luận",
        "Công điện",
        "Thông báo",
    )
]
_UNITS = st.sampled_from(["UBND", "STTTT", "CAT", "SNV", "BCA", "BTTTT", "HĐND", "VPCP"])
_ISSUERS = st.sampled_from(
    [
        "Ủy ban nhân dân tỉnh Bắc Giang",
        "Chủ tịch UBND tỉnh Lạng Sơn",
        "Công an tỉnh Bắc Giang",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Sở Thông tin và Truyền thông",
        "cơ quan Điều tra hình sự khu vực 4 – Quân khu 1",
        "Ban Thường vụ Tỉnh ủy",
    ]
)


@st.composite
def canonical_citations(draw: st.DrawFn) -> Citation:
    """Citations as a report would write them: real types, ký hiệu of known shapes, a written
    issuer or none, the subject after "về"."""
    doc_type = draw(st.sampled_from(_TYPES))
    shape = draw(st.sampled_from(["administrative", "normative", "party", "bare"]))
    number = bare = None
    if shape == "bare":
        bare = draw(st.integers(1, 999))
    elif shape == "party":
        number = DocumentNumber(
            number=draw(st.integers(1, 999)),
            symbol=f"{doc_type.abbreviation or 'CV'}/{draw(st.sampled_from(['TU', 'TW', 'HU', 'ĐU']))}",
            party=True,
        )
    else:
        head = doc_type.abbreviation or draw(st.sampled_from(["STTTT", "UBND", "CAT"]))
        tail = draw(_UNITS)
        year = draw(st.integers(1995, 2030)) if shape == "normative" else None
        number = DocumentNumber(
            number=draw(st.integers(1, 99_999)), symbol=f"{head}-{tail}", year=year
        )
    # The wording always states the issuer, so the round trip holds for a written one; when none
    # is written, the one the ký hiệu names (if any) is what the wording states.
    provisional = Citation(doc_type=doc_type, number=number, bare_number=bare)
    named = citations.parse(provisional.format()).issuer if number is not None else None
    return Citation(
        doc_type=doc_type,
        number=number,
        bare_number=bare,
        date=draw(st.none() | dates()),
        issuer=draw(_ISSUERS) if draw(st.booleans()) else named,
        subject=draw(st.none() | text(max_words=8, punctuation=False).map(str.lower)),
        pinpoint=draw(st.none() | pinpoints()),
    )


@st.composite
def laws(draw: st.DrawFn) -> Citation:
    """Laws and codes by name, with year, number or amendments."""
    from directive_report.citations._laws import CODE_NAMES, LAW_NAMES

    code = draw(st.booleans())
    name = draw(st.sampled_from(CODE_NAMES if code else LAW_NAMES))
    year = draw(st.integers(1990, 2030))
    return Citation(
        doc_type=document_type("Bộ luật" if code else "Luật"),
        name=name,
        year=year,
        amended_in=draw(st.lists(st.integers(year + 1, 2035), max_size=2, unique=True).map(sorted))
        if year < 2030
        else (),
        date=draw(st.none() | dates()),
        pinpoint=draw(st.none() | pinpoints()),
    )


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("khoản 1 và khoản 2 Điều 8", "khoản 1, 2 Điều 8"),
        ("Điều 5 và Điều 7", "Điều 5, 7"),
        ("điểm a và điểm c khoản 2", "điểm a, c khoản 2"),
    ],
)
def test_pinpoint_level_repeated_after_va(text: str, canonical: str) -> None:
    """Pinpoint.parse (model): a level repeated after "và" is one provision with both values."""
    assert str(Pinpoint.parse(text)) == canonical


@pytest.mark.parametrize("text", ["khoản 1 và Điều 5", "Điều 1 Điều 2", "khoản 1, khoản 2"])
def test_pinpoint_other_repeats_are_refused(text: str) -> None:
    """Pinpoint.parse (model): "và" joins only the same level; a level repeated otherwise is
    refused, as before."""
    with pytest.raises(ReportValidationError):
        Pinpoint.parse(text)


class TestParseAndFormat:
    @given(canonical_citations() | laws())
    def test_parse_inverts_format(self, citation: Citation) -> None:
        """parse(format(c)) == c for every canonical citation."""
        assert citations.parse(citations.format(citation)) == citation

    @given(canonical_citations())
    def test_short_form_reads_back_to_the_document(self, citation: Citation) -> None:
        """The short wording gives the type and number (and the issuer the symbol names)."""
        short = citations.parse(citations.format(citation, "short"))
        assert (short.doc_type, short.number, short.bare_number, short.pinpoint) == (
            citation.doc_type,
            citation.number,
            citation.bare_number,
            citation.pinpoint,
        )

    @given(canonical_citations())
    def test_extract_finds_a_formatted_citation_in_running_text(self, citation: Citation) -> None:
        """Embedded in a sentence, the formatted citation is found whole."""
        wording = citations.format(attrs_without_subject(citation))
        sentence = f"Thực hiện {wording}; các đơn vị báo cáo."
        (found,) = citations.extract(sentence)
        assert found.text == wording
        assert found.citation == citations.parse(wording)

    @pytest.mark.parametrize(
        "wording",
        [
            "Hiến pháp năm 2013",
            "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Điều 14 Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013",
        ],
    )
    def test_constitution_round_trip(self, wording: str) -> None:
        """The Constitution, by its year or its full title, reads and formats back the same."""
        assert citations.format(citations.parse(wording)) == wording

    def test_inferred_issuer_is_written_out(self) -> None:
        """Formatting writes an inferred issuer; reading it back, it is written."""
        cited = Citation(
            doc_type=document_type("Nghị định"),
            number=DocumentNumber.parse("15/2020/NĐ-CP"),
            issuer="Chính phủ",
            issuer_inferred=True,
        )
        assert citations.format(cited) == "Nghị định số 15/2020/NĐ-CP của Chính phủ"
        back = citations.parse(citations.format(cited))
        assert (back.issuer, back.issuer_inferred) == ("Chính phủ", False)

    def test_parse_reads_the_subject(self) -> None:
        """Everything after "về" is the trích yếu, citations in it included."""
        c = citations.parse(
            "Kế hoạch số 2800/KH-UBND ngày 29/6/2020 của Chủ tịch UBND tỉnh Bắc Giang về thực "
            "hiện Chỉ thị số 21/CT-TTg"
        )
        assert c.subject == "thực hiện Chỉ thị số 21/CT-TTg"
        assert c.issuer == "Chủ tịch UBND tỉnh Bắc Giang"

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("", "no citation found"),
            ("Tiêu chí số 4", "no citation found"),
            ("theo Chỉ thị số 21/CT-TTg", "unexpected 'theo' before"),
            ("Chỉ thị số 21/CT-TTg; Quyết định số 5/QĐ-UBND", "unexpected '; Quyết định"),
            ("Công văn số 1/UBND-NC, 2/UBND-NC", "several citations"),
        ],
    )
    def test_parse_refuses_what_is_not_one_citation(self, text: str, message: str) -> None:
        """A clear error saying where reading stopped."""
        with pytest.raises(CitationParseError, match=message) as caught:
            citations.parse(text)
        assert caught.value.text == text

    @pytest.mark.parametrize(
        ("text", "position"),
        [
            ("  theo Chỉ thị số 21/CT-TTg", 7),  # the citation starts after "  theo "
            ("Chỉ thị số 21/CT-TTg và", 20),  # reading stops after "...CT-TTg"
            # decomposed: "Thực hiện " is 14 code points in NFD (ự and ệ take three each)
            (unicodedata.normalize("NFD", "Thực hiện Chỉ thị số 21/CT-TTg"), 14),
        ],
    )
    def test_parse_error_position_is_in_the_text_given(self, text: str, position: int) -> None:
        """The error's position counts in the caller's text: leading space and NFD included."""
        with pytest.raises(CitationParseError) as caught:
            citations.parse(text)
        assert caught.value.position == position

    def test_parse_error_is_a_library_error(self) -> None:
        """Callers can catch every library error at once."""
        from directive_report import DirectiveReportError

        assert issubclass(CitationParseError, DirectiveReportError)
        assert issubclass(CitationParseError, ValueError)


def attrs_without_subject(citation: Citation) -> Citation:
    """*citation* without its trích yếu (extraction does not read it)."""
    import attrs

    return attrs.evolve(citation, subject=None)


# --------------------------------------------------------------------------------------------
# The model's additions for citations without ký hiệu


class TestBareNumber:
    def test_format(self) -> None:
        """A running number alone is padded like any other; a year follows with a slash."""
        chi_thi = document_type("Chỉ thị")
        assert Citation(doc_type=chi_thi, bare_number=5).format() == "Chỉ thị số 05"
        nghi_dinh = document_type("Nghị định")
        assert (
            Citation(doc_type=nghi_dinh, bare_number=15, year=2020).format()
            == "Nghị định số 15/2020"
        )

    def test_properties(self) -> None:
        """The running number and the year, wherever they are written."""
        c = Citation(
            doc_type=document_type("Nghị định"), number=DocumentNumber.parse("15/2020/NĐ-CP")
        )
        assert (c.running_number, c.identifier_year) == (15, 2020)
        law = Citation(doc_type=document_type("Luật"), name="An ninh mạng", year=2018)
        assert (law.running_number, law.identifier_year) == (None, 2018)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"bare_number": 0}, "positive whole number"),
            ({"bare_number": True}, "positive whole number"),
            ({"bare_number": 5, "number": DocumentNumber.parse("5/CT-TTg")}, "not both"),
        ],
    )
    def test_invariants(self, kwargs: dict[str, object], message: str) -> None:
        """A bare number is positive, and never given with a full number."""
        with pytest.raises(ReportValidationError, match=message):
            Citation(doc_type=document_type("Chỉ thị"), **kwargs)  # type: ignore[arg-type]

    def test_serialized_round_trip(self) -> None:
        """The new field goes through the TOML converter and back."""
        from directive_report.serialize import make_converter

        converter = make_converter("toml")
        cited = Citation(
            doc_type=document_type("Nghị quyết"), bare_number=51, pinpoint=Pinpoint.parse("Điều 2")
        )
        data = converter.unstructure(cited, Citation)
        assert data == {"type": "Nghị quyết", "bare_number": 51, "pinpoint": "Điều 2"}
        assert converter.structure(data, Citation) == cited


def test_import_is_cheap() -> None:
    """Importing the module compiles no pattern and loads no office library."""
    code = (
        "import sys, directive_report.citations as c\n"
        "from directive_report.citations._patterns import grammar\n"
        "assert grammar.cache_info().currsize == 0, 'patterns compiled at import'\n"
        "heavy = {'docx', 'odf', 'lxml'} & {m.split('.')[0] for m in sys.modules}\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
