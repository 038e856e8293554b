"""The issuer table's behaviours that mutation testing (``nox -s mutate -- citations/issuers``)
found no test looking at: the exact messages of a bad entry or file, a table built anew from its
entries, sessions (``QH{khóa}``) in a province's table, and names written in capitals.

Every expected value is written by hand from the table's rules (docs/citations.md, "Issuers"):
the case of a known name, the sentence case around it, a place's name with its capital.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from directive_report import citations
from directive_report.citations import IssuerTableError
from directive_report.citations.issuers import DEFAULT_ISSUERS, Issuer, IssuerTable


def _table(rebuilt: bool) -> IssuerTable:
    """The default table, or the same built again from its entries inside the test: mutmut
    switches a mutant on after the modules (and so ``DEFAULT_ISSUERS``) are imported, so the
    constructor is seen through a new table."""
    return IssuerTable(DEFAULT_ISSUERS.issuers) if rebuilt else DEFAULT_ISSUERS


ABBREVIATION_HINT = (
    "expected one group of letters and digits as written in a ký hiệu, such as 'TTg' or "
    "'BTTTT' (optionally with '{khóa}', as in 'QH{khóa}')"
)


# -- one entry ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "abbreviation",
    [
        "{khóa}",  # a session number and no letters
        "QH{khóa}{khóa}",  # two session numbers
        "CT-TTg",  # two groups
    ],
)
def test_an_abbreviation_is_one_group(abbreviation: str) -> None:
    with pytest.raises(IssuerTableError) as error:
        Issuer(abbreviation=abbreviation, name="Quốc hội khóa {khóa}")
    assert str(error.value) == f"abbreviation {abbreviation!r}: {ABBREVIATION_HINT}"


def test_an_issuer_needs_an_abbreviation_or_a_name() -> None:
    with pytest.raises(IssuerTableError) as error:
        Issuer(infer=False)
    assert str(error.value) == "an issuer needs an abbreviation, a name, or both"


@pytest.mark.parametrize("name", [" Bộ Y tế", "Bộ Y tế ", "  "])
def test_a_name_has_no_outer_spaces(name: str) -> None:
    with pytest.raises(IssuerTableError) as error:
        Issuer(abbreviation="BYT", name=name)
    assert str(error.value) == f"issuer name {name!r}: expected text without outer spaces"


def test_a_session_name_says_where_the_session_goes() -> None:
    with pytest.raises(IssuerTableError) as error:
        Issuer(abbreviation="QH{khóa}", name="Quốc hội")
    assert str(error.value) == "issuer 'QH{khóa}': the name must say where '{khóa}' goes"


# -- a table built from entries ----------------------------------------------------------------


@pytest.mark.parametrize("rebuilt", [False, True], ids=["default", "rebuilt"])
@pytest.mark.parametrize(
    ("group", "canonical"),
    [
        ("CTR", "CTr"),  # a type abbreviation in mixed case (Phụ lục III: Chương trình)
        ("QYĐ", "QyĐ"),
        ("ND", "NĐ"),  # a copy without diacritics: ND, QD are the types NĐ, QĐ
        ("QD", "QĐ"),
        ("nd", "NĐ"),
        ("TTG", "TTg"),
        ("qh09", "QH9"),  # a legislature's number is a number
        ("TƯ", "TU"),  # a capital with a diacritic in a ký hiệu is damage: its base letter
        ("Tư", "TƯ"),  # small letters: a word glued to it, left as written (in capitals)
    ],
)
def test_groups_of_a_rebuilt_table(rebuilt: bool, group: str, canonical: str) -> None:
    assert _table(rebuilt).canonical_group(group) == canonical


@pytest.mark.parametrize("rebuilt", [False, True], ids=["default", "rebuilt"])
@pytest.mark.parametrize(
    ("group", "issuer"),
    [
        ("QH14", "Quốc hội khóa XIV"),
        ("qh15", "Quốc hội khóa XV"),
        ("UBTVQH15", "Ủy ban Thường vụ Quốc hội khóa XV"),
        ("BTTTT", "Bộ Thông tin và Truyền thông"),
        ("UBND", None),
    ],
)
def test_issuers_named_by_a_rebuilt_table(rebuilt: bool, group: str, issuer: str) -> None:
    assert _table(rebuilt).issuer_named_by(group) == issuer


def test_a_session_with_letters_after_its_number() -> None:
    """``{khóa}`` may stand inside an abbreviation: the letters after it are matched too."""
    table = DEFAULT_ISSUERS.extend(
        [Issuer(abbreviation="BCH{khóa}TU", name="Ban Chấp hành Đảng bộ tỉnh khóa {khóa}")]
    )
    assert table.issuer_named_by("BCH20TU") == "Ban Chấp hành Đảng bộ tỉnh khóa XX"
    assert table.canonical_group("bch20tu") == "BCH20TU"
    assert table.issuer_named_by("BCH20TW") is None


def test_a_later_session_entry_wins() -> None:
    """A province's ``QH{khóa}`` overrides the default one, as any later entry does."""
    name = "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa {khóa}"
    table = DEFAULT_ISSUERS.extend([Issuer(abbreviation="QH{khóa}", name=name)])
    assert table.issuer_named_by("QH15") == (
        "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV"
    )
    assert table.issuer_named_by("UBTVQH15") == "Ủy ban Thường vụ Quốc hội khóa XV"


