"""Second pass over the hand annotations of the real corpus (``real/``).

Run ``python tests/corpus/citations/check_annotations.py [--candidates]``.  It re-reads every
annotated span against its text, independently of the extractor, and prints each mismatch:

* the number, year, date parts, pinpoint numbers and ký hiệu must be written in the span;
* a written issuer and a law's name must be written in the span (case, spacing and line breaks
  aside), or for an item of a list, the issuer after it or in the list's head, and the name
  before it;
* every text must be listed in ``real/MANIFEST.tsv`` with a source and the part the file-name
  hash gives it.

With ``--candidates`` it also prints every place outside the annotations where a citation could
start (a type word or "số" followed closely by a number, a ``12/2020/`` or ``12-NQ/`` form), so
that a reader can confirm each one is a trap and not a missed citation.  The exit status is 1
when a mismatch was found.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import citation_corpus

_SEPARATORS = re.compile(r"[\s\-/.–—:]+")
_CANDIDATE = re.compile(
    r"(?i)(?:\b(?:số|nghị định|quyết định|thông tư|chỉ thị|nghị quyết|kế hoạch|công văn|"
    r"văn bản|tờ trình|báo cáo|thông báo|kết luận|quy định|hướng dẫn|công điện|luật|"
    r"bộ luật|pháp lệnh|hiến pháp)\b[^\n;]{0,12}?\d)|\b\d{1,5}\s?/\s?\d{4}\s?/|\b\d{1,4}-[A-ZĐ]{1,6}/"
)


# The five tone marks (grave, acute, hook, tilde, dot below), as combining characters.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0309\u0303\u0323"))


def _squash(text: str) -> str:
    # Tone marks are left out, so that their placement does not count: "hoà" = "hòa".
    decomposed = unicodedata.normalize("NFD", text).translate(_TONE_MARKS)
    return _SEPARATORS.sub("", decomposed).casefold()


def check_text(text: citation_corpus.Text) -> list[str]:
    """Mismatches between the annotations of *text* and the words they cover."""
    problems = []
    for exp in text.expected:
        words = text.text[exp.start : exp.end]
        squashed = _squash(words)
        digits = set(re.findall(r"\d+", words))
        numbers = {str(int(d)) for d in digits}
        fields = exp.fields
        where = f"{text.name}: {words!r}"
        if words != words.strip():
            problems.append(f"{where}: span starts or ends with a space")
        if fields["number"] is not None and str(fields["number"]) not in numbers:
            problems.append(f"{where}: number {fields['number']} not written")
        if fields["year"] is not None and str(fields["year"]) not in digits:
            problems.append(f"{where}: year {fields['year']} not written")
        date = fields["date"]
        if date is not None:
            for part in (date.day, date.month, date.year):
                if str(part) not in numbers:
                    problems.append(f"{where}: date part {part} not written")
        symbol = fields["symbol"]
        if symbol is not None and _squash(symbol) not in squashed:
            problems.append(f"{where}: ký hiệu {symbol!r} not written")
        issuer = fields["issuer"]
        # An item of a list carries the issuer written once after the last item, or once in the
        # list's head before the first ("các Nghị quyết của HĐND tỉnh: số 340/NQ-HĐND ...; số
        # 160/NQ-HĐND ..."), where each item may be followed by its own trích yếu.
        shared = _squash(text.text[exp.end : exp.end + 150])
        list_head = _squash(text.text[max(0, exp.start - 800) : exp.start])
        if (
            issuer is not None
            and not fields["issuer_inferred"]
            and _squash(issuer) not in squashed
            and _squash(issuer) not in shared
            and _squash(issuer) not in list_head
        ):
            problems.append(f"{where}: issuer {issuer!r} not written")
        name = fields["name"]
        # An item of a list ("Luật X số 01/2002/QH11; số 83/2015/QH13") carries the name
        # written once before the first item.
        head = _squash(text.text[max(0, exp.start - 150) : exp.start])
        if name is not None and _squash(name) not in squashed and _squash(name) not in head:
            problems.append(f"{where}: name {name!r} not written")
        pinpoint = fields["pinpoint"]
        if pinpoint is not None:
            for part in re.findall(r"\d+", pinpoint):
                if part not in numbers:
                    problems.append(f"{where}: pinpoint part {part} not written")
        if fields["doc_type"] is None:
            problems.append(f"{where}: no doc_type")
    return problems


def candidates(text: citation_corpus.Text) -> list[str]:
    """Places outside every annotation where a citation could start."""
    covered = [(e.start, e.end) for e in text.expected]
    found = []
    for match in _CANDIDATE.finditer(text.text):
        if any(start <= match.start() < end for start, end in covered):
            continue
        line_start = text.text.rfind("\n", 0, match.start()) + 1
        context = text.text[max(line_start, match.start() - 30) : match.end() + 40]
        found.append(f"{text.name}: {context.replace(chr(10), ' ')!r}")
    return found


def main() -> int:
    """Check every real text; print mismatches (and candidates with ``--candidates``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", action="store_true")
    args = parser.parse_args()
    problems: list[str] = []
    texts = citation_corpus.real_corpus()
    manifest = citation_corpus.manifest()
    for text in texts:
        problems.extend(check_text(text))
        entry = manifest.get(text.name)
        if entry is None:
            problems.append(f"{text.name}: not in MANIFEST.tsv")
        elif entry.part != citation_corpus.part_of(text.name):
            problems.append(f"{text.name}: MANIFEST part {entry.part} is not the hash's")
        if args.candidates:
            for line in candidates(text):
                print("candidate", line)
    for name in sorted(set(manifest) - {t.name for t in texts}):
        problems.append(f"{name}: in MANIFEST.tsv but no file")
    for line in problems:
        print(line)
    count = sum(len(t.expected) for t in texts)
    print(f"{len(texts)} texts, {count} citations, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
