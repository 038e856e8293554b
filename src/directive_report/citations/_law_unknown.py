"""Where the name of a law the list does not know ends when no year, number or date follows it
(private, for :mod:`._law_reading`): "Căn cứ Luật Trí tuệ nhân tạo;", "Luật Chuyển đổi số của
Quốc hội", "triển khai Luật Dữ liệu đến cán bộ"; and the words a law's name may hold before its
year that are no part of it ("Bộ luật Hình sự hiện hành năm 2015"); the Constitution's country
written otherwise than in its title ("nước CHXHCN Việt Nam").

A name the list knows ends where it ends; one it does not know is read only as far as a word
or a mark that no name of a law holds: punctuation, the line's end, a word that opens what the
sentence says of the law ("của", "được", "quy định", "có hiệu lực" ...). A name that runs on
past ten words, or into a word it cannot end before, is not read (a span read wrong costs more
than one left out).
"""

from __future__ import annotations

import re

from directive_report.citations._law_names import CODE_NAMES
from directive_report.citations._laws import known_with_letters_lost, known_written_loosely
from directive_report.citations._regex_pieces import _LOWER, _NO_PERIOD, _YEAR

__all__ = [
    "BRANCH_OF_LAW",
    "COUNTRY_WRITTEN",
    "DRAFT_NOTE",
    "LONGER_NAME",
    "NOT_A_LAW_BEFORE",
    "NOT_IN_A_GUESS",
    "PREDICATE_VERBS",
    "QUALIFIED_YEAR",
    "UNANCHORED_NAME",
    "WORDS_ABOUT_A_LAW",
    "amending_title_end",
    "names_no_law",
    "word_after_name",
]

#: Verbs that open what a sentence says a law does, which no name of the list holds after its
#: first word ("Luật X nghiêm cấm ...", "Luật X áp dụng đối với ...", "Luật X tạo hành lang
#: ..."): a name the list does not know ends before them, as before the words of _STOP.
PREDICATE_VERBS = (
    "áp dụng đối với", "áp dụng cho", "nghiêm cấm", "xác định", "khẳng định", "bổ sung",
    "dành", "tạo ra", "tạo điều kiện", "tạo hành lang", "tạo cơ sở", "điều chỉnh", "trao",
    "cho phép", "bắt buộc", "buộc", "ghi nhận", "thể chế hóa", "cụ thể hóa", "mở rộng",
    "kế thừa", "thay đổi", "hoàn thiện", "tháo gỡ", "khắc phục", "phát huy", "nâng cao",
    "tăng cường", "đẩy mạnh", "bảo đảm", "đảm bảo", "thúc đẩy", "đánh dấu", "loại bỏ",
    "xóa bỏ", "bao gồm", "đòi hỏi", "hướng tới", "nhấn mạnh", "coi là", "xem là", "trở thành",
    "giải thích", "định nghĩa", "nhưng", "hay", "cho thấy", "ban hành", "công bố",
)  # fmt: skip
_VERBS = "|".join(verb.replace(" ", r"\s+").replace("óa", "(?:óa|oá)") for verb in PREDICATE_VERBS)
# Words no law's name holds, which open what the sentence says of the law: "của Quốc hội",
# "được Quốc hội thông qua", "có hiệu lực", "quy định", "và các văn bản", "đến cán bộ", a time
# of the year ("đầu năm", "hết năm") or a period ("giai đoạn"); and the verbs above.
_STOP = (
    r"(?:của|và|hoặc|về|tại|theo|trong|trên|dưới|với|cho|đến|tới|từ|được|bị|đã|sẽ|đang|vừa"
    r"|có|là|thì|mà|nhằm|để|do|bởi|này|đó|ấy|khi|nếu|gồm|mới|qua|sau|trước|vào|ra|nên|như"
    r"|cũng|không|chưa|phải|cần|năm|ngày|tháng|các|những|một|lần|điều|khoản|chương|tất"
    r"|số(?=\s*:?\s*\d)|quy\s+định|hướng\s+dẫn|ban\s+hành|thông\s+qua|sửa\s+đổi|thay\s+thế"
    r"|bãi\s+bỏ|hết\s+hiệu|tiếp\s+tục|yêu\s+cầu|đề\s+(?:ra|cập|nghị)|chính\s+thức"
    r"|thực\s+hiện|hiện\s+(?:hành|nay)|(?<!pháp\s)luật|nói|ghi|viết|nêu|đặt|giúp|góp|mang|đưa"
    r"|(?:đầu|cuối|giữa|hết|mỗi|hằng|hàng|cả|nửa)\s+năm|giai\s+đoạn"
    rf"|rất|khá|quá|đều|vẫn|còn|chỉ|luôn|hơn|nhất|lại|thêm|nữa|cùng|thời|{_VERBS})(?!\w)"
)
# A verb of PREDICATE_VERBS as a word of its own (not the "bổ sung" of "sửa đổi, bổ sung").
_PREDICATE = rf"(?<=\s)(?<!đổi\s)(?<!đổi,\s)(?i:{_VERBS})(?!\w)"
_CAPITAL = _LOWER.upper()
# A word of a name; between two, a space, or a line break before a word in lower case (a copy's
# line break inside the name; a capital after one opens a new line: "... rừng\nCăn cứ ...").
_WORD = r"[^\W\d_]+"
_GAP = rf"(?:[^\S\n]+|[^\S\n]*\n\s*(?=[{_LOWER}]))(?!(?i:{_STOP}))"
# What may end an unknown name with nothing after it: punctuation, a footnote's bracket or
# Markdown's emphasis (not a comma inside a title,
# ", chống" of "Phòng, chống", ", bổ sung"), a dash between spaces, a line's or the text's end,
# or a word of _STOP.
_END = (
    rf"(?=[^\S\n]*(?:[;:.)(…”\"?!*_[\]’']|,(?!\s*(?:chống|bổ\s+[sx]ung|sửa\s+đổi)(?!\w))|\s[-–]\s"
    rf"|\n(?!\s*[{_LOWER}])|\Z)|\s+(?i:{_STOP}))"
)

