"""Benchmark for directive_report.citations (issue 4): extraction speed and accuracy.

Run with ``.venv/bin/python benchmarks/bench_citations.py [--sizes 1 10] [--runs 3]``.  It
prints two tables:

1. Throughput of :func:`citations.extract` in MB (of UTF-8) per second on one core, on texts of
   1 MB and 10 MB (target: at least 20 MB/s, cost linear in length).  Two kinds of text:

   * *report*: the real Bắc Giang report (shared/examples/seed-report.txt), about 1,300
     citations per MB: the density of real reports;
   * *corpus*: the annotated corpus (tests/corpus/citations), written to be dense with citations
     and hard cases, about 5,700 per MB: a stress test.

   Each copy of the text has its running numbers shifted, so that copies cite different
   documents, as different reports would (the extractor builds each distinct citation once per
   text, so repeating one text verbatim would flatter it).  Side by side, in the same process
   and on the same text, two baselines that parse nothing: a plain scan for digit runs, and the
   naive single-pattern scan (every type word, case-insensitive, followed by a number) that an
   extractor without an anchor prefilter would start with.  Timings are the best of --runs.
2. Accuracy on the hand-annotated corpus: precision and recall on strict spans (start and end
   both exact) and on overlap, and the accuracy of each record field on strictly matched
   citations (target: 0.97 each), for the development texts, the held-out texts and all.

This is a plain script, not a timed test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "citations"
SEED = ROOT / "tests" / "data" / "seed-report.txt"  # a verbatim copy of the real report
sys.path.insert(0, str(CORPUS))

import citation_corpus  # type: ignore[import-not-found]  # noqa: E402  (tests/corpus/citations)

from directive_report import DOCUMENT_TYPES, citations  # noqa: E402

# A running number: before "/ký hiệu", "/year/ký hiệu" or "-" (Party), never a day in "25/5/2020".
_RUNNING_NUMBER = re.compile(r"(?<![\d/.-])(\d{1,5})(?=\s?[/-]\s?(?:\d{4}/)?[A-ZĐ])")


def _shifted(match: re.Match[str], shift: int) -> str:
    return str((int(match[1]) + shift) % 99_999 + 1)


def varied(base: str, megabytes: float) -> str:
    """Copies of *base* up to *megabytes* of UTF-8, each with its running numbers shifted."""
    pieces: list[str] = []
    size = copy = 0
    while size < megabytes * 1_000_000:
        copy += 1
        piece = _RUNNING_NUMBER.sub(functools.partial(_shifted, shift=37 * copy), base)
        pieces.append(piece)
        size += len(piece.encode()) + 2
    return "\n\n".join(pieces)


def best_of(runs: int, func: Callable[[str], Any], text: str) -> tuple[float, Any]:
    """Best wall time of ``func(text)`` over *runs*, and its last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = func(text)
        best = min(best, time.perf_counter() - start)
    return best, result


def naive_scan() -> Callable[[str], int]:
    """The baseline: one case-insensitive pattern of every type word and a number."""
    words = sorted((t.name for t in DOCUMENT_TYPES), key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")"
        r"\s*(?:số\s*:?\s*)?\d+",
        re.IGNORECASE,
    )
    return lambda text: sum(1 for _ in pattern.finditer(text))


def digits_scan(text: str) -> int:
    """The floor: find every run of digits."""
    return sum(1 for _ in re.finditer(r"\d+", text))


def throughput(sizes: list[float], runs: int) -> None:
    corpus = "\n\n".join(unicodedata.normalize("NFC", t.text) for t in citation_corpus.corpus())
    kinds = {"report": SEED.read_text(encoding="utf-8"), "corpus": corpus}
    naive = naive_scan()
    citations.extract("Chỉ thị số 21/CT-TTg")  # compile the patterns outside the timings
    print(f"## extract() throughput, one core, best of {runs}\n")
    print(
        "| text | size | citations | extract MB/s | ms per MB | digit scan MB/s "
        "| naive type-word scan MB/s | extract / naive |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind, base in kinds.items():
        for megabytes in sizes:
            text = varied(base, megabytes)
            size = len(text.encode()) / 1e6
            ours, found = best_of(runs, citations.extract, text)
            floor, _ = best_of(runs, digits_scan, text)
            plain, _ = best_of(runs, naive, text)
            print(
                f"| {kind} | {size:.1f} MB | {len(found):,} | {size / ours:.1f} "
                f"| {1000 * ours / size:.1f} | {size / floor:.0f} | {size / plain:.1f} "
                f"| {plain / ours:.2f} |"
            )
    print()


def accuracy() -> None:
    parts = {
        "development": citation_corpus.corpus("dev-*.txt"),
        "held-out": citation_corpus.corpus("heldout-*.txt"),
    }
    parts["all"] = parts["development"] + parts["held-out"]
    scores = {
        name: citation_corpus.score_all(texts, citations.extract) for name, texts in parts.items()
    }
    print("## Accuracy on the hand-annotated corpus\n")
    print("| measure | " + " | ".join(parts) + " |")
    print("|---|" + "---:|" * len(parts))
    print("| texts | " + " | ".join(str(len(t)) for t in parts.values()) + " |")
    print("| citations annotated | " + " | ".join(str(s.expected) for s in scores.values()) + " |")
    print("| citations found | " + " | ".join(str(s.found) for s in scores.values()) + " |")
    for label, attribute in (
        ("precision (strict span)", "precision"),
        ("recall (strict span)", "recall"),
        ("precision (overlap)", "lenient_precision"),
        ("recall (overlap)", "lenient_recall"),
    ):
        values = " | ".join(f"{getattr(s, attribute):.3f}" for s in scores.values())
        print(f"| {label} | {values} |")
    for field in citation_corpus.FIELDS:
        values = " | ".join(f"{s.accuracy(field):.3f}" for s in scores.values())
        print(f"| field `{field}` | {values} |")
    misses = scores["all"].misses
    print(f"\n{len(misses)} difference(s) from the annotations:")
    for miss in misses:
        print(f"- {miss}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="text sizes in MB")
    parser.add_argument("--runs", type=int, default=3, help="repeats; the best time counts")
    args = parser.parse_args()
    accuracy()
    throughput(args.sizes, args.runs)


if __name__ == "__main__":
    main()
