"""The words and names that tell where an issuer's name ends (private): data for
:mod:`._issuer_reading`, kept apart so that module holds only the reading."""

from __future__ import annotations

import re

from directive_report.citations._letters import word_set
from directive_report.citations._regex_pieces import _alternation
from directive_report.model import DOCUMENT_TYPES, ProvisionLevel

# Lower-case words that end an issuer ("của Thủ tướng Chính phủ về ...", "... đã ban hành").
_ISSUER_STOPS = word_set(
    "về đã được đang sẽ nhằm để trong tại theo với cho đến cũng thì là này nêu trên từ "
    "khi vào năm ngày số gồm có như kèm các những mà nay đối hoặc hay qua giao phê sửa bổ "
    "thay bãi hết triển thực yêu đề hướng quy chỉ tiếp gửi ký việc do v/v tuyên tổ phát "
    "kiểm chấp xây"
)
_ISSUER_MAX_WORDS = 16
# A body's abbreviation in parentheses inside its name, its place's word after it: "(UBND)
# tỉnh" in "Ủy ban nhân dân (UBND) tỉnh" (matched from after the "(").
_ABBREVIATION_INSIDE = re.compile(
    r"[A-ZĐ]{2,8}\)[^\S\n]+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?!\w)"
)
# A heading of the text's own opening a line, which no issuer's name runs into: "Điều 1.",
# "Chương I", "Mục 2", "Phần II", "Phụ lục 1" (matched from a word with a capital).
_HEADING = re.compile(
    rf"(?:{_alternation([level.value for level in ProvisionLevel])})\s+"
    r"(?:\d{1,3}|[IVXLC]{1,6})(?![^\W_])",
    re.IGNORECASE,
)
# Lower-case words that may follow a known issuer name: "Công an tỉnh Bắc Giang".
_PLACE_WORDS = word_set("tỉnh thành phố huyện quận thị xã phường trấn khóa khoá khu vực ương tp tx")
# The words of a place whose name follows with capitals ("tỉnh Lào Cai"), not "Trung ương";
# "TP", "TX": a city or town abbreviated ("UBND TP. Đông Hà", "UBND TP Hồ Chí Minh").
_TERRITORIES = word_set("tỉnh phố huyện quận xã phường trấn TP Tp TX Tx")
_TOWN_ABBREVIATIONS = frozenset({"TP", "Tp", "TX", "Tx"})
# The last syllable of a body's head noun ("Ban", "Viện", "Ủy ban", "Trung tâm"),
# and the first syllables of verbs that, right after it, name the body's field instead of
# ending the issuer: "Ban chỉ đạo", "Ban chấp hành", "Viện kiểm sát", "Ủy ban kiểm tra",
# "Trung tâm phát triển", "Đoàn kiểm tra".
_BODY_FIELDS = {
    "ban": word_set("chỉ chấp tổ tuyên tiếp kiểm"),
    "viện": word_set("kiểm"),
    "tâm": word_set("phát"),
    "cục": word_set("kiểm"),
    "phòng": word_set("tổ kiểm"),
    "đoàn": word_set("kiểm"),
    "tổ": word_set("kiểm"),
}
# A stop word after the word before it (as written) in a name: "Phát triển", "Khối các cơ
# quan".
_NAME_SECOND_SYLLABLES = frozenset(
    {("phát", "triển"), ("Phát", "triển"), ("khối", "các"), ("Khối", "các")}
)
# First words of a body's name: after a place's dash such a word names a second body ("tỉnh
# Quảng Trị - Sở Tài chính"), any other the rest of the place's name ("tỉnh Bà Rịa - Vũng Tàu").
_BODY_FIRST_WORDS = word_set(
    "sở bộ ban ủy uỷ ubnd hđnd văn cục chi tổng viện tòa toà công thanh kho ngân bảo hội liên "
    "đảng phòng trường đoàn mặt trung"
)
# The regions of the country, which a body of several provinces names after "các tỉnh" in any
# case ("Cụm thi đua Thanh tra các tỉnh Bắc trung bộ", "các tỉnh Đồng bằng sông Cửu Long").
_REGIONS = re.compile(
    "|".join(
        r"\s+".join(name.split())
        for name in sorted(
            (
                "Bắc Trung Bộ và Duyên hải miền Trung",
                "Trung du và miền núi phía Bắc",
                "Duyên hải Nam Trung Bộ",
                "Duyên hải miền Trung",
                "Đồng bằng sông Cửu Long",
                "Đồng bằng sông Hồng",
                "miền núi phía Bắc",
                "Bắc Trung Bộ",
                "Nam Trung Bộ",
                "Đông Nam Bộ",
                "Tây Nam Bộ",
                "Tây Nguyên",
                "Tây Bắc",
                "Đông Bắc",
                "Bắc Bộ",
                "Trung Bộ",
                "Nam Bộ",
                "miền Trung",
                "miền Bắc",
                "miền Nam",
            ),
            key=len,
            reverse=True,
        )
    )
    + r"(?!\w)",
    re.IGNORECASE,
)
# What joins two issuers: "Bộ Công an và Bộ Quốc phòng", "Bộ Nội vụ - Văn phòng Chính phủ".
_JOINTS = frozenset({"và", "-", "–"})
# First words of a clause whose subject is a body: "..., Ủy ban nhân dân tỉnh ban hành Kế
# hoạch", where the comma does not join two issuers.
_CLAUSE_VERBS = word_set("ban xây triển tổ thực báo đề yêu giao chỉ quyết hướng có đã")
# A term or congress after the issuer: "Ban Chấp hành Trung ương Đảng (khóa XI)".
_TERM = re.compile(r"\s*\((?:khóa|khoá|nhiệm\s+kỳ)\s+[^()\n]{1,20}\)", re.IGNORECASE)
_ROMAN = re.compile(r"[IVXLC]+|\d{1,2}")
# A minister's title without the office it heads, joined by a comma to the office he heads as
# a minister: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc".
_BARE_TITLE = re.compile(r"(?:Bộ|BỘ)\s+(?:trưởng|TRƯỞNG)\s*,\s*")
# The state's name after a body of it: "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam".
_STATE = re.compile(
    r"\s+nước\s+cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam(?!\w)", re.IGNORECASE
)
# A ministry's name: "Bộ" and a capitalised word.
_MINISTRY = re.compile(r"(?:Bộ|BỘ)\s+(?P<first>[^\W\d_])")
# What starts a list's item on a new line ("- Kế hoạch số ...", "• Công văn số ...").
_LIST_BULLETS = frozenset("-–+•*")
# Characters after an issuer that its reading may have looked at (a joined name, a term).
_ISSUER_LOOKAHEAD = 120
#: Readings kept for the same first words (the most recent first).
_READINGS_KEPT = 4
# Two words, the first capitalised, that open a trích yếu written after the issuer with a
# capital: "của Chính phủ Quy định cơ chế ...", "của Liên Bộ: ... - Tài chính Hướng dẫn xây dựng".
_SUBJECT_OPENERS = frozenset(
    {
        ("quy", "định"),
        ("hướng", "dẫn"),
        ("về", "việc"),
        ("phê", "duyệt"),
        ("sửa", "đổi"),
        ("quyết", "định"),
        ("thành", "lập"),
        ("ban", "hành"),
        ("triển", "khai"),
        ("thực", "hiện"),
        ("công", "nhận"),
        ("giao", "chỉ"),
        ("giao", "nhiệm"),
        ("giao", "kế"),
        ("phân", "bổ"),
        ("phân", "cấp"),
        ("phân", "loại"),
        ("điều", "chỉnh"),
        ("bổ", "sung"),
        ("bổ", "nhiệm"),
        ("bãi", "bỏ"),
        ("cho", "phép"),
        ("kiện", "toàn"),
        # verbs that open a trích yếu and no body's name: "... tỉnh Quảng Trị Tặng bằng khen"
        ("tặng", "bằng"),
        ("tặng", "thưởng"),
        ("tặng", "cờ"),
        ("tặng", "danh"),
        ("tăng", "cường"),
        ("đẩy", "mạnh"),
        ("nâng", "cao"),
        ("chấn", "chỉnh"),
        ("phát", "động"),
        ("thu", "hồi"),
        ("giải", "thể"),
        ("sáp", "nhập"),
        ("tiếp", "tục"),
        ("công", "bố"),
        ("hủy", "bỏ"),
        ("huỷ", "bỏ"),
        ("miễn", "nhiệm"),
        ("điều", "động"),
        ("chỉ", "định"),
        ("ủy", "quyền"),
        ("uỷ", "quyền"),
        ("phân", "công"),
        ("gia", "hạn"),
        ("cấp", "phép"),
        # the next paragraph: "... của Bộ Tài chính\nCăn cứ Luật ...", "Xét đề nghị ..."
        ("căn", "cứ"),
        ("xét", "đề"),
        ("theo", "đề"),
    }
)
# "Liên Bộ" or "Liên bộ" before the ministries it joins, after a colon or not: "Liên Bộ: Tài
# nguyên và Môi trường - Tài chính", "Liên bộ Tài chính - Nội vụ".
_JOINT_MINISTRIES = re.compile(r"[Ll]iên\s+[Bb]ộ\s*:?\s*(?=[^\W\d_])")
# A national or central body named by its field after "về": "Ban Chỉ đạo quốc gia về phòng,
# chống thiên tai", "Ban Chỉ đạo Trung ương về phòng chống tham nhũng", "Ủy ban Quốc gia về ...".
_NATIONAL_BODY = re.compile(
    r"(?:Ban\s+Chỉ\s+đạo|Hội\s+đồng|(?:Ủy|Uỷ)\s+ban)\s+(?:[Qq]uốc\s+gia|Trung\s+ương)\Z"
)
# Words that end such a field: the trích yếu ("về việc"), a date, a clause ("... thiên tai đã
# yêu cầu").
_FIELD_ENDS = word_set(
    "về việc của ngày năm đã được đang sẽ tại theo nhằm để là thì khi nay này do gồm như mà "
    "trong với cho kèm hướng"
)
# Two words that end such a field, the first also a field's word: "... ban hành", "... quy
# định" (not "quy hoạch").
_FIELD_END_PAIRS = frozenset({("ban", "hành"), ("quy", "định")})
_FIELD_MAX_WORDS = 14
# Words that end an issuer when a copy glued them to its last word, with the word that must
# follow them: "của Chính phban hành" ("Chính ph" and "ban hành"), "Bộ Tài chínhvề việc".
_GLUED_VERBS = (("ban", "hành"), ("về", None))
# Words that open a date ("Ngày 17/3/2024", "Năm 2023"), whatever their case.
_DATE_WORDS = frozenset({"ngày", "năm"})
# A project or steering board's name ("Ban Quản lý dự án ...", "Ban Chỉ đạo ..."), whose
# field follows: "đầu tư xây dựng", "công trình giao thông", "thực hiện các Chương trình ...".
_BOARD = re.compile(r"(?:quản\s+lý\s+(?:các\s+)?dự\s+án|chỉ\s+đạo)(?!\w)", re.IGNORECASE)
# Syllables that elsewhere end an issuer and that name such a field before any place's word.
_BOARD_FIELDS = word_set("xây giao phát các thực triển")
# A type's first two words, with a capital, after a place's or a known name: the trích yếu's
# title ("của Ban Thường vụ Tỉnh ủy Quy chế làm việc", "UBND tỉnh Phú Yên Kế hoạch thực
# hiện"); not the types that name a body's field ("Ban Chỉ đạo Chương trình ...", "Ban Quản lý
# Dự án ...").
_TITLE_OPENERS = frozenset(
    (words[0], words[1])
    for words in (t.name.lower().split() for t in DOCUMENT_TYPES)
    if len(words) > 1 and words[:2] not in (["chương", "trình"], ["đề", "án"], ["dự", "án"])
)
_TITLE_FIRST_WORDS = frozenset(first for first, _ in _TITLE_OPENERS)
