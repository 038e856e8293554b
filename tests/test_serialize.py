"""Loading and saving reports: exact round trips and precise error messages."""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given

from directive_report import Report, ReportLoadError, dump, dumps, load, loads
from directive_report.errors import ReportDumpError
from directive_report.serialize import Format, make_converter, to_data
from directive_report.testing import reports

MINIMAL = """
type = "Báo cáo"
number = "/BC-STTTT"
date = 2024-05-20
summary = "Sơ kết"

[authority]
name = "Sở Thông tin và Truyền thông"
abbreviation = "STTTT"
place = "Bắc Giang"

[signature]
name = "Ngô Đình Tiến"
signer_title = "PHÓ GIÁM ĐỐC"
capacities = ["KT. GIÁM ĐỐC"]

[distribution]
recipients = ["Như trên"]

[[sections]]
title = "KẾT QUẢ"

[[sections.blocks]]
paragraph = "Nội dung."

[[sections.blocks]]
actions = [{ text = "Thu hồi 185 số thuê bao;", date = 2024-01-01 }]
"""


class TestRoundTrip:
    @given(reports())
    def test_toml_and_json_round_trip(self, report: Report) -> None:
        """loads(dumps(r)) == r for generated reports, in both formats."""
        assert loads(dumps(report)) == report
        assert loads(dumps(report, "json"), "json") == report

    def test_seed_round_trip_and_stable_output(self, seed_report: Report) -> None:
        """The seed example re-dumps to the same model, and dumping is deterministic."""
        text = dumps(seed_report)
        assert loads(text) == seed_report
        assert dumps(loads(text)) == text

    def test_files(self, tmp_path: Path, seed_report: Report) -> None:
        """dump and load pick the format from the suffix."""
        for name in ("r.toml", "r.json"):
            dump(seed_report, tmp_path / name)
            assert load(tmp_path / name) == seed_report
        assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["date"] == "2024-05-20"
        assert tomllib.loads((tmp_path / "r.toml").read_text(encoding="utf-8"))["date"] == dt.date(
            2024, 5, 20
        )

    @pytest.mark.parametrize("format", ["toml", "json"])
    def test_byte_order_mark(self, tmp_path: Path, seed_report: Report, format: Format) -> None:
        """A file saved with a byte order mark (Windows Notepad's UTF-8) loads."""
        path = tmp_path / f"r.{format}"
        path.write_text(dumps(seed_report, format), encoding="utf-8-sig")
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        assert load(path) == seed_report

    def test_shape_for_authors(self) -> None:
        """Types, numbers, pinpoints and capacities are written the way people write them."""
        data = to_data(loads(MINIMAL))
        assert data["type"] == "Báo cáo"
        assert data["number"] == "/BC-STTTT"
        assert data["signature"]["capacities"] == ["KT. GIÁM ĐỐC"]
        assert data["sections"][0]["blocks"][0] == {"paragraph": "Nội dung."}
        assert "period" not in data  # defaults are left out

    def test_a_type_the_decree_does_not_list(self) -> None:
        """A document type of one's own is a table, and travels as one."""
        text = MINIMAL.replace(
            'type = "Báo cáo"', 'type = { name = "Báo cáo nhanh", abbreviation = "BC" }'
        )
        report = loads(text)
        assert (report.doc_type.name, report.doc_type.abbreviation) == ("Báo cáo nhanh", "BC")
        assert to_data(report)["type"] == {
            "name": "Báo cáo nhanh",
            "abbreviation": "BC",
            "kinds": ["administrative"],
        }
        assert loads(dumps(report)) == report
        assert loads(dumps(report, "json"), "json") == report

    def test_decimals_are_never_floats(self) -> None:
        """Decimal quantities travel as strings; whole numbers stay numbers."""
        text = MINIMAL.replace(
            "date = 2024-01-01 }",
            'quantities = [{ value = "1.25", unit = "tỷ" }, { value = 185, unit = "số" }] }',
        )
        report = loads(text)
        action = report.sections[0].blocks[1].actions[0]  # type: ignore[union-attr]
        assert action.quantities[0].value == Decimal("1.25")
        assert action.quantities[1].value == 185
        assert to_data(report, "json")["sections"][0]["blocks"][1]["actions"][0]["quantities"] == [
            {"value": "1.25", "unit": "tỷ"},
            {"value": 185, "unit": "số"},
        ]

    def test_nfd_input_is_stored_nfc(self) -> None:
        """Decomposed text in a file comes out composed."""
        report = loads(MINIMAL.replace("Nội dung.", unicodedata.normalize("NFD", "Nội dung.")))
        assert report.sections[0].blocks[0] == loads(MINIMAL).sections[0].blocks[0]

    def test_converter_is_strict(self) -> None:
        """make_converter gives a fresh converter per format."""
        assert make_converter("json") is not make_converter("json")


