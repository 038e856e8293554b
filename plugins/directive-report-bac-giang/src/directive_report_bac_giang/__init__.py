"""A province profile: the built-in DOCX and ODT exporters with one province's settings.

Nothing here lays out a page: :class:`~directive_report.exporters.ProfiledExporter` runs the
library's own exporters under the names ``bac-giang-docx`` and ``bac-giang-odt`` with

* :data:`PROFILE`: the decree's 12/13 size set (Quốc hiệu 12 pt, Tiêu ngữ and the date line
  13 pt; Phụ lục I, Mục V, footnote 1) and the margins of the decree's own published files
  (top 25, bottom 20, left 35, right 20 mm; all within Phụ lục I, Mục I);
* :func:`prepare`: the province's defaults filled into a report before it is printed — its
  standing recipients added to Nơi nhận, and its bodies' contact data (:data:`CONTACTS`: address,
  telephone, fax, e-mail, website) given to an issuer that states none, which the library prints
  at the foot of page 1 of a công văn (ô 13, Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục III.4).

The values below are an example to copy: a province replaces them with its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs
from directive_report import Report
from directive_report.exporters import ProfiledExporter
from directive_report.exporters.docx_export import DocxExporter
from directive_report.exporters.odt_export import OdtExporter
from directive_report.layout import SIZE_SETS, LayoutProfile
from directive_report.model import Contact

__all__ = ["CONTACTS", "DOCX", "ODT", "PROFILE", "STANDING_RECIPIENTS", "prepare"]

#: Sizes and margins; the header and footer tables fit the 155 mm text width.
PROFILE: Final = LayoutProfile(
    sizes=SIZE_SETS["12/13"],
    margin_top=25,
    margin_bottom=20,
    margin_left=35,
    margin_right=20,
    header_left_width=60,
    header_right_width=95,
    footer_left_width=60,
    footer_right_width=95,
)

#: Recipients the province adds to Nơi nhận of every document of a type (an example setting).
STANDING_RECIPIENTS: Final[Mapping[str, tuple[str, ...]]] = {
    "Báo cáo": ("Văn phòng UBND tỉnh",),
}


#: The contact data of the province's bodies, by the issuer's abbreviation (ô 13).  These are
#: placeholders to show the setting, NOT the bodies' real address or numbers: the street is
#: "Ví Dụ" ("example"), the numbers are zeros and the addresses end in ".example" (a domain
#: reserved for examples, RFC 2606).  A province writes its own bodies' data here.
CONTACTS: Final[Mapping[str, Contact]] = {
    "STTTT": Contact(
        address="Số 1 đường Ví Dụ, thành phố Bắc Giang, tỉnh Bắc Giang",
        phone="0204 0000 001",
        fax="0204 0000 002",
        email="vanthu@stttt.bacgiang.example",
        website="stttt.bacgiang.example",
    ),
    "UBND": Contact(
        address="Số 2 đường Ví Dụ, thành phố Bắc Giang, tỉnh Bắc Giang",
        phone="0204 0000 003",
        email="vanthu@ubnd.bacgiang.example",
        website="bacgiang.example",
    ),
}


def prepare(report: Report) -> Report:
    """*report* with the province's standing recipients in Nơi nhận (once, before Lưu) and, when
    its issuer states no contact data, the province's for that body (:data:`CONTACTS`)."""
    standing = STANDING_RECIPIENTS.get(report.doc_type.name, ())
    recipients = report.distribution.recipients
    missing = tuple(item for item in standing if item not in recipients)
    if missing:
        distribution = attrs.evolve(report.distribution, recipients=(*recipients, *missing))
        report = attrs.evolve(report, distribution=distribution)
    authority = report.authority
    contact = CONTACTS.get(authority.abbreviation)
    if authority.contact is None and contact is not None:
        report = attrs.evolve(report, authority=attrs.evolve(authority, contact=contact))
    return report


#: The DOCX exporter with the province's profile: ``-f bac-giang-docx``.
DOCX: Final = ProfiledExporter(
    DocxExporter(), name="bac-giang-docx", layout=PROFILE, prepare=prepare
)
#: The ODT exporter with the province's profile: ``-f bac-giang-odt``.
ODT: Final = ProfiledExporter(OdtExporter(), name="bac-giang-odt", layout=PROFILE, prepare=prepare)
