"""Reading what stands around a citation's head (private): "năm <year>", "ngày <date>" and
"của <issuer>" after it, a pinpoint before it."""

from __future__ import annotations

import datetime as dt
import functools
import re

from directive_report.citations._issuer_reading import IssuerReading
from directive_report.citations._letters import word_set
from directive_report.citations._parts import LAW_TYPES, Parts, pinpoint_of, symbol_groups
from directive_report.citations._regex_pieces import _YEAR, _words
from directive_report.model import Pinpoint

__all__ = ["LEGISLATURE", "LIST_REACH", "TailReading"]

# How far back a list's item after ";" looks for the head whose issuer it carries: a long
# list of council resolutions, each with its trích yếu, runs past 600 characters; no further
# than the text a stream keeps before what it has yet to read (_stream.CONTEXT).  A short form
# in lower case looks as far either way for its document (see TailReading._cited_near).
LIST_REACH = 1000

# "pháp" right before a law's type word: "pháp luật", law in general (see _law_by_number).
_LAW_IN_GENERAL = re.compile(r"(?<!\w)pháp\s+\Z", re.IGNORECASE)
#: The ký hiệu of a law or an ordinance: its legislature ("QH11", "UBTVQH15").
LEGISLATURE = re.compile(r"(?:UBTV)?QH\d{1,2}")
# A blank line: a paragraph's end (see TailReading._paragraph_between).
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A year between commas before the issuer: ", năm 2017, của Ban Chấp hành Trung ương" (a Party
# document's year, written as the Party's news write it; not a year the sentence goes on with).
_YEAR_BEFORE_ISSUER = re.compile(rf"\s*,\s*năm\s+(?P<year>{_YEAR})(?=\s*,?\s+của\s)", re.I)

#: Types that may be cited by a bare number without "số": "Chỉ thị 21", "Đề án 06".
BARE_NUMBER_TYPES = frozenset(
    {
        "Chỉ thị",
        "Nghị quyết",
        "Nghị định",
        "Quyết định",
        "Thông tư",
        "Thông tư liên tịch",
        "Nghị quyết liên tịch",
        "Kế hoạch",
        "Công văn",
        "Công điện",
        "Kết luận",
        "Luật",
        "Pháp lệnh",
    }
)


#: Types naming a programme or a project, which a bare number names rather than cites
#: ("Chương trình 135", "Đề án 30 của Ủy ban nhân dân tỉnh", the corpus's decision): cited
#: only as the short form of one the text cites with "số" or its ký hiệu, or as an alias.
PROGRAMME_TYPES = frozenset({"Chương trình", "Đề án", "Dự án"})

# The Party's abbreviations of a type that differ from Phụ lục III's: its rules' "QĐ" ("Quy
# định số 45-QĐ/TW").
_PARTY_TYPES = {"Quy định": "QĐ"}

#: Words after a bare number that show it counts something: "Kế hoạch 5 năm", "Báo cáo 6 tháng".
UNIT_WORDS = word_set(
    "năm tháng ngày tuần quý giờ phút lần người vụ tỷ triệu nghìn ngàn đồng xã huyện tỉnh hộ "
    "trường cuộc tin bài điểm % đối nội nhiệm"  # đối tượng, nội dung, nhiệm vụ
)

# Words after a type in lower case and a bare number that make them a citation: "nghị định
# 178 về chức năng ...", "quyết định 10 của Bộ".
_AFTER_BARE_NUMBER = frozenset({"về", "của"})
_LOWER_BARE_TYPES = frozenset(
    {
        "Nghị định",
        "Nghị quyết",
        "Quyết định",
        "Thông tư",
        "Chỉ thị",
        "Thông tư liên tịch",
        "Nghị quyết liên tịch",
    }
)
# The first letters of what may follow an identifier: "năm", "ngày", "ban hành", "của", "giữa",
# and a year alone ("Quyết định 439/QĐ-TTg 2023").
_TAIL_STARTS = "nNbBcCgG12<*"  # "<br />" before a date: a web copy's line break; "*"
# Markdown's marks at a copy's line break ("...-UBND* *ngày ...")


@functools.lru_cache(maxsize=256)
def _cited(written: str, number: int) -> re.Pattern[str]:
    """A citation of type *written* and *number*, in any case, its ký hiệu after it if any."""
    return re.compile(
        rf"(?<!\w){_words(written)}\s+(?P<so>số\s*:?\s*)?0*{number}(?!\d)"
        r"(?P<symbol>\s?[/-]\s?\w)?",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=64)
def _law_number(number: int) -> re.Pattern[str]:
    """A law's or an ordinance's full number *number* with its year and legislature:
    "24/2018/QH14", "05/2024/UBTVQH15"."""
    return re.compile(rf"(?<![\d/])0*{number}\s?/\s?{_YEAR}\s?/\s?(?:UBTV)?QH\d", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _repetition(symbol: str) -> re.Pattern[str]:
    """The ký hiệu *symbol* written again after its first writing, a copy's doubling: " NQ/TW"
    after "37-NQ/TW"."""
    groups = (re.escape(group) for group in re.split(r"[-/]", symbol))
    return re.compile(r"[ \t]+" + r"\s?[-/‐–]\s?".join(groups) + r"(?![\w/‐–-])", re.IGNORECASE)


class TailReading(IssuerReading):
    """The tail-reading half of the citation reader (mixed into it, over the issuer reading)."""

    #: Whether the text is one citation as given (:func:`parse`): a programme's bare number,
    #: which running text would not cite alone (see _bare_head), is then its number.
    whole = False

    def _next_char(self, position: int) -> str:
        """The first character after the white space at *position* ("" if none is near): a
        cheap test before a pattern that needs a given one."""
        return self.text[position : position + 16].lstrip()[:1]

    def _tails(self, parts: Parts) -> None:
        """Read "năm <year>", "ngày <date>" and "của <issuer>" after the identifier."""
        first = self._next_char(parts.end)
        if parts.number is not None and first == parts.number.symbol[:1]:
            repeated = _repetition(parts.number.symbol).match(self.text, parts.end)
            if repeated is not None:  # "37-NQ/TW NQ/TW ngày ...": a copy wrote it twice
                parts.end = repeated.end()
                first = self._next_char(parts.end)
        if first == ",":
            first = self._next_char(self.text.index(",", parts.end) + 1)
        if first and first not in _TAIL_STARTS:
            if not (first.isupper() and self._abbreviation_and_date(parts)):
                return  # none of "năm", "ngày", "ban hành ngày", "của" follows: most citations
            date_first = True  # "NQ-HĐTP TANDTC ngày 02/10/2007"
        else:
            self._year(parts, first)
            date_first = self._date(parts) or (
                first.isupper() and self._abbreviation_and_date(parts)  # "... BCA ngày ..."
            )
        issuer = self._issuer(parts.end, joint=parts.doc_type.name.endswith("liên tịch"))
        if issuer is not None:
            parts.end, parts.issuer = issuer
            if not date_first and self._next_word_as_written(parts.end) != "Ngày":
                self._date(parts)  # not "của Bộ Chính trị Ngày 17/3/2024, ...": a new sentence

    def _year(self, parts: Parts, first: str) -> None:
        """Read "năm <year>" after a number without a year ("Quyết định 1447/QĐ-TCT năm
        2021"), or a year alone after a ký hiệu ("Quyết định 439/QĐ-TTg 2023")."""
        if (
            parts.year is None
            and (parts.number is None or parts.number.year is None)
            and parts.doc_type.name not in LAW_TYPES
        ):
            year = self.g.number_year.match(self.text, parts.end)
            if year is None and parts.number is not None and first and first in "12":
                year = self.g.symbol_year.match(self.text, parts.end)  # a portal's title
            elif year is None and self.text.startswith(", năm", parts.end):
                year = _YEAR_BEFORE_ISSUER.match(self.text, parts.end)
            if year is not None:
                parts.year, parts.end = int(year["year"]), year.end()

    def _date(self, parts: Parts) -> bool:
        """Read "ngày <date>" after *parts* (a copy's doubling of it too: "ngày 31/12/2014 ngày
        31/12/2014"); not one opening a paragraph after a blank line ("...\n\nNgày 21/9/2023,
        UBND tỉnh ...")."""
        match = self.g.date.match(self.text, parts.end)
        if match is None:
            return False
        if self.text.find("\n", match.start(), match.start("date")) != -1 and (
            self._opens_paragraph(match, parts.start)
        ):
            return False
        day, month, year = (
            match.group("d1", "m1", "y1") if match["d1"] else match.group("d2", "m2", "y2")
        )
        try:
            parts.date = dt.date(int(year.replace(" ", "")), int(month), int(day))
        except ValueError:  # 31/02/2020 is not a date
            return False
        parts.end = match.end()
        if self.text.startswith(" ngày", parts.end):
            again = self.g.date.match(self.text, parts.end)
            if again is not None and again["date"] == match["date"]:
                parts.end = again.end()
        return True

    def _opens_paragraph(self, date: re.Match[str], start: int) -> bool:
        """Whether the *date* read after the citation from *start* opens a paragraph: "Ngày"
        with a capital after a blank line, or after a line's end when the citation is a
        title's in capitals ("... THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm
        2025, tại ...": a title writes "NGÀY")."""
        words = self.text[date.start() : date.start("date")]
        line = words.rfind("\n")
        opening = words[line + 1 :].lstrip()
        if not opening.startswith("N") or opening.isupper():
            return False
        return _BLANK_LINE.search(words) is not None or self.text[start : start + 4].isupper()

    def _numbers_listed(self, head: Parts) -> list[Parts] | None:
        """The numbers listed after a head's bare number: "Nghị quyết 59, 70, 71 và 72" (70, 71
        and 72), or before an item that writes the ký hiệu ("số: 09, 10, 11, 12/KL-TTr": 10 and
        11); each is a citation of the head's type carrying only what it writes.  ``None`` when
        no such list follows, or when it counts something ("Kế hoạch 5, 10 năm")."""
        if head.bare_number is None or head.year or head.date or head.issuer:
            return None  # "Thông tư số 15/2020, 16/TT-BTC": not a number without its ký hiệu
        run = self.g.number_list.match(self.text, head.end)
        if run is None:
            run = self.g.number_run.match(self.text, head.end)
            if run is None or self._next_word(run.end()) in UNIT_WORDS:
                return None
        items = []
        for listed in self.g.listed_number.finditer(self.text, head.end, run.end()):
            item = Parts(listed.start("item"), listed.end(), head.written_type, head.doc_type)
            item.bare_number = int(listed["num"])
            if not item.bare_number:
                return None  # "số 1, 0, 2/KL-TTr": not running numbers
            self._tails(item)  # "Chỉ thị số 21, 22 và số 23 của Ban Bí thư"
            items.append(item)
        return items

    def _abbreviation_and_date(self, parts: Parts) -> bool:
        """Read an issuer's abbreviation in capitals between the ký hiệu and the date, and the
        date ("Nghị quyết số 01/2007/NQ-HĐTP TANDTC ngày 02/10/2007"); false, reading nothing,
        when no valid date follows it."""
        abbreviation = (
            self.g.abbreviation_after.match(self.text, parts.end) if parts.number else None
        )
        if abbreviation is None:
            return False
        end, parts.end = parts.end, abbreviation.end()
        if self._date(parts):
            return True
        parts.end = end
        return False

    def _apply_ident(self, parts: Parts, ident: re.Match[str]) -> bool:
        raise NotImplementedError  # the reader's (see _find)

    def _law_number_after_year(self, parts: Parts, year: str) -> None:
        """A law's number after its year: "Luật Tổ chức Chính phủ 2015 số 76/2015/QH13"."""
        after = self.g.law_number.match(self.text, parts.end) if parts.number is None else None
        ident = after and self.g.ident.match(self.text, after.end())
        if ident and ident["year"] == year and self._apply_ident(parts, ident):
            parts.end, parts.year = ident.end(), None

    def _bare_head(
        self, type_word: str, written: str, end: int, year: int | None, number: int
    ) -> bool:
        """Whether a type and a bare *number* without "số" or ký hiệu (ending at *end*) are a
        citation: a type cited that way, with a capital ("Chỉ thị 21"), or any type with a
        capital when its issuer follows ("Quy định 57 của Bộ Chính trị"); a normative type in
        lower case with its *year* ("nghị định 31/2013"), or when the trích yếu or the issuer
        follows ("nghị định 178 về chức năng"), or more numbers ("nghị quyết 70, 71, 72"), or
        as the short form of the document the text cites near it ("nghị quyết 57" by "Nghị
        quyết số 57"); not a count ("Kế hoạch 5, 10 năm")."""
        run = self.g.number_run.match(self.text, end) if self._next_char(end) in ",vV" else None
        after = self._next_word(end if run is None else run.end())
        if after in UNIT_WORDS and not (
            (after == "năm" and run is None and self._dated(end))
            or (after == "ngày" and run is None and self.g.date.match(self.text, end))
        ):  # "Công văn 1072 ngày 6/12/2013 của ...": its date, not a count of days
            return False
        if written in PROGRAMME_TYPES:
            return type_word[0].isupper() and (self.whole or self._cited_near(written, number, end))
        if type_word[0].isupper():
            return (
                written in BARE_NUMBER_TYPES
                or after == "của"
                or self._cited_near(written, number, end, by_symbol=True)  # "Quy định 22"
            )
        return written in _LOWER_BARE_TYPES and (
            year is not None
            or run is not None
            or after in _AFTER_BARE_NUMBER
            or self._cited_near(written, number, end)
        )

    def _cited_near(self, written: str, number: int, end: int, *, by_symbol: bool = False) -> bool:
        """Whether the text cites the document of type *written* and *number* (a bare number
        ending at *end*) within :data:`LIST_REACH` characters either way, with its type word
        capitalised or its ký hiệu: "Nghị quyết số 57", "Nghị quyết 57-NQ/TW"; a programme's
        (:data:`PROGRAMME_TYPES`) with "số" or its ký hiệu, or given as an alias ("(gọi tắt là
        Đề án 06)"), a capital naming no document; only with its ký hiệu *by_symbol*."""
        programme = written in PROGRAMME_TYPES
        for cited in _cited(written, number).finditer(
            self.text, max(0, end - LIST_REACH), end + LIST_REACH
        ):
            if cited["symbol"] and cited.start("symbol") != end:
                return True  # not the short form itself before a dash: "Quy định 22 - ..."
            if by_symbol:
                continue
            if not programme and cited[0][0].isupper():
                return True  # not the short form itself, in lower case
            if programme and (cited["so"] or self._alias_just_before(cited.start())):
                return True
        return False

    def _law_by_number(self, parts: Parts, so: bool) -> bool:
        """Whether a law's type word and a number (*parts*, with "số" when *so*) cite a law:
        not "pháp luật" (law in general: "vi phạm pháp luật số 104/KN-VKSDC") but before a
        legislature's ký hiệu, a type word a site spun ("pháp luật số 65/2011/QH12", from
        "pháp", the corpus's batch-9 decision), and a bare number after "số" only as a short
        form (see _law_short_form)."""
        general = _LAW_IN_GENERAL.search(self.text, max(0, parts.start - 6), parts.start)
        if general is not None:
            if parts.number is None or not LEGISLATURE.fullmatch(parts.number.symbol):
                return False
            parts.start = general.start()
        return (
            not so
            or parts.bare_number is None
            or (self._law_short_form(parts.start, parts.bare_number, parts.end))
        )

    def _law_short_form(self, start: int, number: int, end: int) -> bool:
        """Whether a law's type, "số" and a bare number (from *start* to *end*) cite a law: as
        the short form of one the text cites with its number in full within
        :data:`LIST_REACH` characters ("Luật số 24" beside "Luật An ninh mạng số
        24/2018/QH14"), as an alias, or given alone to ``parse``; not a journal's issue
        ("Tạp chí Nghề Luật số 5")."""
        return (
            self.whole
            or self._alias_just_before(start)
            or _law_number(number).search(self.text, max(0, end - LIST_REACH), end + LIST_REACH)
            is not None
        )

    def _alias_just_before(self, start: int) -> bool:
        """Whether a phrase giving an alias ends right before *start*, within 30 characters:
        "(gọi tắt là Đề án 06)", "(sau đây gọi là Luật số 24)"."""
        return self.g.alias_before.search(self.text, max(0, start - 30), start) is not None

    def _short_for_symbol(self, parts: Parts) -> bool:
        """Whether *parts*, a type's abbreviation and a bare number without a year ("KH 363",
        "TT 03"), shortens the document the text cites with that type, number and its ký hiệu
        within :data:`LIST_REACH` characters ("Kế hoạch số 363/KH-TTCP"), and no word in
        lower case follows it but "của" or "về" ("CT 5 đơn vị" counts)."""
        after = self._next_word_as_written(parts.end)
        return (
            parts.bare_number is not None
            and parts.year is None
            and (not after.islower() or after in _AFTER_BARE_NUMBER)
            and self._cited_near(
                parts.written_type.name, parts.bare_number, parts.end, by_symbol=True
            )
        )

    def _short_form_after(self, start: int, written: str, number: int | None, end: int) -> bool:
        """Whether a type and a bare *number* (from *start* to *end*) in parentheses shorten the
        citation of that type and number just before them: "Quy định số 132-QĐ/TW (Quy định
        132)", a citation of its own (the corpus's decision)."""
        opened = self.text.rfind("(", max(0, start - 4), start)
        if opened == -1 or self.text[opened + 1 : start].strip() or self._next_char(end) != ")":
            return False
        cited = re.compile(rf"(?<!\w){_words(written)}\s+(?:số\s*:?\s*)?0*{number}\s?[-/]", re.I)
        return cited.search(self.text, max(0, opened - 200), opened) is not None

    def _dated(self, end: int) -> bool:
        """Whether "năm" and a year after a bare number (ending at *end*) are its year, not a
        count of years and a period: "Nghị quyết 653 năm 2019", not "Kế hoạch 5 năm 2021-2025"."""
        year = self.g.number_year.match(self.text, end)
        return year is not None and not self.g.range_after.match(self.text, year.end())

    def _glued_before(self, start: int) -> bool:
        """Whether the type word at *start* is the end of a longer word: a letter or a digit
        before it, but for a capital after a digit or a lower-case letter, which a copy glued
        ("1Quyết định", "vàNghị quyết")."""
        before = self.text[start - 1]
        return before.isalnum() and not (
            self.text[start].isupper() and (before.isdigit() or before.islower())
        )

    def _symbol_opens_with_type(self, parts: Parts) -> bool:
        """Whether the ký hiệu of *parts* opens with its written type's abbreviation: Phụ lục
        III's, or the Party's for its rules ("45-QĐ/TW" is a Quy định, "QyĐ" in Phụ lục III)."""
        assert parts.number is not None
        written = parts.written_type
        return parts.number.symbol.startswith(written.abbreviation or "\0") or (
            parts.number.party
            and parts.number.symbol.startswith(_PARTY_TYPES.get(written.name, "\0"))
        )

    def _symbol_names_other_type(self, parts: Parts) -> bool:
        """Whether the ký hiệu of *parts* names a type other than the one written (and not a
        narrower one: "Thông tư ... TTLT-..." is a Thông tư liên tịch; nor the Party's own
        abbreviation of it: "Quy định ... số 45-QĐ/TW")."""
        assert parts.number is not None
        named = self.g.types_by_abbreviation.get(symbol_groups(parts.number)[0])
        return (
            named is not None
            and not named.name.startswith(parts.written_type.name)
            and not (parts.number.party and self._symbol_opens_with_type(parts))
        )

    def _pinpoint_before(self, head: int, done: int) -> tuple[int, Pinpoint] | None:
        """A pinpoint written just before the document: "điểm a khoản 5 Điều 102 Nghị định ..."."""
        low = max(done, head - 160)
        if self.g.value_before_reversed.match(self.text[low:head][::-1]) is None:
            return None  # no provision's value right before the type: most heads
        if self.g.level_hint.search(self.text, low, head) is None:
            return None
        for level in self.g.level.finditer(self.text, low, head):
            if self.g.range_end.search(self.text, max(low, level.start() - 8), level.start()):
                continue  # "từ Điều 5 đến Điều 10 ...": the range, not Điều 10 alone
            opened = self.g.range_start.search(
                self.text, max(low, level.start() - 8), level.start()
            )  # "từ Điều 5 đến Điều 10 ...", but "kể từ Điều 7 ..." is Điều 7
            for start in (level.start(),) if opened is None else (opened.start(), level.start()):
                match = self.g.pinpoint_before.fullmatch(self.text, start, head)
                if match is not None:
                    pinpoint = pinpoint_of(match["pin"])
                    if pinpoint is not None:
                        if self._chained_after(start, low) or self._paragraph_between(start, head):
                            return None
                        return start, pinpoint
        return None

    def _paragraph_between(self, start: int, head: int) -> bool:
        """Whether a blank line stands between a pinpoint at *start* and the document at *head*:
        an article's heading before its text ("Điều 146\n\nHiến pháp ... là luật cơ bản")."""
        return (
            "\n" in self.text[start:head] and _BLANK_LINE.search(self.text, start, head) is not None
        )

    def _chained_after(self, start: int, low: int) -> bool:
        """Whether a provision the pinpoint at *start* cannot hold is chained before it ("Điểm
        2.4, Khoản 2, Mục V, Hướng dẫn ...", "từ Điều 5 đến Điều 10, Điều 12 ...", "Điều 12 và
        khoản 3 Điều 14 ...", "khoản 1 Điều 5 đến khoản 2 Điều 10 ..."): the pinpoint written is
        longer than the one read, so none is read."""
        return self.g.provision_before.search(self.text, max(low, start - 30), start) is not None