#: The name of a law the list does not know after its type word, read to where it ends (see
#: the module's docstring): a capital, then one to nine more words; not "Luật Sư", "Luật Gia" (a
#: lawyer's, a jurist's title).
UNANCHORED_NAME = re.compile(
    rf"[^\S\n]+(?!(?i:sư|gia)(?!\w))(?P<name>(?-i:[{_CAPITAL}])(?-i:[{_LOWER}])*(?!\w)"
    rf"(?:{_GAP}{_WORD}){{1,9}}?){_END}"
)

#: What a name the list does not know, read up to its year, number or date, cannot hold: a line
#: break before a capital (the next line's "Căn cứ ..."), or a word that says something of the
#: law ("Luật X có hiệu lực từ ngày ...": the date is not the law's). The name is then read as
#: one with nothing after it (:data:`UNANCHORED_NAME`). An amending law's title, which may break
#: its line before a law it lists, is cut before the words alone.
WORDS_ABOUT_A_LAW = re.compile(
    r"(?<!\w)(?i:được|bị|đã|sẽ|đang|vừa|có\s+hiệu\s+lực|là|thì|mà|nhằm|để|khi|nếu|gồm|từ"
    r"|thông\s+qua)(?!\w)"
)
# A law's type word inside an amending law's title ("... của Luật X và Luật Y", "... của các luật
# về thuế"), and what ends a title whose last law is not named with a capital: a sentence's end
# or a comma,
_TYPE_IN_TITLE = re.compile(r"(?<!\w)(?<!pháp\s)(?i:(?:bộ\s+)?luật|pháp\s+lệnh)(?!\w)")
_DASH_AFTER = re.compile(r"[^\S\n]+[-–][^\S\n]")
# or a word that opens what the sentence says ("... của 15 luật trong lĩnh vực nông nghiệp và môi
# trường phù hợp với ...": not "trong", "và", "có liên quan đến", words of such a title, nor a
# verb, which a law named in lower case may hold: "... của Luật ban hành văn bản ...").
_TITLE_PUNCTUATION = re.compile(
    r"[^\S\n]*(?:[.:!?…](?=\s|\Z)|,)|[^\S\n]+(?i:với|tại|theo|phù\s+hợp)(?!\w)"
)


