"""Tests of directive_report.layout.metrics: widths against the fonts themselves and LibreOffice."""

from __future__ import annotations

import itertools
import subprocess
import sys
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import _office
from directive_report.layout import _font_metrics
from directive_report.layout.metrics import (
    FALLBACK_ADVANCE,
    MEASURED_CHARACTERS,
    advance_units,
    break_lines,
    text_width_mm,
)

ROOT = Path(__file__).resolve().parent.parent
FACE_FILES = {
    (False, False): "Regular",
    (True, False): "Bold",
    (False, True): "Italic",
    (True, True): "BoldItalic",
}


@cache
def _font(bold: bool, italic: bool) -> tuple[dict[int, str], dict[str, tuple[int, int]], int]:
    from fontTools.ttLib import TTFont

    font = TTFont(_office.require_liberation2() / f"LiberationSerif-{FACE_FILES[bold, italic]}.ttf")
    return font.getBestCmap(), font["hmtx"].metrics, font["head"].unitsPerEm


def _font_width_mm(text: str, size: float, bold: bool, italic: bool) -> float:
    """The width straight from the TTF with fontTools, independently of the shipped table."""
    cmap, hmtx, units_per_em = _font(bold, italic)
    units = sum(
        hmtx[cmap[ord(c)]][0]
        for c in unicodedata.normalize("NFC", text)
        if not unicodedata.combining(c)
    )
    return units / units_per_em * size * 25.4 / 72


# Widths measured in LibreOffice PDFs (docs/office-techniques.md, "Text widths"): the table must agree within 0.1 mm.
LIBREOFFICE_WIDTHS = [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False, 95.57),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False, 88.24),
    ("Độc lập - Tự do - Hạnh phúc", 14, True, False, 60.39),
    ("Độc lập - Tự do - Hạnh phúc", 13, True, False, 56.12),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 13, True, False, 80.08),
    ("Bắc Giang, ngày 15 tháng 5 năm 2024", 14, False, True, 76.54),
    ("Quảng Ninh, ngày 05 tháng 02 năm 2021", 13, False, False, 75.87),
    ("AVATAR Tây Wa To", 14, False, False, 44.28),
]


@pytest.mark.parametrize(("text", "size", "bold", "italic", "rendered"), LIBREOFFICE_WIDTHS)
def test_widths_agree_with_libreoffice_renderings(
    text: str, size: float, bold: bool, italic: bool, rendered: float
) -> None:
    """Hand-checked table: widths LibreOffice rendered, within 0.15 mm (no kerning either side)."""
    assert text_width_mm(text, size, bold=bold, italic=italic) == pytest.approx(rendered, abs=0.15)


def test_the_face_matters() -> None:
    """Bold is wider than regular: a header sized from the regular face would wrap."""
    qh = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert text_width_mm(qh, 13) == pytest.approx(91.3, abs=0.1)
    assert text_width_mm(qh, 13, bold=True) == pytest.approx(95.7, abs=0.1)


def test_nfd_input_measures_as_nfc() -> None:
    """Decomposed input is composed first, so combining marks add no width."""
    motto = "Độc lập - Tự do - Hạnh phúc"
    nfd = unicodedata.normalize("NFD", motto)
    assert nfd != motto
    assert text_width_mm(nfd, 14, bold=True) == text_width_mm(motto, 14, bold=True)


def test_unknown_characters_take_the_fallback_and_format_characters_none() -> None:
    """A character outside the table counts one em; zero-width joiners count nothing."""
    assert "中" not in MEASURED_CHARACTERS
    assert advance_units("中") == FALLBACK_ADVANCE == _font_metrics.UNITS_PER_EM
    assert advance_units("a\u200db") == advance_units("ab")


def test_vietnamese_repertoire_is_measured() -> None:
    """Every Vietnamese letter, in both cases, is in the table (not guessed)."""
    base = "aăâeêioôơuưy"
    marks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    letters = {unicodedata.normalize("NFC", b + m) for b in base for m in marks} | {"đ"}
    letters |= {letter.upper() for letter in letters}
    assert len(letters) == 2 * (12 * 6 + 1)
    assert letters <= MEASURED_CHARACTERS


@given(
    text=st.text(alphabet=st.sampled_from(sorted(MEASURED_CHARACTERS)), max_size=40),
    size=st.sampled_from([11, 12, 13, 14]),
    bold=st.booleans(),
    italic=st.booleans(),
)
def test_table_equals_the_font_files(text: str, size: float, bold: bool, italic: bool) -> None:
    """Property: the shipped table gives exactly what fontTools reads from Liberation Serif."""
    assert text_width_mm(text, size, bold=bold, italic=italic) == pytest.approx(
        _font_width_mm(text, size, bold, italic), abs=1e-9
    )


@given(
    a=st.text(alphabet=st.sampled_from(sorted(MEASURED_CHARACTERS)), max_size=20),
    b=st.text(alphabet=st.sampled_from(sorted(MEASURED_CHARACTERS)), max_size=20),
)
def test_width_is_additive(a: str, b: str) -> None:
    """Property: without kerning the width of a concatenation is the sum of the widths."""
    assert advance_units(a + b, bold=True) == advance_units(a, bold=True) + advance_units(
        b, bold=True
    )


def test_generated_module_is_up_to_date() -> None:
    """The committed table is what the generator script makes from the installed fonts."""
    _office.require_liberation2()
    script = ROOT / "scripts" / "generate_font_metrics.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


class TestBreakLines:
    """break_lines: fewest lines that fit, as even as possible."""

    def test_fitting_text_stays_on_one_line(self) -> None:
        """A line that fits is not broken."""
        assert break_lines("UBND TỈNH BẮC GIANG", 65, 13) == ("UBND TỈNH BẮC GIANG",)

    def test_issuer_breaks_evenly(self) -> None:
        """80.1 mm of issuer in a 65 mm column: two lines, not a lone word on the second."""
        lines = break_lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 65, 13, bold=True)
        assert lines == ("SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG")

    def test_over_long_word_gets_its_own_line(self) -> None:
        """A word wider than the column cannot be broken; it stands alone."""
        assert break_lines("a " + "W" * 40 + " b", 30, 13) == ("a", "W" * 40, "b")

    def test_empty(self) -> None:
        """No words, no lines."""
        assert break_lines("  ", 30, 13) == ()

    @given(
        words=st.lists(
            st.sampled_from(["SỞ", "THÔNG", "TIN", "VÀ", "TRUYỀN", "Hạnh", "phúc", "ỦY"]),
            min_size=1,
            max_size=12,
        ),
        width=st.floats(min_value=20, max_value=120),
    )
    def test_lines_fit_and_keep_the_words(self, words: list[str], width: float) -> None:
        """Property: the words come back in order, every line fits, and no two neighbouring
        lines could be joined."""
        lines = break_lines(" ".join(words), width, 13, bold=True)
        assert " ".join(lines).split() == words
        for line in lines:
            assert len(line.split()) == 1 or text_width_mm(line, 13, bold=True) <= width
        for first, second in itertools.pairwise(lines):
            assert text_width_mm(f"{first} {second}", 13, bold=True) > width


def test_module_examples() -> None:
    """The examples in the module's docstring hold."""
    import doctest

    from directive_report.layout import metrics

    results = doctest.testmod(metrics)
    assert results.attempted > 0
    assert results.failed == 0
