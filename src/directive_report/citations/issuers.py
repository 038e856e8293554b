"""The table of issuer abbreviations used in ký hiệu, as data a province can extend.

A ký hiệu names its issuer by abbreviation: ``CT-TTg`` (Thủ tướng Chính phủ), ``NĐ-CP`` (Chính
phủ), ``QH14`` (Quốc hội khóa XIV), ``BTTTT-CVT`` (Bộ Thông tin và Truyền thông).  The table
serves three purposes:

* **case**: ``CHỈ THỊ SỐ 21/CT-TTG`` is read as ``CT-TTg`` because ``TTg`` is a known
  abbreviation (unknown groups are written in capitals, as NĐ 30/2020 prescribes);
* **inference**: when a citation does not say who issued it, an abbreviation with
  ``infer=True`` names the issuer (national bodies only: ``UBND`` or ``CAT`` alone cannot say
  which province);
* **names**: an issuer written in capitals (``CỦA THỦ TƯỚNG CHÍNH PHỦ``) is given in its usual
  case, and names containing commas (``Bộ Văn hóa, Thể thao và Du lịch``) are read whole.

A province adds its own bodies with :meth:`IssuerTable.extend` or from a TOML file with
:meth:`IssuerTable.load`, and passes the table to :func:`~directive_report.citations.extract`
and :func:`~directive_report.citations.parse`::

    from directive_report import citations
    from directive_report.citations.issuers import DEFAULT_ISSUERS, Issuer

    table = DEFAULT_ISSUERS.extend([Issuer(abbreviation="STTTT", name="Sở Thông tin và Truyền thông")])
    citations.extract(text, issuers=table)

In an abbreviation, ``{khóa}`` stands for the number of a legislature, which the name receives
in Roman numerals: ``QH{khóa}`` / ``Quốc hội khóa {khóa}`` reads ``QH14`` as "Quốc hội khóa XIV".
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from directive_report import i18n
from directive_report._text import nfc, nfc_optional
from directive_report.citations._errors import IssuerTableError
from directive_report.citations._issuer_names import CASE_ONLY, INFERRED, NAMED
from directive_report.citations._patterns import loose_marks, modern_tones, word_set
from directive_report.model import DOCUMENT_TYPES

__all__ = ["DEFAULT_ISSUERS", "Issuer", "IssuerTable"]

_SESSION = "{khóa}"
_GROUP_RE = re.compile(r"[0-9A-Za-zĐđ]+")
_SEPARATOR_RE = re.compile(r"(\s*[‐‑–\-./]\s*|\s+)")
# A space a copy left after the "&" joining two words of a unit: "QLN& TTBĐS".
_AMPERSAND_SPACE = re.compile(r"&\s+")
# A Party ký hiệu's group in Vietnamese capitals without tone marks, kept as written.
_PARTY_GROUP = re.compile(r"[0-9A-ZĐĂÂÊÔƠƯ&.]+")


def _check_abbreviation(
    instance: Issuer, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    if value is None:
        return
    plain = value.replace(_SESSION, "")
    if not plain or not _GROUP_RE.fullmatch(plain) or value.count(_SESSION) > 1:
        raise IssuerTableError(
            i18n._(
                "abbreviation {value!r}: expected one group of letters and digits as written in a ký hiệu, such as 'TTg' or 'BTTTT' (optionally with '{{khóa}}', as in 'QH{{khóa}}')"
            ).format(value=value)
        )


@attrs.frozen(kw_only=True)
class Issuer:
    """One issuer: its abbreviation in ký hiệu (``TTg``) and its name (``Thủ tướng Chính phủ``).

    ``infer`` says whether the abbreviation alone names the issuer, so that a citation that does
    not write its issuer gets it (marked as inferred).  Give ``infer=False`` for abbreviations
    that do not say which body (``UBND``, ``CAT``).  Either field may be left out: an
    abbreviation without a name only fixes its case; a name without an abbreviation is read whole
    and given its usual case.
    """

    abbreviation: str | None = attrs.field(
        default=None, converter=nfc_optional, validator=_check_abbreviation
    )
    name: str | None = attrs.field(default=None, converter=nfc_optional)
    infer: bool = True

    def __attrs_post_init__(self) -> None:
        if self.abbreviation is None and self.name is None:
            raise IssuerTableError(i18n._("an issuer needs an abbreviation, a name, or both"))
        if self.name is not None and (not self.name.strip() or self.name != self.name.strip()):
            raise IssuerTableError(
                i18n._("issuer name {name!r}: expected text without outer spaces").format(
                    name=self.name
                )
            )
        session = self.abbreviation is not None and _SESSION in self.abbreviation
        if session and self.name is not None and _SESSION not in self.name:
            raise IssuerTableError(
                i18n._("issuer {abbreviation!r}: the name must say where '{{khóa}}' goes").format(
                    abbreviation=self.abbreviation
                )
            )


def _base_letters(text: str) -> str:
    """*text* without its diacritics but for "Đ", which has none to remove ("TƯ" -> "TU")."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _unaccented(text: str) -> str:
    """A name's key without case, spaces or any diacritic ("BẠN BÍ THƯ" = "Ban Bí thư")."""
    return _base_letters(_fold(text)).replace("đ", "d")


