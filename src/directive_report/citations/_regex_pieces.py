"""The pieces the citation grammar is built of, as regular-expression text (private): ký hiệu,
numbers, dates, pinpoints and the names of laws.  :mod:`._patterns` compiles them into the
grammar; kept apart so that module holds only the compiling."""

from __future__ import annotations

import re

from directive_report.model import DOCUMENT_TYPES, ProvisionLevel

_I = re.IGNORECASE

#: Up to this many lower-case words may stand between a type and "số" when a ký hiệu follows:
#: "Chương trình hành động số 25-CTr/TU", "Quyết định đưa vụ án ra xét xử phúc thẩm số:22/...".
MAX_QUALIFIER_WORDS = 8


def _words(phrase: str, *, gap: str = r"\s+") -> str:
    """A pattern for *phrase* with any white space (line breaks too) between its words."""
    return gap.join(re.escape(word) for word in phrase.split()).replace(r",\s+", r",\s*")


def _alternation(phrases: list[str], *, gap: str = r"\s+") -> str:
    return "|".join(_words(p, gap=gap) for p in sorted(phrases, key=len, reverse=True))


_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_LOWER_WORD = f"(?-i:[{_LOWER}]+)"  # a word in lower case (Vietnamese letters, NFC)
_UPPER_WORD = f"(?-i:[{_LOWER.upper()}]+)"
# One group of a ký hiệu: letters and digits, at least one letter; "&" joins two words of a
# unit ("PTTH&TTĐT", "BLĐTB&XH", a space after it: "QLN& TTBĐS"); not the date a copy glued to
# it ("NĐ-CPngày 11 tháng 11", "QH12ngày 16/6/2010").
# (Possessive, so that the rare glued date alone is looked for, up to "ngày" and its digit.)
_GROUP = r"\d*[^\W\d_](?:[^\W_]*+(?<!ngày)|[^\W_]*?(?=ngày\s?\d))(?:&\s?[^\W_]+)*"
_DASH = r"‐‑–\-"  # hyphen and its look-alikes, for character classes
_SEPARATOR = (
    rf"(?:[{_DASH}](?:\s(?=[^\W_]))?"  # "CT-TTg", "CT- TTg"
    rf"|\s[{_DASH}](?=[^\W_])"  # "CT -TTg"
    # "QĐ - UBND", a line broken at the dash "NĐ\n- CP": a group in capitals ("TTg" too) after
    # it, not a word ("QĐ-UBND - Xã Nà Nghịu ban hành ...": a title's dash)
    rf"|(?-i:\s+[{_DASH}]\s+(?=[A-ZĐ][A-ZĐ\d&]*[a-z]?(?![^\W_])))"
    r"|(?-i:\s?\.(?=[A-ZĐ]+(?![^\W_])))"  # "QĐ .UBND"
    r"|/(?=[^\W\d_]))"  # "TTLT/BCA-BNG"
)
_SYMBOL = rf"{_GROUP}(?:{_SEPARATOR}{_GROUP}){{0,6}}"
# The types' abbreviations (Phụ lục III), longest first.
_TYPE_ABBREVIATIONS = "|".join(
    sorted(
        (
            re.escape(t.abbreviation)
            for t in DOCUMENT_TYPES
            if t.abbreviation and len(t.abbreviation) > 1
        ),
        key=len,
    )[::-1]
)
# A Party ký hiệu, its slash also written as a dash after the type ("18-NQ-TW").
_PARTY_SYMBOL = (
    rf"(?:{_GROUP}\s?/\s?{_GROUP}(?:[{_DASH}/]{_GROUP}){{0,3}}"  # "51-KH / BTGTU" too
    rf"|(?-i:{_TYPE_ABBREVIATIONS})(?:-{_GROUP}){{1,3}}(?![^\W_]|/))"
)
# An old ký hiệu naming its issuer alone after a dash ("Nghị định số 36-CP", "135-HĐBT"): read
# when the issuer table knows the group (see _find), else the number alone is.
_OLD_SYMBOL = rf"-(?P<osym>(?-i:[A-ZĐ][A-Za-zĐ]{{1,7}}))(?![^\W_]|[/{_DASH}])"
_YEAR = r"(?:194[5-9]|19[5-9]\d|20\d\d)"  # from 1945, as the model requires
# Not the first year of a period ("2021-2025", "2026 - 2030"): no law's year.
_NO_PERIOD = rf"(?!\s*[{_DASH}]\s*{_YEAR}(?!\d))"
# The dash of a Party number, with the spaces a copy puts around it: "100 - KL/TW", "181- QĐ/TW"
# (a space only where a Party ký hiệu, with its slash, follows).
_PARTY_DASH = rf"(?:-|\s?[{_DASH}]\s?(?={_GROUP}\s?/))"

