"""The parts printed after the signature: appendices (Phụ lục) and the document a decision
issues or approves (the Kế hoạch "ban hành kèm theo Quyết định này").

An appendix (NĐ 30/2020, Phụ lục I, III.1; Phụ lục III, Mẫu 2.1) begins on a new page with
"Phụ lục" (and a Roman numeral when there are several), its title in bold capitals and the
italic line "(Kèm theo Báo cáo số ... ngày ... của ...)"; it has its own page numbering and may
be printed landscape for wide tables.  The layout builds those lines from the document; the
model holds the title, the orientation and the body.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

from directive_report import i18n
from directive_report._text import nfc
from directive_report.model._validation import fail, non_empty
from directive_report.model.body import (
    Block,
    BodyEntry,
    Section,
    as_blocks,
    as_sections,
    check_blocks,
    walk_body,
)
from directive_report.model.decision import Article, Chapter, as_articles, as_chapters
from directive_report.model.document import DocumentType

__all__ = ["Appendix", "Attachment", "Orientation"]


class Orientation(enum.Enum):
    """How a part's pages are turned."""

    PORTRAIT = "portrait"  #: the decree's default ("theo chiều dài")
    LANDSCAPE = "landscape"  #: for wide tables (Phụ lục I, I.2)


@attrs.frozen(kw_only=True)
class Appendix:
    """A Phụ lục: its ``title`` (printed in capitals), ``orientation``, and a body of
    ``blocks`` and numbered ``sections`` like the document's own body (tables above all)."""

    title: str = attrs.field(converter=nfc, validator=non_empty)
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=as_blocks, validator=check_blocks)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=as_sections)
    orientation: Orientation = Orientation.PORTRAIT

    def __attrs_post_init__(self) -> None:
        if not (self.blocks or self.sections):
            fail(self, "blocks", i18n._("an appendix needs a body"), None)

    def walk_body(self, prefix: str = "") -> Iterator[BodyEntry]:
        """The body in reading order (see :func:`~directive_report.model.walk_body`), located
        after *prefix* (``"appendices[0]."``)."""
        return walk_body(self.blocks, self.sections, prefix=prefix, intro_key="blocks")


@attrs.frozen(kw_only=True)
class Attachment:
    """The document a decision issues or approves, printed after the decision with its own
    title block: ``doc_type`` and ``summary`` ("KẾ HOẠCH" / "Thực hiện ..."), the line
    "(<verb> kèm theo Quyết định số ... ngày ... của ...)" (``verb`` is "Ban hành" or "Phê
    duyệt"), then its body and ``orientation``.

    The body is ``intro``, then numbered ``sections`` (a kế hoạch: I., 1., a)), or the
    ``chapters`` of a quy chế or quy định (Chương I, with its articles), or its ``articles``
    alone (Điều 1., with khoản and điểm), then ``closing``; one of the three numberings only.
    """

    doc_type: DocumentType
    summary: str = attrs.field(converter=nfc, validator=non_empty)
    verb: str = attrs.field(default="Ban hành", converter=nfc, validator=non_empty)
    intro: tuple[Block, ...] = attrs.field(default=(), converter=as_blocks, validator=check_blocks)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=as_sections)
    chapters: tuple[Chapter, ...] = attrs.field(default=(), converter=as_chapters)
    articles: tuple[Article, ...] = attrs.field(default=(), converter=as_articles)
    closing: tuple[Block, ...] = attrs.field(
        default=(), converter=as_blocks, validator=check_blocks
    )
    orientation: Orientation = Orientation.PORTRAIT

    def __attrs_post_init__(self) -> None:
        if not (self.intro or self.sections or self.chapters or self.articles or self.closing):
            fail(self, "sections", i18n._("the attached document has no body"), None)
        numbered = [name for name in ("sections", "chapters", "articles") if getattr(self, name)]
        if len(numbered) > 1:
            fail(
                self,
                numbered[1],
                i18n._(
                    "the attached document is divided into sections, chapters or articles, "
                    "not {both}"
                ).format(both=" and ".join(numbered)),
                None,
            )

    @property
    def all_articles(self) -> tuple[Article, ...]:
        """Every article in order, through the chapters (``Điều 1.`` is the first)."""
        return (*(a for chapter in self.chapters for a in chapter.articles), *self.articles)

    def walk_body(self, prefix: str = "") -> Iterator[BodyEntry]:
        """The body in reading order (see :func:`~directive_report.model.walk_body`), located
        after *prefix* (``"attachments[0]."``)."""
        return walk_body(self.intro, self.sections, self.closing, prefix=prefix)
