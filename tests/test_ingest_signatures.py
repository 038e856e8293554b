"""The recogniser on signature blocks of three capital lines and on a number a PDF printed in
two pieces (texts typed here in the shape the offices' files print; the expected values are
read off the text by hand)."""

from __future__ import annotations

from pathlib import Path

from _recognise_text import recognised

LETTER = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{figure}
Số:
/BTC-QLCS
Hà Nội, ngày 03 tháng 3 năm 2026
V/v rà soát tài sản công
Kính gửi: Sở Tài chính các tỉnh, thành phố.
Bộ Tài chính đề nghị các Sở rà soát tài sản công theo hướng dẫn./.
Nơi nhận:
- Như trên;
- Lưu: VT, QLCS.
{signature}
Lê Văn An
"""


def _letter(signature: str, figure: str = "418") -> str:
    return LETTER.format(figure=figure, signature=signature)


def test_a_post_below_a_capacity_is_a_title_of_its_own(tmp_path: Path) -> None:
    found = recognised(tmp_path, _letter("TL. BỘ TRƯỞNG\nCỤC TRƯỞNG\nCỤC QUẢN LÝ CÔNG SẢN"))
    assert found.signature_titles == ("TL. BỘ TRƯỞNG", "CỤC TRƯỞNG", "CỤC QUẢN LÝ CÔNG SẢN")
    assert found.signer_name == "Lê Văn An"


def test_a_council_signs_with_a_title_and_a_second_title(tmp_path: Path) -> None:
    text = _letter("TM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN\nTHỨ TRƯỞNG BỘ TÀI CHÍNH")
    found = recognised(tmp_path, text)
    assert found.signature_titles == (
        "TM. BAN CHỈ ĐẠO",
        "PHÓ TRƯỞNG BAN",
        "THỨ TRƯỞNG BỘ TÀI CHÍNH",
    )


def test_a_capacity_wrapped_onto_a_second_line_is_still_joined(tmp_path: Path) -> None:
    found = recognised(tmp_path, _letter("TL. BỘ TRƯỞNG BỘ TÀI\nCHÍNH\nCHÁNH VĂN PHÒNG"))
    assert found.signature_titles == ("TL. BỘ TRƯỞNG BỘ TÀI CHÍNH", "CHÁNH VĂN PHÒNG")


def test_the_figure_printed_above_so_is_the_number_s(tmp_path: Path) -> None:
    assert recognised(tmp_path, _letter("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG")).number == "418/BTC-QLCS"


def test_a_so_without_a_figure_above_stays_blank(tmp_path: Path) -> None:
    text = _letter("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", figure="Độc lập")
    assert recognised(tmp_path, text).number == "/BTC-QLCS"
