"""Report files shared by the tests of tables and the other parts (the header and signature
every document needs; the tests add the body)."""

from __future__ import annotations

#: A document's header, signature and Nơi nhận; ``{type}`` and ``{abbr}`` name its type.
HEAD = """
type = "{type}"
number = "/{abbr}-STTTT"
date = 2024-12-20
summary = "Kết quả thực hiện nhiệm vụ năm 2024"

[authority]
name = "Sở Thông tin và Truyền thông"
abbreviation = "STTTT"
place = "Bắc Giang"

[signature]
signer_title = "GIÁM ĐỐC"
name = "Trần Thị Bình"

[distribution]
recipients = ["UBND tỉnh"]
"""
