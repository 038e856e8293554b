"""The registry of validation rules: a stable code, a severity and the decree's source for each.

Every rule of the page and of the model is declared once here with :func:`rule`; a finding is
made from its rule (:meth:`Rule.finding`), so that its code, severity and reference cannot
drift from the registry.  The docs page that
lists them is generated from here (``scripts/generate_validation_rules.py`` writes
docs/validation-rules.md; a test keeps it in step).
"""

from __future__ import annotations

import attrs

from directive_report.checks import Finding, Severity
from directive_report.i18n import both

__all__ = ["RULES", "Rule", "rule", "rules_markdown"]

#: The appendix whose rules most page checks come from.
_PL1 = "NĐ 30/2020, Phụ lục I"


@attrs.frozen(kw_only=True)
class Rule:
    """One rule: its ``code`` (stable, kebab-case), ``severity``, ``reference`` in the decree,
    the ``part`` of the document it looks at and a one-line ``summary`` (English)."""

    code: str
    severity: Severity
    reference: str
    part: str
    summary: str

    def finding(self, location: str, message: str, /, **fields: object) -> Finding:
        """A finding of this rule at *location*: *message* (an English message id of the
        catalogs, with ``str.format`` fields) in English and Vietnamese."""
        english, vietnamese = both(message, **fields)
        return Finding(
            code=self.code,
            severity=self.severity,
            location=location,
            message=english,
            message_vi=vietnamese,
            reference=self.reference,
        )


#: Every rule by code, in the order of the docs page.
RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, reference: str, part: str, summary: str) -> Rule:
    """Declare the rule *code* (once) and return it."""
    if code in RULES:
        raise ValueError(f"rule {code!r} is declared twice")
    declared = Rule(code=code, severity=severity, reference=reference, part=part, summary=summary)
    RULES[code] = declared
    return declared


E, W = Severity.ERROR, Severity.WARNING

