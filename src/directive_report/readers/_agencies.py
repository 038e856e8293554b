"""Names of agencies in running text: "Sở Giáo dục và Đào tạo", "UBND tỉnh", "Công an tỉnh Phú
Thọ" (private).

A name opens with the word of an agency's kind, capitalised as the decree's rules on capitals
write it (Nghị định 30/2020/NĐ-CP, Phụ lục II, II.3: the first letter of the kind and of each
element of the name): "Sở", "Ủy ban nhân dân" or "UBND", "Công an", "Phòng", "Trung tâm" ….
Where it ends is the hard part, since an element of a name keeps its later words in lower case
("Giáo dục", "Đào tạo"): it ends before the first lower-case word that is a verb or an adverb
opening the predicate ("tổ chức", "đã", "phối hợp", "chủ trì" …), before punctuation, or before
"và" that does not join two capitalised elements.  A name with no such ending within a few words
is not read (precision first: no name is better than a wrong one).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["agency_at", "agency_list_at", "predicate_follows"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The words an agency's name opens with, as written in running text.
_KINDS: Final = (
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "Ủy ban Mặt trận Tổ quốc",
    "Hội đồng nhân dân",
    "Ban Chỉ đạo",
    "Bộ Chỉ huy",
    "Bộ",
    "Sở",
    "Ban",
    "Phòng",
    "Cục",
    "Chi cục",
    "Tổng cục",
    "Trung tâm",
    "Văn phòng",
    "Thanh tra",
    "Công an",
    "Kho bạc",
    "Ngân hàng",
    "Bảo hiểm xã hội",
    "Đài",
    "Báo",
    "Hội",
    "Liên đoàn",
    "Đoàn",
    "Viện",
    "Trường",
    "Bệnh viện",
    "Tòa án",
    "Viện kiểm sát",
    "Mặt trận Tổ quốc",
    "Tỉnh ủy",
    "Huyện ủy",
    "Thành ủy",
    "UBND",
    "HĐND",
    "UBMTTQ",
    "BCH",
)
_KIND: Final = re.compile(
    r"(?:" + "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True)) + r")(?!\w)"
)
#: Lower-case place words that go on a name: "UBND tỉnh", "Công an huyện Tân Yên".
_PLACE_WORDS: Final = _words("tỉnh thành phố huyện quận thị xã phường trấn")
#: Lower-case words that open the predicate after a name: verbs and adverbs of reports and plans.
_PREDICATE: Final = _words(
    "đã đang sẽ vẫn tiếp chủ phối tổ ban chỉ triển thực xây hướng kiểm tham tiến phát thành "
    "cấp ký rà tuyên đẩy duy thường có được giao yêu đề báo trả trao thu xử cùng làm lập nắm "
    "theo quản tập huy hoàn bố tăng mở nâng cung ra phê đôn là tích dự"
)
#: Words that join two capitalised elements of one name: "Giáo dục và Đào tạo", "Lao động -
#: Thương binh và Xã hội".
_JOINTS: Final = frozenset({"và", "-", "–"})
_TOKEN: Final = re.compile(r"\S+")
#: The most words a name is read with.
_MAX_WORDS: Final = 14


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def agency_at(text: str, position: int = 0) -> tuple[str, int] | None:
    """The agency's name that starts at *position* of *text*, and where it ends, when a
    predicate word or punctuation (``, ; : . )``) follows it; ``None`` otherwise.

    >>> agency_at("Sở Giáo dục và Đào tạo tổ chức 15 hội nghị")
    ('Sở Giáo dục và Đào tạo', 22)
    >>> agency_at("UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND")
    ('UBND tỉnh', 9)
    >>> agency_at("Sở Văn hóa, Thể thao và Du lịch chủ trì")
    ('Sở Văn hóa, Thể thao và Du lịch', 31)
    >>> agency_at("Sở hữu trí tuệ là") is None
    True
    """
    kind = _KIND.match(text, position)
    if kind is None:
        return None
    tokens = list(_TOKEN.finditer(text, kind.end()))[: _MAX_WORDS + 1]
    end = kind.end()
    closed = False
    in_element = False  # after a capitalised word: lower case goes on ("Giáo dục")
    for index, token in enumerate(tokens):
        word = token[0]
        bare = word.rstrip(",;:.)")
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if not bare:
            closed = True
            break
        if _capitalised(bare):
            in_element = True
        elif _opens_predicate(bare, following):
            closed = True
            break
        elif bare in _JOINTS:
            if not _capitalised(following):
                break
            if bare == "và" and _KIND.match(following):  # the next of a list of agencies
                closed = True
                break
            in_element = False
        elif bare in _PLACE_WORDS:
            in_element = False  # after "tỉnh", "huyện" …: a capitalised place name, or the end
        elif not in_element:
            return None
        end = token.start() + len(bare)
        if bare != word:  # punctuation: a comma goes on before a capitalised element
            closed = True
            if not (word[len(bare) :] == "," and _capitalised(following)) or _KIND.match(following):
                break
            closed = False
    if not closed or end == kind.end():
        return None
    return " ".join(text[position:end].split()), end


def agency_list_at(text: str, position: int = 0) -> tuple[tuple[str, ...], int] | None:
    """Agencies named one after another from *position*, joined by "," or "và" ("Công an tỉnh
    và Sở Tư pháp"), and where the last ends; ``None`` unless every item reads as a name."""
    names: list[str] = []
    cursor = position
    while True:
        found = agency_at(text, cursor)
        if found is None:
            return None
        name, end = found
        names.append(name)
        joint = re.match(r",\s*|\s+và\s+", text[end:])
        if joint is None or _KIND.match(text, end + joint.end()) is None:
            return tuple(names), end
        cursor = end + joint.end()


def _opens_predicate(word: str, following: str) -> bool:
    """Whether *word*, before *following*, opens a predicate: "ban" only in "ban hành" (not
    "Ủy ban"), "thành" not in "thành phố"."""
    following = following.rstrip(",;:.)")
    if word == "ban":
        return following == "hành"
    if word == "thành":
        return following != "phố"
    return word in _PREDICATE


def predicate_follows(text: str, end: int) -> bool:
    """Whether the word after *end* of *text* opens a predicate ("đã", "tổ chức", "chủ trì" …)."""
    rest = text[end:].split(maxsplit=2)
    return bool(rest) and _opens_predicate(rest[0], rest[1] if len(rest) > 1 else "")
