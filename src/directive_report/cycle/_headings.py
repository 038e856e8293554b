"""Matching section headings that different units word differently (private).

"KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 21/CT-TTg", "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN" and "Kết quả thực
hiện" are one heading; "Công tác tuyên truyền" and "Công tác tuyên truyền, phổ biến giáo dục pháp
luật" are one topic.  A heading is reduced to its significant syllables (filler words such as
"công tác", "thực hiện", document references and numbers dropped) and to the topics it names;
two headings match, in this order of preference:

1. ``same title``: the same significant syllables;
2. ``same topic``: the same non-empty set of topics (the table below);
3. ``similar title``: at least half of their significant syllables shared (Jaccard ≥ 0.5), or a
   third when they also stand at the same number (I., 1., a)).

Among several candidates the one at the same number wins, then the first.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

__all__ = ["HeadingKey", "heading_key", "match_heading"]

# Syllables that say nothing about what a heading covers.
_FILLER = frozenset(
    re.findall(
        r"\S+",
        "công tác việc các của và về với trong đối thực hiện triển khai tổ chức năm thời gian "
        "tới tiếp theo đã được đạt một số chung nội dung tình hình trên địa bàn tại đơn vị "
        "kỳ báo cáo",
    )
)
# A cited document inside a heading ("CHỈ THỊ SỐ 21/CT-TTg") and any word with a digit or slash.
_DOCUMENT_RE = re.compile(r"\b(?:chỉ thị|kế hoạch|quyết định|nghị quyết|công văn)\s+số\s+\S+")
_LABEL_RE = re.compile(r"^\s*(?:[ivxlcdm]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+")
_WORD_RE = re.compile(r"[^\W_]+")

#: Topics the usual headings of a báo cáo sơ kết / tổng kết name, each with the phrases that
#: name it (compared on lower-case text with diacritics).
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kết quả", ("kết quả",)),
    ("chỉ đạo", ("quán triệt", "chỉ đạo", "lãnh đạo", "điều hành", "ban hành văn bản")),
    ("tuyên truyền", ("tuyên truyền", "phổ biến", "giáo dục pháp luật", "truyền thông")),
    (
        "xử lý vi phạm",
        ("xử lý vi phạm", "đấu tranh", "giám sát", "kiểm tra", "thanh tra"),
    ),
    ("đánh giá", ("nhận xét", "đánh giá", "ưu điểm")),
    ("hạn chế", ("tồn tại", "hạn chế", "khó khăn", "vướng mắc", "nguyên nhân")),
    ("phương hướng", ("phương hướng", "nhiệm vụ", "giải pháp")),
    ("kiến nghị", ("kiến nghị", "đề xuất")),
)


@attrs.frozen
class HeadingKey:
    """What a heading says, for matching: its significant syllables and its topics."""

    words: frozenset[str]
    topics: frozenset[str]


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@functools.lru_cache(maxsize=4096)  # units write the same headings again and again
def heading_key(title: str) -> HeadingKey:
    """The key of *title*: ``"Công tác tuyên truyền, phổ biến"`` has the words
    ``{"tuyên", "truyền", "phổ", "biến"}`` and the topic ``{"tuyên truyền"}``."""
    text = _LABEL_RE.sub("", _fold(title))
    text = _DOCUMENT_RE.sub(" ", text)
    words = frozenset(
        word
        for word in _WORD_RE.findall(text)
        if word not in _FILLER and not any(c.isdigit() for c in word)
    )
    topics = frozenset(
        topic for topic, phrases in TOPICS if any(phrase in text for phrase in phrases)
    )
    return HeadingKey(words=words, topics=topics)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def match_heading(
    key: HeadingKey, position: int, candidates: Sequence[tuple[HeadingKey, int]]
) -> tuple[int, str] | None:
    """The index in *candidates* (``(key, position)`` pairs of the headings still free at this
    level) that the heading with *key* at *position* matches, and how; ``None`` if none."""
    rules = (
        ("same title", lambda k, same: bool(k.words) and k.words == key.words),
        ("same topic", lambda k, same: bool(k.topics) and k.topics == key.topics),
        (
            "similar title",
            lambda k, same: _jaccard(k.words, key.words) >= (1 / 3 if same else 0.5),
        ),
    )
    for how, test in rules:
        found = [
            index
            for index, (candidate, at) in enumerate(candidates)
            if test(candidate, at == position)
        ]
        if found:
            same_place = [index for index in found if candidates[index][1] == position]
            return (same_place or found)[0], how
    return None
