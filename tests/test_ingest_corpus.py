"""The ingest figures on the corpus of real documents (tests/corpus/ingest), computed by the
measuring harness (``scripts/measure_ingest.py`` prints the same figures per field).

Targets of issue 12 on the held-out part: header fields ≥ 95 % exact, section headings ≥ 90 %,
Nơi nhận items and signatures ≥ 95 %.  The development part is held to the same bar so that a
change that helps one part and breaks the other is caught.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from _office import require_libreoffice

CORPUS = Path(__file__).parent / "corpus" / "ingest"


@pytest.fixture(scope="module")
def corpus() -> Iterator[ModuleType]:
    """The harness (tests/corpus/ingest/ingest_corpus.py)."""
    sys.path.insert(0, str(CORPUS))
    try:
        yield importlib.import_module("ingest_corpus")
    finally:
        sys.path.remove(str(CORPUS))


def test_the_corpus_is_complete(corpus: ModuleType) -> None:
    documents = corpus.documents()
    assert len(documents) >= 25
    assert not any(document.excerpt for document in documents)
    assert {d.split for d in documents} == {"dev", "heldout"}
    for document in documents:
        text = document.text_path.read_text(encoding="utf-8")
        gold = document.gold
        # every gold signer and recipient is in the text as published
        assert gold["signer"].split()[-1] in text, document.id
        for item in gold.get("recipients", []):
            assert item.split()[0] in text, (document.id, item)


def _whole_and_split(corpus: ModuleType, part: str) -> list[Any]:
    """The documents of *part*, each whole (Nơi nhận and signer annotated) and in the part the
    fixed rule puts it in (the last hex digit of the SHA-1 of its id even: development), with
    documents in both parts."""
    import hashlib

    batch = [d for d in corpus.documents(files=True) if d.part == part]
    for document in batch:
        digit = int(hashlib.sha1(document.id.encode()).hexdigest()[-1], 16)
        assert document.split == ("dev" if digit % 2 == 0 else "heldout"), document.id
        assert document.gold["recipients"], document.id
        assert document.gold["signer"], document.id
    assert {d.split for d in batch} == {"dev", "heldout"}
    return batch


def test_the_documents_from_files_are_complete_and_split(corpus: ModuleType) -> None:
    """README.md, "Documents from their files": whole documents with Nơi nhận, signature and
    numbered bodies, in both parts by the fixed rule."""
    files = _whole_and_split(corpus, "files")
    assert len(files) >= 10
    plans = [d for d in files if d.gold["doc_type"] == "Kế hoạch"]
    assert len(plans) >= 7
    assert all(len(d.gold["headings"]) >= 5 for d in plans)


def test_the_second_batch_holds_reports_and_is_split(corpus: ModuleType) -> None:
    """README.md, "second batch": at least 15 whole documents, at least 5 of them báo cáo, from
    more than one office, split by the fixed rule into both parts."""
    batch = _whole_and_split(corpus, "files2")
    assert len(batch) >= 15
    assert sum(d.gold["doc_type"] == "Báo cáo" for d in batch) >= 5
    assert len({d.gold["issuer"] for d in batch}) >= 8


def test_the_third_batch_is_split_by_the_rule(corpus: ModuleType) -> None:
    """README.md, "third batch": whole documents of other offices, split by the fixed rule."""
    assert len(_whole_and_split(corpus, "files3")) >= 7


def test_the_fourth_batch_holds_long_signatures_and_is_split(corpus: ModuleType) -> None:
    """README.md, "fourth batch": whole documents, most of them signed in three or more capital
    lines, with some in each part, split by the fixed rule."""
    batch = _whole_and_split(corpus, "files4")
    assert len(batch) >= 10
    long = [d for d in batch if len(d.gold["signature"]) >= 3]
    assert {d.split for d in long} == {"dev", "heldout"}


def test_misses_are_printed_for_the_development_part_only() -> None:
    """The held-out part is only measured: the measuring script refuses to list its misses."""
    import subprocess

    script = Path(__file__).parent.parent / "scripts" / "measure_ingest.py"
    for split in ("heldout", "all"):
        run = subprocess.run(
            [sys.executable, str(script), "--split", split, "--misses", "--rendering", "text"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == 2, run.stdout
        assert "--split dev" in run.stderr
        assert "expected" not in run.stdout


def test_the_excerpts_have_headings_in_both_parts(corpus: ModuleType) -> None:
    excerpts = [d for d in corpus.documents(excerpts=True) if d.excerpt]
    assert len(excerpts) >= 15
    for split in ("dev", "heldout"):
        headings = [h for d in excerpts if d.split == split for h in d.gold["headings"]]
        assert len(headings) >= 10, split
        assert all(len(heading) == 3 for heading in headings)


def test_every_gold_span_is_in_its_text(corpus: ModuleType) -> None:
    """The second pass (gold_check.py): every annotated span is read again in the text."""
    import gold_check

    every = corpus.documents(excerpts=True, files=True)
    problems = [p for d in every for p in gold_check.problems(d)]
    assert problems == []


def test_the_second_pass_finds_a_wrong_annotation(corpus: ModuleType) -> None:
    import dataclasses

    import gold_check

    document = next(d for d in corpus.documents(excerpts=True) if d.id == "tv-2033")
    wrong = dict(document.gold)
    wrong["headings"] = [["1.", "Mục tiêu chung", 1]]
    wrong["articles"] = [2]
    wrong["issuer"] = "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"
    problems = gold_check.problems(dataclasses.replace(document, gold=wrong))
    assert len(problems) == 3, problems


def test_a_number_printed_in_two_pieces_is_read_as_both(corpus: ModuleType) -> None:
    """gold_check.py reads a "Số" a PDF printed in two pieces ("Số: 85" … "/GM-UBND") as the
    figure and the symbol among the header lines — and a wrong figure is still a problem."""
    import dataclasses

    import gold_check

    document = next(d for d in corpus.documents(files=True) if d.id == "ld-gm-85")
    assert gold_check.problems(document) == []
    wrong = dict(document.gold, number="86/GM-UBND")
    problems = gold_check.problems(dataclasses.replace(document, gold=wrong))
    assert problems == ["ld-gm-85: number '86/GM-UBND' is not in the text"]


def _measured(
    corpus: ModuleType, split: str, tmp_path: Path, part: str
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The tallies of *part* of *split*, all renderings together, and their misses — of the
    development part only: a failing held-out figure does not show what it missed."""
    require_libreoffice()
    if (split, part) not in _MEASURED:
        total = corpus.combined(corpus.measure(split, tmp_path, part=part))
        hidden = ["(held-out misses are not shown)"]
        _MEASURED[(split, part)] = (
            total,
            {name: tally.misses if split == "dev" else hidden for name, tally in total.items()},
        )
    return _MEASURED[(split, part)]