def amending_title_end(text: str, start: int, end: int, law: re.Pattern[str]) -> int:
    """Where the title of an amending law read from *start* to *end* in *text* ("sửa đổi, bổ sung
    một số điều của Luật X ...", read to a year, number or date, ";" or a line's end) ends: before
    the words that introduce its date (:data:`WORDS_ABOUT_A_LAW`), and where the last law it lists
    ends: a known name (matched by *law*, the pattern of a law cited by name) at its end, an
    unknown one where a name with nothing after it ends (:data:`UNANCHORED_NAME`: "... của Luật
    Kinh tế tuần hoàn. Tỉnh đã ..."), laws named in lower case at a sentence's end or a comma."""
    cut = WORDS_ABOUT_A_LAW.search(text, start, end)
    if cut is not None:
        end = min(end, start + len(text[start : cut.start()].rstrip()))
    types = list(_TYPE_IN_TITLE.finditer(text, start, end))
    if not types:
        return end
    last = types[-1]
    known = law.match(text, last.start())
    if known is not None and known["name"] and not known["name2"]:
        return min(end, known.end("name"))
    unknown = UNANCHORED_NAME.match(text, last.end())
    if unknown is not None:  # not at a dash for a title's comma ("Luật Thi đua - Khen thưởng")
        return end if _DASH_AFTER.match(text, unknown.end()) else min(end, unknown.end())
    stop = _TITLE_PUNCTUATION.search(text, last.end(), end)
    return end if stop is None else stop.start()


#: What a name the list does not know, read up to its year, number or date, cannot hold (see
#: :data:`WORDS_ABOUT_A_LAW`): nor a comma before a word that opens what the sentence says
#: ("Luật X, đến năm 2030 ...": the year is not the law's; not ", bổ sung" after "sửa đổi"), or
#: a verb of :data:`PREDICATE_VERBS`.
NOT_IN_A_GUESS = re.compile(
    rf"\n\s*(?-i:[{_CAPITAL}])|{WORDS_ABOUT_A_LAW.pattern}|{_PREDICATE}|(?<!đổi),\s*(?i:{_STOP})"
)

#: What, right before "Luật", names no law with an unknown name after it: an institution, a
#: field of study or a title ("Trường Đại học Luật Hà Nội", "Công ty Luật Minh Khuê", "Khoa
#: Luật Kinh tế", "cử nhân Luật Kinh tế"), a bill ("Dự Luật ...": the corpus's decision), law
#: in general ("PHÁP LUẬT ...").
NOT_A_LAW_BEFORE = re.compile(
    r"(?<!\w)(?:đại\s+học|trường|khoa|công\s+ty|hãng|văn\s+phòng|viện|tạp\s+chí|nhà\s+xuất"
    r"\s+bản|nxb|đoàn|hội|liên\s+đoàn|ngành|chuyên\s+ngành|cử\s+nhân|thạc\s+sĩ|tiến\s+sĩ|sinh"
    r"\s+viên|học\s+viên|giảng\s+viên|bộ\s+môn|môn|câu\s+lạc\s+bộ|cuộc\s+thi|tủ\s+sách|sách|dự"
    r"|pháp)"
    r"[^\S\n]+\Z",
    re.IGNORECASE,
)

#: Words between a law's name and its year that qualify it, inside the span but no part of the
#: name: "Bộ luật Hình sự hiện hành năm 2015", "Bộ luật Hình sự bản hợp nhất năm 2017", "Bộ
#: luật Hình sự qua các năm 1985", the country ("Bộ luật Dân sự của nước CHXHCN Việt Nam năm
#: 2015", "Bộ luật Hình sự Việt Nam năm 1999").
QUALIFIER = (
    r"(?:hiện\s+hành|hiện\s+nay|(?:văn\s+)?bản\s+hợp\s+nhất|hợp\s+nhất|mới|cũ|qua\s+các"
    r"|đầu\s+tiên|(?:của\s+)?(?:nước\s+)?(?:CHXHCN\s*(?:Việt\s+Nam|VN)|Cộng\s+h(?:òa|oà)\s+(?:xã"
    r"\s+hội\s+chủ\s+nghĩa|XHCN)\s+Việt\s+Nam|Việt\s+Nam))"
)
_BEFORE_YEAR = rf"(?=\s+(?:năm\s+)?{_YEAR}(?![\d/]|[.,]\d){_NO_PERIOD})"
#: Names of branches of law, not of a law: "Luật Quốc tế", "Luật Kinh tế quốc tế", "Luật Hành
#: chính" (as a code's name after "Luật" is).
BRANCH_OF_LAW = re.compile(
    r"(?:.*\squốc\s+tế|kinh\s+tế|kinh\s+doanh|hành\s+chính|hiến\s+pháp|tài\s+chính|ngân\s+hàng"
    r"|môi\s+trường|so\s+sánh|quốc\s+tế)",
    re.IGNORECASE,
)
_USUAL_AFTER_NAME = (" năm ", " số ", " ngày ", " và ", " theo ", " quy ", " của Q")


