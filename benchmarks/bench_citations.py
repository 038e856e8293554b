"""Benchmark for directive_report.citations (issues 4 and 15): extraction speed and accuracy.

Run with ``.venv/bin/python benchmarks/bench_citations.py [--sizes 1 10 100] [--runs 3]``.  It
prints two tables; :func:`measure` returns the same figures as data (the consolidated bench table
imports it).

1. Throughput of :func:`citations.extract` in MB (of UTF-8) per second on one core, best of
   ``--runs``, on texts of each size (cost linear in length).  Two kinds of text:

   * *report*: the real Bắc Giang report (tests/data/seed-report.txt), about 1,400 citations
     per MB: the density of real reports (target: 40 MB/s);
   * *legal*: the development part of the real citation corpus (tests/corpus/citations/real;
     the held-out part is run by no one but the lead, at the end of a round): decisions,
     resolutions, circulars and laws with their căn cứ, about 2,600 citations per MB (target:
     30 MB/s).

   Each copy of the text has its running numbers shifted, so that copies cite different
   documents, as different texts would (the extractor builds each distinct citation once per
   text, so repeating one text verbatim would flatter it).  Side by side, in the same process and
   on the same text, the reference floors, which parse nothing: a plain scan for digit runs, a
   plain ``re`` keyword scan (every type word, case-insensitive, followed by a number), and the
   extractor's own passes over the whole text before it reads any citation (its refusal of
   bidirectional controls, its NFC check and its scan for the places a citation may start):
   what remains of ``extract``'s time once that scan is taken away is the reading of each
   citation.  When the installed reader is the compiled one (``nox -s bench`` installs it: see
   docs/citations-compiled.md), the pure-Python reader of the source tree is timed beside it, on
   the same text, in the same process.  Times are CPU time: one core's work, which the load of
   other processes inflates much less than wall-clock time.
2. Accuracy on the hand-annotated corpora: precision and recall on strict spans (start and end
   both exact) and on overlap, and the accuracy of each record field on strictly matched
   citations, for the real corpus's development and held-out parts (the held-out part is only
   measured, never tuned on) and for the texts written for the project (unit tests).

This is a plain script, not a timed test: timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import functools
import gc
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
sys.path.insert(0, str(ROOT / "tests"))

import citation_corpus  # type: ignore[import-not-found]  # noqa: E402  (tests/corpus/citations)

import _pure_reader  # noqa: E402  (tests/_pure_reader.py)
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
    """Best CPU time of ``func(text)`` over *runs*, and its last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        result = None
        gc.collect()
        start = time.process_time()
        result = func(text)
        best = min(best, time.process_time() - start)
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


def places_scan(text: str) -> int:
    """The extractor's passes over the whole text before it reads a citation: what ``extract``
    costs at least, however fast its reading (private functions: this measures their cost)."""
    from directive_report.citations._find import Reader
    from directive_report.citations._source import Source
    from directive_report.citations._stream import _refuse_bidi_controls
    from directive_report.citations.issuers import DEFAULT_ISSUERS

    _refuse_bidi_controls(text)
    positions, _ = Reader(Source(text).text, DEFAULT_ISSUERS)._candidates()
    return len(positions)


def kinds() -> dict[str, str]:
    """The base text of each kind (see the module's docstring), before :func:`varied`."""
    legal = "\n\n".join(t.text for t in citation_corpus.real_corpus("dev"))
    return {
        "report": SEED.read_text(encoding="utf-8"),
        "legal": unicodedata.normalize("NFC", legal),
    }


def compiled() -> bool:
    """Whether the installed reader is the compiled one."""
    from directive_report.citations import _find

    return _pure_reader.is_compiled(_find)


def throughput(sizes: list[float], runs: int) -> list[dict[str, Any]]:
    """One row per kind of text and size: MB/s of extract, of the floors and, when the
    installed reader is compiled, of the pure-Python reader (else ``None``)."""
    naive = naive_scan()
    pure = _pure_reader.load().extract if compiled() else None
    for extract in (citations.extract, pure):
        if extract is not None:
            extract("Chỉ thị số 21/CT-TTg")  # compile the patterns outside the timings
    rows = []
    for kind, base in kinds().items():
        for megabytes in sizes:
            text = varied(base, megabytes)
            size = len(text.encode()) / 1e6
            ours, found = best_of(runs, citations.extract, text)
            interpreted = best_of(runs, pure, text)[0] if pure is not None else None
            floor, _ = best_of(runs, digits_scan, text)
            plain, _ = best_of(runs, naive, text)
            scan, _ = best_of(runs, places_scan, text)
            rows.append(
                {
                    "text": kind,
                    "megabytes": round(size, 1),
                    "citations": len(found),
                    "extract_mb_s": size / ours,
                    "digit_scan_mb_s": size / floor,
                    "keyword_scan_mb_s": size / plain,
                    "places_scan_mb_s": size / scan,
                    "compiled": pure is not None,
                    "pure_mb_s": size / interpreted if interpreted else None,
                }
            )
    return rows


