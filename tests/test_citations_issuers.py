"""directive_report.citations.issuers: the issuer table, its case rules, inference, extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_report import citations
from directive_report.citations import IssuerTableError
from directive_report.citations.issuers import DEFAULT_ISSUERS, Issuer, IssuerTable


@pytest.mark.parametrize(
    ("group", "canonical"),
    [
        ("TTG", "TTg"),  # a known issuer keeps its mixed case
        ("ttg", "TTg"),
        ("QYĐ", "QyĐ"),  # type abbreviations of NĐ 30/2020 Phụ lục III
        ("CTR", "CTr"),
        ("qđ", "QĐ"),
        ("anm", "ANM"),  # unknown groups are capitals
        ("qh14", "QH14"),
        ("ubtvqh15", "UBTVQH15"),
    ],
)
def test_canonical_group(group: str, canonical: str) -> None:
    """The case of a ký hiệu group comes from the table, not from special cases."""
    assert DEFAULT_ISSUERS.canonical_group(group) == canonical


@pytest.mark.parametrize(
    ("symbol", "party", "canonical"),
    [
        ("CT- TTG", False, "CT-TTg"),
        ("QĐ.UB", False, "QĐ-UB"),
        ("TTLT/BCA-BNG", False, "TTLT/BCA-BNG"),
        ("KH – STTTT", False, "KH-STTTT"),
        ("nq/tu", True, "NQ/TU"),
        ("HD/BTGTU-VP", True, "HD/BTGTU-VP"),
    ],
)
def test_canonical_symbol(symbol: str, party: bool, canonical: str) -> None:
    """Separators are normalised; a slash is kept as written."""
    assert DEFAULT_ISSUERS.canonical_symbol(symbol, party=party) == canonical


@pytest.mark.parametrize(
    ("group", "issuer"),
    [
        ("TTg", "Thủ tướng Chính phủ"),
        ("CP", "Chính phủ"),
        ("QH14", "Quốc hội khóa XIV"),
        ("QH9", "Quốc hội khóa IX"),
        ("UBTVQH15", "Ủy ban Thường vụ Quốc hội khóa XV"),
        ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("UBND", None),  # which one?
        ("CAT", None),
        ("STTTT", None),
    ],
)
def test_issuer_named_by(group: str, issuer: str | None) -> None:
    """Only abbreviations that name one body infer an issuer."""
    assert DEFAULT_ISSUERS.issuer_named_by(group) == issuer


def test_canonical_name() -> None:
    """A known issuer written in capitals is given in its usual case; others stay as written."""
    assert DEFAULT_ISSUERS.canonical_name("BỘ CHÍNH TRỊ") == "Bộ Chính trị"
    assert DEFAULT_ISSUERS.canonical_name("CÔNG TY CỔ PHẦN ABC") == "CÔNG TY CỔ PHẦN ABC"
    # One opened by a known abbreviation: the usual case after it (the corpus's rule, an issuer
    # in capitals given its usual case; batch 9's "CỦA UBND TỈNH QUẢNG NAM").
    assert DEFAULT_ISSUERS.canonical_name("UBND TỈNH") == "UBND tỉnh"
    # A name in capitals holding known names: their case, and a sentence case around them.
    assert DEFAULT_ISSUERS.canonical_name("BỘ TRƯỞNG BỘ CÔNG AN") == "Bộ trưởng Bộ Công an"
    assert DEFAULT_ISSUERS.canonical_name("BỘ CHÍNH TRỊ KHÓA IX") == "Bộ Chính trị khóa IX"


def test_extend_overrides_and_infers() -> None:
    """A province names its own bodies; the defaults are untouched."""
    table = DEFAULT_ISSUERS.extend(
        [Issuer(abbreviation="STTTT", name="Sở Thông tin và Truyền thông tỉnh Bắc Giang")]
    )
    text = "theo Kế hoạch số 89/KH-STTTT."
    (mine,) = citations.extract(text, issuers=table)
    assert (mine.citation.issuer, mine.citation.issuer_inferred) == (
        "Sở Thông tin và Truyền thông tỉnh Bắc Giang",
        True,
    )
    (default,) = citations.extract(text)
    assert default.citation.issuer is None
    assert len(table.issuers) == len(DEFAULT_ISSUERS.issuers) + 1


def test_extend_with_a_mixed_case_unit() -> None:
    """A unit's case is data too: 'TTra' for a Thanh tra Sở."""
    table = DEFAULT_ISSUERS.extend([Issuer(abbreviation="TTra", infer=False)])
    (found,) = citations.extract("Văn bản số 896/STTTT-TTRA", issuers=table)
    assert found.citation.number is not None
    assert found.citation.number.symbol == "STTTT-TTra"
    assert found.citation.issuer is None


