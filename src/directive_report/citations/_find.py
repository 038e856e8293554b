"""Reading citations: the extractor behind :func:`extract` and :func:`parse` (private; ``parse``
itself is in :mod:`._parse`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from directive_report.citations._law_reading import law_anchors
from directive_report.citations._parts import (
    LAW_TYPES,
    Found,
    Parts,
    inferred_issuer,
    pinpoint_of,
    symbol_groups,
)
from directive_report.citations._patterns import (
    INFORMAL_ABBREVIATIONS,
    Grammar,
    fold,
    grammar,
    unaccented_key,
)
from directive_report.citations._repeated_types import share_issuers
from directive_report.citations._tail_reading import LEGISLATURE
from directive_report.citations._unnamed_reading import UnnamedReading
from directive_report.citations.issuers import IssuerTable
from directive_report.errors import ReportValidationError
from directive_report.model import (
    Citation,
    DocumentNumber,
    DocumentType,
)

__all__ = ["Found", "Reader"]

# The first characters of what continues a list of numbers ("," or "và"); a string, so that ""
# (no character near) is in it.
_LIST_STARTS = ",vV;"
# Types whose abbreviation with a bare number and a year is a citation: "NĐ 15/2020".
_NORMATIVE = frozenset({"Nghị định", "Thông tư", "Quyết định", "Nghị quyết"})
# Words that make what follows a type word no qualifier of it but a phrase of the sentence, the
# type word a verb or a common noun: "báo cáo theo Tiêu chí số 4", "kế hoạch tại Biểu số 2".
_PREPOSITIONS = frozenset({"theo", "tại", "cho", "với", "trong"})
# Qualifying words that name a kind of document, which a number without ký hiệu cites as any
# type word does: a Party committee's "Chương trình hành động số 40", "Kế hoạch hành động số 5".
_DOCUMENT_KINDS = frozenset({"hành động"})
# Type abbreviations that also name a unit opening a công văn's ký hiệu: Thanh tra, Cục Thuế,
# Hội đồng, Lệnh's "L" (see _apply_ident).
_UNIT_ABBREVIATIONS = frozenset({"TTr", "CT", "HĐ", "L"})
# Calling a class with keywords packs them into a dict on the way to its __init__; making the
# instance and calling __init__ with the same keywords does not (the same checks run).  Records
# are made thousands of times per text.
_new = object.__new__
_init_number = DocumentNumber.__init__
_init_citation = Citation.__init__


class Reader(UnnamedReading):
    """Reads citations out of one NFC text."""

    def __init__(self, text: str, issuers: IssuerTable) -> None:
        self.text = text
        self.issuers = issuers
        self.g: Grammar = grammar()
        # Reports cite the same documents again and again: equal values are built once.
        self._numbers: dict[tuple[int, str, int | None, bool], DocumentNumber] = {}
        self._citations: dict[tuple[object, ...], Citation] = {}
        self._inferred: dict[tuple[str, bool], str | None] = {}
        self._types: dict[str, DocumentType | None] = {}
        self._bare: set[int] = set()  # anchors of identifiers without a type word
        self._titles: set[int] = set()  # numbers of the text's own title (see _numbered)
        self._issuers_seen = {}

    def number(self, number: int, symbol: str, year: int | None, party: bool) -> DocumentNumber:
        """The document number with these parts (built once per text)."""
        key = (number, symbol, year, party)
        known = self._numbers.get(key)
        if known is None:
            known = _new(DocumentNumber)
            _init_number(known, number=number, symbol=symbol, year=year, party=party)
            self._numbers[key] = known
        return known

    def _inferred_issuer(self, number: DocumentNumber) -> str | None:
        """The issuer that *number*'s ký hiệu names (looked up once per ký hiệu and text)."""
        key = (number.symbol, number.party)
        if key not in self._inferred:
            self._inferred[key] = inferred_issuer(number, self.issuers)
        return self._inferred[key]

    def citation(self, parts: Parts) -> Citation:
        """The citation read into *parts* (built once per text for equal values)."""
        issuer, inferred = parts.issuer, False
        if issuer is None and parts.number is not None:
            issuer = self._inferred_issuer(parts.number)
            inferred = issuer is not None
        # A type is one of the grammar's and a number is built once per text (see number()):
        # its name and the number's identity stand for them, and are cheaper to hash.
        key = (
            parts.doc_type.name,
            id(parts.number),
            parts.bare_number,
            parts.name,
            parts.year,
            parts.amended_in,
            parts.date,
            issuer,
            inferred,
            parts.pinpoint,
        )
        known = self._citations.get(key)
        if known is None:
            known = _new(Citation)
            _init_citation(
                known,
                doc_type=parts.doc_type,
                number=parts.number,
                bare_number=parts.bare_number,
                name=parts.name,
                year=parts.year,
                amended_in=parts.amended_in,
                date=parts.date,
                issuer=issuer,
                issuer_inferred=inferred,
                pinpoint=parts.pinpoint,
            )
            self._citations[key] = known
        return known

    # -- finding -------------------------------------------------------------------------------

    def _candidates(self) -> tuple[list[int], set[int]]:
        """Anchors in text order, and those of them where a law cited by name may start (the
        others are digits: a numbered head ends there)."""
        text = self.text
        # the letter before each anchor: "Luật", "LUẬT", "Bộ luật", "Hiến pháp", not "pháp luật"
        laws = {match.start() - 1 for anchor in law_anchors() for match in anchor.finditer(text)}
        found = [m.start() for m in self.g.anchor.finditer(text)]
        anchors = len(found)
        if laws:  # a law's anchor is a letter, never one of the digits: no position repeats
            found.extend(laws)
        anchored = set(found)
        scans = (self.g.bare_ident, "/"), (self.g.dashed_ident, "-")
        for scan in (scan for scan, mark in scans if mark in text):
            self._bare.update(
                number.start()
                for slash in scan.finditer(text)
                if (
                    number := self.g.digits_before.search(
                        text, max(0, slash.start() - 6), slash.start()
                    )
                )
            )
        found.extend(self._bare - anchored)
        if "/" in text:
            # a number with a ký hiệu after words that are not a type ("Chương trình hành động
            # 17-CTr/TU"): read when a type stands before those words (see _numbered)
            unsaid = {
                number.start()
                for slash in self.g.symbol_slash.finditer(text)
                if (
                    number := self.g.number_after_word.search(
                        text, max(0, slash.start() - 20), slash.start()
                    )
                )
            }
            found.extend(unsaid - anchored - self._bare)
        if len(found) > anchors:
            found.sort()
        return found, laws

    def mentions(self, done: int = 0) -> Iterator[Parts]:
        """Every citation after *done*, in text order, never overlapping."""
        for items in self.groups(done):
            yield from items

    def groups(self, done: int = 0, start: int = 0) -> Iterator[list[Parts]]:
        """The citations after *done* as read together: a head and the list items sharing its
        type ("Nghị định 132/2008/NĐ-CP và 67/2009/NĐ-CP"), which only that head finds.  No
        candidate before *start* is read (a stream decided them), though what they look back
        at still reaches back to *done*.  Citations of one type in a row share the issuer
        written after the last (see _repeated_types)."""
        return share_issuers(self._read_groups(done, start), self.text)

    def _read_groups(self, done: int, start: int) -> Iterator[list[Parts]]:
        positions, laws = self._candidates()
        bare, law, numbered, complete = self._bare, self._law, self._numbered, self._complete
        for position in positions:
            if position < done or position < start:
                continue
            if position in laws:
                head = law(position, done)
            else:
                head = numbered(position, done)
                if head is None and position not in self._titles:
                    head = self._unnamed_at(position, position in bare)
            if head is not None:
                items = complete(head, done)
                yield items
                done = items[-1].end

    # -- heads -----------------------------------------------------------------------------

    def _numbered(self, digit: int, done: int) -> Parts | None:
        """The head whose number starts at *digit*: "Chỉ thị số 21/CT-TTg"."""
        text = self.text
        ident = self.g.ident.match(text, digit)
        if ident is None:
            return None
        head = self.g.head_reversed.match(text[max(done, digit - 60) : digit][::-1])
        if head is None:
            return None
        start = digit - head.end()
        if start > 0 and self._glued_before(start):
            return None  # the type word is the end of a longer word ("_" is Markdown's emphasis)
        type_word, so, gap, qualifier, unsaid = head.group(
            "type", "so", "gap", "qualifier", "unsaid"
        )  # unsaid: words between the type and a number without "số"
        type_word = type_word[::-1]
        parts = self._head(
            start,
            type_word,
            so and so[::-1],
            gap and gap[::-1],
            (qualifier or unsaid) and (qualifier or unsaid)[::-1],
            ident,
        )
        if head["colon"] and (parts is None or not self._catalogue_entry(parts)):
            return None  # "Luật: 38/2005/QH11" only
        if qualifier and "," in qualifier and not (parts and self._symbol_names(parts)):
            return None  # a comma between the type and "số" only in a title the ký hiệu confirms
        if type_word in INFORMAL_ABBREVIATIONS and parts is not None:
            if parts.number is None:
                return None  # "CV 2 bản", "CV 12/2020 của ứng viên": no ký hiệu, no công văn
            written = self.g.type_before[parts.written_type.name].search(
                text, max(done, start - 12), start
            )
            if written is not None:
                parts.start = written.start()  # "công văn CV 9229/UBND-VHXH"
        abbreviated = type_word == parts.written_type.abbreviation if parts else False
        if parts is None or parts.number is None:
            if (
                abbreviated
                and parts is not None
                and (parts.year is None or parts.written_type.name not in _NORMATIVE)
                and not self._short_for_symbol(parts)
            ):
                return None  # "NĐ 15/2020" is a Nghị định; "CT 5" is not read, but "KH 363"
                # beside "Kế hoạch số 363/KH-TTCP" is
            return parts
        if head["title"] and not self._symbol_opens_with_type(parts):
            return None  # "Kết luận Thanh tra số 1452/KL-TTCP": the ký hiệu confirms the type
        if (unsaid or abbreviated) and symbol_groups(parts.number)[0] != (
            parts.written_type.abbreviation
        ):
            return None  # "Chương trình hành động 17-CTr/TU", "QĐ số 12/QĐ-UBND": the ký hiệu
            # names the type
        if qualifier and type_word[-1].islower() and self._symbol_names_other_type(parts):
            return None  # "hướng dẫn thực hiện ... số 41/2014/TTLT-BYT-BTC": a verb, not a type
        if qualifier and qualifier[::-1].lstrip()[:3].lower() == "của":  # read backwards
            spacing = self.g.token.match(self.text, start + len(type_word))
            if type_word.isupper() and spacing is not None and "\n" in spacing["space"]:
                self._titles.add(digit)  # its own title: "NGHỊ ĐỊNH\n\nCỦA CHÍNH PHỦ SỐ 58/..."
                return None
            parts.issuer = self._issuer_before_so(start + len(type_word), digit)
            parts.issuer_first = parts.issuer is not None
            if parts.issuer is None and ":" in (gap or ""):
                return None  # "Các Nghị định của các bộ: số ...": a list's head names no issuer
        elif type_word.isupper() and self._repeats_header(start, ident):
            self._titles.add(digit)  # its own title: "Số: 45/2019/TT-BCA ... THÔNG TƯ 45/2019/..."
            return None
        self._widen_to_symbol_type(parts, done)
        return parts

    def _symbol_names(self, parts: Parts) -> bool:
        """Whether the ký hiệu of *parts* opens with the abbreviation of its written type."""
        return parts.number is not None and symbol_groups(parts.number)[0] == (
            parts.written_type.abbreviation
        )

    def _catalogue_entry(self, parts: Parts) -> bool:
        """Whether *parts*, its type and a colon for "số", is a catalogue's entry ("2 Luật:
        38/2005/QH11"): a full identifier whose ký hiệu names the type (a law's, its
        legislature), not first on its line (a header)."""
        number = parts.number
        if number is None or number.year is None or self._starts_line(parts.start):
            return False
        written = parts.written_type.abbreviation
        if written is None:
            return LEGISLATURE.fullmatch(number.symbol) is not None
        return symbol_groups(number)[0] == written

    def _repeats_header(self, start: int, ident: re.Match[str]) -> bool:
        """Whether the head at *start*, first on its line, repeats the number of the header
        "Số: ..." a few lines above it: the document's own title, not a citation."""
        return self._starts_line(start) and self._header_repeated(start, ident)

    def _issuer_before_so(self, position: int, digit: int) -> str | None:
        """The issuer written from "của" at *position* up to "số" and the number at *digit*: "
        QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg", a portal's old-style title."""
        issuer = self._issuer(position)
        if issuer is None or not self.g.so_alone.fullmatch(self.text, issuer[0], digit):
            return None
        return issuer[1]

    def _widen_to_symbol_type(self, parts: Parts, done: int) -> None:
        """Start *parts* at the type its ký hiệu names when that type's words stand just before
        the one read: "Thông báo kết luận số 45/TB-VPCP" is a Thông báo, not a Kết luận."""
        assert parts.number is not None
        written = parts.written_type.abbreviation
        if written and parts.number.symbol.startswith(written):
            return  # the usual case: "Chỉ thị số 21/CT-TTg"
        named = self.g.types_by_abbreviation.get(symbol_groups(parts.number)[0])
        if named is None or named == parts.written_type:
            return
        before = self.g.type_before[named.name].search(
            self.text, max(done, parts.start - 40), parts.start
        )
        if before is not None:
            parts.start = before.start()
            parts.written_type = parts.doc_type = named

    def _head(
        self,
        start: int,
        type_word: str,
        so: str | None,
        gap: str | None,
        qualifier: str | None,
        ident: re.Match[str],
    ) -> Parts | None:
        """The head made of a type word, "số" and an identifier, or ``None`` if it is not one."""
        if so and so.startswith("Số") and "\n" in (gap or ""):
            return None  # a header line "Số: 123/BC-STTTT" under a type title
        if type_word in self._types:
            written = self._types[type_word]
        else:
            written = self._types[type_word] = (
                self.g.types_by_key.get(fold(type_word))
                or self.g.types_by_unaccented_key.get(unaccented_key(type_word))
                or self.g.types_by_abbreviation.get(type_word)
                or self.g.types_by_key.get(fold(INFORMAL_ABBREVIATIONS.get(type_word, "")))
            )
        if written is None:
            return None
        if (
            so
            and ":" in self.text[start : ident.start()]
            and type_word != written.abbreviation  # a header never abbreviates: "TT Số: 219/..."
            and self._starts_line(start)
        ):
            return None  # a header "Nghị quyết số: 71/2022/QH15", "Luật số: 65/2020/QH14"
        parts = Parts(start, ident.end(), written, written)  # start, end, written and read type
        if not self._apply_ident(parts, ident):
            return None
        if written.name in LAW_TYPES and not self._law_by_number(parts, bool(so)):
            return None  # "Tạp chí Nghề Luật số 5", "vi phạm pháp luật số 104/KN-VKSDC"
        if (
            qualifier
            and parts.number is None
            and " ".join(qualifier.split()).lower() not in _DOCUMENT_KINDS
            and (
                qualifier.split()[0].lower() in _PREPOSITIONS  # "báo cáo theo Tiêu chí số 4 của"
                or (
                    not self.g.number_list.match(self.text, parts.end)
                    and not self.g.date.match(self.text, parts.end)
                    and self._issuer(parts.end) is None  # "Chương trình hành động số 15 của"
                )
            )
        ):
            return None  # "Quyết định thanh tra số 52/QĐ-TTr", "Quyết định giám đốc thẩm số
            # 04 ngày 16-4-2014", but not "Kế hoạch tuần số 4"
        if parts.bare_number is not None and not so:
            if not self._bare_head(
                type_word, written.name, parts.end, parts.year, parts.bare_number
            ) and not self._short_form_after(start, written.name, parts.bare_number, parts.end):
                return None  # "Kế hoạch 5 năm", "kế hoạch 5"
            if "\n" in self.text[start + len(type_word) : ident.start()] and self.text.startswith(
                (".", ")"), parts.end
            ):
                return None  # a heading, then a list's number on the next line: "KẾ HOẠCH\n1."
        return parts

    def _apply_ident(self, parts: Parts, ident: re.Match[str]) -> bool:
        """Fill the number from an identifier match; false when it is not a valid number."""
        digits, party_symbol, symbol, year = ident.group("num", "psym", "nsym", "year")
        symbol = symbol or ident["asym"] or ident["ysym"]
        number = int(digits.replace(" ", ""))
        try:
            if party_symbol:
                party_symbol = self.issuers.canonical_symbol(party_symbol, party=True)
                # "18-NQ-TW", a dash for the slash, has the shape of a state ký hiệu
                parts.number = self.number(number, party_symbol, None, "/" in party_symbol)
            elif symbol:
                symbol = self.issuers.canonical_symbol(symbol)
                parts.number = self.number(number, symbol, int(year) if year else None, False)
                if ident["iyear"]:
                    parts.year = int(ident["iyear"])  # "02/CT/2007-VKSTC-VP"
            elif ident["osym"] and self._old_symbol(parts, number, ident):
                return True  # "Nghị định số 36-CP"
            else:
                if number < 1:
                    return False
                parts.bare_number = number
                parts.year = int(ident["byear"]) if ident["byear"] else None
                return True
        except ReportValidationError:
            return False
        groups = symbol_groups(parts.number)
        head_group = groups[0]
        if parts.written_type.name in ("Công văn", "Văn bản"):
            # "công văn số 82/2005/QĐ-UBND" is a Quyết định, "Công văn số 297/TB-CTĐ" a Thông
            # báo: a công văn's own ký hiệu names its issuer and unit, never a type; but
            # "410/TTr-NV1" (Thanh tra), "CT-TTHT" (Cục Thuế) name a công văn's unit with a
            # year only (a "văn bản số 554/TTr-BCA" is a Tờ trình); a Party công văn's ký hiệu
            # opens with "CV" (no type of Phụ lục III).
            unit = head_group in _UNIT_ABBREVIATIONS and parts.written_type.name == "Công văn"
            if self.issuers.is_type_abbreviation(head_group) and (
                parts.number.year is not None or (len(groups) > 1 and not unit)
            ):
                parts.doc_type = self.g.types_by_abbreviation[head_group]
            elif head_group == "CV" and parts.number.party:
                parts.doc_type = self.g.types_by_key[fold("Công văn")]  # "văn bản số 86-CV/BTGTW"
        else:
            named = self.g.types_by_abbreviation.get(head_group)
            if named is not None and named.name.startswith(parts.written_type.name + " "):
                parts.doc_type = named  # "Thông tư số 03/2008/TTLT-BYT-BNV": a Thông tư liên tịch
        return True

    def _old_symbol(self, parts: Parts, number: int, ident: re.Match[str]) -> bool:
        """Read an old ký hiệu, the issuer's group alone after a dash ("36-CP", "135-HĐBT"),
        when the table knows the issuer it names; else leave the number alone, ending the
        citation before the dash ("Kế hoạch số 12-KH")."""
        group = self.issuers.canonical_group(ident["osym"])
        if self.issuers.issuer_named_by(group) is not None:
            parts.number = self.number(number, group, None, False)
            return True
        parts.end = ident.start("osym") - 1
        return False

    # -- tails, lists, pinpoints -----------------------------------------------------------

    def _complete(self, head: Parts, done: int) -> list[Parts]:
        """Add the date, issuer, list items and pinpoints to a head; the citations it makes."""
        pinned = self._pinpoint_before(head.start, done)
        if pinned is not None:
            head.start, head.pinpoint = pinned
        items = [head]
        others: list[Parts] = []  # items whose ký hiệu names another type than the head's
        self._tails(head)
        listed = self._numbers_listed(head)
        if listed is not None:
            items.extend(listed)  # "Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr"
        elif head.doc_type.name in LAW_TYPES:
            items.extend(self._listed_after(head))  # "Hiến pháp năm 1946, 1959 và năm 2013"
        if head.number is not None or listed is not None:
            while (
                self._next_char(items[-1].end) in _LIST_STARTS
                and (more := self.g.continuation.match(self.text, items[-1].end)) is not None
            ):
                item = Parts(more.start("item"), more.end(), head.written_type, head.written_type)
                item.name = head.name  # "Luật Ngân sách nhà nước số 01/2002/QH11 ...; số 83/..."
                if not self._apply_ident(item, more):
                    break
                self._tails(item)
                if self._of_another_type(item):
                    others.append(item)  # "Nghị định 92/2006/NĐ-CP; số 03/2008/TT-BKH ..."
                items.append(item)
        if head.issuer is None and (head.number or head.doc_type.name not in LAW_TYPES):
            head.issuer = self._titled_list_issuer(head)  # "các chỉ thị của Ban Bí thư gồm:
            # ...", laws with their numbers too: "các Luật của Quốc hội ...: Luật X số ...; ..."
            head.issuer_first = head.issuer is not None
        if len(items) > 1:
            same = [item for item in items if item not in others]
            shared = same[-1].issuer or (head.issuer if head.issuer_first else None)
            for item in same:
                item.issuer = item.issuer or shared
        elif head.pinpoint is None and self._next_char(head.end) in ",":
            after = self.g.pinpoint_after.match(self.text, head.end)
            if after is not None:
                pinpoint = pinpoint_of(after["pin"])
                if pinpoint is not None:
                    head.pinpoint, head.end = pinpoint, after.end()
        low = max(done, head.start - 40)
        near = self.text[max(low, head.start - 12) : head.start]  # the phrase's last word
        if "là" in near or "LÀ" in near or "tắt" in near:
            # "(gọi tắt là ...)", "(sau đây gọi là ...)", "(GỌI TẮT LÀ ...)", "(viết tắt ...)"
            head.alias = self.g.alias_before.search(self.text, low, head.start) is not None
        return items
