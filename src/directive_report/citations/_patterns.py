"""The grammar of Vietnamese citations as regular expressions, compiled once on first use (private).

Everything is generated from data: the document types of :data:`~directive_report.DOCUMENT_TYPES`,
the provision levels of :class:`~directive_report.ProvisionLevel` and the law names of
:mod:`._laws`.  Patterns match NFC text.  Quantifiers are bounded and no optional group nests
another unbounded one, so matching time stays linear whatever the input.

Finding is done in two steps, as eyecite does with its Aho-Corasick prefilter: a cheap *anchor*
scan finds the few places where a citation can be (a digit right after a type word or "số"; the
words "Luật", "Hiến pháp", "Pháp lệnh"), and the full grammar runs only there.
"""

from __future__ import annotations

import functools
import re

from directive_report.citations._laws import (
    CODE_NAMES,
    LAW_NAMES,
    ORDINANCE_NAMES,
    i_or_y,
    y_as_i,
)
from directive_report.citations._letters import (
    TONE_PLACEMENTS,
    base_letter,
    fold,
    loose_marks,
    modern_tones,
    tone_flexible,
    tone_variants,
    toneless,
    unaccented_key,
    word_set,
)
from directive_report.citations._regex_pieces import (
    _ABBREVIATED,
    _CHAIN,
    _DASH,
    _DATE,
    _GUESS_GAP,
    _I,
    _IDENT,
    _IDENT_WITH_SYMBOL,
    _LAW_END,
    _LAW_TYPES,
    _LEVEL,
    _LIST_GAP,
    _LISTED_NUMBER,
    _LOWER,
    _LOWER_WORD,
    _NO_PERIOD,
    _NOT_OPENING_NAME,
    _REVISED,
    _REVISED_NAME,
    _SO,
    _TYPE_ABBREVIATIONS,
    _UPPER_WORD,
    _YEAR,
    _YEAR_LIST,
    CONSTITUTION_COUNTRY,
    MAX_QUALIFIER_WORDS,
    _alternation,
    _words,
)
from directive_report.model import DOCUMENT_TYPES, DocumentType, ProvisionLevel

__all__ = [
    "CONSTITUTION_COUNTRY",
    "TONE_PLACEMENTS",
    "Grammar",
    "base_letter",
    "fold",
    "grammar",
    "loose_marks",
    "modern_tones",
    "tone_flexible",
    "toneless",
    "unaccented_key",
    "word_set",
]


def _hints(word: str) -> tuple[str, str]:
    """The last syllable of *word* in lower case and capitals ("iều", "IỀU" for "Điều")."""
    tail = word.split()[-1][1:]
    return tail.lower(), tail.upper()


def _last_word(type_name: str) -> str:
    """A pattern for the last word of a type, which a numbered head's anchor follows.

    A word of one letter ("Bản sao y") takes the character before it, white space or the end
    of the word before ("sao y", "saoy"), so that every "ngày 25" is not an anchor.
    """
    *words, last = type_name.lower().split()
    if len(last) == 1 and words:
        return rf"[\s{re.escape(words[-1][-1])}]{re.escape(last)}"
    return re.escape(last)


#: Abbreviations of a type that Phụ lục III does not give, read as its word before a number
#: with a ký hiệu: "CV 9229/UBND-VHXH" (see _find).
INFORMAL_ABBREVIATIONS = {"CV": "Công văn"}


