"""The second pass over the gold annotation: every annotated span is read again in the text.

Run as ``python tests/corpus/ingest/gold_check.py`` (prints every problem, exit status 1 if
any) and by ``tests/test_ingest_corpus.py``.  The text is compared with its runs of white space
made one space, and also with line breaks removed, because the pages broke lines inside words
and names ("Lai Châu, ngày 25 / tháng 4 năm 2024", "Điều / 1."); the gold keeps what the page
prints, so a gold span that is not in the text is a mistake of the annotation.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ingest_corpus import Document, documents


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _spans(text: str) -> tuple[str, str]:
    """The text with white space collapsed, and with every space removed."""
    flat = _flat(text)
    return flat, flat.replace(" ", "")


def _present(span: str, text: tuple[str, str]) -> bool:
    """*span* in the text — or its words in order, for a header printed as two columns made
    into lines ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI … / TỈNH HẬU GIANG Độc lập …")."""
    span = _flat(span).replace("–", "-")
    flat, squeezed = (part.replace("–", "-") for part in text)
    if span in flat or span.replace(" ", "") in squeezed:
        return True
    words = iter(flat.split())
    return all(any(word == candidate for candidate in words) for word in span.split())


def _number_split(number: str, raw: str) -> bool:
    """*number* printed in two pieces among the header lines, as a PDF's reading order gives a
    "Số" whose figure and symbol are in two text boxes ("Số: 85" … "/GM-UBND", "12094" …
    "Số:" … "/BNV-CCHC"): the figure and the symbol are each a whole line part there."""
    figure, slash, symbol = number.partition("/")
    if not (figure and slash):
        return False
    header = [_flat(line) for line in raw.splitlines()[:15]]
    has_figure = any(re.fullmatch(rf"(Số:?\s*)?{re.escape(figure)}", line) for line in header)
    return has_figure and f"/{symbol}" in header


def problems(document: Document) -> list[str]:
    """What in *document*'s gold annotation cannot be found again in its text."""
    raw = document.text_path.read_text(encoding="utf-8")
    text = _spans(raw)
    gold = document.gold
    found: list[str] = []

    def check(what: str, span: str | None) -> None:
        if span and not _present(span, text):
            found.append(f"{document.id}: {what} {span!r} is not in the text")

    for name in ("superior", "issuer", "place", "summary"):
        check(name, gold.get(name))
    number = gold.get("number")
    if number and not _present(number, text) and not _number_split(number, raw):
        found.append(f"{document.id}: number {number!r} is not in the text")
    date = gold.get("date")
    if date is not None:
        pattern = rf"ngày\s*0?{date.day}\s*tháng\s*0?{date.month}\s*năm\s*{date.year}"
        if not re.search(pattern, text[0]):
            found.append(f"{document.id}: date {date} is not in the text")
    for item in gold.get("addressees", []):
        check("addressee", item)
    for item in gold.get("recipients", []):
        check("recipient", item)
    if not document.excerpt:
        for line in gold["signature"]:
            check("signature line", line)
        check("signer", gold["signer"])
    position = 0
    for heading in gold.get("headings", []):
        label, title = heading[0], heading[1]
        span = _flat(f"{label} {title}")
        at = text[0].find(span, position)
        if at < 0:
            squeezed = span.replace(" ", "")
            at_squeezed = text[1].find(squeezed)
            if at_squeezed < 0:
                found.append(f"{document.id}: heading {label} {title!r} is not in the text")
            continue
        position = at + len(span)
        if len(heading) > 2 and heading[2] < 1:
            found.append(f"{document.id}: heading {label} {title!r} has depth {heading[2]}")
    lines = [_flat(line) for line in raw.splitlines()]
    if "legal_bases" in gold:
        counted = sum(1 for line in lines if line.startswith("Căn cứ"))
        if counted != gold["legal_bases"]:
            found.append(
                f"{document.id}: {gold['legal_bases']} Căn cứ annotated, {counted} lines start so"
            )
    for number in gold.get("articles", []):
        if not re.search(rf"Điều\s+{number}\s*\.", text[0]):
            found.append(f"{document.id}: Điều {number} is not in the text")
    return found


def main() -> int:
    """Print every problem of every document's gold annotation."""
    every = [
        problem
        for document in documents(excerpts=True, files=True)
        for problem in problems(document)
    ]
    for problem in every:
        print(problem)
    print(f"{len(documents(excerpts=True, files=True))} documents, {len(every)} problems")
    return 1 if every else 0


if __name__ == "__main__":
    sys.exit(main())