# (change to MINIMAL, expected location, expected message fragment)
BAD_INPUT = [
    (("date = 2024-01-01", "date = 2024-13-01"), "", "invalid TOML"),
    (
        ("date = 2024-01-01", 'date = "tomorrow"'),
        "sections[0].blocks[1].actions[0].date",
        "expected a date such as 2024-05-20, got text 'tomorrow'",
    ),
    (
        ("date = 2024-01-01", 'date = "2024-02-30"'),
        "sections[0].blocks[1].actions[0].date",
        "not a day of the calendar",
    ),
    (("date = 2024-05-20", "date = 2024-05-20T10:00:00"), "date", "a date without a time"),
    (('title = "KẾT QUẢ"', 'titel = "KẾT QUẢ"'), "sections[0].titel", "unknown key 'titel'"),
    (('title = "KẾT QUẢ"', "title = 5"), "sections[0].title", "expected text, got a number 5"),
    (
        ('type = "Báo cáo"', 'type = "Báo cáo tháng"'),
        "type",
        "unknown document type 'Báo cáo tháng'",
    ),
    (
        ('type = "Báo cáo"', 'type = { name = "Báo cáo nhanh", abbr = "BC" }'),
        "type.abbr",
        "unknown key 'abbr'",
    ),
    (
        ('type = "Báo cáo"', 'type = { name = "Báo cáo nhanh", abbreviation = 5 }'),
        "type.abbreviation",
        "expected text, got a number 5",
    ),
    (
        ('type = "Báo cáo"', 'type = { name = "Báo cáo nhanh", kinds = "administrative" }'),
        "type.kinds",
        "expected an array, got text 'administrative'",
    ),
    (
        ('type = "Báo cáo"', 'type = { name = "Báo cáo nhanh", kinds = ["local"] }'),
        "type.kinds[0]",
        "expected one of 'administrative', 'normative', 'party', 'other', got text 'local'",
    ),
    (
        ('number = "/BC-STTTT"', 'number = "BC STTTT"'),
        "number",
        "cannot read 'BC STTTT' as a document number",
    ),
    (
        ('number = "/BC-STTTT"', 'number = "/KH-STTTT"'),
        "number",
        "'/KH-STTTT' must start with the type abbreviation 'BC' of Báo cáo",
    ),
    (
        ('recipients = ["Như trên"]', 'recipients = "Như trên"'),
        "distribution.recipients",
        "expected an array, got text",
    ),
    (
        ('recipients = ["Như trên"]', 'recipients = [""]'),
        "distribution.recipients",
        "items must be non-empty text",
    ),
    (
        ('capacities = ["KT. GIÁM ĐỐC"]', 'capacities = ["XX. GIÁM ĐỐC"]'),
        "signature.capacities[0]",
        "expected a line starting with TM., KT., TL., TUQ., Q.",
    ),
    (
        ('capacities = ["KT. GIÁM ĐỐC"]', 'capacities = ["KT. Giám đốc"]'),
        "signature.capacities[0]",
        "capitals",
    ),
    (
        ('signer_title = "PHÓ GIÁM ĐỐC"\n', ""),
        "signature.signer_title",
        "a deputy signing 'KT.' must give their own title",
    ),
    (
        ('paragraph = "Nội dung."', 'paragraf = "Nội dung."'),
        "sections[0].blocks[0]",
        "exactly one of the keys paragraph, bullets, actions, tasks",
    ),
    (
        ('paragraph = "Nội dung."', 'paragraph = ["a", { text = "b", underline = true }]'),
        "sections[0].blocks[0]",
        "unknown keys ['underline']",
    ),
    (('summary = "Sơ kết"', 'summary = ""'), "summary", "must not be empty"),
    (
        ('paragraph = "Nội dung."', 'paragraph = "Nội dung. "'),
        "sections[0].blocks[0]",
        "must not start or end with whitespace: 'Nội dung. '",
    ),
    (
        ('text = "Thu hồi 185 số thuê bao;"', 'text = ["Thu hồi ", { text = " ", bold = true }]'),
        "sections[0].blocks[1].actions[0].text",
        "must not start or end with whitespace",
    ),
    (
        ('summary = "Sơ kết"', 'summary = "Sơ kết"\nperiod = "năm 2024"'),
        "period",
        "expected a table, got text 'năm 2024'",
    ),
    (
        (
            'actions = [{ text = "Thu hồi 185 số thuê bao;", date = 2024-01-01 }]',
            'actions = ["Thu hồi"]',
        ),
        "sections[0].blocks[1].actions[0]",
        "expected a table, got text 'Thu hồi'",
    ),
    (('summary = "Sơ kết"\n', ""), "summary", "required key missing"),
]