def _hold(
    total: dict[str, Any], misses: dict[str, list[str]], names: tuple[str, ...], floor: float
) -> None:
    """Recall and precision of each field in *names* at *floor* or above (a field the part
    neither expects nor finds, such as the Điều of a set without quyết định, is skipped)."""
    for name in names:
        if total[name].expected == 0 and total[name].found == 0:
            continue
        assert total[name].recall >= floor, (name, misses[name])
        assert total[name].precision >= floor, (name, misses[name])


#: The heading figures measured on each part (recall of label and title together;
#: docs/reading-measured-earlier.md).
#: The held-out part is below the target of issue 12 (0.90): its figure is held so that it cannot
#: fall, and the development part to the target.
HEADINGS_FLOOR = {"dev": 0.90, "heldout": 0.88}


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_headings_and_decision_parts_on_the_excerpts(
    corpus: ModuleType, split: str, tmp_path: Path
) -> None:
    total, misses = _measured(corpus, split, tmp_path, "excerpts")
    for name in ("headings", "heading_label", "heading_title", "heading_depth"):
        assert total[name].recall >= HEADINGS_FLOOR[split], (name, misses[name])
        assert total[name].precision >= 0.95, (name, misses[name])
    _hold(total, misses, ("legal_bases", "articles"), 0.95)


