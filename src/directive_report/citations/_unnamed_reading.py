"""Reading an identifier written without its type word, typed by its ký hiệu (private): a full
identifier whose type a copy lost ("ố 09/2019/NĐ-CP ..."), a list's head naming its issuer
before "số" ("các Nghị định của Chính phủ: số 163/2016/NĐ-CP ..."), a list's item after ";"
("...; số 60/2021/NĐ-CP ...", "..., số 59/NQ-HĐND ..."), a number in parentheses after its title ("(số 22-QC/TU)")."""

from __future__ import annotations

import re

from directive_report.citations._issuer_words import _LIST_BULLETS
from directive_report.citations._law_reading import LawReading
from directive_report.citations._parts import Parts, symbol_groups
from directive_report.citations._patterns import fold
from directive_report.citations._tail_reading import LIST_REACH
from directive_report.model import DocumentType

__all__ = ["LIST_REACH", "UnnamedReading"]


# What separates the groups of a ký hiệu as written: "NĐ-CP", "NQ/TW", "QĐ.UBND", "TT BTC".
_SYMBOL_SEPARATORS = re.compile(r"[-/.\s]")
# The longest list's head naming its issuer: "các", a type, "của", 80 characters and ":".
_HEAD_LENGTH = 130
# What may stand between a list's ":" or ";" and its next item: spaces, line breaks, a bullet.
_ITEM_MARKS = " \t\r\n" + "".join(sorted(_LIST_BULLETS))
# A legal database's history-of-effect row stating what befell the page's own document, before
# its identifier: "11/03/2007 Văn bản có hiệu lực 23/2007/NĐ-CP" (metadata, the corpus's rule),
# not "Bị thay thế 09/2018/NĐ-CP", another document.
_OWN_STATUS = re.compile(
    r"(?<!\w)Văn\s+bản\s+(?:được\s+ban\s+hành|(?:(?:chưa\s+)?có|còn|hết|(?:tạm\s+)?ngưng)"
    r"\s+hiệu\s+lực(?:\s+(?:một\s+phần|toàn\s+bộ))?)[ \t]+\Z",
    re.IGNORECASE,
)


