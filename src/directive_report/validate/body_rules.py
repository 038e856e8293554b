"""Rules over the type name, trích yếu, Kính gửi, body, Nơi nhận and signature (Phụ lục I, mục II.5–II.9).

Each rule is a function of the document's :class:`~directive_report.validate._parts.Parts`
that yields findings; :data:`BODY_RULES` lists them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from directive_report.checks import Finding
from directive_report.i18n import N_
from directive_report.readers.facts import Align, ParagraphFacts
from directive_report.validate import rules as r
from directive_report.validate._parts import Parts
from directive_report.validate._style import excerpt, is_upper, size_in, style_findings
from directive_report.validate.page_rules import RULE_SLACK, _rule_length

__all__ = ["BODY_RULES"]

_ROMAN = re.compile(r"^(?P<label>[IVXLC]+)\.\s")
_KHOAN = re.compile(r"^(?P<label>\d+)\.\s")
_DIEM = re.compile(r"^(?P<label>[a-zđ])\)\s")
_DIEM_LETTERS = "abcdđeghiklmnopqrstuvxy"
_INDENTS_MM = (10.0, 12.7)
_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


def _text(paragraph: ParagraphFacts) -> str:
    return " ".join(paragraph.visible_text.split())


def check_title(parts: Parts) -> Iterator[Finding]:
    """Type name in capitals and the trích yếu, 13–14 pt, bold, centred, with their rule; or
    a công văn's V/v, 12–13 pt, upright, not bold (mục II.5.b)."""
    if parts.is_cong_van:
        for line in parts.subject:
            yield from style_findings(r.SUBJECT_LINE, line, part=N_("the V/v line"),
                                      sizes=(12, 13), bold=False, italic=False)  # fmt: skip
        return
    if parts.type_name is None:
        yield r.MISSING_PART.finding(
            "title", "no type name (BÁO CÁO, KẾ HOẠCH, ...) nor 'V/v' line was found"
        )
        return
    name = parts.type_name
    yield from style_findings(r.TYPE_NAME, name, part=N_("the type name"), sizes=(13, 14),
                              bold=True, italic=False, upper=True)  # fmt: skip
    if name.align not in (None, Align.CENTER):
        yield r.TYPE_NAME.finding(name.location, "the type name should be centred")
    for line in parts.summary:
        yield from style_findings(r.SUMMARY, line, part=N_("the trích yếu"), sizes=(13, 14),
                                  bold=True, italic=False)  # fmt: skip
        if line.align not in (None, Align.CENTER):
            yield r.SUMMARY.finding(line.location, "the trích yếu should be centred")
    if parts.summary:
        longest = max(parts.summary, key=lambda p: len(p.text))
        yield from _rule_length(
            r.SUMMARY_RULE,
            parts.summary_rule,
            longest,
            (1 / 3 - RULE_SLACK / 2, 1 / 2 + RULE_SLACK / 2),
            N_("the trích yếu"),
        )


def check_addressees(parts: Parts) -> Iterator[Finding]:
    """'Kính gửi:' and its recipients, 13–14 pt, upright (mục II.9.d)."""
    if not parts.addressees:
        return
    first, *rest = parts.addressees
    text = _text(first)
    if not text.startswith("Kính gửi:"):
        yield r.ADDRESSEES.finding(
            first.location, "'{text}' should start 'Kính gửi:' (with a colon)", text=excerpt(first)
        )
    for line in parts.addressees:
        yield from style_findings(r.ADDRESSEES, line, part=N_("Kính gửi"), sizes=(13, 14),
                                  bold=False, italic=False)  # fmt: skip
    for index, line in enumerate(rest):
        end = "." if index == len(rest) - 1 else ";"
        if not _text(line).endswith(end):
            yield r.ADDRESSEES.finding(
                line.location, "the recipient '{text}' should end with '{end}'",
                text=excerpt(line), end=end,
            )  # fmt: skip


def _kind(paragraph: ParagraphFacts) -> str:
    if paragraph.align is Align.CENTER and paragraph.bold:
        # a centred heading: Phần, Chương, Mục (mục II.6.đ, variant a), a decision's authority
        # line and "QUYẾT ĐỊNH:" (Phụ lục III, Mẫu 1.1–1.3)
        return "centred"
    text = _text(paragraph)
    if _ROMAN.match(text):
        return "muc"
    if _KHOAN.match(text):
        return "khoan"
    if _DIEM.match(text):
        return "diem"
    return "text"


