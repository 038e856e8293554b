"""Print what the extractor misses on the development part of the real corpus, and only there.

Run ``python tests/corpus/citations/dev_misses.py [--batch N ...]``.  This is the script to tune
with: it reads the development texts alone (of the given batches of ``real/MANIFEST.tsv``, or
all), and the scorer records no miss of a held-out text in any case
(``citation_corpus.Text.held_out``), so the held-out part can be measured but never looked at.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import citation_corpus

from directive_report import citations


def main() -> int:
    """Print each development miss, then the development figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, action="append", help="only this batch (repeatable)")
    args = parser.parse_args()
    texts = citation_corpus.real_corpus("dev", args.batch)
    assert not any(text.held_out for text in texts)
    result = citation_corpus.score_all(texts, citations.extract)
    for line in result.misses:
        print(line)
    print(
        f"development: {len(texts)} texts, {result.expected} citations, "
        f"strict P/R {result.precision:.3f}/{result.recall:.3f}, "
        f"overlap P/R {result.lenient_precision:.3f}/{result.lenient_recall:.3f}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
