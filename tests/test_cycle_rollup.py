"""``directive_report.rollup``: the bundled example compiled with a Sở's and a huyện's report
written for these tests (tests/data/cycle/), every expected value worked out by hand."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from pathlib import Path

import attrs
import docx
import pytest

import directive_report as dr
from directive_report.cycle import RollupResult, rollup
from directive_report.cycle._settings import load_settings
from directive_report.errors import CycleError
from directive_report.model import ActionList, Report, block_paragraphs

DATA = Path(__file__).parent / "data" / "cycle"
STTTT = "Sở Thông tin và Truyền thông"
STP = "Sở Tư pháp"
TAN_YEN = "Ủy ban nhân dân huyện Tân Yên"


@pytest.fixture(scope="module")
def sources() -> dict[str, Report]:
    """The three units' reports, by file name."""
    return {
        "bac-giang-ct21-2024.toml": dr.examples.load("bac-giang-ct21-2024"),
        "so-tu-phap-ct21-2024.toml": dr.load(DATA / "so-tu-phap-ct21-2024.toml"),
        "huyen-tan-yen-ct21-2024.toml": dr.load(DATA / "huyen-tan-yen-ct21-2024.toml"),
    }


@pytest.fixture(scope="module")
def result(sources: dict[str, Report]) -> RollupResult:
    """The three reports compiled by UBND tỉnh Bắc Giang on 22/5/2024."""
    settings = load_settings(DATA / "authority.toml")
    # the huyện first: the expected units' order decides, not the order given
    given = dict(reversed(list(sources.items())))
    return rollup(
        given,
        authority=settings.authority,
        date=dt.date(2024, 5, 22),
        expected_units=settings.expected_units,
        addressees=settings.addressees,
    )


def section(report: Report, *path: int) -> dr.Section:
    """The section at 0-based *path*."""
    found = report.sections[path[0]]
    for index in path[1:]:
        found = found.sections[index]
    return found


def test_headings_merged_in_the_order_a_reader_expects(result: RollupResult) -> None:
    """Top-level headings: the first unit's, with the huyện's "tồn tại" before "phương
    hướng" (where the huyện put it) and the Sở's "kiến nghị" last."""
    assert [s.title for s in result.report.sections] == [
        "KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg",
        "NHẬN XÉT, ĐÁNH GIÁ",
        "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TIẾP THEO",
        "KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    assert [s.title for s in section(result.report, 0).sections] == [
        "Công tác quán triệt, tổ chức triển khai thực hiện",
        "Công tác tuyên truyền",
        "Công tác phối hợp giám sát, đấu tranh, xử lý vi phạm",
        "Công tác trợ giúp pháp lý cho người bị hại",
    ]