class TestBadInput:
    @pytest.mark.parametrize(("change", "location", "message"), BAD_INPUT)
    def test_error_names_file_location_and_expectation(
        self, change: tuple[str, str], location: str, message: str
    ) -> None:
        """Every mistake is one ReportLoadError naming the source, the path inside and what was expected."""
        old, new = change
        assert old in MINIMAL
        with pytest.raises(ReportLoadError) as caught:
            loads(MINIMAL.replace(old, new, 1), source="bao-cao.toml")
        error = caught.value
        assert error.source == "bao-cao.toml"
        assert any(where == location and message in what for where, what in error.problems), (
            error.problems
        )
        if len(error.problems) == 1:
            first = error.problems[0]
            where = "bao-cao.toml" + (
                "" if first.line is None else f", line {first.line}, column {first.column}"
            )
            assert str(error) == f"{where}: {location + ': ' if location else ''}{error.message}"

    def test_all_problems_are_collected(self) -> None:
        """Several mistakes are reported together."""
        text = MINIMAL.replace('summary = "Sơ kết"', "summary = 1").replace(
            'title = "KẾT QUẢ"', "title = 2"
        )
        with pytest.raises(ReportLoadError) as caught:
            loads(text)
        assert {location for location, _ in caught.value.problems} == {
            "summary",
            "sections[0].title",
        }
        assert "(and 1 more problem)" in str(caught.value)

    def test_json_errors(self) -> None:
        """JSON syntax errors and a non-table document are load errors too."""
        with pytest.raises(ReportLoadError, match="invalid JSON"):
            loads("{", "json")
        with pytest.raises(ReportLoadError, match="expected a table at the top level"):
            loads("[]", "json")

    def test_unknown_format(self) -> None:
        """Only TOML and JSON exist."""
        with pytest.raises(ReportLoadError, match="unknown format 'yaml'"):
            loads("", "yaml")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            ("missing.toml", None, "no such file"),
            ("report.yaml", "", "unknown file type '.yaml'"),
            (
                "latin1.toml",
                "Báo cáo".encode("latin-1"),
                r"not UTF-8 text \(byte 1\): save the file as UTF-8",
            ),
            ("folder.toml", "folder", "is a folder, expected a .toml or .json file"),
        ],
    )
    def test_file_errors(
        self, tmp_path: Path, name: str, content: bytes | str | None, message: str
    ) -> None:
        """Missing, unreadable and unknown files are load errors naming the file."""
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif content == "folder":
            path.mkdir()
        elif content is not None:
            path.write_text(content)
        with pytest.raises(ReportLoadError, match=message) as caught:
            load(path)
        assert caught.value.source == str(path)
        assert str(caught.value).count(path.name) == 1  # named once, at the start


class TestAtomicDump:
    def test_failed_dump_keeps_the_old_file(
        self, tmp_path: Path, seed_report: Report, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """If writing fails midway the existing file is untouched and no temporary file is left."""
        target = tmp_path / "report.toml"
        target.write_text("old content", encoding="utf-8")

        def broken_replace(src: str, dst: str) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(os, "replace", broken_replace)
        with pytest.raises(OSError, match="disk full"):
            dump(seed_report, target)
        assert target.read_text(encoding="utf-8") == "old content"
        assert [p.name for p in tmp_path.iterdir()] == ["report.toml"]

    def test_unknown_suffix(self, tmp_path: Path, seed_report: Report) -> None:
        """dump refuses a suffix or format it cannot write, with the library's error, and
        creates nothing."""
        target = tmp_path / "report.docx"
        with pytest.raises(ReportDumpError) as caught:
            dump(seed_report, target)
        assert str(caught.value) == f"{target}: unknown file type '.docx': expected .toml or .json"
        assert caught.value.target == str(target)
        with pytest.raises(ReportDumpError, match="unknown format 'yaml'"):
            dump(seed_report, tmp_path / "report.toml", "yaml")  # type: ignore[arg-type]
        with pytest.raises(ReportDumpError, match=r"^<string>: unknown format 'yaml'"):
            dumps(seed_report, "yaml")  # type: ignore[arg-type]
        assert list(tmp_path.iterdir()) == []


def test_control_characters_are_located() -> None:
    """A control character in a file is an error at its key, naming the character."""
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace('title = "KẾT QUẢ"', 'title = "KẾT\\u0007QUẢ"'), source="r.toml")
    assert caught.value.problems == (
        (
            "sections[0].title",
            "contains U+0007, a control character documents cannot carry, at character 4 of "
            "'KẾT\\x07QUẢ'",
        ),
    )


def test_location_is_data_not_parsed_from_the_message() -> None:
    """A message that quotes text looking like a location marker keeps its text and its place
    (the location was once written into the message as " @@field" and parsed back)."""
    bad = 'title = "KẾT QUẢ @@x @ $.y "'
    with pytest.raises(ReportLoadError) as caught:
        loads(MINIMAL.replace('title = "KẾT QUẢ"', bad), source="r.toml")
    assert caught.value.problems == (
        (
            "sections[0].title",
            "must not start or end with whitespace: 'KẾT QUẢ @@x @ $.y '",
        ),
    )