def word_after_name(text: str, position: int) -> bool:
    """Whether a word that may qualify a law or lengthen its name stands at *position*, after a
    name: a letter, other than the words that usually follow a name
    ("năm", "số", "của Quốc hội" ...): a cheap test before :data:`QUALIFIED_YEAR` and
    :data:`LONGER_NAME`."""
    pair = text[position : position + 2]
    return (
        len(pair) == 2
        and pair[0] == " "
        and pair[1].isalpha()
        and not text.startswith(_USUAL_AFTER_NAME, position)
    )


#: A qualifier (:data:`QUALIFIER`) between a law's name and its year.
QUALIFIED_YEAR = re.compile(rf"[^\S\n]+{QUALIFIER}{_BEFORE_YEAR}", re.IGNORECASE)
#: Up to three words in lower case (or an abbreviation in capitals) between a known name and its
#: year or date, the rest of a longer name the list does not know ("Luật Thương mại điện tử năm
#: 2025", "Luật Quản lý thuế VAT ngày 13 tháng 6 năm 2019").
LONGER_NAME = re.compile(
    rf"(?:[^\S\n]+(?!(?i:{_STOP}))(?-i:[{_LOWER}]+)(?!\w)){{1,3}}?{_BEFORE_YEAR}"
    rf"|[^\S\n]+(?!(?i:{_STOP}))(?-i:[{_CAPITAL}]{{2,8}})(?!\w)(?:{_BEFORE_YEAR}|(?=\s+ngày\s+\d))",
    re.IGNORECASE,
)

#: A draft's "(sửa đổi)" between a law's name and its date, number or year: inside the span
#: ("Luật Ngân sách nhà nước (sửa đổi) ngày 16/12/2002"); before anything else it is not.
DRAFT_NOTE = re.compile(
    rf"\s*\(\s*sửa\s+đổi\s*\)(?=\s+(?:ngày\s+\d|số\s*:?\s*\d|(?:năm\s+)?{_YEAR}(?![\d/])))",
    re.IGNORECASE,
)

#: The country in the Constitution's title written otherwise: abbreviated ("nước CHXHCN Việt
#: Nam", "nước Cộng hòa XHCN Việt Nam"), the Democratic Republic's (1946, 1959), or "Việt Nam"
#: before a year; read as written.
COUNTRY_WRITTEN = re.compile(
    r"\s+(nước\s+(?:CHXHCN\s*VN|(?:CHXHCN|Cộng\s+h(?:òa|oà)\s+XHCN)\s+Việt\s+Nam"
    r"|Việt\s+Nam\s+dân\s+chủ\s+cộng\s+h(?:òa|oà))"
    rf"|Việt\s+Nam(?=\s+(?:năm\s+)?{_YEAR}(?!\d)))(?!\w)",
    re.IGNORECASE,
)

_NAME_OR_COMMA = re.compile(r"[^\W\d_]+|,")


def names_no_law(name: str, *, after_luat: bool) -> bool:
    """Whether an unknown *name* read with nothing after it names no law: the country ("Luật
    Việt Nam"), a branch of law (:data:`BRANCH_OF_LAW`), a proper name, each word capitalised
    ("Luật Minh Khuê", a law firm's; "Luật Tục Ê Đê": a law's title capitalises its first word
    alone); after "Luật", a code's name however written or a name ending as the codes' "dân
    sự" and "hình sự" end ("Luật T tụng hình sự", "Luật Dn sự": a branch of law, as a code's
    name after "Luật" is)."""
    if name.casefold() == "việt nam" or BRANCH_OF_LAW.fullmatch(name):
        return True
    if all(word[0].isupper() for word in name.split()):
        return True
    if not after_luat:
        return False
    tokens = _NAME_OR_COMMA.findall(name)
    if tokens[-1].casefold() == "sự":
        return True
    code = known_with_letters_lost([t for t in tokens if t != ","]) or known_written_loosely(tokens)
    return code is not None and code[1] in CODE_NAMES