def test_a_symbol_is_not_a_party_one_unless_said() -> None:
    # a state ký hiệu's groups take the table's case; a slash is kept as written (round 8)
    assert DEFAULT_ISSUERS.canonical_symbol("TTLT/BCA-BNG") == "TTLT/BCA-BNG"
    assert DEFAULT_ISSUERS.canonical_symbol("ct/ttg") == "CT/TTg"
    # a Party ký hiệu keeps its Vietnamese capitals, a state one has the decree's letters
    assert DEFAULT_ISSUERS.canonical_symbol("NQ/TƯ", party=True) == "NQ/TƯ"
    assert DEFAULT_ISSUERS.canonical_symbol("NQ-TƯ") == "NQ-TU"


def test_a_party_symbol_of_four_groups_keeps_each_joint() -> None:
    assert DEFAULT_ISSUERS.canonical_symbol("hd/btgtu-vp-th", party=True) == "HD/BTGTU-VP-TH"
    assert DEFAULT_ISSUERS.canonical_symbol("HD-BTGTU/VP/TH", party=True) == "HD-BTGTU/VP/TH"


# -- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize("rebuilt", [False, True], ids=["default", "rebuilt"])
@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        # a known name in mixed case as written, the old placement of a tone mark too (as the
        # corpus annotates it); with other spacing, in its usual form
        ("Uỷ ban Thường vụ Quốc hội", "Uỷ ban Thường vụ Quốc hội"),
        ("Bộ  Chính   trị", "Bộ Chính trị"),
        ("UỶ BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"),
        ("BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch"),
        # a known name inside words in capitals: its case, sentence case around it, and a place
        # or a term with its capital
        ("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Ủy ban nhân dân tỉnh Bắc Giang"),
        ("ỦY BAN NHÂN DÂN (TỈNH BẮC GIANG)", "Ủy ban nhân dân (tỉnh Bắc Giang)"),
        ("BỘ CHÍNH TRỊ (KHÓA XI)", "Bộ Chính trị (khóa XI)"),
        ("BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX", "Ban Thường vụ Tỉnh ủy khóa XX"),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"),
        # a name in capitals holding none: as written
        ("SỞ Y TẾ", "SỞ Y TẾ"),
        ("Sở Y tế", "Sở Y tế"),
    ],
)
def test_names_in_their_usual_case(rebuilt: bool, written: str, canonical: str) -> None:
    assert _table(rebuilt).canonical_name(written) == canonical


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        # the comma and the dash of a known name written with other spacing
        ("BỘ TRƯỞNG BỘ VĂN HÓA,THỂ THAO VÀ DU LỊCH", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
        ("BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        ("Bộ Lao động – Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
    ],
)
def test_names_with_other_spacing_around_their_punctuation(written: str, canonical: str) -> None:
    assert DEFAULT_ISSUERS.canonical_name(written) == canonical