#: The floors of the complete documents: (header fields exact, headings recall, headings
#: precision, signatures), all renderings together (docs/reading-measured.md and
#: docs/reading-measured-earlier.md). The web-page
#: documents and the development parts of the documents from their files meet the targets of
#: issue 12; the held-out documents from their files do not all: the first batch (header fields
#: 89.4 %, headings 86.1 %) is held to what it measured so that it cannot fall. The second batch's
#: signatures (62.5 % before: signatures of three capital lines, a kind its development part
#: lacked) measure 100 % since the fourth batch brought that kind into a development part.
COMPLETE_FLOORS = {
    ("complete", "dev"): (0.95, None, None, 0.95),
    ("complete", "heldout"): (0.95, None, None, 0.95),
    ("files", "dev"): (0.95, 0.95, 0.95, 0.95),
    ("files", "heldout"): (0.89, 0.86, 0.95, 0.95),
    ("files2", "dev"): (0.95, 0.95, 0.95, 0.95),
    ("files2", "heldout"): (0.98, 0.98, 0.95, 0.95),
    ("files3", "dev"): (0.95, 0.95, 0.95, 0.95),
    ("files3", "heldout"): (0.95, 0.95, 0.95, 0.95),
    ("files4", "dev"): (0.95, 0.95, 0.95, 0.95),
    ("files4", "heldout"): (0.96, 0.95, 0.95, 0.95),
}
#: The measured tallies of a (split, part), kept so that the pooled figure below measures no
#: document twice.
_MEASURED: dict[tuple[str, str], tuple[dict[str, Any], dict[str, list[str]]]] = {}


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize(("part", "split"), list(COMPLETE_FLOORS))
def test_figures_on_the_complete_documents(
    corpus: ModuleType, part: str, split: str, tmp_path: Path
) -> None:
    total, misses = _measured(corpus, split, tmp_path, part)
    header, headings, precision, signatures = COMPLETE_FLOORS[(part, split)]
    assert corpus.header_accuracy(total) >= header, misses
    if headings is not None and precision is not None:
        assert total["headings"].recall >= headings, misses["headings"]
        assert total["headings"].precision >= precision, misses["headings"]
    web = part == "complete"
    _hold(total, misses, ("recipients", *(("addressees",) if web else ())), 0.95)
    _hold(total, misses, ("signature",), signatures)
    if not web:
        _hold(total, misses, ("legal_bases", "articles"), 1.0)


@pytest.mark.libreoffice
@pytest.mark.slow
def test_figures_on_every_held_out_complete_document(corpus: ModuleType, tmp_path: Path) -> None:
    """Issue 12's held-out part — every held-out complete document, all parts but the excerpts,
    pooled (`measure_ingest.py --split heldout --part whole`) — meets its targets: header fields
    ≥ 95 % exact, headings ≥ 90 %, Nơi nhận items and signatures ≥ 95 %."""
    held_out = corpus.documents("heldout", files=True)
    parts = sorted({document.part for document in held_out})
    assert {d.id for d in held_out} == {
        d.id for d in corpus.documents("heldout", excerpts=True, files=True) if not d.excerpt
    }
    pooled = corpus.new_tallies()
    for part in parts:
        total, _ = _measured(corpus, "heldout", tmp_path, part)
        for name, tally in total.items():
            pooled[name].add(tally.correct, tally.expected, tally.found)
    assert corpus.header_accuracy(pooled) >= 0.95
    assert pooled["headings"].recall >= 0.90
    assert pooled["headings"].precision >= 0.95
    for name in ("recipients", "signature"):
        assert pooled[name].recall >= 0.95, name
        assert pooled[name].precision >= 0.95, name
