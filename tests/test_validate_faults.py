"""Planted faults: each bundled example's DOCX and ODT broken one rule at a time.

Every fault must be found with the rule's code, and with no other code; the unbroken files must
give no finding at all.  The faults are edits a person makes in an office suite (tests/_faults.py),
applied to the files the exporters write; the targets are chosen by the text the example has.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

import directive_report as dr
from _faults import Package
from directive_report.readers import read_facts
from directive_report.validate import validate
from directive_report.validate._parts import Parts, find_parts

#: Every bundled example, tables, decisions and appendices included.
EXAMPLES = dr.examples.names()
FORMATS = ("docx", "odt")


@cache
def rendered(example: str, format: str) -> bytes:
    return dr.render(dr.examples.load(example), format)


@cache
def parts_of(example: str, format: str) -> Parts:
    return find_parts(read_facts(io.BytesIO(rendered(example, format)), format=format))


def codes(data: bytes, format: str) -> list[str]:
    stream = io.BytesIO(data)
    stream.name = f"planted.{format}"
    return sorted({finding.code for finding in validate(stream)})


def _start(paragraph: Any) -> str:
    return str(paragraph.visible_text.replace("\n", " ")[:25])


def _find(pkg: Package, paragraph: Any) -> Any:
    """The XML paragraph of a paragraph the validator's parts found."""
    return pkg.find(paragraph.text.split("\n")[0][:25])


