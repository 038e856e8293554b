"""A tờ trình's closing request ("… kính trình … xem xét, …./."), ingested into its Request.

The texts are written here; the expected values are read off them by hand.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from directive_report.model import Request
from directive_report.readers._ingest import ingest

TO_TRINH = """SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/TTr-SNV
Hà Giang, ngày 02 tháng 6 năm 2025

TỜ TRÌNH
Về việc phê duyệt Đề án vị trí việc làm

Kính gửi: Ủy ban nhân dân tỉnh Hà Giang.

Sở Nội vụ đã hoàn thành Đề án vị trí việc làm của các cơ quan hành chính tỉnh.
{request}

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Hùng
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.",
            Request(
                proposer="Sở Nội vụ", recipient="Ủy ban nhân dân tỉnh", action="xem xét, phê duyệt"
            ),
        ),
        (
            # the first addressee: the model's default recipient
            "Kính trình Ủy ban nhân dân tỉnh Hà Giang xem xét, quyết định./.",
            Request(),
        ),
        (
            "Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh cho ý kiến chỉ đạo./.",
            Request(
                proposer="Sở Nội vụ",
                recipient="Chủ tịch Ủy ban nhân dân tỉnh",
                action="cho ý kiến chỉ đạo",
            ),
        ),
    ],
)
def test_the_closing_request(tmp_path: Path, line: str, expected: Request) -> None:
    path = tmp_path / "to-trinh.txt"
    path.write_text(TO_TRINH.format(request=line), encoding="utf-8")
    got = ingest(path).report
    assert got.request == expected
    assert got.intro[-1].text == (  # type: ignore[union-attr]
        "Sở Nội vụ đã hoàn thành Đề án vị trí việc làm của các cơ quan hành chính tỉnh."
    )


def test_a_last_paragraph_that_requests_nothing_stays(tmp_path: Path) -> None:
    line = "Sở Nội vụ báo cáo để Ủy ban nhân dân tỉnh biết./."
    path = tmp_path / "to-trinh.txt"
    path.write_text(TO_TRINH.format(request=line), encoding="utf-8")
    got = ingest(path).report
    assert got.request is None
    assert got.intro[-1].text == line  # type: ignore[union-attr]


def test_the_request_ends_the_body_for_the_end_mark_check(tmp_path: Path) -> None:
    """The request is printed last, with "./.": the paragraph before it needs none."""
    import directive_report as dr

    line = "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./."
    path = tmp_path / "to-trinh.txt"
    path.write_text(TO_TRINH.format(request=line), encoding="utf-8")
    report = ingest(path).report
    assert report.request is not None
    assert "end-marker" not in [finding.code for finding in dr.check(report)]
    without = attrs.evolve(report, request=None)
    assert "end-marker" in [finding.code for finding in dr.check(without)]
