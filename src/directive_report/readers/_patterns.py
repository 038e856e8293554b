"""What the recogniser looks for, as data (private).

Patterns follow Nghị định 30/2020/NĐ-CP (Phụ lục I, the parts of an administrative document) and
how documents are actually typed: "CỘNG HOÀ" as well as "CỘNG HÒA", an en dash in the Tiêu ngữ,
a space before the slash of a number, "V/v:" with a colon, labels with or without a space.
All text is NFC before it is matched.
"""

from __future__ import annotations

import re
from typing import Final

from directive_report.model import DOCUMENT_TYPES

_UPPER: Final = "A-ZĐÀ-ỸÁÂĂÉÊÍÓÔƠÚƯÝ"

#: Quốc hiệu, however it is spelt or broken across lines.
NATIONAL_TITLE: Final = re.compile(
    r"CỘNG\s*H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.IGNORECASE
)
#: Tiêu ngữ, with a hyphen or a dash.
MOTTO: Final = re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", re.IGNORECASE)
#: "Số: 89/KH-STTTT", "Số: 3478 /BTTTT-VP", "Số:      /BC-STTTT", "Số 12/2024/QĐ-UBND".
NUMBER: Final = re.compile(
    r"(?<![A-Za-zÀ-ỹ])Số\s*:?\s*(?P<number>\d+)?\s*/\s*"
    r"(?P<symbol>[0-9A-Za-zĐđ][0-9A-Za-zĐđ/\-.&]*(?:\s*[–-]\s*[0-9A-Za-zĐđ&][0-9A-Za-zĐđ/\-.&]*)*)"
)
#: "Bắc Giang, ngày 20 tháng 5 năm 2024" (the day may be left blank in a draft).
PLACE_DATE: Final = re.compile(
    r"(?P<place>[^\n,|]*?)\s*,\s*ngày\s*(?P<day>\d{1,2})?\s*(?:[/.]|\s)*tháng\s*(?P<month>\d{1,2})?"
    r"\s*(?:[/.]|\s)*năm\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
#: The subject line of a công văn.
SUBJECT: Final = re.compile(
    r"^\s*(?:V/v|Về\s+việc|Về\s*:)\s*:?\s*(?P<text>.*)$", re.IGNORECASE | re.DOTALL
)
#: A rule typed as text, or the "|" a web page leaves between table cells.
RULE_TEXT: Final = re.compile(r"^\s*(?:[-_–—=.*]{3,}|\|)\s*$")
#: Kính gửi, with the recipient on the same line or not.
ADDRESSEES: Final = re.compile(r"^\s*Kính\s*gửi\s*:?\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
#: Nơi nhận.
RECIPIENTS: Final = re.compile(r"^\s*Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
#: The archive line of Nơi nhận.
ARCHIVE: Final = re.compile(r"^Lưu\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
#: A signature's capacity prefix (NĐ 30/2020 Điều 13): TM., KT., TL., TUQ., Q.
CAPACITY: Final = re.compile(r"^(?P<prefix>TM|KT|TL|TUQ|Q)\s*\.\s*(?P<title>.*)$")
#: The start of a signer's own post ("VỤ TRƯỞNG", "PHÓ TRƯỞNG BAN", "CHÁNH VĂN PHÒNG",
#: "GIÁM ĐỐC SỞ NỘI VỤ"), which no office's name begins with: a capital line so starting below
#: a capacity is a title of its own, not the rest of the capacity.
SIGNER_POST: Final = re.compile(
    r"^(?:PHÓ|CHỦ\s+TỊCH|CHỦ\s+NHIỆM|(?:TỔNG\s+)?GIÁM\s+ĐỐC|CHÁNH|TRƯỞNG|"
    r"(?:VỤ|CỤC|TỔNG\s+CỤC|BỘ|THỨ|HIỆU|TỔ|VIỆN|THỦ)\s+TRƯỞNG|BÍ\s+THƯ)\b"
)
#: Lines a signature block may carry that are not part of it.
SIGNATURE_NOISE: Final = re.compile(
    r"^\(?\s*(?:đã\s+ký|đã\s+ký\s+và\s+đóng\s+dấu|ký|chữ\s+ký|ký\s+tên|ký,.*|\(ký.*|"
    r"\[?\s*(?:chữ\s+ký|dấu).*)\s*\)?\.?$",
    re.IGNORECASE,
)

#: Heading and list labels, from the highest level down.  Each is ``(kind, pattern)``; the
#: pattern matches the label at the start of a paragraph and captures the rest.
LABELS: Final = (
    ("roman", re.compile(r"^(?P<label>[IVXLC]+\s*[.)])\s*(?P<rest>\S.*)$", re.DOTALL)),
    (
        "decimal2",
        re.compile(r"^(?P<label>\d{1,2}\.\d{1,2}\.?(?:\d{1,2}\.?)?)\s+(?P<rest>\S.*)$", re.DOTALL),
    ),
    ("arabic", re.compile(r"^(?P<label>\d{1,2}\s*[.)/])\s*(?P<rest>\D.*)$", re.DOTALL)),
    ("letter", re.compile(r"^(?P<label>[a-zđ]\s*\))\s*(?P<rest>\S.*)$", re.DOTALL)),
    ("dash", re.compile(r"^(?P<label>[-–—•])\s*(?P<rest>\S.*)$", re.DOTALL)),
    ("plus", re.compile(r"^(?P<label>\+)\s*(?P<rest>\S.*)$", re.DOTALL)),
)
#: Label kinds in their usual order of depth.
LABEL_ORDER: Final = ("roman", "arabic", "decimal2", "letter", "dash", "plus")

#: Words that start the name of a body in the header: a second name in ô 2 is the issuer and
#: the first its superior (cơ quan chủ quản).
AGENCY_STARTS: Final = (
    "ỦY BAN",
    "UỶ BAN",
    "UBND",
    "HĐND",
    "HỘI ĐỒNG",
    "SỞ ",
    "BỘ ",
    "BAN ",
    "PHÒNG ",
    "CỤC ",
    "CHI CỤC",
    "TỔNG CỤC",
    "VĂN PHÒNG",
    "TRUNG TÂM",
    "THANH TRA",
    "CÔNG AN",
    "TRƯỜNG ",
    "BỆNH VIỆN",
    "ĐÀI ",
    "BẢO HIỂM",
    "KHO BẠC",
    "CHÍNH PHỦ",
    "VIỆN ",
    "TÒA ÁN",
    "TOÀ ÁN",
    "LIÊN ĐOÀN",
    "NGÂN HÀNG",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "HUYỆN ỦY",
    "ĐẢNG ỦY",
    "BỘ CHỈ HUY",
    "ĐOÀN ",
    "QUỸ ",
    "HỘI ",
    "HỌC VIỆN",
    "ĐẠI HỌC",
    "TỔNG CÔNG TY",
    "CÔNG TY",
    "KIỂM TOÁN",
)

#: Document types by the title printed in capitals above the trích yếu.
TYPE_TITLES: Final = {t.title: t.name for t in DOCUMENT_TYPES if t.is_administrative}
TYPE_TITLES.update({"THÔNG TƯ": "Thông tư", "NGHỊ ĐỊNH": "Nghị định", "LUẬT": "Luật"})
#: How a closing paragraph starts.
CLOSING_STARTS: Final = re.compile(
    r"^(?:Trên\s+đây|Trân\s+trọng|Đề\s+nghị\s+các|Yêu\s+cầu\s+các|Quá\s+trình\s+thực\s+hiện|"
    r"Trong\s+quá\s+trình\s+(?:triển\s+khai|thực\s+hiện))",
    re.IGNORECASE,
)
#: Paragraphs that start the body of a document (before them comes the title).
BODY_STARTS: Final = re.compile(
    r"^(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Kính\s+gửi|Triển\s+khai|Ngày\s+\d)",
    re.IGNORECASE,
)
#: The line under the trích yếu of a decision naming who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN
#: TỈNH …", "HỘI ĐỒNG NHÂN DÂN TỈNH …"), before its Căn cứ.
AUTHORITY_LINE: Final = re.compile(
    r"^(?:CHỦ\s+TỊCH|ỦY\s+BAN|UỶ\s+BAN|HỘI\s+ĐỒNG|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|"
    r"TỔNG\s+CỤC\s+TRƯỞNG|CỤC\s+TRƯỞNG|CHÁNH\s+|TRƯỞNG\s+BAN|HIỆU\s+TRƯỞNG|BAN\s+)"
)
#: The decision line of a quyết định ("QUYẾT ĐỊNH:") and its articles.
DECIDES: Final = re.compile(r"^(?:QUYẾT\s+ĐỊNH|QUY\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT)\s*:\s*$")
ARTICLE: Final = re.compile(r"^Điều\s+(?P<number>\d+)\s*[.:]?\s*(?P<rest>.*)$", re.DOTALL)
#: Money in the text: "50 triệu đồng", "1.200.000 đồng", "2,5 tỷ đồng".
MONEY: Final = re.compile(
    r"(?P<amount>\d{1,3}(?:[.]\d{3})+|\d+(?:,\d+)?)\s*(?P<scale>nghìn|ngàn|triệu|tỷ)?\s*(?:đồng|VNĐ|VND)\b"
)
#: A counted quantity: "185 số thuê bao", "12 lớp tập huấn" (the unit ends before a function word).
QUANTITY: Final = re.compile(
    r"(?<![\d.,/])(?P<value>\d{1,3}(?:[.]\d{3})+|\d+)\s+(?P<unit>(?:(?!(?:theo|của|tại|trên|về|với|"
    r"và|cho|đến|từ|trong|năm|ngày|tháng|đồng|triệu|tỷ|nghìn)\b)[a-zà-ỹđ]+\s?){1,3})(?=[\s,;.:)]|$)"
)
#: Words whose presence marks a sentence as the title of a heading rather than a list item.
UPPER_CHARS: Final = _UPPER
