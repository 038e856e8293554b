"""The templates of NĐ 30/2020/NĐ-CP, Phụ lục III, Mục II, as data: what a document of each
type holds besides the header and signature, and the fixed words it prints.

The layout asks :func:`template_for` which parts to print (the enacting words of a decision, the
request that closes a tờ trình, how top-level points are numbered) instead of testing type names.

>>> from directive_report.model import document_type
>>> template_for(document_type("Quyết định")).enacting_formula
'QUYẾT ĐỊNH:'
>>> template_for(document_type("Quyết định"), attached=True).form
'1.3'
>>> template_for(document_type("Tờ trình")).request_formula
'Kính trình'
"""

from __future__ import annotations

from typing import Literal

import attrs

from directive_report.model.document import DocumentType

__all__ = ["TEMPLATES", "Template", "template_for"]


@attrs.frozen(kw_only=True)
class Template:
    """One Mẫu of Phụ lục III and the parts it gives a document.

    * ``enacting_formula``: the centred bold line before the articles ("QUYẾT ĐỊNH:"), for the
      types whose body is articles (Mẫu 1.1–1.3); ``None`` otherwise;
    * ``execution_phrase``: how the executing article ends ("chịu trách nhiệm thi hành Quyết
      định này");
    * ``request_formula``: the words that open the closing request of a tờ trình ("Kính trình");
    * ``top_level``: how the top-level points of the body are numbered: ``"roman"`` (I., II., the
      mục of a báo cáo) or ``"arabic"`` (1., 2., the points of a chỉ thị);
    * ``addressed``: the document is sent to named bodies ("Kính gửi:"), as a công văn and a tờ
      trình are (Phụ lục I, II.9);
    * ``subject_line``: no type line; the trích yếu is the "V/v ..." line under the number
      (ô 5b), as in a công văn (Phụ lục I, II.5.b);
    * ``contact_line``: the issuing body's address, telephone, fax, e-mail and website are
      printed at the bottom of page 1 (ô 13, Phụ lục I, III.4) when the body gives them: of the
      templates of Phụ lục III only Mẫu 1.5, the công văn, shows that line (its note 10).
    """

    form: str
    title: str
    enacting_formula: str | None = None
    execution_phrase: str | None = None
    request_formula: str | None = None
    top_level: Literal["roman", "arabic"] = "roman"
    addressed: bool = False
    subject_line: bool = False
    contact_line: bool = False

    @property
    def levels(self) -> tuple[Literal["roman", "arabic", "letter"], ...]:
        """How the body's sections are numbered, level by level from the top (deeper levels
        print ``-``): ``("roman", "arabic", "letter")`` for I. / 1. / a), the mục, khoản and
        điểm of a báo cáo (Phụ lục I, II.6.đ); ``("arabic", "letter")`` for 1. / a), the
        numbered points of a chỉ thị."""
        if self.top_level == "arabic":
            return ("arabic", "letter")
        return ("roman", "arabic", "letter")

    @property
    def has_articles(self) -> bool:
        """Whether the body is a decision's articles."""
        return self.enacting_formula is not None


#: The templates, by Mẫu number (Phụ lục III, Mục II; Tờ trình and Chỉ thị are Mẫu 1.4 with the
#: closing request and the numbered points their practice adds).
TEMPLATES: dict[str, Template] = {
    t.form: t
    for t in (
        Template(
            form="1.1",
            title="Nghị quyết (cá biệt)",
            enacting_formula="QUYẾT NGHỊ:",
            execution_phrase="chịu trách nhiệm thi hành Nghị quyết này",
        ),
        Template(
            form="1.2",
            title="Quyết định (cá biệt) quy định trực tiếp",
            enacting_formula="QUYẾT ĐỊNH:",
            execution_phrase="chịu trách nhiệm thi hành Quyết định này",
        ),
        Template(
            form="1.3",
            title="Quyết định (cá biệt) quy định gián tiếp",
            enacting_formula="QUYẾT ĐỊNH:",
            execution_phrase="chịu trách nhiệm thi hành Quyết định này",
        ),
        Template(form="1.4", title="Văn bản có tên loại"),
        Template(
            form="1.4/TTr",
            title="Văn bản có tên loại: tờ trình",
            request_formula="Kính trình",
            addressed=True,
        ),
        Template(form="1.4/CT", title="Văn bản có tên loại: chỉ thị", top_level="arabic"),
        Template(
            form="1.5", title="Công văn", addressed=True, subject_line=True, contact_line=True
        ),
        Template(form="1.6", title="Công điện"),
        Template(form="1.7", title="Giấy mời"),
        Template(form="1.8", title="Giấy giới thiệu"),
        Template(form="1.9", title="Biên bản"),
        Template(form="1.10", title="Giấy nghỉ phép"),
        Template(form="2.1", title="Phụ lục văn bản hành chính"),
    )
}

_FORM_OF_TYPE: dict[str, str] = {
    "Nghị quyết": "1.1",
    "Quyết định": "1.2",
    "Tờ trình": "1.4/TTr",
    "Chỉ thị": "1.4/CT",
    "Công văn": "1.5",
    "Công điện": "1.6",
    "Giấy mời": "1.7",
    "Giấy giới thiệu": "1.8",
    "Biên bản": "1.9",
    "Giấy nghỉ phép": "1.10",
}


def template_for(doc_type: DocumentType, *, attached: bool = False) -> Template:
    """The template a document of *doc_type* follows; a decision that issues or approves an
    attached document (``attached``) follows Mẫu 1.3.  Types without a template of their own
    follow Mẫu 1.4 (văn bản có tên loại)."""
    form = _FORM_OF_TYPE.get(doc_type.name, "1.4")
    if form == "1.2" and attached:
        form = "1.3"
    return TEMPLATES[form]
