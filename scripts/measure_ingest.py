"""Print the ingest figures on the corpus of real documents (tests/corpus/ingest), per field,
per rendering and for all renderings together, for the development and the held-out parts.

    python scripts/measure_ingest.py [--split dev|heldout|all]
                                     [--part complete|files|files2|files3|files4|excerpts|whole|all]
                                     [--rendering NAME ...] [--misses]

``--part whole`` pools every complete document (every part but the excerpts): with
``--split heldout`` it is the held-out part issue 12 sets its targets on.
``--misses`` lists every miss and is refused unless ``--split dev``: the held-out part is only
measured, never looked at (tests/corpus/ingest/README.md, "Split").
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "ingest"))

import ingest_corpus


def _percent(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    parser.add_argument(
        "--part",
        default="all",
        choices=("complete", "files", "files2", "files3", "files4", "excerpts", "whole", "all"),
    )
    parser.add_argument("--rendering", nargs="*", default=list(ingest_corpus.RENDERINGS))
    parser.add_argument("--misses", action="store_true", help="list every miss (dev only)")
    args = parser.parse_args()
    if args.misses and args.split != "dev":
        parser.error("--misses lists misses of the development part only: add --split dev")
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    for split in splits:
        with tempfile.TemporaryDirectory() as workdir:
            result = ingest_corpus.measure(split, Path(workdir), args.rendering, part=args.part)
        count = sum(
            1
            for document in ingest_corpus.documents(split, excerpts=True, files=True)
            if ingest_corpus.in_part(document, args.part)
        )
        print(f"\n## {split}, {args.part} ({count} documents)\n")
        header = "| field | " + " | ".join(result) + " | all |"
        print(header)
        print("|" + "---|" * (len(result) + 2))
        total = ingest_corpus.combined(result)
        for name in ingest_corpus.FIELDS:
            cells = [
                f"{_percent(tallies[name].recall)} ({tallies[name].correct}/{tallies[name].expected})"
                for tallies in result.values()
            ]
            overall = total[name]
            print(
                f"| {name} | "
                + " | ".join(cells)
                + f" | {_percent(overall.recall)} ({overall.correct}/{overall.expected}) |"
            )
        print(
            f"\nheader fields exact: {_percent(ingest_corpus.header_accuracy(total))}; "
            f"precision of Nơi nhận items {_percent(total['recipients'].precision)}, "
            f"of headings {_percent(total['headings'].precision)}"
        )
        if args.misses:
            for name in ingest_corpus.FIELDS:
                for miss in total[name].misses:
                    print(f"- {name}: {miss}")


if __name__ == "__main__":
    main()