class Grammar:
    """The compiled patterns and the lookup tables built with them."""

    def __init__(self) -> None:
        types = [t.name for t in DOCUMENT_TYPES]
        self.types_by_key: dict[str, DocumentType] = {fold(t.name): t for t in DOCUMENT_TYPES}
        #: The same without diacritics: a type word a copy wrote without them ("Nghi dinh").
        self.types_by_unaccented_key: dict[str, DocumentType] = {
            unaccented_key(t.name): t for t in DOCUMENT_TYPES
        }
        self.types_by_abbreviation: dict[str, DocumentType] = {
            t.abbreviation: t for t in DOCUMENT_TYPES if t.abbreviation
        }
        #: Each type's words anywhere ("Thông tư liên tịch" before its issuers and "số").
        self.type_words: dict[str, re.Pattern[str]] = {
            name: re.compile(rf"(?<!\w){_words(name)}(?!\w)", _I) for name in types
        }
        #: Where an issuer written without "của" starts: after the spaces (see _unnamed_reading).
        self.issuer_here = re.compile(r"\s+(?P<between>(?!))?")
        #: Each type's words right before a position ("Thông báo" in "Thông báo kết luận số").
        self.type_before: dict[str, re.Pattern[str]] = {
            name: re.compile(rf"(?<!\w){_words(name)}\s+\Z", _I) for name in types
        }
        type_words = _alternation(types, gap=r"\s*")
        head = (  # a type's tone marks as loose as the reversed head's (see below)
            rf"(?<!\w)(?P<type>{loose_marks(type_words)})(?!\w)"
            rf"(?P<qualifier>(?:(?:\s+{_LOWER_WORD}){{1,{MAX_QUALIFIER_WORDS}}}?"
            rf"|(?:\s+{_UPPER_WORD}){{1,{MAX_QUALIFIER_WORDS}}}?)(?=\s*số(?![^\W\d_])))?"
            rf"(?:(?P<gap>\s*)(?P<so>{_SO})|\s+)"
        )
        self.head_at = re.compile(head, _I)
        #: A type and its issuer before "số" and its colon: "Nghị định của Chính phủ: " (see
        #: _find); the issuer is read by the issuer's rules.
        self.type_and_issuer = re.compile(
            rf"(?<!\w)(?P<type>{type_words})(?P<cua>\s+)của\s+[^:;]{{2,80}}?\s*:\s*\Z", _I
        )
        #: The same head before its "số" and number, in a list's paragraph, or one opened by
        #: "các" with no colon: "các Nghị quyết của HĐND tỉnh số ..." (see _unnamed_reading).
        #: Its issuer may be left out: "các Quyết định: số 26/2007/QĐ-TTg ...; số 114/QĐ-TTg".
        self.list_head = re.compile(
            rf"(?<!\w)(?:(?P<several>các)\s+)?(?P<type>{type_words})(?:(?P<cua>\s+)của\s+"
            rf"[^:;]{{2,80}}?)?(?P<colon>\s*:)?\s*(?:[-–+•*]\s*)?(?P<so>{_SO})(?=\d)",
            _I,
        )
        #: A list's item on a line of its own, after the line of the head's colon or of the item
        #: before and its ";", a bullet between: "...:\n- Số 15/QĐ-UBND ...;\n- Số 16/..."
        self.line_item = re.compile(r"[:;][ \t]*\n\s*(?:[-–+•*]\s*)?\Z")
        #: Such an item from its line's first character: "- Số 16/QĐ-UBND", "Số 16/...".
        self.so_item = re.compile(rf"(?:[-–+•*]\s*)?{_SO}\d", _I)
        #: A list's head naming its issuer before a colon, its items each writing their own
        #: type word: "các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số ..." (see
        #: _unnamed_reading); the issuer is read by the issuer's rules.
        self.titled_list_head = re.compile(
            rf"(?<!\w)(?:các|những)\s+(?P<type>{type_words})(?P<cua>\s+)của\s+[^:;]{{2,80}}?:",
            _I,
        )
        #: What may stand between a list head's issuer and its colon: "gồm", "như sau", "(mới)
        #: ban hành" before them ("các Nghị quyết của Bộ Chính trị mới ban hành gồm: ...").
        self.list_head_end = re.compile(
            r"\s*(?:(?:mới\s+|vừa\s+|đã\s+)?ban\s+hành\s+)?"
            r"(?:(?:bao\s+)?gồm|như\s+sau|sau\s+đây|sau)?\s*:",
            _I,
        )
        #: Where a list's item starts: after the head's colon or an item's ";", "," or "và", a line
        #: break, a bullet or an item's number between ("gồm:\n- Kết luận số ...", "sau:\n1. ...").
        self.item_opening = re.compile(
            r"(?:[:;,]|(?<!\w)và)\s*(?:(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s*)?\Z"
        )
        #: A sentence's end, which ends a list: ". Các ..." (not an item's number: "\n1. Nghị").
        self.list_end = re.compile(rf"(?<!\s\d)(?<!\s\d\d)\.\s+(?=(?-i:[{_LOWER.upper()}]))")
        #: A line's start and how the line before ends: with a sentence's or a list item's
        #: mark, or a blank line, before a capital, a new paragraph starts (see _unnamed_reading).
        self.line_start = re.compile(
            r"(?P<mark>[.;:!?]?)[ \t]*\n(?P<blank>[ \t]*\n)?\s*(?P<first>\S)"
        )
        #: The same head read backwards from the digit that follows it, matched on the reversed
        #: text: one anchored match instead of a search through the words before the number.
        #: The optional qualifier is lazy, so that a longer type wins ("Thông tư liên tịch").
        reversed_types = "|".join(
            r"\s*".join(loose_marks(re.escape(word[::-1])) for word in reversed(name.split()))
            for name in sorted(types, key=len, reverse=True)
        )
        # A type's abbreviation used as its word ("NĐ 15/2020/NĐ-CP", "QĐ số 12/QĐ-UBND"), in
        # capitals: read when the ký hiệu or a year confirms it (see _find).
        abbreviations = sorted(
            [
                *(
                    t.abbreviation
                    for t in DOCUMENT_TYPES
                    if t.abbreviation and len(t.abbreviation) > 1
                ),
                *INFORMAL_ABBREVIATIONS,
            ],
            key=len,
            reverse=True,
        )
        reversed_types += "|(?-i:" + "|".join(re.escape(a[::-1]) for a in abbreviations) + ")"
        # A word in lower case or with a capital, read backwards ("Thanh" is "hnahT").
        title_reversed = f"(?-i:[{_LOWER}]+[{_LOWER.upper()}]?)"
        self.head_reversed = re.compile(
            # a list's head with a colon before "số": "các Quyết định: số 15/QĐ-UBND; số ..."
            # (Markdown's marks a copy's line break left between the type and "số": "Quyết
            # định* *số ...")
            rf"(?:\s*:?\s*(?P<so>[ốo]s)(?P<gap>[\s*]+:?\s*)"
            # lower-case words, an abbreviation in parentheses after them: "giám đốc thẩm
            # (GĐT)"; or words in capitals; or a title's or an issuer's words, "của Bộ Chính trị"
            # (a comma between them when the ký hiệu names the type: "Báo cáo giải trình, tiếp
            # thu ý kiến thẩm định số 64/BC-BXD", see _find)
            rf"(?P<qualifier>(?:\){_UPPER_WORD}\(\s+)?(?:,?{_LOWER_WORD}\s+){{1,{MAX_QUALIFIER_WORDS}}}?"
            rf"|(?:{_UPPER_WORD}\s+){{1,{MAX_QUALIFIER_WORDS}}}?"
            rf"|(?P<title>(?:{title_reversed}\s+){{1,{MAX_QUALIFIER_WORDS}}}?))??"
            # without "số", lower-case words only when the ký hiệu names the type (see _find):
            # "Chương trình hành động 17-CTr/TU"
            rf"|\s+(?P<unsaid>(?:{_LOWER_WORD}\s+){{1,{MAX_QUALIFIER_WORDS}}}?)??"
            # a colon for "số", in a catalogue: "Luật: 38/2005/QH11" (see _find)
            r"|\s*(?P<colon>:))"
            # an underscore before the type is Markdown's emphasis: "_Chỉ thị số 21/CT-TTg_"
            rf"(?P<type>{reversed_types})"
            # a capital glued to a digit or a lower-case letter before it: "1Quyết định 672/..."
            rf"(?:(?![^\W_])|(?<=(?-i:[{_LOWER.upper()}]))(?=(?-i:[\d{_LOWER}])))",
            _I,
        )
        self.ident = re.compile(_IDENT, _I)
        self.continuation = re.compile(
            rf"(?:{_LIST_GAP}|\s*;\s*(?=số))(?P<item>(?:{_SO})?{_IDENT_WITH_SYMBOL})", _I
        )
        #: Numbers listed without their ký hiệu before the item that writes it, which they
        #: share: ", 10, 11, " in "Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr".
        self.number_list = re.compile(
            rf"(?:{_LIST_GAP}(?:{_SO})?\d{{1,6}}(?![^\W_]|\s?/|[.,]\d)){{0,20}}"
            rf"{_LIST_GAP}(?=(?:{_SO})?{_IDENT_WITH_SYMBOL})",
            _I,
        )
        #: Numbers listed after a bare number: ", 70, 71 và 72" in "Nghị quyết 59, 70, 71 và 72".
        self.number_run = re.compile(
            rf"(?:{_LIST_GAP}(?:{_SO})?\d{{1,6}}(?![^\W_]|\s?/|[.,]\d)){{1,20}}", _I
        )
        #: A year listed after a law's: ", 1959", " và năm 2013" in "Hiến pháp năm 1946, 1959 và
        #: năm 2013"; "và" a copy glued to the year before ("năm 2004và 2005").
        self.listed_year = re.compile(
            rf"(?:{_LIST_GAP}|(?<=\d)và\s+)(?P<item>(?:năm\s+)?(?P<year>{_YEAR}))(?![^\W_]|/|[.,]\d|\s+(?!và\s){_LOWER_WORD})",
            _I,
        )
        #: One of those numbers.
        self.listed_number = re.compile(rf"{_LIST_GAP}(?P<item>(?:{_SO})?(?P<num>\d{{1,6}}))", _I)

        last_words = sorted(
            {_last_word(name) for name in types} | set(map(re.escape, abbreviations))
        )
        # The words by their last letter: one cheap test of that letter before trying each word.
        by_letter: dict[str, list[str]] = {}
        for word in last_words:
            by_letter.setdefault(base_letter(word[-1]).lower(), []).append(word)
        behind = "|".join(
            rf"(?<=[{re.escape(''.join(sorted({w[-1] for w in words} | set(tone_variants(letter)))))}]\s\d)(?:"
            + "|".join(rf"(?<={loose_marks(word)}\s\d)" for word in words)
            + ")"
            for letter, words in sorted(by_letter.items())
        )
        so = "|".join(
            (
                r"(?<=số\d)",
                r"(?<=s[ốo]\s\d)",
                r"(?<=số:\d)",
                r"(?<=s[ốo]:\s\d)",
                r"(?<=s[ốo]\s:\s\d)",
            )
        )
        #: A digit right after a type word or "số": where a numbered citation may be.
        self.anchor = re.compile(rf"\d(?<=[\s:ốỐ]\d)(?:{behind}|{so})", _I)

        #: A full identifier standing without its type word, typed by its ký hiệu: a cut line
        #: "ố 09/2019/NĐ-CP ...", a misspelt "Thông  39/2018/TT-BYT".
        #: Found by the "/" that follows the number (a literal start: fast to scan for); the
        #: number is then read backwards.
        self.bare_ident = re.compile(
            rf"/\s?{_YEAR}(?:\s?/\s?(?-i:[A-ZĐ])|\s(?=(?-i:[A-ZĐ]))(?-i:{_TYPE_ABBREVIATIONS})[{_DASH}])"
        )
        #: The same with dashes for both slashes, a type's abbreviation after the year: a page's
        #: title "18-2019-TT-BGDĐT".
        self.dashed_ident = re.compile(rf"-{_YEAR}-(?-i:{_TYPE_ABBREVIATIONS})-")
        #: A "/" before a ký hiệu's letter, and the number before it, after a lower-case word:
        #: "hành động 17-CTr/TU", "phê duyệt 123/QĐ-UBND".
        self.symbol_slash = re.compile(r"/(?-i:[A-ZĐ])")
        self.number_after_word = re.compile(
            rf"(?<=(?-i:[{_LOWER}])\s)\d{{1,6}}(?-i:[a-d])?(?:-[^\W_]{{1,8}})?\Z"
        )
        self.digits_before = re.compile(rf"(?<![\w/.{_DASH}])\d{{1,4}}\s?\Z")
        #: "số" alone before a number, with its spaces: " SỐ " (see _find).
        self.so_alone = re.compile(rf"(?:\s*:)?\s+{_SO}", _I)
        # "Số hiệu: | 10/2019/QĐ-UBND |": a portal's table puts the number in the next cell;
        # "Số hiệu văn bản: 102/2006/QĐ-UBND": a portal's field naming the page's own document
        #: "No." before a number: an English text's ("Decree No. 15/2020/NĐ-CP"), not cited.
        self.english_number = re.compile(r"(?<![^\W_])Nos?\.?\s*\Z")
        self.so_before = re.compile(
            r"(?:(?P<word>\w+)[ \t]+)?(?P<key>số|hiệu(?:[ \t]+văn[ \t]+bản)?)\s*:?\s*(?:\|\s*)*\Z",
            _I,
        )
        # "ngày", "của" also without diacritics, as a copy that lost them writes them, "năm"
        # misspelt "ngăm" too; Markdown's marks after a date's word ("ngày 21 tháng* *6 năm")
        marks = r"\s*(?:\*[\s*]*)?"  # (the marks' "*" tested once: "\s*" alone is the fast path)
        date = _DATE.replace(r"tháng\s*", rf"th[áa]ng{marks}").replace(
            r"năm\s*", rf"ng?[ăa]m{marks}"
        )
        self.date = re.compile(
            # a web copy's line break tag before it: "49-NQ/TW<br /> ngày 02-06-2005"
            rf"(?:\s*,)?(?:\s*<br\s*/?>)?{marks}(?:ban\s+h[àa]nh\s+)?(?:{loose_marks('ngày')}\s+)?{loose_marks('ngày')}"
            # "ngày ngày 14/6/2005": a word a copy doubled; "ngày* *16/6/2025": Markdown's marks
            rf"{marks}(?P<date>{date})(?!\d)",
            _I,
        )
        #: An issuer's abbreviation between a ký hiệu and its date: " TANDTC" in "01/2007/NQ-HĐTP
        #: TANDTC ngày 02/10/2007" (see _tail_reading).
        self.abbreviation_after = re.compile(r"\s+(?-i:[A-ZĐ]{2,12})(?![^\W_])")
        # "của" glued to the date before it or the name after it: "06/9/2005củaỦy ban"; or
        # "giữa" before the parties of a joint document ("giữa Bộ Y tế và Bộ Tài chính").
        self.issuer_start = re.compile(
            rf"(?:\s*,)?(?:(?:\s+|(?<=\d)|(?=\*)[\s*]+){loose_marks('của')}"
            rf"(?:\s+|(?=(?-i:[{_LOWER.upper()}])))|\s+(?P<between>giữa)\s+)",
            _I,
        )
        self.joint_issuer = re.compile(rf"\s*(?:,|và|[{_DASH}])\s*", _I)
        self.token = re.compile(r"(?P<space>\s*)(?P<token>[^\W_]+(?:&[^\W_]+)*|[–-]|\S)")

        self.level = re.compile(rf"(?<!\w)(?:{_LEVEL})(?!\w)", _I)
        #: Pieces of the level words in every case: a cheap test before running ``level``.
        self.level_hint = re.compile(
            "|".join(
                sorted(
                    {re.escape(piece) for level in ProvisionLevel for piece in _hints(level.value)}
                )
            )
        )
        self.pinpoint_before = re.compile(
            rf"(?P<pin>{_CHAIN})\s*,?\s*(?:(?:của|tại|trong)\s+)?", _I
        )
        #: The end of ``pinpoint_before`` read backwards, from the type word: a provision's value
        #: ("5", "II", "a") then what may stand between it and the type.  Matching it on the few
        #: characters before a head is a cheap test before looking for a pinpoint there.
        self.value_before_reversed = re.compile(
            r"(?:\s+(?:aủc|iạt|gnort))?\s*,?\s*(?:[a-zđ]?\d{1,4}|[IVXLC]{1,7}|[a-zđ])(?:[\s,]|àv)",
            _I,
        )
        #: What makes a provision the end of a range ("từ Điều 5 đến Điều 10"), which a
        #: pinpoint cannot hold.
        self.range_end = re.compile(r"(?:đến|tới)\s+\Z", _I)
        #: A provision chained before a position by a comma, "và", "đến" or a space: "Điểm 2.4, ",
        #: "Điều 12 và ", "khoản 1 Điều 5 đến khoản 2 " (see _tail_reading).
        #: A "tiết", the division of a điểm ("tiết a.1 điểm a khoản 2 ..."), is one the record has
        #: no level for, "chi tiết" no provision.
        self.provision_before = re.compile(
            rf"(?<!\w)(?:{_LEVEL}|(?<!chi\s)tiết)\s+(?:\d[\w.]*|(?-i:[IVXLC]{{1,7}}|[a-zđ](?:\.\d{{1,2}})?))"
            r"(?:\s*,\s*(?:\d{1,4}|(?-i:[a-zđ]))(?!\w)){0,20}"  # its values: "khoản 4, 5, 6 "
            r"(?:\s*,\s*|\s+(?:(?:và|đến|tới)\s+)?)\Z",
            _I,
        )
        #: What opens a range before its first provision: "từ " in "từ Điều 5 đến Điều 10".
        self.range_start = re.compile(r"(?<!\w)từ\s+\Z", _I)
        law_types = "|".join(_LAW_TYPES.values())
        self.pinpoint_after = re.compile(
            rf"\s*,\s*(?P<pin>{_CHAIN})(?!\s*,?\s*(?:của\s+)?(?:(?i:{type_words})|{law_types})(?!\w))",
            _I,
        )
        #: "gọi tắt là", "viết tắt (là)" before an alias ("(viết tắt Quyết định 190)").
        self.alias_before = re.compile(
            r"(?:gọi\s+tắt\s+là|gọi\s+là|viết\s+tắt(?:\s+là)?)\s*:?\s*[\"“]?\s*\Z", _I
        )

        names = [*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES]
        self.law_names: dict[str, str] = {y_as_i(fold(name)): name for name in names}
        #: The first words of the known names, as lookup keys: a cheap test before the pattern.
        self.law_first_words = frozenset(y_as_i(fold(name.split()[0])) for name in names)
        # Copies glue words ("Hội đồngnhân dân"), place tones either way ("Uỷ ban") and write
        # "i" or "y" ending a syllable ("liệt sĩ", "liệt sỹ"): the names are looked up by keys
        # that agree (y_as_i).
        known = tone_flexible(i_or_y(_alternation(names, gap=r"\s*")))
        self.law = re.compile(
            "(?P<ltype>"
            + "|".join(f"(?P<t{i}>{p})" for i, p in enumerate(_LAW_TYPES.values()))
            # Markdown's emphasis closed and opened again between the type and the name ("Luật**
            # **Quản lý thuế")
            + r")(?:(?!\w)(?:(?:\*\*?[^\S\n]+\*\*?|\s+)(?:"
            # "... một số điều của Luật X", "... của các luật", "... của 37 luật", "... điều Luật X"
            # "... một số điều và Phụ lục ... của Luật X": more that the law amends before "của";
            # or the law amended right after "sửa đổi" ("Pháp lệnh sửa đổi Pháp lệnh X")
            + r"(?P<amend>(?i:sửa\s+đổi,?\s+(?:bổ\s+[sx]ung\s*,?\s+)?(?:một\s+số\s+điều\s+"
            + r"(?:và\s+[^;()]{1,120}?\s+(?=của\s+(?:bộ\s+)?luật|của\s+pháp\s+lệnh))?"
            + r"(?:của\s+)?"
            + r"(?:các\s+|\d{1,3}\s+)?|(?=(?:bộ\s+)?luật|pháp\s+lệnh)))"
            # known laws listed ("..., Luật X và Luật Y"), not before an unknown one ("..., Luật Z")
            + rf"(?i:(?:bộ\s+)?luật|pháp\s+lệnh)\s*(?:(?i:{known})(?!\w){_LISTED_NUMBER}"
            + rf"(?:{_LIST_GAP}(?i:(?:bộ\s+)?luật|pháp\s+lệnh)\s*(?i:{known})(?!\w)"
            + rf"{_LISTED_NUMBER}){{0,15}}"
            + rf"(?!{_LIST_GAP}(?i:(?:bộ\s+)?luật|pháp\s+lệnh)(?!\w))"
            # (a line break before a word in lower case goes on: "... có liên quan\nđến ...")
            + rf"|[^;()]{{3,400}}?(?={_LAW_END}|\s*(?:;|\n(?!\s*[{_LOWER}]))|\s*\Z|\s+sửa\s+đổi)))"
            # a known name; a date or year glued to it ("UBNDngày 26/11/2003"), or a capital a
            # copy glued to its last word ("tố tụng dân sựBLTTHS"); a second law
            # sharing "sửa đổi" ("Luật X và Luật Y sửa đổi 2019": the law amending both)
            + rf"|(?P<name>(?i:{known}))(?:(?!\w)|(?=(?i:năm|ngày)\s*\d)"
            + rf"|(?<=(?-i:[{_LOWER}]))(?=(?-i:[{_LOWER.upper()}])))"
            + rf"(?:(?:\s+(?i:và)\s+(?P<type2>(?:Bộ\s+)?[Ll]uật)\s+(?P<name2>(?i:{known}))(?!\w))?"
            + rf"(?P<revised>(?i:{_REVISED_NAME})))?"
            + rf"|(?P<abbr>{_ABBREVIATED})(?P<abbr_revised>(?i:{_REVISED}))?"
            + rf"|(?!(?i:{_NOT_OPENING_NAME}))(?P<guess>[^\W\d_]+(?:{_GUESS_GAP}[^\W\d_]+){{0,9}}?)"
            + rf"(?={_LAW_END}|\s*\((?i:\s*sửa)|\s*\Z)"
            + "))?"
            # a known name glued to the type by a copy: "LuậtKhiếu nại, tố cáo"
            + rf"|(?=(?-i:[{_LOWER.upper()}]))(?P<glued>(?i:{known}))(?!\w))"
        )
        #: A known name listed after a law's with a comma or "và", in a title's case, each a law
        #: of the same type: "Luật: Chứng khoán, Kế toán, Quản lý, sử dụng tài sản công, ...".
        self.listed_law_name = re.compile(
            rf"(?P<gap>\s*:\s*|{_LIST_GAP})(?=(?-i:[{_LOWER.upper()}]))(?P<item>(?i:{known}))(?!\w)"
        )
        self.law_type_names = tuple(_LAW_TYPES)
        self.constitution_country = re.compile(
            r"\s+" + _words(CONSTITUTION_COUNTRY).replace("hòa", "(?:hòa|hoà)") + r"(?!\w)", _I
        )
        self.bo_before = re.compile(r"(?:Bộ|BỘ)\s+\Z")
        #: The enacting sentence of a law or an ordinance, before its own title.
        self.enacting_before = re.compile(
            r"(?<!\w)(?:Quốc\s+hội|Ủy\s+ban\s+thường\s+vụ\s+Quốc\s+hội)(?:\s+khóa\s+\w+)?"
            r"\s+ban\s+hành\s+\Z",
            _I,
        )
        #: The word before a position: "kỷ " in "kỷ luật".
        self.word_before = re.compile(r"(?<![^\W_])[^\W\d_]+\s+\Z")
        self.plural_before = re.compile(r"(?<!\w)(?:các|những)\s+\Z", _I)
        #: What names a law as the subject taught: "Giáo trình luật đất đai", "môn Luật X".
        self.subject_before = re.compile(
            r"(?<!\w)(?:giáo\s+trình|môn(?:\s+học)?|bài\s+giảng|học\s+phần|khái\s+niệm"
            r"|khái\s+quát(?:\s+chung)?\s+về|ngành)\s+\Z",
            _I,
        )
        # "số" or what a copy left of it ("Luật tổ chức Quốc hội s 57/2014/QH13"), Markdown's
        # emphasis opening before it ("Luật Đất đai **số 31/2024/QH15**")
        self.law_number = re.compile(rf"\s+\*{{0,2}}(?:{_SO}|s\s*)(?={_IDENT_WITH_SYMBOL})", _I)
        # not before "/" but for a page's path ("Hiến pháp ... 1992/Chương XII"); glued to "năm"
        # in a copy ("NĂM2015")
        self.law_year = re.compile(
            rf"(?:\s*\((?-i:[A-ZĐ]{{2,12}})\))?(?:\s*năm\s*|\s+)(?P<year>{_YEAR})"
            rf"(?!\d|/(?!(?-i:[A-ZĐ][{_LOWER}]))){_NO_PERIOD}",
            _I,
        )
        #: "năm 2021" right after a number without a year: "Quyết định 1447/QĐ-TCT năm 2021".
        self.number_year = re.compile(rf"\s+năm\s+(?P<year>{_YEAR})(?![\d/])", _I)
        #: A header's "Số:" and the identifier after it: "Số: 45/2019/TT-BCA" (see _find).
        self.header_number = re.compile(r"(?<!\w)Số\s*:\s*(?P<ident>[^\s,;]+)", _I)
        #: The second year of a period: "-2025" in "Kế hoạch 5 năm 2021-2025".
        self.range_after = re.compile(rf"\s*[{_DASH}]\s*\d")
        #: A year alone after a ký hiệu, as portal titles write it: "Quyết định 439/QĐ-TTg 2023".
        self.symbol_year = re.compile(
            rf"\s+(?P<year>{_YEAR})(?![\d/:%{_DASH}]|[.,]\d|\s*[{_DASH}]\s*\d)"
        )
        #: "(sửa đổi, bổ sung năm 2017)", "(sửa đổi 2017)", "(được sửa đổi, bổ sung năm 2017)"
        #: after a law's year (a note without parentheses is not the law's: the corpus's
        #: decision).
        self.law_amended = re.compile(
            r"\s*\(\s*(?:đã\s+)?(?:được\s+)?sửa\s+đổi(?:,?\s+bổ\s+[sx]ung)?\s+(?:năm\s+)?"
            rf"(?P<amended>{_YEAR_LIST})\s*\)",
            _I,
        )
        #: "sửa đổi" between "Hiến pháp" and its year ("Hiến pháp sửa đổi năm 2013").
        self.constitution_revised = re.compile(rf"\s+sửa\s+đổi(?=\s+(?:năm\s+)?{_YEAR})", _I)
        #: "Dự thảo" before a law, which a pinpoint may stand before ("Điều 1 Dự thảo Luật X").
        self.draft_before = re.compile(
            r"(?<!\w)(?:Dự\s+thảo|DỰ\s+THẢO)(?:\s+(?:lần|LẦN)\s+(?:thứ\s+)?[^\W_]+)?\s+\Z"
        )
        #: An alias's words up to its closing parenthesis or quote: "Hoạt động giám sát" in
        #: "(gọi tắt là Luật Hoạt động giám sát)".
        self.alias_name = re.compile(r"\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,9})(?=\s*[)”\"])")
        #: A law's alias introduced: "gọi tắt là Luật Hoạt động giám sát)".
        self.law_alias = re.compile(
            r"(?:gọi\s+tắt\s+là|gọi\s+là|viết\s+tắt\s+là)\s*:?\s*[\"“]?\s*"
            rf"(?P<type>{'|'.join(_LAW_TYPES.values())})"
            r"\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,9})(?=\s*[)”\"])",
            _I,
        )
        self.subject = re.compile(r"\s+(?:về|V/v)\s+(?P<subject>\S.*?)\s*\Z", _I | re.DOTALL)
        self.symbol_split = re.compile(rf"\s*[{_DASH}./]\s*|\s+")
        self.party_split = re.compile(rf"([{_DASH}/])")


@functools.cache
def grammar() -> Grammar:
    """The grammar, compiled on first use and kept for the life of the process."""
    return Grammar()