class UnnamedReading(LawReading):
    """The reading of identifiers without a type word (mixed into the reader, over the law
    reading)."""

    def _unnamed_at(self, digit: int, full: bool) -> Parts | None:
        """The citation at *digit*, a number no type word stands right before: an issuer
        between the type and "số" ("Thông tư liên tịch Bộ Tài chính - Bộ Y tế số ..."), or an
        identifier after "(", ":", ";" or "," ("(số 22-QC/TU)", "các Quyết định của UBND tỉnh:
        số 15/QĐ-UBND", a list's item "...; số 16/QĐ-UBND"), or a *full* one anywhere."""
        near = self.text[max(0, digit - 10) : digit]
        so = near.rfind("số")  # in lower case after a word: "... Bộ Y tế số 01/..."
        if so > 1 and near[so - 1] == " " and near[so - 2].isalpha():
            between = self._issuer_between(digit)
            if between is not None:
                return between
        before = near[-8:]
        if full or "(" in before or ":" in before or ";" in before or "," in before:
            return self._unnamed(digit, full)
        return None

    def _issuer_between(self, digit: int) -> Parts | None:
        """The citation whose issuer stands between its type word and "số", without "của"
        ("Thông tư liên tịch Bộ Tài chính - Bộ Y tế số 01/2008/TTLT-BTC-BYT", "Quyết định UBND
        tỉnh số 123/QĐ-UBND"): read when its ký hiệu names the type and the issuer ends right
        before "số" (in lower case: a header's "Số:" is not one)."""
        so = self.g.so_before.search(self.text, max(0, digit - 30), digit)
        if so is None or so["key"] != "số" or so["word"] is None:
            return None
        ident = self.g.ident.match(self.text, digit)
        if ident is None:
            return None
        symbol = ident["nsym"] or ident["asym"] or ident["ysym"] or ident["psym"]
        named = symbol and self.g.types_by_abbreviation.get(
            _SYMBOL_SEPARATORS.split(symbol)[0].upper()
        )
        if not named:
            return None
        words = self.g.type_words[named.name]
        types = list(words.finditer(self.text, max(0, so.start() - 120), so.start()))
        start = self.g.issuer_here.match(self.text, types[-1].end()) if types else None
        issuer = start and self._read_issuer(start, named.name.endswith("liên tịch"))
        if not issuer or self.text[issuer[0] : so.start()].strip():
            return None
        parts = Parts(types[-1].start(), ident.end(), named, named)
        if not self._apply_ident(parts, ident) or parts.number is None:
            return None
        parts.issuer, parts.issuer_first = issuer[1], True
        return parts

    def _unnamed(self, digit: int, full: bool) -> Parts | None:
        """The citation whose number starts at *digit* with no type word before it; *full*
        when the number has a year and a ký hiệu ("09/2019/NĐ-CP"), which alone may stand
        without "số"."""
        if self.g.english_number.search(self.text, max(0, digit - 5), digit):
            return None  # "Resolution No. 04/2019/NQ-HĐTP": an English text's
        so = self.g.so_before.search(self.text, max(0, digit - 30), digit)
        if so is not None and so["word"] is None:
            before = self.text[max(0, so.start() - 3) : so.start()].rstrip(" \t")[-1:]
            if (
                (before == "\n" or before in _LIST_BULLETS)
                and not (so["key"] == "Số" and ":" in so[0])  # a header "Số: 15/2020/QĐ-UBND"
                and self.g.line_item.search(self.text, max(0, so.start() - 12), so.start())
            ):
                before = ";"  # an item on a line of its own: "...:\n- Số 15/QĐ-UBND ...;"
            if before == "(":
                return self._typed_by_symbol(digit, digit, full=False)  # "(số 22-QC/TU)"
            if before == ":":  # "Nghị định của Chính phủ: số ...", "Quyết định của UBND: số 15/..."
                return self._issuer_head(digit, so.start())
            if before in (";", ","):
                return self._list_item(digit, so.start(), full=full)
            return self._issuer_head(digit, so.start()) if full else None
        if not full or (
            so is not None
            and (
                so["key"].lower().startswith("hiệu")  # a portal's "Số hiệu (văn bản): ..."
                or (so["key"] == "Số" and ":" in so[0])  # a header "... Hạnh phúc Số: 28/..."
                or self.g.types_by_key.get(fold(so["word"])) is not None
                or self._starts_line(so.start("word"))
            )
        ):
            return None  # a header "Số: 14/2007/QĐ-UBND", "Số hiệu: ...", or a refused head
        if self._own_identifier(digit):
            return None
        return self._typed_by_symbol(digit, digit, full=True)

    def _own_identifier(self, digit: int) -> bool:
        """Whether the full identifier at *digit*, with no type word, is the text's own: in a
        legal database's history-of-effect row ("Văn bản có hiệu lực 23/2007/NĐ-CP"), or in an
        old-style title repeating the header's number ("Số: 25/2004/QĐ-BTNMT ... QUYẾT ĐỊNH\n
        CỦA BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG SỐ 25/2004/QĐ-BTNMT")."""
        if _OWN_STATUS.search(self.text, max(0, digit - 50), digit):
            return True
        ident = self.g.ident.match(self.text, digit)
        return ident is not None and self._header_repeated(digit, ident)

    def _header_repeated(self, start: int, ident: re.Match[str]) -> bool:
        """Whether the identifier *ident*, cited from *start*, repeats the number of the header
        "Số: ..." a few lines above it: the document's own."""
        return any(
            header["ident"] == ident[0]
            for header in self.g.header_number.finditer(self.text, max(0, start - 400), start)
        )

    def _typed_by_symbol(
        self, start: int, digit: int, *, full: bool, untyped: DocumentType | None = None
    ) -> Parts | None:
        """The identifier at *digit* typed by the type its ký hiệu names ("09/2019/NĐ-CP" is a
        Nghị định), cited from *start*; a *full* one only (with its year), or any; of the type
        *untyped* (a list's) when its ký hiệu names none ("28/2016/QH14")."""
        ident = self.g.ident.match(self.text, digit)
        if ident is None:
            return None
        symbol = (
            ident["nsym"]
            if full
            else ident["nsym"] or ident["asym"] or ident["ysym"] or ident["psym"]
        )
        if symbol is None:
            return None
        # as written, in capitals: "ND" in an English abstract's "Decree No. 77/2008/ND-CP" is
        # not read as "NĐ" without a type word
        named = self.g.types_by_abbreviation.get(_SYMBOL_SEPARATORS.split(symbol)[0].upper())
        if named is None and untyped is not None and not ident["psym"]:
            named = untyped if self._names_no_type(ident) else None
        if named is None:
            return None
        parts = Parts(start, ident.end(), named, named)  # start, end, written and read type
        return parts if self._apply_ident(parts, ident) else None

    def _names_no_type(self, ident: re.Match[str]) -> bool:
        """Whether the ký hiệu of *ident* names no type at all, in any case: the National
        Assembly's "QH14", the Government's old "CP", an issuer's group alone."""
        symbol = ident["nsym"] or ident["asym"] or ident["ysym"] or ident["psym"] or ""
        return not any(
            self.issuers.is_type_abbreviation(group.upper())
            for group in _SYMBOL_SEPARATORS.split(symbol)
            if group
        )

    def _list_item(self, digit: int, so: int, *, full: bool) -> Parts | None:
        """A list's item after ";" or "," writing no type ("...; số 60/2021/NĐ-CP ngày ...",
        "..., số 59/NQ-HĐND ngày ..."), cited from its "số" at *so*, typed by its ký hiệu; it
        carries the issuer of the list's head of its type naming one earlier in its paragraph
        ("các Nghị định của Chính phủ: số ...", "các Nghị quyết của HĐND tỉnh số ..."). Without
        such a head only a *full* identifier (with its year) is read."""
        head = self._list_head(so)
        listed = self.g.types_by_key.get(fold(head[0])) if head is not None else None
        parts = self._typed_by_symbol(so, digit, full=False, untyped=listed)
        if parts is None:
            return None
        if head is not None and head[0] == parts.doc_type.name:
            # written before the item, shared with items joined to it: "...; số 48/2013/NĐ-CP
            # ngày ... và số 92/2017/NĐ-CP ..."
            parts.issuer, parts.issuer_first = head[1], head[1] is not None
        elif head is None and self._titled_in_capitals(parts, so):
            parts.start = digit  # "HƯỚNG DẪN ..., SỐ 09-HD/BTCTW": cited from its number
        elif not full or parts.number is None or parts.number.year is None:
            return None
        return parts

    def _titled_in_capitals(self, parts: Parts, so: int) -> bool:
        """Whether a title in capitals names the type of *parts*, read by its ký hiệu, earlier
        on the line of its "SỐ" at *so* ("HƯỚNG DẪN NGHIỆP VỤ ..., SỐ 09-HD/BTCTW")."""
        if parts.number is None or not self.text.startswith("SỐ", so):
            return False
        low = max(0, so - 120)
        newline = self.text.rfind("\n", low, so)
        words = self.g.type_words[parts.doc_type.name].search(
            self.text, low if newline == -1 else newline + 1, so
        )
        return words is not None and words[0].isupper()

    def _list_head(self, so: int) -> tuple[str, str | None] | None:
        """The type and the issuer of the last list's head before *so* in its paragraph (no
        issuer when the head writes none: "các Quyết định: số ...")."""
        low = max(0, so - LIST_REACH)
        for line in self.g.line_start.finditer(self.text, low, so):
            if (
                (line["mark"] or line["blank"])
                and not line["first"].islower()
                and not self.g.so_item.match(self.text, line.start("first"))
            ):
                low = line.start("first")  # a paragraph starts: "...;\nCăn cứ ..." (not an
                # item of the list on a line of its own: "...;\n- Số 16/QĐ-UBND")
        heads = [
            head
            for head in self.g.list_head.finditer(self.text, low, so + 12)
            if (head["colon"] or head["several"]) and head.start() < so
        ]
        if not heads:
            return None
        written = self.g.types_by_key.get(fold(heads[-1]["type"]))
        if written is None:
            return None
        if heads[-1]["cua"] is None:
            return written.name, None
        issuer = self._issuer(heads[-1].start("cua"))
        if issuer is None:
            return None
        if self.text[issuer[0] : heads[-1].start("so")].strip(_ITEM_MARKS) not in ("", ":"):
            return None  # "Các Nghị định của các bộ: số ...": no issuer before "số"
        return written.name, issuer[1]

    def _titled_list_issuer(self, item: Parts) -> str | None:
        """The issuer of a list's head naming it before a colon, for an *item* writing its own
        type word and no issuer: "các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số
        41-CT/TW về ...; Chỉ thị số 42-CT/TW ..." (the corpus's decision of batch 8).  The item
        opens the list or follows an item's ";" or "," (a line break, a bullet or an item's
        number between), in the head's sentence and paragraph, and is of the head's type."""
        if not self.g.item_opening.search(self.text, max(0, item.start - 12), item.start):
            return None  # most citations: not a list's item
        words = self.g.type_words[item.written_type.name]
        if not words.match(self.text, item.start):
            return None  # an item writing no type word (see _list_item), or a pinpoint first
        colon = self.text.rfind(":", max(0, item.start - LIST_REACH), item.start)
        if colon == -1:
            return None  # the list's head ends at the last colon before its item
        head = next(
            (
                head
                for head in self.g.titled_list_head.finditer(
                    self.text, max(0, colon - _HEAD_LENGTH), colon + 1
                )
                if head.end() == colon + 1
            ),
            None,
        )
        if head is None or not self._list_goes_on(head.end(), item.start, words):
            return None
        written = self.g.types_by_key.get(fold(head["type"]))
        if written is None or written not in (item.written_type, item.doc_type):
            return None  # "các chỉ thị của Ban Bí thư: ...; Quy định số 5-QĐ/TW"
        issuer = self._issuer(head.start("cua"))
        if issuer is None or not self.g.list_head_end.fullmatch(self.text, issuer[0], head.end()):
            return None
        return issuer[1]

    def _list_goes_on(self, head: int, item: int, words: re.Pattern[str]) -> bool:
        """Whether the list whose head ends at *head* goes on to the *item*: no sentence ends
        between them, and no new paragraph starts (a blank line, or a line after a mark opening
        with a capital, but for a line opening with an item's type word, its *words*)."""
        if self.g.list_end.search(self.text, head, item):
            return False
        for line in self.g.line_start.finditer(self.text, head, item):
            if line["blank"] or (
                line["mark"]
                and line["first"].isupper()
                and not words.match(self.text, line.start("first"))
            ):
                return False  # "...;\nCăn cứ Luật Đầu tư; ..."
        return True

    def _of_another_type(self, item: Parts) -> bool:
        """Whether a list's *item*, writing no type word, has a ký hiệu naming another type
        than its head's (a circular listed after the decree its trích yếu names: "...
        Nghị định 92/2006/NĐ-CP; số 03/2008/TT-BKH"): then it is of that type, and carries the
        issuer it writes or a list's head of that type's (see _list_head), not the
        head's.  A công văn's ký hiệu names units, never types (see _apply_ident)."""
        if item.number is None or item.written_type.abbreviation is None:
            return False
        named = self.g.types_by_abbreviation.get(symbol_groups(item.number)[0])
        if named is None or named == item.doc_type:
            return False
        item.written_type = item.doc_type = named
        if item.issuer is None:
            head = self._list_head(item.start)
            if head is not None and head[0] == named.name:
                item.issuer = head[1]
        return True

    def _issuer_head(self, digit: int, so: int) -> Parts | None:
        """The head of a list naming its issuer before "số" at *so*: "các Nghị định của Chính
        phủ: số 163/2016/NĐ-CP ..." (the ký hiệu confirms the type); ``None`` for anything
        else before a "số" with no word before it (a header "Số: 14/2007/QĐ-UBND")."""
        head = self.g.type_and_issuer.search(self.text, max(0, so - 120), so)
        ident = self.g.ident.match(self.text, digit) if head else None
        if head is None or ident is None:
            return None
        written = self.g.types_by_key.get(fold(head["type"]))
        issuer = self._issuer(head.start("cua"))
        if written is None or issuer is None or self.text[issuer[0] : so].strip() != ":":
            return None
        parts = Parts(head.start(), ident.end(), written, written)
        if not self._apply_ident(parts, ident) or parts.number is None:
            return None
        if symbol_groups(parts.number)[0] != written.abbreviation and not self._names_no_type(
            ident
        ):
            return None  # "Quyết định của Bộ: số 5/2016/NĐ-CP", not "Nghị quyết của Quốc
            # hội: số 55/2010/QH12", a ký hiệu naming no type
        parts.issuer, parts.issuer_first = issuer[1], True
        return parts
