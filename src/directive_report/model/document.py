"""Document types (tên loại) and document numbers (số, ký hiệu).

The table of types is data, taken from Nghị định 30/2020/NĐ-CP (Điều 7 and Phụ lục III) for
administrative documents and from the Law on Promulgation of Legal Documents for normative ones.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Any, ClassVar

import attrs

from directive_report import i18n
from directive_report._text import nfc, vi_upper
from directive_report.errors import ReportValidationError
from directive_report.model._validation import fail, non_empty

__all__ = [
    "DOCUMENT_TYPES",
    "DocumentKind",
    "DocumentNumber",
    "DocumentType",
    "document_type",
]


class DocumentKind(enum.Enum):
    """The family a document type belongs to."""

    ADMINISTRATIVE = "administrative"  #: văn bản hành chính (NĐ 30/2020, Điều 7)
    NORMATIVE = "normative"  #: văn bản quy phạm pháp luật
    PARTY = "party"  #: documents of the Communist Party ("12-NQ/TU")
    OTHER = (
        "other"  #: other bodies' papers that reports cite ("Yêu cầu" of an investigation agency)
    )


def _kinds(items: Iterable[DocumentKind]) -> frozenset[DocumentKind]:
    return frozenset(items)


@attrs.frozen(kw_only=True)
class DocumentType:
    """A type of document (tên loại văn bản), e.g. *Báo cáo* abbreviated ``BC``.

    ``abbreviation`` is ``None`` for types that have none (công văn, thư công, the laws).
    """

    name: str = attrs.field(converter=nfc, validator=non_empty)
    abbreviation: str | None = attrs.field(default=None)
    kinds: frozenset[DocumentKind] = attrs.field(
        default=frozenset({DocumentKind.ADMINISTRATIVE}), converter=_kinds
    )

    @property
    def title(self) -> str:
        """The type name in capitals, as printed above the summary: ``"BÁO CÁO"``."""
        return vi_upper(self.name)

    @property
    def is_administrative(self) -> bool:
        """Whether NĐ 30/2020 lists it as an administrative type."""
        return DocumentKind.ADMINISTRATIVE in self.kinds

    @property
    def is_normative(self) -> bool:
        """Whether it can be a normative legal document (then its number carries a year)."""
        return DocumentKind.NORMATIVE in self.kinds

    def __str__(self) -> str:
        return self.name


_A = DocumentKind.ADMINISTRATIVE
_N = DocumentKind.NORMATIVE
_P = DocumentKind.PARTY
_O = DocumentKind.OTHER

#: Every known document type.  Administrative abbreviations are exactly those of NĐ 30/2020
#: Phụ lục III (``QyĐ``, ``CTr``, ``TTr``, ``BGN``, ``BTT``, ``GUQ``, ``GGT``, ``GNP``...).
#:
#: :meta hide-value:
DOCUMENT_TYPES: tuple[DocumentType, ...] = tuple(
    DocumentType(name=name, abbreviation=abbr, kinds=kinds)
    for name, abbr, kinds in (
        # NĐ 30/2020, Điều 7 and Phụ lục III (administrative; some are also normative or Party)
        ("Nghị quyết", "NQ", {_A, _N, _P}),
        ("Quyết định", "QĐ", {_A, _N, _P}),
        ("Chỉ thị", "CT", {_A, _P}),
        ("Quy chế", "QC", {_A, _P}),
        ("Quy định", "QyĐ", {_A, _P}),
        ("Thông cáo", "TC", {_A}),
        ("Thông báo", "TB", {_A, _P}),
        ("Hướng dẫn", "HD", {_A, _P}),
        ("Chương trình", "CTr", {_A, _P}),
        ("Kế hoạch", "KH", {_A, _P}),
        ("Phương án", "PA", {_A}),
        ("Đề án", "ĐA", {_A}),
        ("Dự án", "DA", {_A}),
        ("Báo cáo", "BC", {_A, _P}),
        ("Biên bản", "BB", {_A}),
        ("Tờ trình", "TTr", {_A, _P}),
        ("Hợp đồng", "HĐ", {_A}),
        ("Công văn", None, {_A, _P}),
        ("Công điện", "CĐ", {_A}),
        ("Bản ghi nhớ", "BGN", {_A}),
        ("Bản thỏa thuận", "BTT", {_A}),
        ("Giấy ủy quyền", "GUQ", {_A}),
        ("Giấy mời", "GM", {_A}),
        ("Giấy giới thiệu", "GGT", {_A}),
        ("Giấy nghỉ phép", "GNP", {_A}),
        ("Phiếu gửi", "PG", {_A}),
        ("Phiếu chuyển", "PC", {_A}),
        ("Phiếu báo", "PB", {_A}),
        ("Thư công", None, {_A}),
        # copies (Phụ lục III)
        ("Bản sao y", "SY", {_A}),
        ("Bản trích sao", "TrS", {_A}),
        ("Bản sao lục", "SL", {_A}),
        # normative documents (Luật Ban hành văn bản quy phạm pháp luật)
        ("Hiến pháp", None, {_N}),
        ("Bộ luật", None, {_N}),
        ("Luật", None, {_N}),
        ("Pháp lệnh", None, {_N}),
        ("Lệnh", "L", {_N}),
        ("Nghị quyết liên tịch", "NQLT", {_N}),
        ("Nghị định", "NĐ", {_N}),
        ("Thông tư", "TT", {_N}),
        ("Thông tư liên tịch", "TTLT", {_N}),
        ("Văn bản hợp nhất", "VBHN", {_N}),
        # the President's decrees of 1945-1959 ("Sắc lệnh số 23/SL"; "SL" is a Bản sao lục's)
        ("Sắc lệnh", None, {_N}),
        # Party documents and other bodies' papers cited in reports
        ("Kết luận", "KL", {_P, _O}),
        ("Yêu cầu", "YC", {_O}),
        ("Văn bản", None, {_O}),
    )
)


def _fold(text: str) -> str:
    return " ".join(nfc(text).split()).casefold()


_BY_NAME: dict[str, DocumentType] = {_fold(t.name): t for t in DOCUMENT_TYPES}
_BY_ABBREVIATION: dict[str, DocumentType] = {
    t.abbreviation: t for t in DOCUMENT_TYPES if t.abbreviation is not None
}


def document_type(key: str) -> DocumentType:
    """Look a document type up by name (any case: ``"báo cáo"``) or exact abbreviation (``"BC"``).

    Raises :class:`~directive_report.errors.ReportValidationError` for an unknown type.
    """
    key = nfc(key).strip()
    found = _BY_ABBREVIATION.get(key) or _BY_NAME.get(_fold(key))
    if found is None:
        raise ReportValidationError(
            "DocumentType",
            "name",
            i18n._(
                "unknown document type {key!r}: expected a name such as 'Báo cáo' or an abbreviation of NĐ 30/2020 Phụ lục III such as 'BC', 'KH', 'QyĐ'"
            ).format(key=key),
            key,
        )
    return found


# One group of a ký hiệu: letters (Đ/đ included, mixed case as Phụ lục III writes them) and digits;
# "&" joins the words of a unit's abbreviation ("BTTTT-PTTH&TTĐT", "BLĐTB&XH"), and a dot the
# parts of a unit's name ("TTr-TT.HĐND", the Standing Board of a council; "VPCP-V.I", Vụ I).
# A joint resolution of the Government and the Front writes a slash after its type
# ("19/2008/NQLT/CP-UBTUMTTQVN"), kept as written.
_GROUP = r"[0-9A-Za-zĐđ]+(?:[&.][0-9A-Za-zĐđ]+)*"
_SYMBOL = rf"{_GROUP}(?:[-/]{_GROUP})*"
# A Party ký hiệu names its issuer in Vietnamese capitals, as the Party's own rules on its
# documents write them: a letter with a breve, circumflex or horn too ("NQ/TƯ").
_PARTY_LETTERS = "0-9A-Za-zĐđĂăÂâÊêÔôƠơƯư"
_PARTY_GROUP = rf"[{_PARTY_LETTERS}]+(?:[&.][{_PARTY_LETTERS}]+)*"
_PARTY_SYMBOL = rf"{_PARTY_GROUP}/{_PARTY_GROUP}(?:[-/]{_PARTY_GROUP})*"
_NUMBER_RE = re.compile(
    rf"""^\s*(?:(?:Luật\s+)?[Ss]ố\s*:?\s*)?
    (?:
        (?P<number>\d+)?\s*/\s*(?:(?P<year>\d{{4}})/)?(?P<symbol>{_SYMBOL})
      | (?P<party_number>\d+)-(?P<party_symbol>{_PARTY_SYMBOL})
    )\s*$""",
    re.VERBOSE,
)


def _check_number(
    instance: DocumentNumber, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    if value is not None and (isinstance(value, bool) or value < 1):
        fail(
            instance,
            attribute,
            i18n._("must be a positive whole number, got {value!r}").format(value=value),
            value,
        )


def _check_year(
    instance: DocumentNumber, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    if value is not None and not 1945 <= value <= 2999:
        fail(
            instance,
            attribute,
            i18n._("must be a four-digit year from 1945, got {value!r}").format(value=value),
            value,
        )


_SYMBOL_RE = re.compile(_SYMBOL)
_PARTY_SYMBOL_RE = re.compile(_PARTY_SYMBOL)


def _check_symbol(instance: DocumentNumber, value: str) -> None:
    pattern = _PARTY_SYMBOL_RE if instance.party else _SYMBOL_RE
    if not pattern.fullmatch(value):
        shape = (
            "'NQ/TU'"
            if instance.party
            else "groups of letters and digits joined by '-' or '/', e.g. 'KH-STTTT'"
        )
        fail(
            instance,
            "symbol",
            i18n._("expected {shape} with no spaces, got {value!r}").format(
                shape=shape, value=value
            ),
            value,
        )


@attrs.frozen(kw_only=True)
class DocumentNumber:
    """The số and ký hiệu of a document: ``89/KH-STTTT``, ``15/2020/NĐ-CP``, ``12-NQ/TU``.

    * ``number`` is the running number, ``None`` while unassigned (a draft prints
      ``Số:      /BC-STTTT``); numbers below 10 are printed with a leading zero.
    * ``symbol`` is the ký hiệu after the slash, kept in the decree's mixed case (``CT-TTg``).
    * ``year`` is present for normative documents only (``15/2020/NĐ-CP``).
    * ``party`` selects the Party form ``<number>-<type>/<issuer>``.
    """

    number: int | None = attrs.field(default=None, validator=_check_number)
    symbol: str = attrs.field(converter=nfc)
    year: int | None = attrs.field(default=None, validator=_check_year)
    party: bool = False

    UNASSIGNED_GAP: ClassVar[str] = "     "  # printed where a draft's number will be written

    def __attrs_post_init__(self) -> None:
        _check_symbol(self, self.symbol)
        if self.party and self.year is not None:
            fail(self, "year", i18n._("Party document numbers carry no year"), self.year)
        if self.party and self.number is None:
            fail(self, "number", i18n._("a Party document number cannot be unassigned"), None)

    @classmethod
    def parse(cls, text: str) -> DocumentNumber:
        """Read a number from its canonical form (``"89/KH-STTTT"``, ``"Số: 05/BNV-VP"``,
        ``"/BC-STTTT"`` for an unassigned one, ``"15/2020/NĐ-CP"``, ``"12-NQ/TU"``)."""
        match = _NUMBER_RE.match(nfc(text))
        if match is None:
            raise ReportValidationError(
                "DocumentNumber",
                "symbol",
                i18n._(
                    "cannot read {text!r} as a document number: expected e.g. '89/KH-STTTT', '15/2020/NĐ-CP', '12-NQ/TU' or '/BC-STTTT' for one not yet assigned"
                ).format(text=text),
                text,
            )
        if match["party_symbol"]:
            return cls(number=int(match["party_number"]), symbol=match["party_symbol"], party=True)
        number = match["number"]
        year = match["year"]
        return cls(
            number=int(number) if number else None,
            symbol=match["symbol"],
            year=int(year) if year else None,
        )

    @property
    def is_assigned(self) -> bool:
        """Whether the running number has been given (signed and registered documents)."""
        return self.number is not None

    @property
    def groups(self) -> tuple[str, ...]:
        """The ký hiệu split into its groups: ``("KH", "STTTT")``."""
        return tuple(re.split(r"[-/]", self.symbol))

    @property
    def number_text(self) -> str:
        """The running number as printed: ``"05"``, ``"1510"``, or ``""`` when unassigned."""
        return "" if self.number is None else f"{self.number:02d}"

    def header_text(self) -> str:
        """The ô 3 line of the header: ``"Số: 89/KH-STTTT"`` or ``"Số:      /BC-STTTT"``."""
        if self.number is None:
            return f"Số: {self.UNASSIGNED_GAP}{self}"
        return f"Số: {self}"

    def __str__(self) -> str:
        if self.party:
            return f"{self.number_text}-{self.symbol}"
        year = f"{self.year}/" if self.year is not None else ""
        return f"{self.number_text}/{year}{self.symbol}"
