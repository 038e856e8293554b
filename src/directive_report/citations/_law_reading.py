"""Reading a law cited by name (private): "Luật An ninh mạng năm 2018", "Bộ luật Hình sự năm
2015 (sửa đổi, bổ sung năm 2017)", "Hiến pháp năm 2013", "luật bảo hiểm y tế"."""

from __future__ import annotations

import functools
import re

from directive_report.citations._law_unknown import (
    COUNTRY_WRITTEN,
    DRAFT_NOTE,
    LONGER_NAME,
    NOT_IN_A_GUESS,
    QUALIFIED_YEAR,
    amending_title_end,
    word_after_name,
)
from directive_report.citations._law_written import LOOSE_STEP, LawNamesWritten
from directive_report.citations._laws import (
    CODE_NAMES,
    abbreviates_known,
    runs_on_loosely,
    y_as_i,
)
from directive_report.citations._parts import LAW_TYPES, Parts
from directive_report.citations._patterns import fold, word_set
from directive_report.citations._regex_pieces import (
    _LAW_END,
    _YEAR,
    CONSTITUTION_COUNTRY,
    LAW_ANCHORS,
)

__all__ = ["ALIAS_REACH", "LawReading", "law_anchors"]

#: How far back an alias introduced for a law names it again ("(gọi tắt là Luật X)" ... "Luật
#: X"): no further than the text a stream keeps before what it reads (``_stream.CONTEXT``), so
#: that a stream reads what the whole text reads.
ALIAS_REACH = 1000

# "Dự thảo" (a draft, "Dự thảo 2", "Dự thảo lần thứ ba") right before a law's type word.
_DRAFT = re.compile(
    r"(?<!\w)(?:Dự\s+thảo|DỰ\s+THẢO)(?:\s+(?:(?:lần|LẦN)\s+(?:thứ\s+)?[^\W_]+|\d{1,2}))?"
    r"\s+(?=(?:Bộ\s+)?[Ll]uật|LUẬT|BỘ\s+LUẬT|Pháp\s+lệnh|PHÁP\s+LỆNH)"
)

# Nothing but white space to the text's end.
_TEXT_END = re.compile(r"\s*\Z")
# A law's or an ordinance's number right after its name, without "số" ("Luật Đất đai
# 31/2024/QH15"; "Luật Công nghiệp công nghệ số 71/2025/QH15", whose name's "số" says it once).
_NUMBER_WITHOUT_SO = re.compile(rf"\s+(?=\d{{1,3}}/{_YEAR}/(?:UBTVQH|QH)\d{{1,2}}(?![^\W_]))")
# "số" after an unknown name, which ends there only before a law's number.
_SO_AFTER = re.compile(r"\s+(?:số|Số|SỐ)(?!\w)")

# A year, a number or a date after a name: what a law's name that the list does not know may
# end before.
_DATED = re.compile(_LAW_END)
# The country after a known name with no year: "Luật Đất đai Việt Nam", the branch of law (a
# textbook's subject), as "Luật Tố tụng dân sự Việt Nam" is.
_COUNTRY_AFTER = re.compile(r"[^\S\n]+(?i:việt\s+nam)(?!\w)")
# A line break after a citation, and the first letter of the next line.
_NEW_LINE = re.compile(r"[^\S\n]*\n\s*([^\W\d_])")
# "pháp" as a word of its own right before "Luật" or "LUẬT" (not "Hiến pháp"): "PHÁP LUẬT", law
# in general, whatever its case.
_PHAP_BEFORE = re.compile(r"(?<![^\W_])(?<!hiến\s)pháp\s\Z", re.IGNORECASE)

#: How far before "luật" the "Bộ" of a code's type word may stand: "Bộ" and up to 14 spaces.
_BO_REACH = 16