def _fold(text: str) -> str:
    """A name's lookup key: without case or spaces, one dash, tones placed the modern way, so
    that "BỘ VĂN HÓA,THỂ THAO" and "Bộ Lao động – Thương binh" find the names the table writes
    "Bộ Văn hóa, Thể thao" and "Bộ Lao động - Thương binh"."""
    return modern_tones("".join(nfc(text).split()).casefold().replace("–", "-"))


class IssuerTable:
    """Issuer abbreviations and names; immutable, extended by :meth:`extend` into a new table."""

    def __init__(self, issuers: Iterable[Issuer]) -> None:
        self.issuers: tuple[Issuer, ...] = tuple(issuers)
        # Later entries win, so that a province's extension overrides the defaults.
        self._groups: dict[str, str] = {
            t.abbreviation.upper(): t.abbreviation for t in DOCUMENT_TYPES if t.abbreviation
        }
        self._type_abbreviations = frozenset(self._groups.values())
        #: Type abbreviations that a copy may glue to an issuer's ("NĐCP"); no two of them, each
        #: before a known issuer's, make the same group, so their order does not matter.
        self._type_prefixes = sorted(self._type_abbreviations)
        for abbreviation in list(self._type_abbreviations):  # "ND" in a copy without diacritics
            unaccented = abbreviation.upper().replace("Đ", "D")
            self._groups.setdefault(unaccented, abbreviation)
        self._by_group: dict[str, Issuer] = {}
        self._sessions: list[tuple[re.Pattern[str], Issuer]] = []
        self._names: dict[str, str] = {}
        self._symbols: dict[tuple[str, bool], str] = {}  # memo of canonical_symbol
        self._canonical_names: dict[str, str] = {}  # memo of canonical_name
        for issuer in self.issuers:
            if issuer.name is not None:
                self._names[_fold(issuer.name)] = issuer.name
            if issuer.abbreviation is None:
                continue
            if _SESSION in issuer.abbreviation:
                before, _, after = issuer.abbreviation.partition(_SESSION)
                pattern = re.compile(
                    f"{re.escape(before.upper())}([0-9]{{1,2}}){re.escape(after.upper())}"
                )
                self._sessions.insert(0, (pattern, issuer))
            else:
                self._groups[issuer.abbreviation.upper()] = issuer.abbreviation
                self._by_group[issuer.abbreviation] = issuer

    def __repr__(self) -> str:
        return f"IssuerTable(<{len(self.issuers)} issuers>)"

    def extend(self, issuers: Iterable[Issuer]) -> IssuerTable:
        """A new table with *issuers* added; they override entries with the same abbreviation."""
        return IssuerTable((*self.issuers, *issuers))

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, base: IssuerTable | None = None) -> IssuerTable:
        """Read ``[[issuer]]`` tables from a TOML file, on top of *base* (the defaults).

        .. code-block:: toml

            [[issuer]]
            abbreviation = "STTTT"
            name = "Sở Thông tin và Truyền thông tỉnh Bắc Giang"

            [[issuer]]
            abbreviation = "UBND"
            infer = false
        """
        import tomllib
        from pathlib import Path

        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise IssuerTableError(
                i18n._("{path}: cannot read the issuer table: {error}").format(
                    path=path, error=error
                )
            ) from None
        entries = data.get("issuer", [])
        extra = set(data) - {"issuer"}
        if extra or not isinstance(entries, list):
            raise IssuerTableError(
                i18n._("{path}: expected only [[issuer]] tables, found {keys}").format(
                    path=path, keys=sorted(extra)
                )
            )
        issuers = []
        for index, entry in enumerate(entries):
            try:
                issuers.append(_issuer_from_table(entry))
            except IssuerTableError as error:
                raise IssuerTableError(
                    i18n._("{path}: issuer[{index}]: {error}").format(
                        path=path, index=index, error=error
                    )
                ) from None
        return (base if base is not None else DEFAULT_ISSUERS).extend(issuers)

    # -- used by the parser ------------------------------------------------------------------

    def canonical_group(self, group: str, *, first: bool = True, party: bool = False) -> str:
        """One group of a ký hiệu in canonical case: ``"TTG"`` -> ``"TTg"``, ``"anm"`` -> ``"ANM"``.

        A ký hiệu is written in Latin letters, Đ and digits (NĐ 30/2020, Phụ lục III); another
        capital is a copy's damage and is read as its base letter: ``"TƯ"`` -> ``"TU"`` (a
        group with small letters, such as a word glued to it, is left as written).  The
        *first* group, where the type stands, may be a type glued to a known issuer (``"NĐCP"``
        -> ``"NĐ-CP"``); a later one names a unit (``"CTUBND"``, the Chairman of a People's
        Committee, in ``CT-CTUBND``), kept in its own mixed case when the table does not know
        it (``"GDTrH"``, ``"KTr2"``).  A *party* ký hiệu keeps its Vietnamese capitals with a
        breve, circumflex or horn (``"TƯ"``); one with a tone mark is read as its base letter.
        """
        upper = group.upper()
        kept = party and _PARTY_GROUP.fullmatch(upper)  # "TƯ" in a Party ký hiệu
        if not upper.isascii() and group.isupper() and not kept:
            upper = _base_letters(upper)
        known = self._groups.get(upper)
        if known is not None:
            return known
        session = self._session_group(upper)
        if session is not None or not first:
            if session is None and not group.isupper() and not group.islower():
                return group  # a unit's own mixed case, as written: "GDTrH", "KTr2"
            return session or upper
        for type_group in self._type_prefixes:  # "NĐCP": a type glued to a known issuer
            if upper.startswith(type_group.upper()):
                issuer = self._groups.get(upper[len(type_group) :])
                if issuer in self._by_group:
                    return f"{type_group}-{issuer}"
        return upper

    def _session_group(self, upper: str) -> str | None:
        """A group naming a legislature ("QH14", "UBTVQH14") in canonical case, if it is one."""
        for pattern, issuer in self._sessions:
            match = pattern.fullmatch(upper)
            if match and issuer.abbreviation:
                return issuer.abbreviation.replace(_SESSION, str(int(match[1])))
        return None

    def canonical_symbol(self, symbol: str, *, party: bool = False) -> str:
        """A ký hiệu as written, in canonical form: ``"CT- TTG"`` -> ``"CT-TTg"``,
        ``"QĐ.UB"`` -> ``"QĐ-UB"``; a slash is kept as written, a Party ký hiệu's (``"nq/tu"`` ->
        ``"NQ/TU"``) or a joint document's after its type (``"NQLT/CP-UBTUMTTQVN"``), and a
        dot inside the issuer's part, between two groups, is kept (``"TTr-TT.HĐND"``); a space
        after "&" is a copy's (``"QLN& TTBĐS"`` -> ``"QLN&TTBĐS"``)."""
        key = (symbol, party)
        known = self._symbols.get(key)
        if known is None:
            pieces = _SEPARATOR_RE.split(
                _AMPERSAND_SPACE.sub("&", symbol) if "&" in symbol else symbol
            )
            groups = [
                self.canonical_group(p, first=not i, party=party) for i, p in enumerate(pieces[::2])
            ]
            joints = [
                "/" if j.strip() == "/" else "." if i and j == "." and not party else "-"
                for i, j in enumerate(pieces[1::2])
            ]
            known = groups[0] + "".join(j + g for j, g in zip(joints, groups[1:], strict=True))
            if len(self._symbols) < 10_000:
                self._symbols[key] = known
        return known

    def is_type_abbreviation(self, group: str) -> bool:
        """Whether *group* (canonical) abbreviates a document type (``QĐ``, ``KH``, ``CTr``)."""
        return group in self._type_abbreviations

    def issuer_named_by(self, group: str) -> str | None:
        """The issuer that the canonical *group* names unambiguously, or ``None``."""
        issuer = self._by_group.get(group)
        if issuer is not None:
            return issuer.name if issuer.infer else None
        for pattern, session_issuer in self._sessions:
            match = pattern.fullmatch(group.upper())
            if match and session_issuer.infer and session_issuer.name:
                from directive_report.vi import to_roman

                return session_issuer.name.replace(_SESSION, to_roman(int(match[1])))
        return None

    def canonical_name(self, name: str) -> str:
        """A known issuer name written in capitals in its usual case (``"BỘ CHÍNH TRỊ"`` ->
        ``"Bộ Chính trị"``); a name in capitals that holds known names gets their case and a
        sentence case around them (``"BỘ TRƯỞNG BỘ CÔNG AN"`` -> ``"Bộ trưởng Bộ Công an"``), and
        one opened by a known abbreviation and a place's word the sentence case after it
        (``"UBND TỈNH QUẢNG NAM"`` -> ``"UBND tỉnh Quảng Nam"``);
        one written with other spacing in its usual form; any other name as written, the old
        placement of a tone mark too (``"Uỷ ban Thường vụ Quốc hội"``)."""
        canonical = self._canonical_names.get(name)
        if canonical is None:
            canonical = self._canonical_name(name)
            if len(self._canonical_names) < 10_000:
                self._canonical_names[name] = canonical
        return canonical

    def _canonical_name(self, name: str) -> str:
        known = self._names.get(_fold(name))
        if known is not None and (name.isupper() or known.casefold() != name.casefold()):
            if not name.isupper() and modern_tones(name) == known:
                return name  # as written: the old placement of a tone mark ("Uỷ ban ...")
            return known  # written in capitals, or with other spacing
        if not name.isupper():
            return name
        matches = list(self.name_pattern.finditer(name))
        if not matches:
            first, _, rest = name.partition(" ")
            if rest and first in self._by_group and rest.split()[0].lower() in _PLACES:
                return " ".join([first, *_sentence_case(rest)])  # "UBND tỉnh Quảng Nam"
            return name
        pieces: list[str] = []
        done = 0
        for match in matches:
            pieces.extend(_sentence_case(name[done : match.start()]))
            pieces.append(self._names.get(_fold(match[0])) or self._recased(match[0]))
            done = match.end()
        pieces.extend(_sentence_case(name[done:]))
        return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(pieces))

    def _recased(self, written: str) -> str:
        """A known name in capitals whose tone marks a broken font scrambled or a copy lost
        ("BẠN BÍ THƯ", "BỘ CHÍNH TRI"), its letters as written in the name's case ("Bạn Bí
        thư"); as written when its words do not line up with the name's."""
        known = self._names_unaccented.get(_unaccented(written))
        if known is None or [len(w) for w in known.split()] != [len(w) for w in written.split()]:
            return written
        return " ".join(
            "".join(c if k.isupper() else c.lower() for c, k in zip(w, kw, strict=True))
            for w, kw in zip(written.split(), known.split(), strict=True)
        )

    @functools.cached_property
    def _names_unaccented(self) -> dict[str, str]:
        """The known names by their letters without any diacritic (see _recased)."""
        return {_unaccented(name): name for name in self._names.values()}

    @property
    def names(self) -> tuple[str, ...]:
        """Every known issuer name."""
        return tuple(self._names.values())

    @functools.cached_property
    def name_pattern(self) -> re.Pattern[str]:
        """Every known name, longest first, in any case and spacing (``Bộ Văn hóa, Thể thao và
        Du lịch`` is read whole although it holds a comma, and also when a copy left the comma
        out), its tone marks placed either way, scrambled by a broken font or lost ("Bán Bí
        thư", "Ban Bi thu")."""
        names = sorted(self._names.values(), key=len, reverse=True)
        alternatives = [
            r"\s*[-–]\s*".join(
                r"\s+".join(re.escape(w) for w in part.split()).replace(r",\s+", r"(?:,\s*|\s+)")
                for part in name.split(" - ")
            )
            for name in names
        ]
        return re.compile(loose_marks(f"(?:{'|'.join(alternatives)})(?!\\w)"), re.IGNORECASE)


