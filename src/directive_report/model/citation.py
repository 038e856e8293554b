"""Citations of legal and administrative documents, and pinpoints into them.

Finding citations in free text is :mod:`directive_report.citations`; this module holds the data and
its canonical wording, e.g. ``điểm a khoản 5 Điều 102 Nghị định số 15/2020/NĐ-CP`` or
``Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về tăng cường ...``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from directive_report import i18n
from directive_report._text import nfc, nfc_optional
from directive_report.errors import ReportValidationError
from directive_report.model._validation import fail, optional_non_empty
from directive_report.model.document import DocumentNumber, DocumentType

__all__ = ["Citation", "Pinpoint", "Provision", "ProvisionLevel"]


class ProvisionLevel(enum.Enum):
    """A level of a document's structure; the value is the word as written inside a citation.

    Phụ lục II of NĐ 30/2020 capitalises Phần, Chương, Mục, Tiểu mục and Điều when cited, and
    writes khoản and điểm in lower case.
    """

    POINT = "điểm"
    CLAUSE = "khoản"
    ARTICLE = "Điều"
    SUBSECTION = "Tiểu mục"
    SECTION = "Mục"
    CHAPTER = "Chương"
    PART = "Phần"
    APPENDIX = "Phụ lục"

    @property
    def rank(self) -> int:
        """0 for the finest level (điểm) upwards."""
        return _RANKS[self]

    @classmethod
    def from_word(cls, word: str) -> ProvisionLevel:
        """The level named by *word* in any case (``"Khoản"``, ``"ĐIỀU"``, ``"tiểu mục"``)."""
        found = _BY_WORD.get(" ".join(nfc(word).split()).casefold())
        if found is None:
            raise ReportValidationError(
                "Provision",
                "level",
                f"unknown provision level {word!r}: expected one of "
                + ", ".join(level.value for level in cls),
                word,
            )
        return found


_RANKS = {level: rank for rank, level in enumerate(ProvisionLevel)}
_BY_WORD = {level.value.casefold(): level for level in ProvisionLevel}
_VALUE_RE = re.compile(r"[0-9A-Za-zĐđ]+")


def _values(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = re.split(r"\s*(?:,|\bvà\b)\s*", value.strip())
    return tuple(nfc(v).strip() for v in value)


def _check_values(
    instance: Provision, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    if not value:
        fail(instance, attribute, i18n._("needs at least one value"), value)
    for item in value:
        if not _VALUE_RE.fullmatch(item):
            fail(
                instance,
                attribute,
                i18n._(
                    "expected a number or letter such as '5', '6a', 'đ', 'II', got {item!r}"
                ).format(item=item),
                value,
            )


def _check_through(instance: Provision, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is None:
        return
    if len(instance.values) != 1 or not _VALUE_RE.fullmatch(value):
        fail(
            instance,
            attribute,
            i18n._(
                "a range goes from one value to another such as '10' ('từ Điều 5 đến Điều 10'), got {values!r} to {value!r}"
            ).format(values=", ".join(instance.values), value=value),
            value,
        )


@attrs.frozen(kw_only=True)
class Provision:
    """One level of a pinpoint with one or more values: ``khoản 5``, ``khoản 1, 2``, ``Điều 6a``;
    or a range of one level, from its one value to ``through``: ``từ Điều 5 đến Điều 10``."""

    level: ProvisionLevel
    values: tuple[str, ...] = attrs.field(converter=_values, validator=_check_values)
    through: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=_check_through
    )

    def __attrs_post_init__(self) -> None:
        if self.level is ProvisionLevel.POINT:  # điểm letters are lower case ("ĐIỂM A" -> "điểm a")
            object.__setattr__(self, "values", tuple(v.lower() for v in self.values))
            if self.through is not None:
                object.__setattr__(self, "through", self.through.lower())

    def __str__(self) -> str:
        if self.through is not None:
            return f"từ {self.level.value} {self.values[0]} đến {self.level.value} {self.through}"
        return f"{self.level.value} {', '.join(self.values)}"


def _sorted_provisions(provisions: Iterable[Provision]) -> tuple[Provision, ...]:
    return tuple(sorted(provisions, key=lambda p: p.level.rank))


def _check_levels(
    instance: Pinpoint, attribute: attrs.Attribute[Any], value: tuple[Provision, ...]
) -> None:
    if not value:
        fail(instance, attribute, i18n._("a pinpoint needs at least one provision"), value)
    levels = [p.level for p in value]
    if len(set(levels)) != len(levels):
        fail(instance, attribute, i18n._("each level may appear once"), value)
    if any(p.through is not None for p in value[1:]):
        fail(
            instance,
            attribute,
            i18n._("only the finest level may be a range ('từ khoản 1 đến khoản 3 Điều 5')"),
            value,
        )


_PINPOINT_WORDS = "|".join(
    sorted((re.escape(level.value) for level in ProvisionLevel), key=len, reverse=True)
)
_PINPOINT_PART_RE = re.compile(
    rf"\b({_PINPOINT_WORDS})\s+([0-9A-Za-zĐđ]+\b(?:\s*(?:,|\bvà\b)\s*(?!(?:{_PINPOINT_WORDS})\b)[0-9A-Za-zĐđ]+\b)*)",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Pinpoint:
    """A place inside a document, finest level first: ``điểm a khoản 5 Điều 102``.

    Provisions are kept in canonical order (điểm, khoản, Điều, Tiểu mục, Mục, Chương, Phần, Phụ lục)
    whatever order they were given in.
    """

    provisions: tuple[Provision, ...] = attrs.field(
        converter=_sorted_provisions, validator=_check_levels
    )

    @classmethod
    def parse(cls, text: str) -> Pinpoint:
        """Read ``"Điểm a, Khoản 5, Điều 102"``, ``"điểm a khoản 5 Điều 102"``, ``"khoản 1, 2 Điều 3"``;
        a level repeated after "và" adds its values: ``"khoản 1 và khoản 2 Điều 8"`` is
        ``khoản 1, 2 Điều 8``; ``"từ Điều 5 đến Điều 10"`` is a range."""
        text = nfc(text).strip()
        parts: list[Provision] = []
        position = 0
        opened = False  # "từ" before the first provision: a range must close it
        for match in _PINPOINT_PART_RE.finditer(text):
            gap = text[position : match.start()]
            words = gap.replace(",", " ").replace(";", " ").lower().split()
            level = ProvisionLevel.from_word(match[1])
            same = bool(parts) and level is parts[-1].level and parts[-1].through is None
            if same and words == ["và"] and not opened:
                values = (*parts[-1].values, *_values(match[2]))
                parts[-1] = Provision(level=level, values=values)
            elif same and words in (["đến"], ["tới"]) and len(parts) == 1:
                parts[-1] = Provision(level=level, values=parts[-1].values, through=match[2])
                opened = False
            elif not parts and words == ["từ"]:
                opened = True
                parts.append(Provision(level=level, values=match[2]))
            elif words or (position and not gap) or opened:
                break
            else:
                parts.append(Provision(level=level, values=match[2]))
            position = match.end()
        if not parts or opened or text[position:].strip(" ,;"):
            raise ReportValidationError(
                "Pinpoint",
                "provisions",
                i18n._(
                    "cannot read {text!r} as a pinpoint: expected e.g. 'điểm a khoản 5 Điều 102'"
                ).format(text=text),
                text,
            )
        return cls(provisions=tuple(parts))

    def get(self, level: ProvisionLevel) -> tuple[str, ...] | None:
        """The values at *level*, or ``None`` when the pinpoint does not go there."""
        for provision in self.provisions:
            if provision.level is level:
                return provision.values
        return None

    def __str__(self) -> str:
        return " ".join(str(p) for p in self.provisions)


def _years(items: Iterable[int]) -> tuple[int, ...]:
    return tuple(items)


def _check_bare_number(
    instance: Citation, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        fail(
            instance,
            attribute,
            i18n._("must be a positive whole number, got {value!r}").format(value=value),
            value,
        )


def _check_amended(
    instance: Citation, attribute: attrs.Attribute[Any], value: tuple[int, ...]
) -> None:
    for year in value:
        if not 1945 <= year <= 2999:
            fail(
                instance,
                attribute,
                i18n._("expected four-digit years, got {year!r}").format(year=year),
                value,
            )


@attrs.frozen(kw_only=True)
class Citation:
    """A reference to a legal or administrative document.

    * ``doc_type``, ``number`` (``21/CT-TTg``), ``date`` of issue, ``issuer`` (``Thủ tướng Chính
      phủ``; ``issuer_inferred`` when it was deduced from the symbol, not written), ``subject``
      (the trích yếu after "về"), ``pinpoint`` (``điểm a khoản 5 Điều 102``).
    * Laws cited by name: ``name`` (``An ninh mạng``), ``year`` (``năm 2018``) and
      ``amended_in`` (``(sửa đổi, bổ sung năm 2017)``).
    * A document cited by its running number alone, without ký hiệu (``Chỉ thị số 21``,
      ``Đề án 06``): ``bare_number`` instead of ``number``, and ``year`` when one is written
      after it (``Nghị định 15/2020``).
    """

    doc_type: DocumentType
    number: DocumentNumber | None = None
    name: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    year: int | None = None
    amended_in: tuple[int, ...] = attrs.field(
        default=(), converter=_years, validator=_check_amended
    )
    date: dt.date | None = None
    issuer: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    issuer_inferred: bool = False
    subject: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=optional_non_empty
    )
    pinpoint: Pinpoint | None = None
    bare_number: int | None = attrs.field(default=None, validator=_check_bare_number)

    def __attrs_post_init__(self) -> None:
        # "Hiến pháp năm 2013" is cited by its year alone.
        if (self.number, self.bare_number, self.name, self.year) == (None, None, None, None):
            fail(
                self,
                "number",
                i18n._("a citation needs a number or a name (for laws cited by name)"),
                None,
            )
        if self.number is not None and self.bare_number is not None:
            fail(
                self,
                "bare_number",
                i18n._("give either number ({number}) or bare_number, not both").format(
                    number=self.number
                ),
                self.bare_number,
            )
        if self.year is not None and not 1945 <= self.year <= 2999:
            fail(
                self,
                "year",
                i18n._("expected a four-digit year, got {year!r}").format(year=self.year),
                self.year,
            )
        if self.issuer_inferred and self.issuer is None:
            fail(self, "issuer_inferred", i18n._("is set but there is no issuer"), True)

    @property
    def running_number(self) -> int | None:
        """The document's running number, with or without ký hiệu: 21 for ``21/CT-TTg``."""
        return self.number.number if self.number is not None else self.bare_number

    @property
    def identifier_year(self) -> int | None:
        """The year written in the identifier (``15/2020/NĐ-CP``) or the name (``năm 2018``)."""
        if self.number is not None and self.number.year is not None:
            return self.number.year
        return self.year

    @property
    def document(self) -> Citation:
        """The same citation without its pinpoint: the document itself."""
        return attrs.evolve(self, pinpoint=None) if self.pinpoint else self

    def format(self, style: Literal["full", "short"] = "full") -> str:
        """Canonical wording.

        ``"full"``: ``Chỉ thị số 21/CT-TTg ngày 25/5/2020 của Thủ tướng Chính phủ về ...``;
        ``"short"`` (a later mention, NĐ 30/2020 Phụ lục I): ``Chỉ thị số 21/CT-TTg``.
        An inferred issuer is written out like any other, so reading the wording back with
        :func:`directive_report.citations.parse` gives the same citation with the issuer as
        written (``issuer_inferred`` false).
        """
        from directive_report import vi

        words = [str(self.pinpoint)] if self.pinpoint else []
        words.append(self.doc_type.name)
        if self.name:
            words.append(self.name)
        # A year after a bare number is written as in "Nghị định số 15/2020", else "năm 2018";
        # one inside the ký hiệu is written there ("02/CT/2007-VKSTC-VP").
        year_in_number = (self.bare_number is not None and self.name is None) or (
            self.number is not None and str(self.year) in self.number.groups
        )
        if self.number is not None:
            words.append(f"số {self.number}")
        elif self.bare_number is not None:
            year = f"/{self.year}" if year_in_number and self.year is not None else ""
            words.append(f"số {self.bare_number:02d}{year}")
        if self.year is not None and not year_in_number:
            words.append(f"năm {self.year}")
        if self.amended_in:
            words.append(f"(sửa đổi, bổ sung năm {', '.join(map(str, self.amended_in))})")
        if style == "full":
            if self.date is not None:
                words.append(f"ngày {vi.format_date(self.date, style='short')}")
            if self.issuer:
                words.append(f"của {self.issuer}")
            if self.subject:
                words.append(f"về {self.subject}")
        elif style != "short":
            raise ValueError(f"unknown citation style {style!r}: expected 'full' or 'short'")
        return " ".join(words)

    def __str__(self) -> str:
        return self.format("full")