# Words before "luật" in lower case that make it part of another noun ("kỷ luật", "điều luật",
# "dự luật", "ngành luật", "bộ luật" in lower case) or name several laws ("các luật").
_NOUNS_WITH_LAW = word_set("pháp kỷ điều dự đạo khoa ngành học trường giáo hiến bộ các những")

#: The first words of codes' names, in lower case: a code's name that lost words after
#: "Bộ luật" still begins with one ("Bộ luật hình năm 2015").
_CODE_FIRST_WORDS = frozenset(name.split()[0].lower() for name in CODE_NAMES)

# "sửa đổi, bổ sung" between a known name and a year: the law as amended that year ("Luật Thi
# hành án dân sự sửa đổi, bổ sung năm 2014"), as "sửa đổi" alone is.
_AMENDED_IN_NAME = re.compile(
    r"\s+sửa\s+đổi\s*,?\s*bổ\s+[sx]ung(?=\s+(?:năm\s+)?(?:19[4-9]\d|20\d\d)(?!\d))",
    re.IGNORECASE,
)


@functools.cache
def law_anchors() -> tuple[re.Pattern[str], ...]:
    """One pattern per piece of :data:`LAW_ANCHORS`, not after the "l" of "pháp luật" in running
    text (but after "Bộ l", and "luật" in lower case as a word of its own, which a known name
    must follow: see :meth:`LawReading._law`): each starts with its literal, which the regex
    engine scans for fast."""
    return (
        *(
            # "Hiến pháp", or "Hiến pp" that lost "há" in a font without its glyph: one pass
            re.compile(r"iến p(?:háp|p(?<=Hiến pp)(?![^\W_]))")
            if a == re.escape("iến pháp")
            else re.compile(
                rf"{a}(?:(?<!l{a})|(?<=Bộ l{a})|(?<=BỘ l{a})|(?<![^\W_]l{a})(?<!pháp\sl{a}))"
            )
            for a in map(re.escape, LAW_ANCHORS)
        ),
        # "Luật" whose "ậ" a font without its glyph lost, or left a space for: "Lut", "Lu t"
        re.compile(r"u(?:t(?<=Lut)| t(?<=Lu t))(?![^\W_])"),
    )


