"""The roles of a document's paragraphs and runs, shared by the content and geometry stages.

A :class:`Role` says what a paragraph is (the issuer's name, a heading, a task's details); the
content stage gives every paragraph its role, and the geometry stage gives every role a named
style.  The member's value is the style's display name, so a clerk can restyle the document in
Word or LibreOffice.
"""

from __future__ import annotations

import enum
from typing import Final

from directive_report.model import Run

__all__ = ["HEADING_ROLES", "CharacterRole", "Role", "character_role", "role_emphasis"]


class _StyleRole(enum.Enum):
    """A named style; the member's value is the display name (``"NĐ30 Body"``)."""

    @property
    def style_id(self) -> str:
        """An ASCII identifier for formats that need one: ``"ND30Body"``."""
        name: str = self.value
        return name.replace("Đ", "D").replace(" ", "")


class Role(_StyleRole):
    """The named paragraph styles of an NĐ 30/2020 document; the value is the style's display name.

    Exporters create one named style per role, so a clerk can restyle the document in Word or
    LibreOffice, and give every paragraph the style of its role.
    """

    SUPERIOR = "NĐ30 Superior"  #: ô 2, cơ quan chủ quản
    ISSUER = "NĐ30 Issuer"  #: ô 2, cơ quan ban hành
    NUMBER = "NĐ30 Number"  #: ô 3, "Số: ..."
    SUBJECT_LINE = "NĐ30 Subject Line"  #: ô 5b, "V/v ..." of a công văn
    NATIONAL_TITLE = "NĐ30 National Title"  #: ô 1, Quốc hiệu
    MOTTO = "NĐ30 Motto"  #: ô 1, Tiêu ngữ
    PLACE_DATE = "NĐ30 Place Date"  #: ô 4
    RULE = "NĐ30 Rule"  #: an empty paragraph carrying a rule (its top border)
    DOCUMENT_TYPE = "NĐ30 Document Type"  #: ô 5a, "BÁO CÁO"
    SUMMARY = "NĐ30 Summary"  #: ô 5a, trích yếu
    SUMMARY_RULE = "NĐ30 Summary Rule"  #: the rule under the trích yếu
    ADDRESSEE = "NĐ30 Addressee"  #: ô 9a, "Kính gửi: ..." (or "Kính gửi:" alone before items)
    ADDRESSEE_ITEM = "NĐ30 Addressee Item"  #: ô 9a, "- ...;" one per line, dashes under the colon
    HEADING_1 = "NĐ30 Heading 1"  #: "I. KẾT QUẢ ..."
    HEADING_2 = "NĐ30 Heading 2"  #: "1. Công tác ..."
    HEADING_3 = "NĐ30 Heading 3"  #: "a) ..."
    HEADING_4 = "NĐ30 Heading 4"  #: "- ..." (deeper levels)
    BODY = "NĐ30 Body"  #: ô 6, body paragraphs
    LIST_ITEM = "NĐ30 List Item"  #: "- ..." items of bullet and action lists
    TASK_ITEM = "NĐ30 Task Item"  #: "1. ..." items of task lists
    TASK_DETAIL = "NĐ30 Task Detail"  #: who carries a task out and by when, under its item
    RECIPIENTS_LABEL = "NĐ30 Recipients Label"  #: ô 9b, "Nơi nhận:"
    RECIPIENT = "NĐ30 Recipient"  #: ô 9b, "- ...;" lines
    SIGNATURE_TITLE = "NĐ30 Signature Title"  #: ô 7a, "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"
    SIGNER_NAME = "NĐ30 Signer Name"  #: ô 7b, the signer's name under the signature space
    PAGE_NUMBER = "NĐ30 Page Number"  #: the page number, top centre from page 2
    AUTHORITY = "NĐ30 Authority"  #: a decision's thẩm quyền ban hành line, "GIÁM ĐỐC SỞ ..."
    BASIS = "NĐ30 Basis"  #: "Căn cứ ...;" and "Theo đề nghị của ...", italic
    ENACTING = "NĐ30 Enacting Formula"  #: "QUYẾT ĐỊNH:", centred, bold
    ARTICLE = "NĐ30 Article"  #: "Điều 1. ..." (the label bold)
    CHAPTER = "NĐ30 Chapter"  #: "Chương I" and its title, centred, bold
    TABLE_CAPTION = "NĐ30 Table Caption"  #: "Biểu số 01: ...", above a table
    TABLE_UNIT = "NĐ30 Table Unit"  #: "Đơn vị tính: ...", right, italic
    TABLE_HEADER = "NĐ30 Table Header"  #: a header cell, centred, bold
    TABLE_TEXT = "NĐ30 Table Text"  #: a text cell
    TABLE_NUMBER = "NĐ30 Table Number"  #: a number or date cell, right-aligned
    TABLE_NOTE = "NĐ30 Table Note"  #: "Ghi chú: ...", "Nguồn: ..." under a table, italic
    PART_LABEL = "NĐ30 Appendix Label"  #: "Phụ lục I", centred, bold
    PART_TITLE = "NĐ30 Part Title"  #: an appendix's title, an attached document's type line
    PART_REFERENCE = "NĐ30 Part Reference"  #: "(Kèm theo Báo cáo số ... ngày ... của ...)"
    CONTACT = "NĐ30 Contact"  #: ô 13, address, telephone, e-mail, website: foot of page 1