def check_body(parts: Parts) -> Iterator[Finding]:
    """Body 13–14 pt, justified, indented 1 or 1.27 cm, ≥ 6 pt apart, single to 1.5 lines
    (mục II.6.e); mục headings in capitals and bold (mục V)."""
    previous: ParagraphFacts | None = None
    for paragraph in parts.body:
        where = paragraph.location
        fields = {"text": excerpt(paragraph)}
        kind = _kind(paragraph)
        if not size_in(paragraph, 13, 14):
            yield r.BODY_SIZE.finding(
                where, "'{text}' is set in {size} pt, expected 13–14 pt",
                size=f"{paragraph.size:g}", **fields,
            )  # fmt: skip
        if paragraph.italic and kind != "text":
            yield r.BODY_SIZE.finding(where, "'{text}' should be upright", **fields)
        if kind == "muc" and (not is_upper(paragraph) or paragraph.bold is False):
            yield r.HEADING.finding(where, "the heading '{text}' should be in capitals and bold",
                                    **fields)  # fmt: skip
        if paragraph.align not in (None, Align.JUSTIFY) and kind == "text":
            yield r.BODY_ALIGN.finding(where, "'{text}' should be justified", **fields)
        indent = paragraph.first_line_indent
        if (
            indent is not None
            and kind == "text"
            and not any(abs(indent - wanted) <= 0.3 for wanted in _INDENTS_MM)
        ):
            yield r.BODY_INDENT.finding(
                where, "'{text}' is indented {indent} mm, expected 10 or 12.7 mm",
                indent=f"{indent:.1f}", **fields,
            )  # fmt: skip
        if previous is not None and not _note_under(previous, paragraph):
            gap = (previous.space_after or 0) + (paragraph.space_before or 0)
            if paragraph.space_before is not None and gap < 6 - 0.05:
                yield r.BODY_SPACING.finding(
                    where, "'{text}' is {gap} pt below the paragraph before, expected at least 6 pt",
                    gap=f"{gap:g}", **fields,
                )  # fmt: skip
        spacing = paragraph.line_spacing
        if spacing is not None and not 0.99 <= spacing <= 1.51:
            yield r.BODY_LINE_SPACING.finding(
                where, "'{text}' has line spacing {spacing}, expected single to 1.5 lines",
                spacing=f"{spacing:g}", **fields,
            )  # fmt: skip
        previous = paragraph


def _note_under(item: ParagraphFacts, paragraph: ParagraphFacts) -> bool:
    """An italic line set tight under an item (its assignee and deadline) belongs to it."""
    return bool(paragraph.italic) and not item.italic and paragraph.space_before == 0


def check_numbering(parts: Parts) -> Iterator[Finding]:
    """Mục I., II., ...; khoản 1., 2., ... under each mục; điểm a), b), ... under each khoản,
    in the Vietnamese alphabet (mục II.6.đ)."""
    from directive_report.vi import to_roman

    expected = {"muc": 1, "khoan": 1, "diem": 0}
    for paragraph in parts.body:
        kind = _kind(paragraph)
        text = _text(paragraph)
        if kind == "muc":
            label = _ROMAN.match(text)["label"]  # type: ignore[index]  # matched in _kind
            wanted = to_roman(expected["muc"])
            expected.update(muc=expected["muc"] + 1, khoan=1, diem=0)
        elif kind == "khoan":
            label = _KHOAN.match(text)["label"]  # type: ignore[index]
            wanted = str(expected["khoan"])
            expected.update(khoan=expected["khoan"] + 1, diem=0)
        elif kind == "diem":
            label = _DIEM.match(text)["label"]  # type: ignore[index]
            index = expected["diem"]
            wanted = _DIEM_LETTERS[index] if index < len(_DIEM_LETTERS) else "?"
            expected["diem"] = index + 1
        else:
            continue
        if label != wanted:
            yield r.NUMBERING.finding(
                paragraph.location, "'{text}' is numbered '{label}', expected '{wanted}'",
                text=excerpt(paragraph), label=label, wanted=wanted,
            )  # fmt: skip
            return  # one break in the order; the rest follows from it