def _body_text(parts: Parts) -> Any:
    """A plain body paragraph (not a heading, not a list item) in the middle of the body."""
    plain = [
        p
        for p in parts.body
        if p.text[:1].isupper() and not p.text[:3].rstrip(".").isupper() and not p.italic
    ]
    return plain[len(plain) // 2]


def _symbol(parts: Parts) -> str:
    assert parts.number is not None
    return parts.number.text.split("/", 1)[1]


def _yearless_number(parts: Parts) -> Any:
    """The number of a document whose type never carries a year (a Quyết định may: a normative
    one is numbered 05/2024/QĐ-UBND)."""
    name = parts.type_name
    if name is not None:
        written = " ".join(name.text.split()).upper()
        if any(t.title == written and t.is_normative for t in dr.DOCUMENT_TYPES):
            return None
    return parts.number


def _numbered(parts: Parts) -> tuple[Any, str, str] | None:
    """The second mục heading (II. → III.), or else the second khoản (2. → 3.)."""
    for prefix, old, new in (("II. ", "II.", "III."), ("2. ", "2.", "3.")):
        for paragraph in parts.body:
            if paragraph.text.startswith(prefix):
                return paragraph, old, new
    return None


Fault = Callable[[Package, Parts], bool]


def _run(which: Callable[[Parts], Any], **changes: Any) -> Fault:
    def plant(pkg: Package, parts: Parts) -> bool:
        target = which(parts)
        if not target:
            return False
        pkg.run_format(_find(pkg, target), **changes)
        return True

    return plant


def _para(which: Callable[[Parts], Any], **changes: Any) -> Fault:
    def plant(pkg: Package, parts: Parts) -> bool:
        target = which(parts)
        if not target:
            return False
        pkg.paragraph_format(_find(pkg, target), **changes)
        return True

    return plant


def _text(which: Callable[[Parts], Any], new: Callable[[Parts, str], str]) -> Fault:
    def plant(pkg: Package, parts: Parts) -> bool:
        target = which(parts)
        if not target or new(parts, target.text) == target.text:
            return False  # no such part, or nothing to break (November has no padding)
        pkg.set_text(_find(pkg, target), new(parts, target.text))
        return True

    return plant


def _rule_after(which: Callable[[Parts], Any], action: str) -> Fault:
    def plant(pkg: Package, parts: Parts) -> bool:
        target = which(parts)
        if not target:
            return False
        rule = pkg.after(_find(pkg, target))
        assert pkg.text(rule) == ""
        if action == "remove":
            pkg.remove(rule)
        else:
            pkg.paragraph_format(rule, indent_mm=35)
        return True

    return plant


def _renumber(pkg: Package, parts: Parts) -> bool:
    found = _numbered(parts)
    if found is None:
        return False
    paragraph, old, new = found
    pkg.replace(_find(pkg, paragraph), old, new)
    return True


def _page(**changes: Any) -> Fault:
    def plant(pkg: Package, parts: Parts) -> bool:
        pkg.page(**changes)
        return True

    return plant


def _kt_head(parts: Parts) -> Any:
    titles = [p for p in parts.signature if p.text.startswith("KT. ")]
    if not titles:
        return None
    index = parts.signature.index(titles[0])
    return parts.signature[index + 1]


def _last_issuer(parts: Parts) -> Any:
    return parts.issuer[-1] if parts.issuer else None


def _muc(parts: Parts) -> Any:
    return next((p for p in parts.body if p.text.startswith("I. ")), None)


def _first(items: tuple[Any, ...]) -> Any:
    return items[0] if items else None


def _date_below_10(parts: Parts) -> Any:
    """The date line, when its day is below 10 (written with a leading zero)."""
    line = parts.date_line
    return line if line is not None and " ngày 0" in line.text else None


def _month_padding_wrong(parts: Parts, text: str) -> str:
    """The same date with the month's padding the other way ("tháng 05", "tháng 2")."""

    def swap(match: re.Match[str]) -> str:
        month = int(match[1])
        return f"tháng {month:02d} " if month >= 3 else f"tháng {month} "

    return re.sub(r"tháng (\d+) ", swap, text)


def _first_page_number(pkg: Package, parts: Parts) -> bool:
    pkg.page_number_on_first_page()
    return True


def _footer_page_number(pkg: Package, parts: Parts) -> bool:
    pkg.page_number_in_footer()
    return True


#: name -> (the code it must raise, how to plant it)
FAULTS: dict[str, tuple[str, Fault]] = {
    "paper-letter": ("paper-size", _page(width_mm=215.9, height_mm=279.4)),
    "margin-top-15": ("margin-top", _page(margins_mm={"top": 15})),
    "margin-bottom-30": ("margin-bottom", _page(margins_mm={"bottom": 30})),
    "margin-left-25": ("margin-left", _page(margins_mm={"left": 25})),
    # 22, not 25 mm: every rule drawn as a paragraph border shortens with the text width, and
    # 10 mm less would bring the rule under a short trích yếu (the decision's) below 1/3 of it,
    # a second, true finding
    "margin-right-22": ("margin-right", _page(margins_mm={"right": 22})),
    "body-in-arial": ("font", _run(_body_text, font="Arial")),
    "body-in-red": ("font-colour", _run(_body_text, colour="FF0000")),
    "national-title-12-motto-14": (
        "header-size-set",
        _run(lambda p: p.national_title, size=12),
    ),
    "national-title-not-bold": ("national-title", _run(lambda p: p.national_title, bold=False)),
    "motto-en-dash": (
        "motto",
        _text(lambda p: p.motto, lambda p, t: t.replace(" - ", " – ")),
    ),
    "motto-rule-missing": ("motto-rule", _rule_after(lambda p: p.motto, "remove")),
    "motto-rule-short": ("motto-rule", _rule_after(lambda p: p.motto, "shorten")),
    "issuer-rule-missing": ("issuer-rule", _rule_after(_last_issuer, "remove")),
    "issuer-14pt": ("issuer", _run(_last_issuer, size=14)),
    "number-unpadded": (
        "number-format",
        _text(lambda p: p.number, lambda p, t: f"Số: 5/{_symbol(p)}"),
    ),
    "number-no-colon": (
        "number-format",
        _text(lambda p: p.number, lambda p, t: f"Số 05/{_symbol(p)}"),
    ),
    "number-wrong-type": (
        "number-type",
        _text(
            lambda p: p.number, lambda p, t: "Số: 05/HD-STTTT" if p.type_name else "Số: 05/BC-STTTT"
        ),
    ),
    "number-with-year": (
        "number-year",
        _text(_yearless_number, lambda p, t: f"Số: 05/2024/{_symbol(p)}"),
    ),
    "number-14pt": ("number-style", _run(lambda p: p.number, size=14)),
    "date-day-unpadded": (
        "date-format",
        _text(_date_below_10, lambda p, t: t.replace(" ngày 0", " ngày ")),
    ),
    "date-month-padding": ("date-format", _text(lambda p: p.date_line, _month_padding_wrong)),
    "date-upright": ("date-style", _run(lambda p: p.date_line, italic=False)),
    "type-name-lower-case": (
        "type-name",
        _text(lambda p: p.type_name, lambda p, t: t.capitalize()),
    ),
    "summary-not-bold": ("summary", _run(lambda p: _first(p.summary), bold=False)),
    "summary-rule-missing": (
        "summary-rule",
        _rule_after(lambda p: p.summary[-1] if p.summary else None, "remove"),
    ),
    "subject-bold": ("subject-line", _run(lambda p: _first(p.subject), bold=True)),
    "kinh-gui-without-colon": (
        "kinh-gui",
        _text(lambda p: _first(p.addressees), lambda p, t: t.replace("Kính gửi:", "Kính gửi", 1)),
    ),
    "body-12pt": ("body-size", _run(_body_text, size=12)),
    "body-left-aligned": ("body-alignment", _para(_body_text, align="left")),
    "body-not-indented": ("body-indent", _para(_body_text, first_line_mm=0)),
    "body-no-space-before": ("body-spacing", _para(_body_text, space_before_pt=0)),
    "body-double-spaced": ("body-line-spacing", _para(_body_text, line_spacing=2)),
    "numbering-skips": ("body-numbering", _renumber),
    "heading-lower-case": (
        "heading-style",
        _text(_muc, lambda p, t: "I. " + t[3:].capitalize()),
    ),
    "end-mark-missing": (
        "end-mark",
        _text(lambda p: p.body[-1], lambda p, t: t.removesuffix("./.")),
    ),
    "recipients-label-upright": (
        "recipients-label",
        _run(lambda p: p.recipients_label, italic=False),
    ),
    "recipient-12pt": ("recipients-items", _run(lambda p: _first(p.recipients), size=12)),
    "archive-without-vt": (
        "recipients-archive",
        _text(lambda p: p.recipients[-1], lambda p, t: "- Lưu: HC."),
    ),
    "kt-above-head-title": (
        "signature-prefix",
        _text(_kt_head, lambda p, t: t.removeprefix("PHÓ ")),
    ),
    "signer-not-bold": ("signature-style", _run(lambda p: p.signature[-1], bold=False)),
    "page-number-on-page-1": (
        "page-number-first-page",
        _first_page_number,
    ),
    "page-number-in-footer": (
        "page-number-position",
        _footer_page_number,
    ),
    # ô 13 of a công văn, in page 1's footer (the other examples have none)
    "contact-line-13pt": ("contact-line", lambda pkg, parts: pkg.contact_line(size=13)),
    "contact-rule-missing": ("contact-line", lambda pkg, parts: pkg.contact_line(remove_rule=True)),
}


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("example", EXAMPLES)
def test_unbroken_files_are_clean(example: str, format: str) -> None:
    """The exporters' own files break no rule."""
    assert codes(rendered(example, format), format) == []


def _planted(example: str, format: str, fault: str) -> bytes | None:
    """The example's file with *fault* planted, or ``None`` when it has no part for it (a
    báo cáo has no Kính gửi, a công văn no type name)."""
    package = Package(rendered(example, format))
    if not FAULTS[fault][1](package, parts_of(example, format)):
        return None
    return package.save()


CASES = [
    (example, format, fault)
    for example in EXAMPLES
    for format in FORMATS
    for fault in sorted(FAULTS)
    if _planted(example, format, fault) is not None
]


@pytest.mark.parametrize(("example", "format", "fault"), CASES)
def test_planted_fault_is_found(example: str, format: str, fault: str) -> None:
    """The fault is reported with its rule's code and nothing else."""
    data = _planted(example, format, fault)
    assert data is not None
    assert codes(data, format) == [FAULTS[fault][0]]


def test_at_least_25_kinds_of_fault_are_planted_in_every_format() -> None:
    """The measure the issue asks for: 25 kinds or more, each planted in both formats."""
    planted = {format: {fault for _, f, fault in CASES if f == format} for format in FORMATS}
    assert planted["docx"] == planted["odt"] == set(FAULTS)
    assert len(FAULTS) >= 25