#: The identifier after the type: normative, administrative, Party, or a bare number.
# "30a/2008/NQ-CP", "Nghị quyết 30a"; a stray space inside the number before its slash and its
# ký hiệu ("số 0 1/QĐ-VKSTC-V9" is 1; not "Thông tư 18 19/2013", two numbers)
_NUMBER = (
    rf"(?P<num>\d{{1,2}} \d{{1,3}}(?=/(?:{_YEAR}/)?(?-i:[A-ZĐ]))|\d{{1,6}})"
    r"(?:(?-i:[a-d])(?=/|(?![^\W_])))?"
)
# The year inside a ký hiệu, after its type: "02/CT/2007-VKSTC-VP" (the procuracy's of 2007).
_YEAR_INSIDE = rf"\s?/\s?(?P<ysym>(?-i:{_TYPE_ABBREVIATIONS})/(?P<iyear>{_YEAR})-{_SYMBOL})"
# After the year, a slash or a dash; or a space a copy put for it before a ký hiệu opening with
# a type's abbreviation: "19/2013 TT- BLĐBXH".
_AFTER_YEAR = rf"(?:\s?[/{_DASH}]\s?|\s(?=(?-i:(?=[A-ZĐ])(?:{_TYPE_ABBREVIATIONS}))[{_DASH}]))"
_IDENT_WITH_SYMBOL = (
    rf"{_NUMBER}(?:"
    rf"\s?/\s?(?P<year>{_YEAR}){_AFTER_YEAR}(?P<nsym>{_SYMBOL})"
    rf"|{_YEAR_INSIDE}"
    rf"|\s?/\s?(?P<asym>{_SYMBOL})"
    rf"|{_PARTY_DASH}(?P<psym>{_PARTY_SYMBOL}))"
)
# A file name's or a title's dashes for both slashes: "18-2019-TT-BGDĐT", a type's abbreviation
# (Phụ lục III) after the year (not a period, "2021-2025-UBND").
_DASHED_YEAR = rf"-(?={_YEAR}(?:/|-(?-i:{_TYPE_ABBREVIATIONS})-))"
# The same with underscores, a file name's: "Quyết định 505_QĐ-TTg", "15_2020_NĐ-CP".
_UNDERSCORED = rf"_(?=(?:{_YEAR}_)?(?-i:{_TYPE_ABBREVIATIONS})-)"
# The same with spaces, in a page's title alone on its line: "Thông tư 23 2022 BTC".
_SPACED_YEAR = rf" (?={_YEAR} (?-i:[A-ZĐ]){_SYMBOL}[ \t]*(?:\n|\Z))"
_IDENT = (
    rf"{_NUMBER}(?:"
    rf"(?:\s?/\s?|{_DASHED_YEAR}|{_UNDERSCORED}|(?P<spaced>{_SPACED_YEAR}))(?P<year>{_YEAR})"
    rf"(?:_|(?(spaced) |{_AFTER_YEAR}))(?P<nsym>{_SYMBOL})"
    rf"|{_YEAR_INSIDE}"
    rf"|(?:\s?/\s?|{_UNDERSCORED})(?P<asym>{_SYMBOL})"
    rf"|{_PARTY_DASH}(?P<psym>{_PARTY_SYMBOL})"
    rf"|{_OLD_SYMBOL}"
    rf"|(?:/(?P<byear>{_YEAR})(?![\d/]))?(?![^\W_]|/|[.,]\d))"
)
_SO = r"số(?![^\W\d_])\s*:?\s*"
# Between two items of a list: "09, 10", "5 và 6", "7, và 8".
_LIST_GAP = r"(?:\s*,\s*(?:và\s+)?|\s+và\s+)"
_DATE = (
    r"(?P<d1>\d{1,2})\s?(?P<sep>[/.‐–-])\s?(?P<m1>\d{1,2})\s?(?P=sep)\s?"
    # a PDF copy's stray space inside the year ("16/7/20 21"), not before an hour ("20 15 giờ")
    r"(?P<y1>\d{4}|(?:19|20) \d\d(?!\d|\s*(?:giờ|h(?![^\W\d_]))))"
    # a copy glues the words to the numbers: "ngày 04tháng 4 năm 2014", "tháng 5năm 2014"
    r"|(?P<d2>\d{1,2})\s*tháng\s*(?P<m2>\d{1,2})\s*,?\s*năm\s*(?P<y2>\d{4})"
)
_YEAR_LIST = rf"{_YEAR}(?:\s*(?:,|và)\s*(?:năm\s+)?{_YEAR}){{0,5}}"