def test_load_toml(tmp_path: Path) -> None:
    """A province's table in TOML, on top of the defaults."""
    path = tmp_path / "issuers.toml"
    path.write_text(
        '[[issuer]]\nabbreviation = "STTTT"\nname = "Sở Thông tin và Truyền thông Lạng Sơn"\n\n'
        '[[issuer]]\nname = "Ban Chỉ đạo quốc gia về phòng, chống thiên tai"\ninfer = false\n',
        encoding="utf-8",
    )
    table = IssuerTable.load(path)
    assert table.issuer_named_by("STTTT") == "Sở Thông tin và Truyền thông Lạng Sơn"
    assert table.issuer_named_by("TTg") == "Thủ tướng Chính phủ"
    text = "Công điện số 10/CĐ-BCĐ của Ban Chỉ đạo quốc gia về phòng, chống thiên tai về việc"
    (found,) = citations.extract(text, issuers=table)
    assert found.citation.issuer == "Ban Chỉ đạo quốc gia về phòng, chống thiên tai"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[issuer]]\nabbreviation = 'A B'\n", "issuer\\[0\\]: abbreviation 'A B'"),
        ("[[issuer]]\nname = 'X'\ncolour = 'red'\n", "unknown keys \\['colour'\\]"),
        ("[[issuer]]\ninfer = 'yes'\nname = 'X'\n", "infer: expected bool"),
        ("[[issuer]]\n", "needs an abbreviation, a name, or both"),
        ("[other]\n", "expected only \\[\\[issuer\\]\\] tables"),
        ("[[issuer]\n", "cannot read the issuer table"),
        ("[[issuer]]\nabbreviation = 'QH{khóa}'\nname = 'Quốc hội'\n", "must say where"),
    ],
)
def test_load_errors_name_the_file_and_entry(tmp_path: Path, content: str, message: str) -> None:
    """A bad table is refused with the file, the entry and what was expected."""
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IssuerTableError, match=message) as caught:
        IssuerTable.load(path)
    assert str(path) in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    """A missing table file is a clear error."""
    with pytest.raises(IssuerTableError, match="cannot read"):
        IssuerTable.load(tmp_path / "none.toml")


def test_an_issuer_read_again_is_read_as_in_its_own_sentence() -> None:
    # Readings of the same words are reused, checked against the words after them: a repeated
    # issuer reads the same, a different continuation is read afresh, and no reading leaks.
    sentences = [
        f"Quyết định số {n}/QĐ-UBND của Ủy ban nhân dân tỉnh Nam Định {tail}."
        for n, tail in enumerate(
            [
                "về việc giao chỉ tiêu",
                "ban hành Quy chế",
                "về việc giao chỉ tiêu năm 2025",
                ", Bộ Y tế về việc phối hợp",
                ", Bộ Y tế đã giao",  # the same first words; the verb after ends the issuer
                ", Bộ Y tế về việc phối hợp",
                "(khóa XIX) về việc giao chỉ tiêu",
                "về việc giao chỉ tiêu",
                "và Sở Y tế",
            ]
            * 3,
            start=1,
        )
    ]
    alone = [[(f.text, f.citation) for f in citations.extract(s)] for s in sentences]
    together = citations.extract(" ".join(sentences))
    assert [(f.text, f.citation) for f in together] == [c for found in alone for c in found]
    assert len(together) == len(sentences)