def test_an_issuer_in_capitals_after_cua() -> None:
    (found,) = citations.extract(
        "Thực hiện Công văn số 12/BVHTTDL-VP CỦA BỘ VĂN HÓA,THỂ THAO VÀ DU LỊCH VỀ VIỆC"
    )
    assert found.citation.issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    assert found.text == "Công văn số 12/BVHTTDL-VP CỦA BỘ VĂN HÓA,THỂ THAO VÀ DU LỊCH"


def test_the_national_entries_infer_unless_told() -> None:
    from directive_report.citations.issuers import _national

    assert _national([("BYT", "Bộ Y tế"), (None, "Bộ Chính trị")]) == [
        Issuer(abbreviation="BYT", name="Bộ Y tế", infer=True),
        Issuer(abbreviation=None, name="Bộ Chính trị", infer=True),
    ]
    assert _national([("UBND", "Ủy ban nhân dân")], infer=False) == [
        Issuer(abbreviation="UBND", name="Ủy ban nhân dân", infer=False)
    ]


# -- a table file ------------------------------------------------------------------------------


def _load(tmp_path: Path, content: str, **kwargs: IssuerTable) -> IssuerTable:
    path = tmp_path / "issuers.toml"
    path.write_text(content, encoding="utf-8")
    return IssuerTable.load(path, **kwargs)


def test_an_empty_file_adds_nothing(tmp_path: Path) -> None:
    table = _load(tmp_path, "")
    assert table.issuers == DEFAULT_ISSUERS.issuers


def test_a_file_on_top_of_another_table(tmp_path: Path) -> None:
    base = DEFAULT_ISSUERS.extend(
        [Issuer(abbreviation="STTTT", name="Sở Thông tin và Truyền thông")]
    )
    table = _load(tmp_path, '[[issuer]]\nabbreviation = "SYT"\nname = "Sở Y tế"\n', base=base)
    assert table.issuer_named_by("STTTT") == "Sở Thông tin và Truyền thông"
    assert table.issuer_named_by("SYT") == "Sở Y tế"


def test_infer_false_in_a_file_is_kept(tmp_path: Path) -> None:
    table = _load(
        tmp_path, '[[issuer]]\nabbreviation = "STTTT"\nname = "Sở Thông tin"\ninfer = false\n'
    )
    assert table.issuer_named_by("STTTT") is None
    assert table.canonical_group("stttt") == "STTTT"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[other]\nx = 1\n", "expected only [[issuer]] tables, found ['other']"),
        ("issuer = ['STTTT']\n", "issuer[0]: expected a table, got 'STTTT'"),
        (
            "[[issuer]]\nname = 'Sở Y tế'\n\n[[issuer]]\nname = 'X'\ncolour = 'red'\n",
            "issuer[1]: unknown keys ['colour']: expected abbreviation, name, infer",
        ),
        ("[[issuer]]\nabbreviation = 5\n", "issuer[0]: abbreviation: expected str, got 5"),
        ("[[issuer]]\nname = ['Sở Y tế']\n", "issuer[0]: name: expected str, got ['Sở Y tế']"),
        ("[[issuer]]\nname = 'X'\ninfer = 'yes'\n", "issuer[0]: infer: expected bool, got 'yes'"),
        (
            "[[issuer]]\ninfer = true\n",
            "issuer[0]: an issuer needs an abbreviation, a name, or both",
        ),
        (
            "[[issuer]]\nabbreviation = 'A B'\n",
            f"issuer[0]: abbreviation 'A B': {ABBREVIATION_HINT}",
        ),
    ],
)
def test_the_exact_message_of_a_bad_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "issuers.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IssuerTableError) as error:
        IssuerTable.load(path)
    assert str(error.value) == f"{path}: {message}"


def test_the_exact_message_of_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "none.toml"
    with pytest.raises(IssuerTableError) as error:
        IssuerTable.load(path)
    assert str(error.value) == (
        f"{path}: cannot read the issuer table: [Errno 2] No such file or directory: '{path}'"
    )