# A space the joining of pieces put before a comma: "Bộ Tài chính , Bộ Y tế".
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;])")
_PLACES = word_set("tỉnh thành phố huyện quận thị xã phường trấn khóa khoá khu vực")
_ROMAN = re.compile(r"[IVXLC]+")


def _sentence_case(words: str) -> list[str]:
    """Words written in capitals in their usual case: the first word and a place's name with a
    capital ("TỈNH VĨNH LONG" -> "tỉnh Vĩnh Long", "KHÓA IX" -> "khóa IX"); "và" joining two
    names is a word of the sentence ("BỘ CÔNG AN VÀ BỘ QUỐC PHÒNG")."""
    cased = []
    after_place = False
    for index, word in enumerate(words.split()):
        lower = word.lower()
        if _ROMAN.fullmatch(word.strip("()")) and index:
            cased.append(word)  # "KHÓA XI", "(KHÓA XI)"
        elif lower == "và":
            cased.append(lower)
            after_place = False
        elif lower.lstrip("(") in _PLACES:
            cased.append(lower)
            after_place = True
            continue
        elif index == 0 or after_place:
            cased.append(word[0] + lower[1:])
        else:
            cased.append(lower)
    return cased


def _issuer_from_table(entry: object) -> Issuer:
    if not isinstance(entry, Mapping):
        raise IssuerTableError(i18n._("expected a table, got {entry!r}").format(entry=entry))
    extra = set(entry) - {"abbreviation", "name", "infer"}
    if extra:
        raise IssuerTableError(
            i18n._("unknown keys {keys}: expected abbreviation, name, infer").format(
                keys=sorted(extra)
            )
        )
    for key, kind in (("abbreviation", str), ("name", str), ("infer", bool)):
        if key in entry and not isinstance(entry[key], kind):
            raise IssuerTableError(
                i18n._("{key}: expected {kind}, got {entry!r}").format(
                    key=key, kind=kind.__name__, entry=entry[key]
                )
            )
    return Issuer(
        abbreviation=entry.get("abbreviation"),
        name=entry.get("name"),
        infer=entry.get("infer", True),
    )


def _national(pairs: Iterable[tuple[str | None, str]], *, infer: bool = True) -> list[Issuer]:
    return [Issuer(abbreviation=abbr, name=name, infer=infer) for abbr, name in pairs]


#: The built-in table: national bodies named by their ký hiệu, the common local abbreviations
#: (known for their case only), and names of bodies that cite without an abbreviation
#: (:mod:`directive_report.citations._issuer_names`).
DEFAULT_ISSUERS = IssuerTable(
    [
        *_national(INFERRED),
        *_national(CASE_ONLY, infer=False),
        *_national(NAMED, infer=False),
        # A Party type written in mixed case, known for its case only: "Quy định số 08-QĐi/TW".
        Issuer(abbreviation="QĐi", infer=False),
    ]
)
