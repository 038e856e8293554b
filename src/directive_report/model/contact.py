"""How to reach the issuing body: address, telephone, fax, e-mail, website.

Nghị định 30/2020/NĐ-CP, Điều 8 khoản 3 điểm d, lets a document carry "Địa chỉ cơ quan, tổ
chức; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax" besides its main parts;
Phụ lục I, Phần I, Mục III.4 prints them at ô số 13, at the bottom of page 1.  They belong to
the body, not to one document, so :class:`~directive_report.model.Authority` carries them;
which documents print them is the template's choice (``Template.contact_line``).

>>> Contact(phone="0204 3854 567", email="vanthu@example.gov.vn").phone
'0204 3854 567'
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from directive_report import i18n
from directive_report._text import nfc_optional
from directive_report.i18n import N_
from directive_report.model._validation import fail, optional_non_empty

__all__ = ["Contact"]

#: A telephone or fax number as offices write it: digits grouped by spaces, dots or hyphens,
#: an optional leading "+" or area code in parentheses, several numbers joined by "," or "/".
_PHONE: Final = re.compile(r"\+?\(?[0-9][0-9 .()/,\-]*[0-9]")
#: One e-mail address: a local part, "@", a domain with a dot, no spaces.
_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
#: A website: an optional scheme, a host with a dot, an optional path; no spaces.
_WEBSITE: Final = re.compile(r"(?:https?://)?[^\s/.]+(?:\.[^\s/.]+)+(?:/\S*)?")

_NUMBER_SHAPE: Final = N_("digits grouped by spaces, dots or hyphens, e.g. '0204 3854 567'")
_SHAPES: Final = {
    "phone": (_PHONE, _NUMBER_SHAPE),
    "fax": (_PHONE, _NUMBER_SHAPE),
    "email": (_EMAIL, N_("one e-mail address, e.g. 'vanthu@example.gov.vn'")),
    "website": (_WEBSITE, N_("a website address without spaces, e.g. 'example.gov.vn'")),
}


def _one_line(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Non-empty text on one line (the layout decides where the contact line wraps)."""
    optional_non_empty(instance, attribute, value)
    if value is not None and "\n" in value:
        fail(
            instance,
            attribute,
            i18n._("must be on one line: {value!r}").format(value=value),
            value,
        )


def _shaped(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Non-empty, one line, and of the shape its kind has (a number, an address, a host)."""
    _one_line(instance, attribute, value)
    pattern, shape = _SHAPES[attribute.name]
    if value is not None and not pattern.fullmatch(value):
        fail(
            instance,
            attribute,
            i18n._("expected {shape}, got {value!r}").format(shape=i18n._(shape), value=value),
            value,
        )


@attrs.frozen(kw_only=True)
class Contact:
    """The issuing body's address, telephone, fax, e-mail and website (ô 13), each optional.

    The words are the author's; the labels (``ĐT:``, ``Fax:``, ``E-Mail:``, ``Website:``) are
    the decree's and are added by the layout
    (:func:`~directive_report.layout.contact_lines`).  At least one item is needed.
    """

    address: str | None = attrs.field(default=None, converter=nfc_optional, validator=_one_line)
    phone: str | None = attrs.field(default=None, converter=nfc_optional, validator=_shaped)
    fax: str | None = attrs.field(default=None, converter=nfc_optional, validator=_shaped)
    email: str | None = attrs.field(default=None, converter=nfc_optional, validator=_shaped)
    website: str | None = attrs.field(default=None, converter=nfc_optional, validator=_shaped)

    def __attrs_post_init__(self) -> None:
        if all(getattr(self, field.name) is None for field in attrs.fields(Contact)):
            fail(
                self,
                "address",
                i18n._(
                    "give at least one of address, phone, fax, email, website (or leave the contact out)"
                ),
                None,
            )