def test_how_each_heading_was_matched(result: RollupResult) -> None:
    """Differently worded headings join by title or topic; three stand alone and are listed."""
    how = {(h.origin.unit, h.title): (h.how, h.location) for h in result.headings}
    assert how[STP, "Công tác chỉ đạo, triển khai thực hiện"] == (
        "same topic",
        "sections[0].sections[0]",
    )
    assert how[TAN_YEN, "KẾT QUẢ TRIỂN KHAI THỰC HIỆN"] == ("same title", "sections[0]")
    assert how[TAN_YEN, "Công tác đấu tranh, xử lý vi phạm"] == (
        "same topic",
        "sections[0].sections[2]",
    )
    assert how[STP, "ĐÁNH GIÁ CHUNG"] == ("same topic", "sections[1]")
    assert {(h.origin.unit, h.title) for h in result.unmatched} == {
        (STP, "Công tác trợ giúp pháp lý cho người bị hại"),
        (STP, "KIẾN NGHỊ, ĐỀ XUẤT"),
        (TAN_YEN, "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    }
    unmatched = [f for f in result.findings if f.code == "heading-unmatched"]
    assert sorted(f.location for f in unmatched) == [
        "sections[0].sections[3]",
        "sections[2]",
        "sections[4]",
    ]


def test_every_source_sentence_is_present_once(
    result: RollupResult, sources: dict[str, Report]
) -> None:
    """Each paragraph, item and action of every unit's sections is in the compiled body
    exactly once, naming its unit unless it already starts with the unit's name."""
    expected: Counter[str] = Counter()
    for report in sources.values():
        unit = report.authority.name
        for _, found in report.walk_sections():
            for block in found.blocks:
                for paragraph in block_paragraphs(block):
                    text = paragraph.text
                    expected[text if text.startswith(unit) else f"{unit}: {text}"] += 1
    compiled = Counter(
        p.text
        for _, found in result.report.walk_sections()
        for block in found.blocks
        for p in block_paragraphs(block)
        if not p.text.startswith("Tổng hợp số liệu của các đơn vị:")
    )
    assert compiled == expected
    assert "Sở Thông tin và Truyền thông xây dựng mô hình “Ứng cứu sự cố" in "".join(compiled)


def test_actions_name_their_unit_and_keep_their_facts(result: RollupResult) -> None:
    """The huyện's 40 số thuê bao action, in the merged enforcement heading."""
    actions = [
        a
        for block in section(result.report, 0, 2).blocks
        if isinstance(block, ActionList)
        for a in block.actions
    ]
    recovered = [a for a in actions if "40 số thuê bao" in a.text.text]
    assert len(recovered) == 1
    assert recovered[0].text.text.startswith(f"{TAN_YEN}: Công an huyện phối hợp")
    assert recovered[0].quantities == (dr.Quantity(value=40, unit="số thuê bao"),)
    assert recovered[0].actors == ("Công an huyện Tân Yên",)


def test_quantities_summed_per_unit_of_measure(result: RollupResult) -> None:
    """185 + 40 số thuê bao = 225; 50 + 320 + 15 triệu đồng = 385 triệu in the enforcement
    heading; the 1.250 thuê bao di động are another unit and are never added to them."""
    here = {(t.what, t.unit): t for t in result.totals if t.location == "sections[0].sections[2]"}
    assert here["quantity", "số thuê bao"].value == 225
    assert [p.value for p in here["quantity", "số thuê bao"].parts] == [185, 40]
    assert [p.origin.source for p in here["quantity", "số thuê bao"].parts] == [
        "bac-giang-ct21-2024.toml",
        "huyen-tan-yen-ct21-2024.toml",
    ]
    assert here["quantity", "số thuê bao"].parts[0].origin.location == (
        "sections[0].sections[2].blocks[2].actions[2]"
    )
    assert here["money", "đồng"].value == 385_000_000
    assert here["quantity", "thuê bao di động"].value == 1250
    overall = {(t.what, t.unit): t.value for t in result.totals if t.location == ""}
    assert overall["money", "đồng"] == 430_000_000  # + 45 triệu for leaflets (tuyên truyền)
    assert overall["quantity", "hội nghị"] == 63
    assert overall["quantity", "lượt người"] == 7350
    assert overall["quantity", "số thuê bao"] == 225


def test_totals_are_stated_in_their_section(result: RollupResult) -> None:
    """The last paragraph of a heading with sums of several parts states them."""
    last = section(result.report, 0, 2).blocks[-1]
    assert isinstance(last, dr.Paragraph)
    assert last.text == (
        "Tổng hợp số liệu của các đơn vị: 385.000.000 đồng (Sở Thông tin và Truyền thông: "
        "50.000.000 đồng; Ủy ban nhân dân huyện Tân Yên: 335.000.000 đồng); 225 số thuê bao "
        "(Sở Thông tin và Truyền thông: 185 số thuê bao; Ủy ban nhân dân huyện Tân Yên: 40 số "
        "thuê bao)."
    )
    propaganda = section(result.report, 0, 1).blocks[-1]
    assert isinstance(propaganda, dr.Paragraph)
    assert "63 hội nghị (Sở Tư pháp: 35 hội nghị; Ủy ban nhân dân huyện Tân Yên: 28 hội nghị)" in (
        propaganda.text
    )


def test_units_reported_and_missing(result: RollupResult) -> None:
    """In the expected units' order; "UBND huyện Tân Yên" is "Ủy ban nhân dân huyện Tân Yên"."""
    assert result.units == (STTTT, STP, TAN_YEN)
    assert result.missing == ("Công an tỉnh Bắc Giang", "UBND huyện Yên Dũng")
    assert [f.message_vi for f in result.findings if f.code == "unit-missing"] == [
        "Công an tỉnh Bắc Giang chưa gửi báo cáo",
        "UBND huyện Yên Dũng chưa gửi báo cáo",
    ]


def test_citations_once_per_number_and_the_wrong_date_found(result: RollupResult) -> None:
    """2800/KH-UBND is 29/6/2020 for the Sở TTTT and 29/6/2021 for the Sở Tư pháp."""
    numbers = [c.number for c in result.citations]
    assert len(numbers) == len(set(numbers))
    assert {"21/CT-TTg", "2800/KH-UBND", "386/CAT-ANM", "45/KH-STP", "76/KH-UBND"} <= set(numbers)
    conflicts = [f for f in result.findings if f.code == "citation-conflict"]
    assert len(conflicts) == 1
    assert conflicts[0].location == "2800/KH-UBND"
    assert "29/6/2020 (bac-giang-ct21-2024.toml: sections[0].sections[0]" in conflicts[0].message
    assert "29/6/2021 (so-tu-phap-ct21-2024.toml: sections[0].sections[0].blocks[0])" in (
        conflicts[0].message
    )


def test_openings_and_closings_left_out_and_listed(result: RollupResult) -> None:
    """Two openings and three closings, each with its unit and place."""
    assert sorted((o.origin.unit, o.origin.location) for o in result.left_out) == sorted(
        [
            (STTTT, "closing[0]"),
            (STP, "intro[0]"),
            (STP, "closing[0]"),
            (TAN_YEN, "intro[0]"),
            (TAN_YEN, "closing[0]"),
        ]
    )


def test_placements_point_at_the_blocks(result: RollupResult, sources: dict[str, Report]) -> None:
    """Every unit's block is placed once, and the placed block holds the source's text."""
    assert len(result.placements) == sum(
        len(s.blocks) for r in sources.values() for _, s in r.walk_sections()
    )
    for placement in result.placements:
        unit = placement.origin.unit
        source = _block_at(sources[placement.origin.source], placement.origin.location)
        placed = _block_at(result.report, placement.location)
        assert placed == [t if t.startswith(unit) else f"{unit}: {t}" for t in source]


def _block_at(report: Report, location: str) -> list[str]:
    """The texts of the block at a location such as ``sections[0].sections[2].blocks[1]``."""
    found: object = report
    for name, index in (part.rstrip("]").split("[") for part in location.split(".")):
        found = getattr(found, name)[int(index)]
    assert isinstance(found, dr.Paragraph | dr.BulletList | dr.ActionList | dr.TaskList)
    return [p.text for p in block_paragraphs(found)]


def test_draft_header_and_marked_places(result: RollupResult) -> None:
    """The compiling body's draft: unassigned number, derived trích yếu, placeholders that
    check reports, and nothing else but the end-marker note."""
    report = result.report
    assert report.number.header_text() == "Số:      /BC-UBND"
    assert report.summary == (
        "Tổng hợp kết quả năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg về tăng cường phòng ngừa, "
        "xử lý hoạt động lừa đảo chiếm đoạt tài sản"
    )
    assert report.addressees == ("Bộ Công an",)
    findings = dr.check(report)
    assert {f.code for f in findings} <= {"placeholder", "end-marker"}
    assert {f.location for f in findings if f.code == "placeholder"} == {
        "intro[0]",
        "closing[0]",
        "signature.name",
        "signature.signer_title",
        "distribution.recipients[1]",
    }


@pytest.mark.parametrize("format", ["markdown", "docx", "odt"])
def test_renders_in_every_format(result: RollupResult, format: str) -> None:
    """The draft renders; the sums are in the Markdown and in the DOCX read back."""
    data = dr.render(result.report, format)
    if format == "markdown":
        assert "225 số thuê bao (Sở Thông tin và Truyền thông: 185" in data.decode()
    elif format == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        assert "385.000.000 đồng (Sở Thông tin và Truyền thông: 50.000.000 đồng" in text
        assert "Ủy ban nhân dân huyện Tân Yên: Rà soát, yêu cầu chuẩn hóa thông tin 1.250" in text
    else:
        assert data[:2] == b"PK"


def test_round_trips_through_toml(result: RollupResult) -> None:
    """The draft is an ordinary report file."""
    assert dr.loads(dr.dumps(result.report)) == result.report


def test_a_report_on_another_directive_is_refused(sources: dict[str, Report]) -> None:
    """Named by its source and both directives."""
    other = dr.load(DATA / "huyen-tan-yen-ct21-2024.toml")
    citation = attrs.evolve(
        other.directives[0].citation, number=dr.DocumentNumber.parse("12/CT-TTg")
    )
    moved = attrs.evolve(other, directives=(dr.Directive(citation=citation),))
    with pytest.raises(CycleError, match=r"^tan-yen.toml: the report is on Chỉ thị số 12/CT-TTg"):
        rollup(
            {"a.toml": sources["bac-giang-ct21-2024.toml"], "tan-yen.toml": moved},
            authority=sources["bac-giang-ct21-2024.toml"].authority,
            date=dt.date(2024, 5, 22),
        )


def test_a_unit_reporting_twice_is_refused(sources: dict[str, Report]) -> None:
    """Two files of one unit would count its figures twice."""
    report = sources["bac-giang-ct21-2024.toml"]
    with pytest.raises(CycleError, match="reported twice"):
        rollup({"a.toml": report, "b.toml": report}, authority=report.authority, date=report.date)


def test_nothing_to_compile() -> None:
    """An empty input is an error, not an empty report."""
    authority = dr.examples.load("bac-giang-ct21-2024").authority
    with pytest.raises(CycleError, match="no reports"):
        rollup([], authority=authority, date=dt.date(2024, 5, 22))


def test_a_report_without_directive_data_joins_by_its_summary(sources: dict[str, Report]) -> None:
    """A report ingested from another program's file may hold its directive only in the trích
    yếu ("Sơ kết năm thứ 4 thực hiện Chỉ thị số 21/CT-TTg ..."): it joins; one whose trích yếu
    cites no such number is refused."""
    huyen = attrs.evolve(sources["huyen-tan-yen-ct21-2024.toml"], directives=())
    seed = sources["bac-giang-ct21-2024.toml"]
    result = rollup({"a": huyen, "b": seed}, authority=seed.authority, date=dt.date(2024, 5, 22))
    assert result.units == (TAN_YEN, STTTT)
    assert result.report.directives == seed.directives
    other = attrs.evolve(huyen, summary="Báo cáo kết quả công tác năm 2024")
    with pytest.raises(CycleError, match=r"^a: the report names no directive"):
        rollup({"a": other, "b": seed}, authority=seed.authority, date=dt.date(2024, 5, 22))