def _parts() -> dict[str, list[Any]]:
    # Each batch from the third (batches 1 and 2 were measured together) in both parts, the
    # batches as the manifest lists them.
    last = max(source.batch for source in citation_corpus.manifest().values())
    parts = {
        "real, development": citation_corpus.real_corpus("dev"),
        "real, held-out": citation_corpus.real_corpus("heldout"),
    }
    for batch in range(3, last + 1):
        parts[f"real, development, batch {batch}"] = citation_corpus.real_corpus("dev", (batch,))
        parts[f"real, held-out, batch {batch}"] = citation_corpus.real_corpus("heldout", (batch,))
    parts["written for the project"] = citation_corpus.corpus()
    return parts


def accuracy() -> dict[str, Any]:
    """The scores (citation_corpus.Score) of each part of the corpora."""
    return {
        name: citation_corpus.score_all(texts, citations.extract)
        for name, texts in _parts().items()
    }


def measure(sizes: tuple[float, ...] = (1, 10, 100), runs: int = 3) -> dict[str, Any]:
    """The figures as data: ``{"throughput": [rows], "accuracy": {part: figures}}``."""
    scores = accuracy()
    return {
        "throughput": throughput(list(sizes), runs),
        "accuracy": {
            name: {
                "citations": score.expected,
                "found": score.found,
                "precision": score.precision,
                "recall": score.recall,
                "overlap_precision": score.lenient_precision,
                "overlap_recall": score.lenient_recall,
                **{f"field_{key}": score.accuracy(key) for key in citation_corpus.FIELDS},
            }
            for name, score in scores.items()
        },
    }


def print_throughput(rows: list[dict[str, Any]], runs: int) -> None:
    build = "compiled" if rows and rows[0]["compiled"] else "pure Python"
    print(f"## extract() throughput, one core, CPU time, best of {runs}; reader: {build}\n")
    print(
        "| text | size | citations | extract MB/s | ms per MB | pure reader MB/s "
        "| digit scan MB/s | keyword scan MB/s | extract / keyword scan | its own scan MB/s "
        "| µs per citation past that scan |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        speed, scan = row["extract_mb_s"], row["places_scan_mb_s"]
        reading = (row["megabytes"] / speed - row["megabytes"] / scan) * 1e6 / row["citations"]
        pure = f"{row['pure_mb_s']:.1f}" if row["pure_mb_s"] else "—"
        print(
            f"| {row['text']} | {row['megabytes']:.1f} MB | {row['citations']:,} | {speed:.1f} "
            f"| {1000 / speed:.1f} | {pure} | {row['digit_scan_mb_s']:.0f} "
            f"| {row['keyword_scan_mb_s']:.1f} | {speed / row['keyword_scan_mb_s']:.2f} "
            f"| {scan:.0f} | {reading:.1f} |"
        )
    print()
    for kind in dict.fromkeys(row["text"] for row in rows):
        speeds = [row["extract_mb_s"] for row in rows if row["text"] == kind]
        print(
            f"Linearity, {kind} text: MB/s at the smallest size / at the largest = "
            f"{speeds[0] / speeds[-1]:.2f} (target ≤ 1.5)"
        )
    print()


def print_accuracy(scores: dict[str, Any]) -> None:
    parts = _parts()
    print("## Accuracy on the hand-annotated corpora\n")
    print("| measure | " + " | ".join(scores) + " |")
    print("|---|" + "---:|" * len(scores))
    print("| texts | " + " | ".join(str(len(parts[name])) for name in scores) + " |")
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
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=float, nargs="+", default=[1, 10, 100], help="text sizes in MB"
    )
    parser.add_argument("--runs", type=int, default=3, help="repeats; the best time counts")
    args = parser.parse_args()
    print_accuracy(accuracy())
    print_throughput(throughput(args.sizes, args.runs), args.runs)


if __name__ == "__main__":
    main()
