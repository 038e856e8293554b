"""A Quyết định typed as plain text, ingested: its enacting part becomes the model's Decision.

The expected values are read off the text by hand.
"""

from __future__ import annotations

from pathlib import Path

from directive_report.model import Article, Clause, Decision
from directive_report.readers._ingest import ingest

DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND
Bắc Giang, ngày 10 tháng 01 năm 2025

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác chuyển đổi số của tỉnh.
Điều 2. Tổ công tác có nhiệm vụ:
1. Tham mưu kế hoạch chuyển đổi số hằng năm;
2. Theo dõi việc thực hiện:
a) các chỉ tiêu của tỉnh;
b) các nhiệm vụ của các sở.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn Gừng
"""


def test_the_enacting_part_becomes_the_decision(tmp_path: Path) -> None:
    path = tmp_path / "quyet-dinh.txt"
    path.write_text(DECISION, encoding="utf-8")
    got = ingest(path)
    assert got.report.decision == Decision(
        authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
        bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
            "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ",
        ],
        proposal="Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông",
        articles=[
            Article(text="Thành lập Tổ công tác chuyển đổi số của tỉnh."),
            Article(
                text="Tổ công tác có nhiệm vụ:",
                clauses=[
                    Clause(text="Tham mưu kế hoạch chuyển đổi số hằng năm;"),
                    Clause(
                        text="Theo dõi việc thực hiện:",
                        points=["các chỉ tiêu của tỉnh;", "các nhiệm vụ của các sở."],
                    ),
                ],
            ),
        ],
        executors=[
            "Chánh Văn phòng UBND tỉnh",
            "Giám đốc Sở Thông tin và Truyền thông",
            "các cơ quan, đơn vị có liên quan",
        ],
    )
    assert not [u for u in got.unplaced if "Căn cứ" in u.reason or "Điều" in u.reason]


def test_an_article_with_another_paragraph_leaves_the_decision_as_paragraphs(
    tmp_path: Path,
) -> None:
    text = DECISION.replace(
        "Điều 1. Thành lập Tổ công tác chuyển đổi số của tỉnh.\n",
        "Điều 1. Thành lập Tổ công tác chuyển đổi số của tỉnh.\nLý do: yêu cầu của Chính phủ.\n",
    )
    path = tmp_path / "quyet-dinh.txt"
    path.write_text(text, encoding="utf-8")
    got = ingest(path)
    assert got.report.decision is None
    assert any("Điều (article)" in u.reason for u in got.unplaced)