# -- the page (Phụ lục I, Phần I, mục I) --------------------------------------------------------
PAPER = rule("paper-size", E, f"{_PL1}, mục I.1", "page", "A4 paper, 210 × 297 mm")
MARGIN_TOP = rule("margin-top", E, f"{_PL1}, mục I.3", "page", "top margin 20–25 mm")
MARGIN_BOTTOM = rule("margin-bottom", E, f"{_PL1}, mục I.3", "page", "bottom margin 20–25 mm")
MARGIN_LEFT = rule("margin-left", E, f"{_PL1}, mục I.3", "page", "left margin 30–35 mm")
MARGIN_RIGHT = rule("margin-right", E, f"{_PL1}, mục I.3", "page", "right margin 15–20 mm")
FONT = rule("font", E, f"{_PL1}, mục I.4", "page", "every character in Times New Roman")
COLOUR = rule("font-colour", E, f"{_PL1}, mục I.4", "page", "text in black")
PAGE_NUMBER_FIRST = rule(
    "page-number-first-page", E, f"{_PL1}, mục I.7", "page", "no page number on page 1"
)
PAGE_NUMBER_PLACE = rule(
    "page-number-position",
    E,
    f"{_PL1}, mục I.7",
    "page",
    "page numbers centred in the top margin (the header), 13–14 pt, upright",
)
CONTACT_LINE = rule(
    "contact-line",
    E,
    f"{_PL1}, mục III.4",
    "page",
    "the issuer's address, telephone, e-mail, website at the foot of page 1: 11–12 pt, upright, "
    "under a rule as wide as the text",
)
# -- the header (mục II.1–II.4 and IV) ----------------------------------------------------------
HEADER = rule(
    "header-columns",
    E,
    f"{_PL1}, mục IV (ô 1–4)",
    "header",
    "the issuer (left) and the national title (right) side by side in two columns",
)
NATIONAL_TITLE = rule(
    "national-title",
    E,
    f"{_PL1}, mục II.1.a",
    "header",
    "'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM': capitals, 12–13 pt, upright, bold",
)
MOTTO = rule(
    "motto",
    E,
    f"{_PL1}, mục II.1.b",
    "header",
    "'Độc lập - Tự do - Hạnh phúc' (hyphens with spaces): 13–14 pt, upright, bold",
)
MOTTO_RULE = rule(
    "motto-rule",
    E,
    f"{_PL1}, mục II.1.b",
    "header",
    "a solid rule under the motto, as long as the motto's line",
)
SIZE_SET = rule(
    "header-size-set",
    E,
    f"{_PL1}, mục V, chú thích 1",
    "header",
    "national title 13 → motto and date 14; national title 12 → motto and date 13",
)
ISSUER = rule(
    "issuer",
    E,
    f"{_PL1}, mục II.2.b",
    "header",
    "issuer in capitals, 12–13 pt, upright, bold (the parent body not bold)",
)
ISSUER_RULE = rule(
    "issuer-rule",
    E,
    f"{_PL1}, mục II.2.b",
    "header",
    "a solid rule under the issuer, 1/3 to 1/2 as long as its line, centred",
)
NUMBER_FORMAT = rule(
    "number-format",
    E,
    f"{_PL1}, mục II.3.c",
    "header",
    "'Số: 05/BC-STTTT': 'Số' and a colon, numbers below 10 with a leading zero, '/' and '-' "
    "without spaces",
)
NUMBER_STYLE = rule("number-style", E, f"{_PL1}, mục II.3.c", "header", "Số line 13 pt, upright")
NUMBER_TYPE = rule(
    "number-type",
    E,
    "NĐ 30/2020, Phụ lục III, mục I; Phụ lục I, mục II.3.b",
    "header",
    "the ký hiệu starts with the abbreviation of the document's type (a công văn's with the "
    "issuer's)",
)
NUMBER_YEAR = rule(
    "number-year",
    E,
    f"{_PL1}, mục II.3; Luật Ban hành văn bản QPPL",
    "header",
    "the year in the số only for normative documents",
)
DATE_FORMAT = rule(
    "date-format",
    E,
    f"{_PL1}, mục II.4.b–c",
    "header",
    "'Bắc Giang, ngày 05 tháng 3 năm 2024': days below 10 and months 1–2 with a leading zero",
)
DATE_STYLE = rule("date-style", E, f"{_PL1}, mục II.4.c", "header", "date line 13–14 pt, italic")
# -- type, summary, Kính gửi (mục II.5, II.9) ---------------------------------------------------
TYPE_NAME = rule(
    "type-name",
    E,
    f"{_PL1}, mục II.5.b",
    "title",
    "the type name (BÁO CÁO) in capitals, 13–14 pt, upright, bold, centred",
)
SUMMARY = rule(
    "summary", E, f"{_PL1}, mục II.5.b", "title", "the trích yếu 13–14 pt, upright, bold, centred"
)
SUMMARY_RULE = rule(
    "summary-rule",
    E,
    f"{_PL1}, mục II.5.b",
    "title",
    "a solid rule under the trích yếu, 1/3 to 1/2 as long as its line, centred",
)
SUBJECT_LINE = rule(
    "subject-line",
    E,
    f"{_PL1}, mục II.5.b",
    "header",
    "a công văn's 'V/v ...' under the Số: 12–13 pt, upright, not bold",
)
ADDRESSEES = rule(
    "kinh-gui",
    E,
    f"{_PL1}, mục II.9.d",
    "addressees",
    "'Kính gửi:' with a colon, 13–14 pt, upright; several recipients one per line with '-', "
    "';' and a final '.'",
)
# -- the body (mục II.6) ------------------------------------------------------------------------
BODY_SIZE = rule("body-size", E, f"{_PL1}, mục II.6.e", "body", "body text 13–14 pt, upright")
BODY_ALIGN = rule("body-alignment", E, f"{_PL1}, mục II.6.e", "body", "body text justified")
BODY_INDENT = rule(
    "body-indent", E, f"{_PL1}, mục II.6.e", "body", "first line indented 1 cm or 1.27 cm"
)
BODY_SPACING = rule(
    "body-spacing", E, f"{_PL1}, mục II.6.e", "body", "at least 6 pt between paragraphs"
)
BODY_LINE_SPACING = rule(
    "body-line-spacing", E, f"{_PL1}, mục II.6.e", "body", "line spacing single to 1.5 lines"
)
NUMBERING = rule(
    "body-numbering",
    E,
    f"{_PL1}, mục II.6.đ and V",
    "body",
    "mục I., II., ... and khoản 1., 2., ... in order; điểm a), b), ... in the Vietnamese alphabet",
)
HEADING = rule(
    "heading-style",
    E,
    f"{_PL1}, mục V (bố cục b)",
    "body",
    "a mục heading 'I. ...' in capitals and bold",
)
END_MARK = rule(  # the templates' practice, not a sentence of the decree: a warning
    "end-mark", W, "NĐ 30/2020, Phụ lục III (mẫu 1.1–1.10)", "body", "the body ends with './.'"
)
# -- Nơi nhận and signature (mục II.7, II.9) ----------------------------------------------------
RECIPIENTS_LABEL = rule(
    "recipients-label",
    E,
    f"{_PL1}, mục II.9.d",
    "recipients",
    "'Nơi nhận:' with a colon, 12 pt, bold italic",
)
RECIPIENTS_ITEMS = rule(
    "recipients-items",
    E,
    f"{_PL1}, mục II.9.d",
    "recipients",
    "each recipient 11 pt, upright, '- ' first and ';' last",
)
RECIPIENTS_ARCHIVE = rule(
    "recipients-archive",
    E,
    f"{_PL1}, mục II.9.d",
    "recipients",
    "the last line 'Lưu: VT, <drafting unit> ...' ending with '.'",
)
SIGNATURE_PREFIX = rule(
    "signature-prefix",
    E,
    f"{_PL1}, mục II.7.b",
    "signature",
    "TM., KT., Q., TL., TUQ. as the decree writes them; no 'KT.' above the head's own title",
)
SIGNATURE_STYLE = rule(
    "signature-style",
    E,
    f"{_PL1}, mục II.7.đ",
    "signature",
    "authority and title in capitals, name in lower case, 13–14 pt, upright, bold",
)
MISSING_PART = rule(
    "missing-part",
    E,
    f"{_PL1}, mục II",
    "document",
    "every part of the form is there: header, type or V/v, body, Nơi nhận, signature",
)


def rules_markdown() -> str:
    """The docs page of every rule, generated from the registry."""
    from directive_report.validate.model_rules import MODEL_RULES  # declares the model rules

    lines = [
        "# Validation rules",
        "",
        "Generated from the registry `directive_report.validate.rules.RULES` by "
        "`scripts/generate_validation_rules.py`; do not edit by hand.",
        "",
        "| Code | Severity | Part | Rule | Source |",
        "|---|---|---|---|---|",
    ]
    for item in RULES.values():
        lines.append(
            f"| `{item.code}` | {item.severity.value} | {item.part} | {item.summary} "
            f"| {item.reference} |"
        )
    lines += [
        "",
        "The checks of the report model (`directive-report check`, {doc}`checks`) run on the "
        "report read back from the document, with the codes listed there:",
        "",
        "| Check | What it checks |",
        "|---|---|",
    ]
    for code, summary in MODEL_RULES.items():
        lines.append(f"| `{code}` | {summary} |")
    return "\n".join(lines) + "\n"
