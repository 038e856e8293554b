"""Scoring the structure of a recognised body against the gold annotation: the section headings
per field (label, title, position in the heading tree) and a decision's parts (Căn cứ, Điều).

Used by ``ingest_corpus.score``.  A gold heading is ``[label, title]`` or ``[label, title,
depth]`` (depth 1 for the outermost kind of heading in the document).  Gold and found headings
are paired in reading order (:class:`difflib.SequenceMatcher` on "label title", unmatched runs
paired position by position), and each pair is scored field by field.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, Protocol


class Tallying(Protocol):
    """What a field's tally offers (``ingest_corpus.Tally``)."""

    def add(self, correct: int, expected: int, found: int, miss: str | None = None) -> None: ...


def matched(expected: Sequence[object], found: Sequence[object]) -> int:
    """How many of *expected* are in *found*, each found item counted once."""
    remaining = list(found)
    count = 0
    for item in expected:
        if item in remaining:
            remaining.remove(item)
            count += 1
    return count


HEADING_FIELDS = ("headings", "heading_label", "heading_title", "heading_depth")
DECISION_FIELDS = ("legal_bases", "articles")


def _clean(text: str | None) -> str:
    text = " ".join(unicodedata.normalize("NFC", text or "").split())
    return text.rstrip(" .;:")


def _label(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _pairs(
    expected: Sequence[tuple[str, str]], found: Sequence[tuple[str, str]]
) -> list[tuple[int, int]]:
    keys_expected = [f"{label} {title}" for label, title in expected]
    keys_found = [f"{label} {title}" for label, title in found]
    matcher = difflib.SequenceMatcher(a=keys_expected, b=keys_found, autojunk=False)
    pairs: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=False))
    return pairs


def score_headings(
    gold: dict[str, Any], recognised: Any, where: str, tallies: Mapping[str, Tallying]
) -> None:
    """Add the headings of *recognised* to the four heading tallies."""
    golden = gold.get("headings", [])
    expected = [(_label(h[0]), _clean(h[1])) for h in golden]
    depths = [h[2] if len(h) > 2 else None for h in golden]
    headings = recognised.headings
    found = [(_label(h.label), _clean(h.title)) for h in headings]
    pairs = _pairs(expected, found)
    both = sum(1 for i, j in pairs if expected[i] == found[j])
    labels = sum(1 for i, j in pairs if expected[i][0] == found[j][0])
    titles = sum(1 for i, j in pairs if expected[i][1] == found[j][1])
    placed = sum(1 for i, j in pairs if depths[i] is not None and depths[i] == headings[j].depth)
    with_depth = sum(1 for depth in depths if depth is not None)
    shown_found = [
        (label, title, h.depth) for (label, title), h in zip(found, headings, strict=True)
    ]
    miss = f"{where}: expected {golden}, got {shown_found}"
    for name, correct, expected_count, found_count in (
        ("headings", both, len(expected), len(found)),
        ("heading_label", labels, len(expected), len(found)),
        ("heading_title", titles, len(expected), len(found)),
        ("heading_depth", placed, with_depth, len(found) if with_depth else 0),
    ):
        wrong = correct != expected_count or found_count != expected_count
        tallies[name].add(correct, expected_count, found_count, miss if wrong else None)


_ARTICLE = re.compile(r"^Điều\s+(\d+)")


def score_decision(
    gold: dict[str, Any], recognised: Any, where: str, tallies: Mapping[str, Tallying]
) -> None:
    """Add the Căn cứ and Điều of *recognised* to their tallies, where the gold counts them."""
    bases, articles = decision_parts(recognised)
    if "legal_bases" in gold:
        expected = gold["legal_bases"]
        correct = min(expected, bases)
        wrong = bases != expected
        tallies["legal_bases"].add(
            correct,
            expected,
            bases,
            f"{where}: expected {expected}, got {bases}" if wrong else None,
        )
    if "articles" in gold:
        wanted = list(gold["articles"])
        correct = matched(wanted, articles)
        wrong = correct != len(wanted) or len(articles) != len(wanted)
        tallies["articles"].add(
            correct,
            len(wanted),
            len(articles),
            f"{where}: expected {wanted}, got {articles}" if wrong else None,
        )


def decision_parts(recognised: Any) -> tuple[int, list[int]]:
    """How many Căn cứ paragraphs, and which Điều numbers, the recogniser found."""
    bases = 0
    articles: list[int] = []
    for item in recognised.body:
        if item.kind == "legal_basis":
            bases += 1
        elif item.kind == "article":
            match = _ARTICLE.match(item.text)
            if match:
                articles.append(int(match.group(1)))
    return bases, articles
