"""The state's name after the body that issued a document ("của Quốc hội nước Cộng hòa xã hội
chủ nghĩa Việt Nam"), and a portal's field naming the page's own document ("Số hiệu văn bản:
..."), which is not a citation."""

from __future__ import annotations

from directive_report import citations


def test_the_state_name_after_an_issuer_is_part_of_it() -> None:
    text = (
        "Căn cứ Luật Dự trữ quốc gia số 22/2012/QH13 ngày 20/11/2012 của Quốc hội nước Cộng hòa "
        "xã hội chủ nghĩa Việt Nam;\nCăn cứ Nghị định"
    )
    (found,) = citations.extract(text)
    assert found.citation.issuer == "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert found.text.endswith("Việt Nam")


def test_a_portal_field_naming_the_page_document_is_not_a_citation() -> None:
    text = (
        "  • Số hiệu văn bản: 102/2006/QĐ-UBND\n  • Loại văn bản: Quyết định\n"
        "Bãi bỏ 54/2008/QĐ-UBND của thành phố."
    )
    assert [found.text for found in citations.extract(text)] == ["54/2008/QĐ-UBND"]