class LawReading(LawNamesWritten):
    """The law-reading part of the citation reader (mixed into it, over the tail reading)."""

    def _tails(self, parts: Parts) -> None:
        """Read the date and issuer after a citation (see :class:`TailReading`), but none after
        a law's on a new line that opens with a capital ("Luật X\nNgày 20/6 vừa qua, ...", "Luật
        X năm 2009\n\nCỦA QUỐC HỘI ...": a new sentence, a heading), nor after a comma following a
        draft law ("Dự thảo 2 Luật X, ban hành ngày ...": the draft's)."""
        if parts.doc_type.name in LAW_TYPES:
            line = _NEW_LINE.match(self.text, parts.end)
            if line is not None and line[1].isupper():
                return
        if (
            parts.name is not None
            and parts.doc_type.name in LAW_TYPES
            and self._next_char(parts.end) == ","
            and any(  # right before its type word, or after a pinpoint
                draft.end() >= parts.start
                for draft in _DRAFT.finditer(self.text, max(0, parts.start - 40), parts.end)
            )
        ):
            return
        super()._tails(parts)

    def _starts_line(self, position: int) -> bool:
        """Whether only white space (or a table's or a list's mark) stands before *position* on
        its line."""
        line = self.text.rfind("\n", 0, position) + 1
        return not self.text[line:position].strip(" \t|•·*+>-–")

    def _law(self, position: int, done: int) -> Parts | None:
        """A law cited by name at *position*: "Luật An ninh mạng năm 2018", "Hiến pháp năm 2013"."""
        if position < done or position < 0:
            return None
        text = self.text
        # "Bộ" before "luật", with a run of spaces or blank lines between them in a justified copy
        bo = self.g.bo_before.search(text, max(done, position - _BO_REACH), position)
        after_dieu = False  # "điều luật", a noun, unless a known name and its year follow
        code_start = None  # "bộ luật" in lower case: a code, when a code's name follows
        if bo is None and text[position] == "l":
            if not self._name_may_follow(position + 4):
                return None  # "luật" in lower case: only before a name the list knows or an
                # amending title (a cheap test of its first word before the law's pattern)
            noun = self._noun_before_law(position, done)
            if noun == "điều":
                after_dieu = True
            elif noun == "bộ":
                code_start = text.rfind("bộ", max(done, position - 12), position)
                if self.g.plural_before.search(text, max(done, code_start - 8), code_start):
                    return None  # "bộ luật hình sự", not "các bộ luật"
            elif noun is not None:
                return None  # not "kỷ luật ...", "các luật ..."
        elif text[position] == "p" and (  # "pháp lệnh" in lower case: as "luật" is
            not self._name_may_follow(position + 9)
            or self.g.plural_before.search(text, max(done, position - 8), position)
        ):
            return None
        elif (
            bo is None
            and text[position] == "L"
            and _PHAP_BEFORE.search(text, max(done, position - 6), position)
        ):
            return None  # "PHÁP LUẬT ĐẤT ĐAI", "Pháp Luật ...": law in general, as "pháp luật" is
        start = bo.start() if bo else position
        law = self.g.law.match(text, start)
        if law is None:
            return None
        loosely = law["ltype"][0] in "lp" and not (law["name"] or law["amend"])  # "luật",
        # "pháp lệnh" in lower case: only before a name the list knows, as titled or loosely
        # ("luật phòng chống ma túy"), or an amending title ("luật sửa đổi ... của Luật X")
        before = text[max(done, start - 8) : start]
        if ("ành" in before or "ÀNH" in before) and self.g.enacting_before.search(
            text, max(done, start - 60), start
        ):
            return None  # "Quốc hội ban hành Luật ...": the text's own title
        kind = law.group("t0", "t1", "t2", "t3").index(law["ltype"])
        written = self.g.types_by_key[fold(self.g.law_type_names[kind])]
        if code_start is not None:
            if not law["name"] or law["name2"] or self._known(law["name"]) not in self._code_names:
                return None
            start, written = code_start, self.g.types_by_key[fold("Bộ luật")]
        parts = Parts(start, law.end(), written, written)  # start, end, written and read type
        if loosely:
            parts.end = start + len(law["ltype"])
            parts.name = self._name_written_loosely(parts)
            if parts.name is None:
                return None
        elif not self._name(parts, law, done):
            return None
        self._number_and_year(parts)
        if parts.number is None and parts.year is None:
            if after_dieu or self.g.subject_before.search(text, max(done, start - 16), start):
                return None  # "các điều luật đất đai": articles of law ("khoản điều luật đất
                # đai 2013", where an OCR lost the numbers, cites the law); "Giáo trình luật đất
                # đai", "môn Luật Đất đai": a branch of law taught
            if law["guess"] and parts.name and _SO_AFTER.match(text, parts.end):
                return None  # "Luật Kinh tế Mã số: 8380107": no law's number after "số"
            if parts.name is None:
                parts.name = (
                    self._name_written_loosely(parts)
                    or self._name_with_letters_lost(parts)
                    or self._alias(parts, done)
                    or self._code_name_cut(parts)
                    or self._name_unanchored(parts, done)
                    or self._first_name_listed(parts)
                )
                if parts.name is None:
                    return None
                self._number_and_year(parts)  # "Luật sĩ quan Quân đội nn dân ... s16/1999/QH10"
            elif law["name"] and written.name == "Luật" and parts.name in self._code_names:
                return None  # "Luật tố tụng hình sự" without a year: a branch of law, not a code
            elif law["name"] and written.name == "Luật" and _COUNTRY_AFTER.match(text, parts.end):
                return None  # "Luật Đất đai Việt Nam" without a year: the branch, a subject
            elif self._own_title(parts, law[0]):
                return None  # the text's own title in capitals, on lines of its own
        draft = self.g.draft_before.search(text, max(done, start - 30), start)
        if draft is not None and self._pinpoint_before(draft.start(), done) is not None:
            parts.start = draft.start()  # "Điều 1 Dự thảo Luật X": the pinpoint is the draft's
        return parts

    def _name_may_follow(self, position: int) -> bool:
        """Whether the word after a type in lower case at *position* may open what it cites:
        the first word of a name the list knows, or "sửa" of an amending title ("luật sửa đổi,
        bổ sung một số điều của Luật X")."""
        word = y_as_i(fold(self._next_word(position)))
        return word in self.g.law_first_words or word == "sửa"

    def _name(self, parts: Parts, law: re.Match[str], done: int) -> bool:
        """Read the name of the law matched as *law* into *parts*; false when the words after
        the type are not a law's name."""
        text, start = self.text, parts.start
        if parts.written_type.name == "Hiến pháp":  # named by its year, or by the country in full
            parts.end = start + len(law["ltype"])
            revised = self.g.constitution_revised.match(text, parts.end)
            if revised is not None:
                parts.end = revised.end()  # "Hiến pháp sửa đổi năm 2013"
            country = self.g.constitution_country.match(text, parts.end)
            if country is not None:
                parts.name, parts.end = CONSTITUTION_COUNTRY, country.end()
            elif (written := COUNTRY_WRITTEN.match(text, parts.end)) is not None:
                parts.name, parts.end = " ".join(written[1].split()), written.end()
        elif law["amend"]:
            if self.g.plural_before.search(text, max(done, start - 8), start):
                return False  # "các Luật sửa đổi, bổ sung ...": several laws, none named
            parts.end = amending_title_end(text, law.start("amend"), parts.end, self.g.law)
            parts.name = " ".join(text[law.start("amend") : parts.end].split())
        elif law["glued"]:
            parts.name = self._known(law["glued"])
        elif law["name"]:
            parts.name = self._law_name(law)
            after = None if law["name2"] or law["revised"] else LOOSE_STEP.match(text, law.end())
            if after is not None and runs_on_loosely(parts.name, after[0].lstrip()):
                parts.end = start + len(law["ltype"])  # "Luật Khiếu nại tố cáo", not "Khiếu nại"
                parts.name = self._name_written_loosely(parts) or parts.name
                parts.end = max(parts.end, law.end())
            if (
                not (law["name2"] or law["revised"])
                and parts.written_type.name != "Bộ luật"
                and word_after_name(text, parts.end)
            ):
                self._longer_name(parts, law.start("name"))  # "Luật Thương mại điện tử năm 2025"
            amended = None if law["revised"] else _AMENDED_IN_NAME.match(text, parts.end)
            if amended is not None:
                parts.name += " " + " ".join(amended[0].split())
                parts.end = amended.end()
        elif law["abbr"]:
            dated = _DATED.match(text, law.end()) is not None
            if law["ltype"].isupper():
                if self.g.alias_before.search(text, max(done, start - 40), start) is not None:
                    parts.end = start + len(law["ltype"])
                    return True  # an alias in capitals: read to its end (see _alias)
                if not (dated and abbreviates_known(law["abbr"])):
                    return False  # a heading in capitals, "LUẬT THUẾ TNCN"; but a known name's
                    # abbreviation and its year in a title in capitals is cited ("... THEO LUẬT
                    # HN & GĐ 2014": the corpus's batch-10 decision)
            parts.end = start + len(law["ltype"])
            loose = self._name_written_loosely(parts)  # "Luật Thuế SDĐ nông nghiệp": a known
            if loose is not None and parts.end > law.end("abbr"):  # name the abbreviation is a
                parts.name = loose  # part of, which goes on after it
                return True
            if parts.written_type.name == "Bộ luật":  # "Bộ luật tố tụng hình VKS": the code's
                parts.name = self._code_name_cut(parts)  # name cut short, no abbreviation's
                if parts.name is not None:
                    return True
            parts.end = law.end()
            if not (dated or abbreviates_known(law["abbr"])):
                return False  # "Luật ACC", "Công ty Luật ACC": a law firm's name, no law's
            parts.name = " ".join(law["abbr"].split()) + (" sửa đổi" if law["abbr_revised"] else "")
        elif law["guess"]:
            if (
                not law["guess"][0].isupper()
                and self._pinpoint_before(start, done) is None
                and not (
                    parts.written_type.name == "Bộ luật"
                    and law["guess"].split()[0].lower() in _CODE_FIRST_WORDS
                )
            ):
                parts.end = start + len(law["ltype"])
                return True  # a name in lower case only after a pinpoint ("Chương VI Luật
                # ..."), a code's that lost words ("Bộ luật hình năm 2015"), or a known name
                # (see _law)
            if NOT_IN_A_GUESS.search(law["guess"]) or _TEXT_END.match(text, law.end()):
                parts.end = start + len(law["ltype"])
                return True  # read as a name with nothing after it (see _name_unanchored),
                # as one at the text's end is
            parts.name = " ".join(law["guess"].split())
        return True

    def _number_and_year(self, parts: Parts) -> None:
        """Read the number, the year and the amendment note after a law's name."""
        text = self.text
        if (
            parts.name is not None
            and "(" in text[parts.end : parts.end + 3]  # a cheap test first
            and (draft := DRAFT_NOTE.match(text, parts.end)) is not None
        ):
            parts.end = draft.end()  # "Luật Ngân sách nhà nước (sửa đổi) ngày 16-12-2002"
        number = self.g.law_number.match(text, parts.end) or (
            _NUMBER_WITHOUT_SO.match(text, parts.end) if parts.name is not None else None
        )
        if number:
            if parts.name is None and ":" in number[0] and self._starts_line(parts.start):
                return  # the law's own header "Luật số: 65/2020/QH14"
            ident = self.g.ident.match(text, number.end())
            if (
                ident
                and self._apply_ident(parts, ident)
                and parts.number is not None
                and not self._symbol_names_other_type(parts)
            ):  # not "luật bảo hiểm y tế số 70/2015/NĐ-CP": a decree's number follows
                parts.end = ident.end()
            else:
                parts.number = parts.bare_number = parts.year = None
        qualified = (
            QUALIFIED_YEAR.match(text, parts.end)
            if parts.number is None
            and (parts.name is not None or parts.written_type.name == "Hiến pháp")
            and word_after_name(text, parts.end)
            else None
        )  # "Bộ luật Hình sự hiện hành năm 2015", "Hiến pháp hiện hành năm 2013"
        year = self.g.law_year.match(text, qualified.end() if qualified else parts.end)
        if year and (parts.number is None or parts.number.year == int(year["year"])):
            # "Luật An ninh mạng năm 2018"; "Luật ... số 20/2023/QH15 năm 2023" says it twice
            parts.year = int(year["year"]) if parts.number is None else None
            parts.end = year.end()
            self._law_number_after_year(parts, year["year"])
        amended = self.g.law_amended.match(text, parts.end)
        if amended and parts.year is not None:
            parts.amended_in = tuple(int(y) for y in re.findall(r"\d{4}", amended["amended"]))
            parts.end = amended.end()

    def _longer_name(self, parts: Parts, name_start: int) -> None:
        """Read on into a longer name the list does not know, when a known one is followed by
        words in lower case and a year ("Luật Thương mại điện tử năm 2025"), as written; not
        into words that qualify the law ("Luật Đất đai hiện hành năm 2013")."""
        if QUALIFIED_YEAR.match(self.text, parts.end):
            return
        longer = LONGER_NAME.match(self.text, parts.end)
        if longer is not None:
            parts.end = longer.end()
            parts.name = " ".join(self.text[name_start : parts.end].split())

    def _alias(self, parts: Parts, done: int) -> str | None:
        """The name of a law *parts* cites without one the list knows, year or number: an alias
        it introduces ("(gọi tắt là Luật Hoạt động giám sát)"), or one introduced less than
        :data:`ALIAS_REACH` characters before it ("... Điều 15 của Luật Hoạt động giám sát")."""
        text, end = self.text, parts.start + len(parts.written_type.name)
        if self.g.alias_before.search(text, max(done, parts.start - 40), parts.start):
            alias = self.g.alias_name.match(text, end)
            if alias is None:
                return None
            parts.end = alias.end()
            return " ".join(alias[1].split())
        low = max(0, parts.start - ALIAS_REACH)
        if text.find("là", low, end) == -1 and text.find("LÀ", low, end) == -1:
            return None  # no alias introduced near ("... là Luật X"): a cheap test first
        for earlier in self.g.law_alias.finditer(text, low, end):
            if fold(earlier["type"]) != fold(parts.written_type.name):
                continue
            words = earlier["name"].split()
            spaced = r"\s+".join(map(re.escape, words))
            used = re.compile(rf"\s+{spaced}(?!\w)", re.IGNORECASE).match(text, end)
            if used is not None:
                parts.end = used.end()
                return " ".join(used[0].split())  # as written here
        return None

    def _law_name(self, law: re.Match[str]) -> str:
        """The name the list knows in *law*, with a second law sharing "sửa đổi" ("Tổ chức
        Chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi") and "sửa đổi" itself."""
        name = self._known(law["name"])
        if law["name2"]:
            name = f"{name} và {' '.join(law['type2'].split())} {self._known(law['name2'])}"
        return f"{name} sửa đổi" if law["revised"] else name

    def _listed_after(self, head: Parts) -> list[Parts]:
        """The laws listed after *head*: by their years or by their names (see
        :meth:`_names_listed`)."""
        return self._years_listed(head) or self._names_listed(head)

    def _years_listed(self, head: Parts) -> list[Parts]:
        """The laws of the same name cited by the years listed after *head*'s ("Hiến pháp năm
        1946, 1959 và năm 2013": 1959, 2013), each with its own year."""
        items: list[Parts] = []
        if head.year is None or head.number is not None or head.amended_in or head.date:
            return items
        end = head.end
        while (listed := self.g.listed_year.match(self.text, end)) is not None:
            item = Parts(listed.start("item"), listed.end(), head.written_type, head.doc_type)
            item.name, item.year = head.name, int(listed["year"])
            items.append(item)
            end = item.end
        return items

    def _noun_before_law(self, start: int, done: int) -> str | None:
        """The word before "luật" at *start* that makes it part of another noun ("kỷ" in "kỷ
        luật lao động") or names several laws ("các luật"), in lower case; None if there is
        none."""
        word = self.g.word_before.search(self.text, max(done, start - 12), start)
        if word is None:
            return None
        key = word[0].split()[0].lower()
        return key if key in _NOUNS_WITH_LAW else None

    def _own_title(self, parts: Parts, words: str) -> bool:
        """Whether a law named at *parts* is the text's own title, in capitals on lines of
        their own ("LUẬT\nTỔ CHỨC QUỐC HỘI"); the Constitution's type word stands on a line of
        its own there ("HIẾN PHÁP\nNƯỚC CỘNG HÒA ..."): named whole on one line, it is a
        lesson's or a book's title, a citation (the corpus's batch-10 decision)."""
        end = self.text.find("\n", parts.end)
        if (
            parts.written_type.name == "Hiến pháp"
            and "\n" not in self.text[parts.start : parts.end]
        ):
            return False
        return (
            words.isupper()
            and self._starts_line(parts.start)
            and not self.text[parts.end : len(self.text) if end == -1 else end].strip()
        )
