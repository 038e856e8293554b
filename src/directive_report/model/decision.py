"""The enacting part of a Quyết định or Nghị quyết, and the request that closes a Tờ trình.

A decision (NĐ 30/2020, Phụ lục III, Mẫu 1.2 and 1.3) prints the authority that issues it
("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"), its legal bases ("Căn cứ ...", one a line, each
ending ";" and the last "."), the proposal it answers ("Theo đề nghị của ..."), the enacting
words ("QUYẾT ĐỊNH:") and its articles ("Điều 1.", with khoản "1." and điểm "a)").  The last
article names who carries the decision out.  The punctuation and numbers are the layout's: the
model stores the words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from directive_report import i18n
from directive_report._text import nfc, nfc_optional, nfc_tuple
from directive_report.model._validation import fail, non_empty, optional_non_empty, upper_case
from directive_report.model.text import Paragraph, as_paragraph

__all__ = ["MAX_POINTS", "Article", "Chapter", "Clause", "Decision", "Request"]

#: Điểm are lettered a) to y) in the Vietnamese alphabet (no f, j, w, z): 23 letters.
MAX_POINTS = 23


def _paragraphs(items: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    if isinstance(items, str | Paragraph):
        items = (items,)
    return tuple(as_paragraph(item) for item in items)


def _optional_paragraph(value: Paragraph | str | None) -> Paragraph | None:
    return None if value is None else as_paragraph(value)


def _basis(value: Paragraph | str) -> Paragraph:
    """A legal basis without the ";" or "." that the layout puts at its end."""
    runs = list(as_paragraph(value).runs)
    while runs:
        stripped = runs[-1].text.rstrip(" ;.")
        if stripped:
            runs[-1] = attrs.evolve(runs[-1], text=stripped)
            break
        runs.pop()
    return Paragraph(runs=runs)


def _bases(items: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    if isinstance(items, str | Paragraph):
        items = (items,)
    return tuple(_basis(item) for item in items)


def _points_fit(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[Paragraph, ...]
) -> None:
    if len(value) > MAX_POINTS:
        fail(
            instance,
            attribute,
            i18n._("has {count} điểm, but the letters a) to y) number only {most}").format(
                count=len(value), most=MAX_POINTS
            ),
            value,
        )


@attrs.frozen(kw_only=True)
class Clause:
    """A khoản ("1. ..."), with its điểm ("a) ...") in order."""

    text: Paragraph = attrs.field(converter=as_paragraph)
    points: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=_paragraphs, validator=_points_fit
    )


def _clauses(items: Iterable[Clause]) -> tuple[Clause, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Article:
    """An article ("Điều 1."): an optional bold ``title``, the ``text`` that follows the label,
    and its khoản (``clauses``)."""

    text: Paragraph | None = attrs.field(default=None, converter=_optional_paragraph)
    title: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    clauses: tuple[Clause, ...] = attrs.field(default=(), converter=_clauses)

    def __attrs_post_init__(self) -> None:
        if self.text is None and self.title is None and not self.clauses:
            fail(self, "text", i18n._("an article needs its text, a title or clauses"), None)


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Chapter:
    """A chương of a quy chế or quy định: printed "Chương I" and its ``title`` in capitals, each
    on its own line, centred and bold (NĐ 30/2020, Phụ lục I, II.6.đ), then its ``articles``.
    Chapters are numbered by position; their articles are numbered on from the chapter before
    ("Điều 1." ... through the whole document)."""

    title: str = attrs.field(converter=nfc, validator=non_empty)
    articles: tuple[Article, ...] = attrs.field(converter=_articles)

    def __attrs_post_init__(self) -> None:
        if not self.articles:
            fail(self, "articles", i18n._("a chapter needs at least one article"), self.articles)


def as_chapters(items: Iterable[Chapter]) -> tuple[Chapter, ...]:
    """*items* as a tuple (the converter of a field holding chapters)."""
    return tuple(items)


def as_articles(items: Iterable[Article]) -> tuple[Article, ...]:
    """*items* as a tuple (the converter of a field holding articles)."""
    return tuple(items)


def _each_non_empty(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    for item in value:
        non_empty(instance, attribute, item)


@attrs.frozen(kw_only=True)
class Decision:
    """What a Quyết định decides (Mẫu 1.2, 1.3): ``authority`` is the "thẩm quyền ban hành"
    line in capitals (``"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"``, ``"GIÁM ĐỐC SỞ NỘI VỤ"``);
    ``bases`` the "Căn cứ ..." lines as written, without their closing ";" or "."; ``proposal``
    the "Theo đề nghị của ..." line; ``articles`` the articles in order; ``executors`` the
    bodies the last article makes responsible for carrying the decision out (that article is
    printed after ``articles``: "Điều 3. Chánh Văn phòng ..., Giám đốc Sở ... chịu trách nhiệm
    thi hành Quyết định này./."); ``issuer`` how the lines that cite the decision name who
    issued it ("(Ban hành kèm theo Quyết định số ... của Giám đốc Sở Nội vụ)"), when it cannot be
    read from ``authority`` (see :func:`~directive_report.layout.content_parts.issuer_phrase`).
    """

    authority: str = attrs.field(converter=nfc, validator=[non_empty, upper_case])
    bases: tuple[Paragraph, ...] = attrs.field(converter=_bases)
    articles: tuple[Article, ...] = attrs.field(converter=_articles)
    proposal: Paragraph | None = attrs.field(default=None, converter=_optional_paragraph)
    executors: tuple[str, ...] = attrs.field(
        default=(), converter=nfc_tuple, validator=_each_non_empty
    )
    issuer: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )

    def __attrs_post_init__(self) -> None:
        if not self.bases:
            fail(
                self, "bases", i18n._("a decision rests on at least one 'Căn cứ' line"), self.bases
            )
        if not self.articles:
            fail(self, "articles", i18n._("a decision needs at least one article"), self.articles)

    @property
    def article_count(self) -> int:
        """How many articles are printed, the executing one included."""
        return len(self.articles) + (1 if self.executors else 0)


@attrs.frozen(kw_only=True)
class Request:
    """The closing request of a Tờ trình: "Kính trình <recipient> xem xét, quyết định./.".

    ``recipient`` defaults to the first addressee (Kính gửi); ``action`` is what is asked
    (``"xem xét, phê duyệt"``); ``proposer``, when given, opens the sentence ("Sở Nội vụ kính
    trình ...").
    """

    recipient: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    action: str = attrs.field(default="xem xét, quyết định", converter=nfc, validator=non_empty)
    proposer: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
