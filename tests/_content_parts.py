"""Documents and helpers shared by the content stage's line-by-line tests
(tests/test_layout_content_parts.py, tests/test_layout_content_roles.py): a decision with titled
articles, khoản and điểm; a body and an appendix; tables numbered across the document; a body
ending with a table."""

from __future__ import annotations

from collections.abc import Iterable

from _documents import HEAD
from directive_report import loads
from directive_report.layout import (
    ContentBlock,
    Line,
    Role,
    TableContent,
    block_lines,
    document_content,
)
from directive_report.model import Run


def bold(text: str) -> Run:
    """A bold run."""
    return Run(text=text, bold=True)


def plain(text: str) -> Run:
    """A run without formatting."""
    return Run(text=text)


def lines_of(blocks: Iterable[ContentBlock]) -> list[Line]:
    """Every line of *blocks*, in order."""
    return [line for block in blocks for line in block_lines(block)]


#: A decision (Phụ lục I, II.6.đ: "Điều 1." bold; khoản "1."; điểm "a)").
DECISION = (
    HEAD.format(type="Quyết định", abbr="QĐ")
    + """
[decision]
authority = "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
bases = ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ"]
executors = ["Chánh Văn phòng Sở"]

[[decision.articles]]
text = "Ban hành kèm theo Quyết định này Quy chế làm việc."

[[decision.articles]]
title = "Phạm vi điều chỉnh"
text = "Quy chế này áp dụng đối với các phòng thuộc Sở."

[[decision.articles]]
title = "Tổ chức thực hiện"
clauses = [
  { text = "Các phòng triển khai:", points = ["Văn phòng Sở;", "Thanh tra Sở."] },
  { text = "Văn phòng Sở tổng hợp kết quả." },
]

[[decision.articles]]
clauses = [{ text = "Quyết định có hiệu lực kể từ ngày ký." }]
"""
)


def decision_lines(text: str) -> list[Line]:
    return lines_of(document_content(loads(text)).body)


def articles(text: str) -> list[Line]:
    """The lines after "QUYẾT ĐỊNH:"."""
    lines = decision_lines(text)
    start = next(i for i, line in enumerate(lines) if line.role is Role.ENACTING)
    return lines[start + 1 :]


BODY = """
[[intro]]
paragraph = "Sở Thông tin và Truyền thông báo cáo như sau."
"""

APPENDIX = """
[[appendices]]
title = "Danh sách đơn vị"

[[appendices.blocks]]
paragraph = "Danh sách các đơn vị tham gia"
"""


TABLES = """
[[intro]]
[intro.table]
caption = "Kết quả thực hiện chỉ tiêu"
numbered = true
unit = "người"
columns = [{}, {}, { decimals = 1 }]
header = [["STT", "Đơn vị", "Tỷ lệ"]]
rows = [
  [1, "Huyện Lục Nam", { percent = "95.55" }],
  [2, ["Huyện ", { text = "Yên Thế", italic = true }], ""],
]
total = [{ text = "Tổng cộng", colspan = 2 }, { percent = "97" }]
notes = ["Nguồn: Sở Thông tin và Truyền thông."]

[[intro]]
[intro.table]
caption = "Danh sách đơn vị"
header = [["Đơn vị"]]
rows = [["Văn phòng Sở"]]

[[intro]]
[intro.table]
header = [["Đơn vị"]]
rows = [["Thanh tra Sở"]]

[[intro]]
[intro.table]
numbered = true
header = [["Đơn vị"]]
rows = [["Phòng Bưu chính"]]

[[intro]]
paragraph = "Kết quả như các biểu trên."

[[appendices]]
title = "Biểu chi tiết"
[[appendices.blocks]]
[appendices.blocks.table]
caption = "Chi tiết"
numbered = true
header = [["Đơn vị"]]
rows = [["Thanh tra Sở"]]
"""


def body_tables(blocks: Iterable[ContentBlock]) -> list[TableContent]:
    return [block for block in blocks if isinstance(block, TableContent)]


LAST_TABLE = """
[[intro]]
[intro.table]
header = [["Đơn vị"]]
rows = [["Thanh tra Sở"]]
"""