class CharacterRole(_StyleRole):
    """The named character styles for inline emphasis; the value is the display name."""

    EMPHASIS = "NĐ30 Emphasis"  #: italic
    STRONG = "NĐ30 Strong"  #: bold
    STRONG_EMPHASIS = "NĐ30 Strong Emphasis"  #: bold italic


def character_role(run: Run) -> CharacterRole | None:
    """The character style of *run*, or ``None`` for a run without emphasis."""
    if run.bold:
        return CharacterRole.STRONG_EMPHASIS if run.italic else CharacterRole.STRONG
    return CharacterRole.EMPHASIS if run.italic else None


#: The heading roles by depth; sections deeper than the last take the last.
HEADING_ROLES: tuple[Role, ...] = (Role.HEADING_1, Role.HEADING_2, Role.HEADING_3, Role.HEADING_4)


_BOLD: Final = frozenset(
    {
        Role.ISSUER,
        Role.NATIONAL_TITLE,
        Role.MOTTO,
        Role.DOCUMENT_TYPE,
        Role.SUMMARY,
        Role.HEADING_1,
        Role.HEADING_2,
        Role.RECIPIENTS_LABEL,
        Role.SIGNATURE_TITLE,
        Role.SIGNER_NAME,
        Role.AUTHORITY,
        Role.ENACTING,
        Role.CHAPTER,
        Role.TABLE_CAPTION,
        Role.TABLE_HEADER,
        Role.PART_LABEL,
        Role.PART_TITLE,
    }
)
_ITALIC: Final = frozenset(
    {
        Role.PLACE_DATE,
        Role.TASK_DETAIL,
        Role.RECIPIENTS_LABEL,
        Role.BASIS,
        Role.TABLE_UNIT,
        Role.TABLE_NOTE,
        Role.PART_REFERENCE,
    }
)


def role_emphasis(role: Role) -> tuple[bool, bool]:
    """Whether the decree prints a role's lines in bold and in italics, as ``(bold, italic)``:
    the issuer, Quốc hiệu, Tiêu ngữ, type line, trích yếu, mục and khoản headings and the
    signature block bold; the place-and-date line and a task's details italic; "Nơi nhận:"
    both (Phụ lục I); a decision's authority line and "QUYẾT ĐỊNH:" bold, its căn cứ italic
    (II.6), a chapter's label and title bold (II.6.đ); an appendix's label and title bold, its "(Kèm theo ...)" italic (III.1); a table's
    caption and header bold, its unit line and notes italic (practice).  Every format keeps it: the paged ones in the role's style, Markdown with
    its emphasis marks."""
    return role in _BOLD, role in _ITALIC