def check_end_mark(parts: Parts) -> Iterator[Finding]:
    """The body ends with './.' (Phụ lục III, every template)."""
    if not parts.body:
        yield r.MISSING_PART.finding("body", "the body is empty")
        return
    last = parts.body[-1]
    if not _text(last).endswith("./."):
        yield r.END_MARK.finding(
            last.location, "the body should end with './.': '{text}'", text=excerpt(last, 60)
        )


def check_recipients(parts: Parts) -> Iterator[Finding]:
    """'Nơi nhận:' 12 pt bold italic; items 11 pt, '- ...;'; last '- Lưu: VT, ....' (mục II.9.d)."""
    label = parts.recipients_label
    if label is None:
        yield r.MISSING_PART.finding("footer", "'Nơi nhận:' is missing")
        return
    if _text(label) != "Nơi nhận:":
        yield r.RECIPIENTS_LABEL.finding(
            label.location, "'{text}' should read 'Nơi nhận:'", text=excerpt(label)
        )
    yield from style_findings(r.RECIPIENTS_LABEL, label, part=N_("'Nơi nhận:'"), sizes=(12, 12),
                              bold=True, italic=True)  # fmt: skip
    items = list(parts.recipients)
    for index, item in enumerate(items):
        last = index == len(items) - 1
        yield from style_findings(r.RECIPIENTS_ITEMS, item, part=N_("the recipient"),
                                  sizes=(11, 11), italic=False)  # fmt: skip
        text = _text(item)
        if not text.startswith("-"):
            yield r.RECIPIENTS_ITEMS.finding(
                item.location, "the recipient '{text}' should start with '- '", text=excerpt(item)
            )
        if not last and not text.endswith(";"):
            yield r.RECIPIENTS_ITEMS.finding(
                item.location, "the recipient '{text}' should end with ';'", text=excerpt(item)
            )
    archive = _text(items[-1]).lstrip("- ") if items else ""
    if not re.match(r"^Lưu: VT\b", archive) or not archive.rstrip(" )(0123456789").endswith("."):
        yield r.RECIPIENTS_ARCHIVE.finding(
            items[-1].location if items else label.location,
            "the last line of Nơi nhận should be '- Lưu: VT, <drafting unit>.', not '{text}'",
            text=archive,
        )


def check_signature(parts: Parts) -> Iterator[Finding]:
    """Authority and title in capitals, bold; no 'KT.' above the head's own title; the name
    bold (mục II.7)."""
    lines = [p for p in parts.signature if not _text(p).startswith("(")]
    if not lines:
        yield r.MISSING_PART.finding("footer", "the signature block is missing")
        return
    *titles, name = lines
    for line in titles:
        yield from style_findings(r.SIGNATURE_STYLE, line, part=N_("the signer's title"),
                                  sizes=(13, 14), bold=True, italic=False, upper=True)  # fmt: skip
    yield from style_findings(r.SIGNATURE_STYLE, name, part=N_("the signer's name"),
                              sizes=(13, 14), bold=True, italic=False, upper=False)  # fmt: skip
    texts = [_text(line) for line in titles]
    for index, text in enumerate(texts):
        word = text.split(" ")[0]
        if re.fullmatch(r"(TM|KT|Q|TL|TUQ)\.?|K\.T\.|T\.M\.", word) and word not in _PREFIXES:
            yield r.SIGNATURE_PREFIX.finding(
                titles[index].location, "'{word}' should be written as the decree does: {prefixes}",
                word=word, prefixes=", ".join(_PREFIXES),
            )  # fmt: skip
        if text.startswith("KT. ") and index + 1 < len(texts):
            head = text.removeprefix("KT. ")
            if texts[index + 1] == head:
                yield r.SIGNATURE_PREFIX.finding(
                    titles[index + 1].location,
                    "'KT. {head}' is signed by a deputy; the title under it cannot be the head's "
                    "own ('{head}')",
                    head=head,
                )


#: The rules after the header, in the order their findings are listed.
BODY_RULES: tuple[Callable[[Parts], Iterator[Finding]], ...] = (
    check_title,
    check_addressees,
    check_body,
    check_numbering,
    check_end_mark,
    check_recipients,
    check_signature,
)