_LEVEL = _alternation([level.value for level in ProvisionLevel])
_VALUE = r"(?:\d{1,4}[a-zđ]?|[IVXLC]{1,7}|[a-zđ])(?![^\W_])"
_VALUES = rf"{_VALUE}(?:\s*(?:,|và)\s*(?!(?:{_LEVEL})(?!\w)){_VALUE}){{0,20}}"
# Levels in a row, any order; a level repeated after "và" adds values ("khoản 1 và khoản 2").
# A range of one level first ("từ Điều 5 đến Điều 10", "khoản 1 đến khoản 3"), or values.
_FIRST = (
    rf"(?:(?:từ\s+)?(?:{_LEVEL})\s+{_VALUE}\s+(?:đến|tới)\s+(?:{_LEVEL})\s+{_VALUE}"
    rf"|(?:{_LEVEL})\s+{_VALUES})"
)
_CHAIN = rf"{_FIRST}(?:\s*,?\s*(?:và\s+)?(?:{_LEVEL})\s+{_VALUES}){{0,7}}"

_LAW_TYPES = {
    # the "l" an OCR read as another stroke: "Bộ ỉuật", "Bộ Iuật", "Bộ |uật"
    "Bộ luật": r"Bộ\s+[LlIỉ|]uật|BỘ\s+LUẬT",
    # "luật" only before a known name (see _law_reading); "Lut", "Lu t": a font lost its "ậ"
    "Luật": r"Luật|LUẬT|luật|Lu\s?t",
    # "hiến pháp" in lower case only before its year
    "Hiến pháp": rf"Hiến\s+pháp|HIẾN\s+PHÁP|hiến\s+pháp(?=\s+(?:sửa\s+đổi\s+)?năm\s+{_YEAR})"
    r"|Hiến\s+pp(?!\w)",  # "pháp" that lost "há" in a font without its glyph
    # "pháp lệnh" in lower case only before a known name (see _law_reading)
    "Pháp lệnh": r"Pháp\s+lệnh|PHÁP\s+LỆNH|pháp\s+lệnh",
}
#: The country in the Constitution's full title, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt
#: Nam", kept as its name.
CONSTITUTION_COUNTRY = "nước Cộng hòa xã hội chủ nghĩa Việt Nam"
#: Literal pieces of the words that start a law cited by name ("Luật", "Bộ luật", "Hiến pháp",
#: "Pháp lệnh", in any case); the type starts one character before.
LAW_ANCHORS = ("uật", "UẬT", "iến pháp", "IẾN PHÁP", "háp lệnh", "HÁP LỆNH")
# What follows the name of a law that the list of names does not know: a year, number or date.
_LAW_END = (
    rf"\s+(?i:năm\s+{_YEAR}{_NO_PERIOD}|số\s*:?\s*\d|ngày\s+\d|{_YEAR}(?![\d/]|[.,]\d){_NO_PERIOD})"
)
# Words that end a name the list does not know ("quy định", "hướng dẫn" after it; "luật" but in
# "pháp luật": "Luật Ban hành văn bản quy phạm pháp luật").
_NOT_IN_NAME = r"(?:năm|số|ngày|và|của|về|tại|theo|(?<!pháp\s)luật|bộ|quy\s+định|hướng)(?!\w)"
# Words no name opens with, though one may open with "về" or "quy định" (the corpus's decision:
# "Pháp lệnh về thực hiện dân chủ ...", "Luật quy định chế độ ..."): "PHÁP LỆNH\nCỦA ỦY BAN
# ..." is a heading's type word and its issuer.
_NOT_OPENING_NAME = r"(?:năm|số|ngày|và|của|tại|theo)(?!\w)"
# Between two words of a name the list does not know: a space, or "và" before a capital
# ("Luật Tổ chức HDND và UBND ngày 26 tháng 11 năm 2003").
_GUESS_GAP = (
    rf"(?:\s+(?!(?i:{_NOT_IN_NAME}))"
    rf"|\s+(?i:và)\s+(?=(?-i:[{_LOWER.upper()}]))(?!(?i:{_NOT_IN_NAME}))"
    # or before a word in lower case that is no document ("Luật Hỗ trợ doanh nghiệp nhỏ và vừa")
    rf"|\s+và\s+(?=(?-i:[{_LOWER}]))(?!(?i:{_NOT_IN_NAME}|(?:các|những|một|"
    rf"{_alternation([t.name.lower() for t in DOCUMENT_TYPES])})(?!\w)))"
    # a comma before a word in lower case: "Luật Bảo vệ, chăm sóc ... năm 1989" (before a
    # capital it lists laws)
    rf"|\s*,\s*(?=(?-i:[{_LOWER}]))(?!(?i:{_NOT_IN_NAME})))"
)
# A law's number after its name in an amending law's title, before the next law it lists ("...
# của Luật Đất đai số 31/2024/QH15, Luật Nhà ở ..."): that law's, inside the title (after the
# last law listed, the amending law's own: "... và Luật Viên chức số 52/2019/QH14").
_LISTED_NUMBER = (
    r"(?:\s+(?i:số)\s+\d{1,3}/\d{4}/QH\d{1,2}"
    r"(?=(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?i:(?:bộ\s+)?luật|pháp\s+lệnh)(?!\w)))?"
)
# "sửa đổi" ending a law's abbreviated name, the revised law ("Luật Thuế GTGT sửa đổi"): before
# a year, "và", punctuation or the end of a line, not before ", bổ sung" (an amendment note) or the
# object of a verb ("Luật X sửa đổi quy định ...").
_REVISED = (
    rf"\s+sửa\s+đổi(?=\s*(?:[.,;:)\n]|\Z|(?:và|năm)\s|{_YEAR}(?!\d)))(?!\s*,?\s*bổ\s+[sx]ung)"
)
# After a name, only before its year: a draft's "sửa đổi" with no year after it is outside the
# span ("dự thảo Luật Hợp tác xã sửa đổi", the corpus's batch-10 decision, as "(sửa đổi)" is).
_REVISED_NAME = rf"\s+sửa\s+đổi(?=\s+(?:năm\s+)?{_YEAR}(?!\d))"
# A name ending in its abbreviation ("Luật BHYT", "Luật Thuế GTGT", "Luật HN & GĐ", "Luật
# CB,CC" for "Cán bộ, công chức"): not "Luật sư" (a lawyer),
# not a Roman numeral, not before a capital (or "và" and a capital) or a dot that goes on naming
# ("Công ty Luật TNHH Minh Khuê", "Đoàn Luật sư TP.HCM", "Luật Tổ chức HDND và UBND").
_ABBREVIATED = (
    rf"(?!sư\s)(?:(?!{_NOT_IN_NAME})[^\W\d_]+\s+){{0,3}}?"
    rf"(?![IVXLC]+(?![^\W_]))(?-i:[{_LOWER.upper()}]{{2,8}}(?: ?& ?[{_LOWER.upper()}]{{1,8}}|, ?[{_LOWER.upper()}]{{2,8}})?)"
    rf"(?![^\W_]|[.&/-]\w|\s+(?:và\s+)?(?-i:[{_LOWER.upper()}]))"
)
