"""The content stage for ô 13: the issuing body's address, telephone, fax, e-mail and website.

Nghị định 30/2020/NĐ-CP, Điều 8 khoản 3 điểm d, allows these as an additional part of a
document; Phụ lục I, Phần I, Mục III.4 prints them "ở trang thứ nhất của văn bản, bằng chữ in
thường, cỡ chữ từ 11 đến 12, kiểu chữ đứng, dưới một đường kẻ nét liền kéo dài hết chiều ngang
của vùng trình bày văn bản" (page 1, lower case, 11–12 pt, upright, under a solid rule as wide
as the text area).  The words follow the example of Phụ lục I, Mục V (row 12): the address on a
line of its own, then ``ĐT: ..., Fax: ...``, then ``E-Mail: ..., Website: ...``; an item the
body does not give is left out with its label.  The decree's templates show the line on a công
văn only (Phụ lục III, Mẫu 1.5, note 10), so a document prints it when its template says so
(``Template.contact_line``) and its issuer gives contact data.

>>> from directive_report.model import Contact
>>> contact_lines(Contact(address="Số 2 đường Hùng Vương, tỉnh Bắc Giang", phone="0204 3854 567",
...                       email="vanthu@example.gov.vn", website="example.gov.vn"))
('Số 2 đường Hùng Vương, tỉnh Bắc Giang', 'ĐT: 0204 3854 567', 'E-Mail: vanthu@example.gov.vn, Website: example.gov.vn')
"""

from __future__ import annotations

from typing import Final

from directive_report.layout.content_types import Line, plain_line
from directive_report.layout.roles import Role
from directive_report.model import Contact, Report

__all__ = ["CONTACT_LABELS", "contact_content", "contact_lines"]

#: The decree's labels, as its example writes them (Phụ lục I, Mục V, row 12), line by line.
CONTACT_LABELS: Final = (
    (("address", ""),),
    (("phone", "ĐT: "), ("fax", "Fax: ")),
    (("email", "E-Mail: "), ("website", "Website: ")),
)


def contact_lines(contact: Contact) -> tuple[str, ...]:
    """The lines of ô 13 for *contact*, labelled as the decree's example labels them."""
    lines = []
    for group in CONTACT_LABELS:
        items = [
            f"{label}{value}"
            for name, label in group
            if (value := getattr(contact, name)) is not None
        ]
        if items:
            lines.append(", ".join(items))
    return tuple(lines)


def contact_content(report: Report) -> tuple[Line, ...]:
    """The ô 13 lines *report* prints at the bottom of page 1 (:attr:`Role.CONTACT`): none
    unless its template shows the line and its issuer gives contact data."""
    contact = report.authority.contact
    if contact is None or not report.template.contact_line:
        return ()
    return tuple(plain_line(Role.CONTACT, line) for line in contact_lines(contact))
