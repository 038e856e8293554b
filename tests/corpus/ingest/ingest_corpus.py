"""Measure ``directive_report.ingest`` on the corpus of real documents (see README.md).

Every document is ingested in four renderings: its text; a DOCX and an ODT that LibreOffice makes
from that text (one paragraph per line, no formatting); and a DOCX built with python-docx the way
a clerk builds one — the header as a two-column borderless table, bold and italic where the
decree puts them, the body as paragraphs, Nơi nhận and the signature in a second table.  What
the recogniser found is compared with the hand-made gold annotation, field by field.

Used by ``tests/test_ingest_corpus.py`` and ``scripts/measure_ingest.py``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from structure_scores import (
    DECISION_FIELDS,
    HEADING_FIELDS,
    matched,
    score_decision,
    score_headings,
)

HERE = Path(__file__).parent
HEADER_FIELDS = ("superior", "issuer", "number", "place", "date", "doc_type", "summary")
RENDERINGS = ("text", "libreoffice-docx", "libreoffice-odt", "clerk-docx")


@dataclass(frozen=True)
class Document:
    """A corpus document: its id, split, text and gold annotation."""

    id: str
    split: str
    text_path: Path
    gold: dict[str, Any]
    #: The beginning of a document only (README.md, "Excerpts"): no Nơi nhận or signature.
    excerpt: bool = False
    #: The file the text was copied from ("DOCX", "PDF"; README.md, "Documents from their
    #: files"), or None for a text copied from a web page.
    file: str | None = None
    #: Which batch of documents from files it came in (README.md): 1, or 2 and 3 for the ones
    #: taken and split after the recogniser had been tuned on the batches before.
    batch: int = 1

    @property
    def part(self) -> str:
        """``"excerpts"``, ``"files"`` (complete, copied from a published file), ``"files2"`` or
        ``"files3"`` (likewise, a later batch) or ``"complete"`` (complete, from a web page)."""
        if self.excerpt:
            return "excerpts"
        if self.file:
            return f"files{self.batch}" if self.batch > 1 else "files"
        return "complete"


def documents(
    split: str | None = None, *, excerpts: bool = False, files: bool = False
) -> list[Document]:
    """The corpus documents of *split* (``"dev"``, ``"heldout"``) or all, in id order: the
    complete documents copied from web pages; with *excerpts* also the beginnings of longer
    documents (measured for their headings), with *files* also the complete documents copied
    from their published files."""
    manifest = tomllib.loads((HERE / "manifest.toml").read_text(encoding="utf-8"))
    found = []
    for entry in manifest["document"]:
        if split is not None and entry["split"] != split:
            continue
        if entry.get("excerpt", False) and not excerpts:
            continue
        if entry.get("file") and not files:
            continue
        gold = tomllib.loads((HERE / "gold" / f"{entry['id']}.toml").read_text(encoding="utf-8"))
        found.append(
            Document(
                id=entry["id"],
                split=entry["split"],
                text_path=HERE / "texts" / f"{entry['id']}.txt",
                gold=gold,
                excerpt=entry.get("excerpt", False),
                file=entry.get("file"),
                batch=entry.get("batch", 1),
            )
        )
    return sorted(found, key=lambda document: document.id)


# ------------------------------------------------------------------------------------------------
# Comparing


def norm(text: str | None) -> str:
    """NFC, white space collapsed, outer spaces and a final full stop removed."""
    if text is None:
        return ""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text.rstrip(" .;")


def norm_number(text: str | None) -> str:
    """A document number with its spaces removed and dashes made hyphens."""
    return re.sub(r"\s+", "", norm(text)).replace("–", "-").replace("—", "-")


@dataclass
class Tally:
    """Counts for one field: ``correct`` of ``expected`` (recall) and of ``found`` (precision)."""

    correct: int = 0
    expected: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, correct: int, expected: int, found: int, miss: str | None = None) -> None:
        self.correct += correct
        self.expected += expected
        self.found += found
        if miss:
            self.misses.append(miss)

    @property
    def recall(self) -> float | None:
        return self.correct / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.found if self.found else None


def score(document: Document, recognised: Any, rendering: str, tallies: dict[str, Tally]) -> None:
    """Add *recognised* (a :class:`~directive_report.readers.recognise.Recognised`) of
    *document* to *tallies*, one per field."""
    gold = document.gold
    where = f"{document.id} [{rendering}]"
    for name in HEADER_FIELDS:
        expected = gold.get(name)
        got = getattr(recognised, name)
        if name == "date":
            same = got == expected
            shown = (str(expected), str(got))
        elif name == "number":
            same = norm_number(got) == norm_number(expected)
            shown = (norm_number(expected), norm_number(got))
        else:
            same = norm(got) == norm(expected)
            shown = (norm(expected), norm(got))
        expected_count = 1 if expected is not None else 0
        found_count = 1 if got not in (None, "") else 0
        correct = 1 if same and expected is not None else 0
        tallies[name].add(
            correct,
            expected_count,
            found_count,
            None if same else f"{where}: expected {shown[0]!r}, got {shown[1]!r}",
        )
    score_headings(gold, recognised, where, tallies)
    score_decision(gold, recognised, where, tallies)
    pairs: list[tuple[str, list[str], list[str]]] = [
        (
            "addressees",
            [norm(item) for item in gold.get("addressees", [])],
            [norm(item) for item in recognised.addressees],
        ),
    ]
    if not document.excerpt:
        pairs.append(
            (
                "recipients",
                [norm(item) for item in gold.get("recipients", [])]
                + ([f"Lưu: {norm(gold['archive'])}"] if "archive" in gold else []),
                [norm(item) for item in recognised.recipients]
                + ([f"Lưu: {norm(recognised.archive)}"] if recognised.archive else []),
            )
        )
    for name, expected_items, found_items in pairs:
        correct = matched(expected_items, found_items)
        miss = None
        if correct != len(expected_items) or correct != len(found_items):
            miss = f"{where}: expected {expected_items}, got {found_items}"
        tallies[name].add(correct, len(expected_items), len(found_items), miss)
    if document.excerpt:
        return  # the beginning of a document: no signature to compare
    expected_signature = [norm(line) for line in gold["signature"]] + [norm(gold["signer"])]
    found_signature = [norm(line) for line in recognised.signature_titles] + [
        norm(recognised.signer_name)
    ]
    same = expected_signature == found_signature
    tallies["signature"].add(
        int(same),
        1,
        1 if any(found_signature) else 0,
        None if same else f"{where}: expected {expected_signature}, got {found_signature}",
    )


FIELDS = (
    *HEADER_FIELDS,
    *HEADING_FIELDS,
    "addressees",
    "recipients",
    "signature",
    *DECISION_FIELDS,
)


def new_tallies() -> dict[str, Tally]:
    """An empty tally per field."""
    return {name: Tally() for name in FIELDS}


def header_accuracy(tallies: dict[str, Tally]) -> float:
    """Exact header fields over all header fields expected."""
    correct = sum(tallies[name].correct for name in HEADER_FIELDS)
    expected = sum(tallies[name].expected for name in HEADER_FIELDS)
    return correct / expected if expected else 1.0


# ------------------------------------------------------------------------------------------------
# Renderings


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_from_text(texts: Sequence[Path], outdir: Path, target: str) -> dict[Path, Path]:
    """The DOCX or ODT LibreOffice makes of each UTF-8 text (one paragraph per line)."""
    soffice = _soffice()
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed for the LibreOffice renderings")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--infilter=Text (encoded):UTF8,LF,Liberation Serif,vi",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                *(str(text) for text in texts),
            ],
            capture_output=True,
            timeout=600,
            check=True,
        )
    return {text: outdir / f"{text.stem}.{target}" for text in texts}


def _body_lines(document: Document) -> list[str]:
    """The text's lines between the header (and Kính gửi) and Nơi nhận or the signature."""
    lines = [line.strip() for line in document.text_path.read_text(encoding="utf-8").splitlines()]
    gold = document.gold
    start = 0
    anchors = [*gold.get("addressees", []), gold.get("summary") or "", gold.get("number") or ""]
    for anchor in anchors:
        key = norm(anchor)[-25:]
        for index, line in enumerate(lines):
            if key and key in norm(line):
                start = max(start, index + 1)
                break
    end = len(lines)
    for index, line in enumerate(lines[start:], start=start):
        signature = gold.get("signature", [""])[0]
        if line.startswith("Nơi nhận") or (signature and norm(line) == norm(signature)):
            end = index
            break
    return [line for line in lines[start:end] if line and not re.fullmatch(r"[-_*|]+", line)]


def _printed_line(document: Document, pattern: str) -> str | None:
    """The first line of *document*'s text that *pattern* matches, white space made one."""
    for line in document.text_path.read_text(encoding="utf-8").splitlines():
        if re.search(pattern, line):
            return " ".join(line.split())
    return None


def clerk_docx(document: Document, path: Path) -> Path:
    """A DOCX of *document* made as a clerk makes one in Word (python-docx)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    gold = document.gold
    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    header = word.add_table(rows=2, cols=2)

    def cell_line(
        cell: Any,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float = 13,
        first: bool = False,
    ) -> None:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)

    left, right = header.rows[0].cells
    first = True
    if gold.get("superior"):
        cell_line(left, gold["superior"], first=True)
        first = False
    cell_line(left, gold["issuer"], bold=True, first=first)
    cell_line(left, "_______")
    cell_line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, first=True)
    cell_line(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=14)
    cell_line(right, "_______________")
    if gold.get("number"):
        cell_line(header.rows[1].cells[0], f"Số: {gold['number']}", first=True)
    if gold.get("doc_type") == "Công văn" and gold.get("summary"):
        cell_line(header.rows[1].cells[0], f"V/v {gold['summary']}", size=12)
    date = gold.get("date")
    if date is not None:
        month = f"{date.month:02d}" if date.month < 3 else str(date.month)
        cell_line(
            header.rows[1].cells[1],
            f"{gold['place']}, ngày {date.day:02d} tháng {month} năm {date.year}",
            italic=True,
            size=14,
            first=True,
        )
    elif gold.get("place"):  # a draft: the place and date line as printed, its day blank
        printed = _printed_line(document, rf"{re.escape(gold['place'])}\s*,\s*ngày")
        if printed:
            cell_line(header.rows[1].cells[1], printed, italic=True, size=14, first=True)
    if gold.get("doc_type") and gold["doc_type"] != "Công văn":
        for text in (gold["doc_type"].upper(), gold.get("summary") or ""):
            paragraph = word.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(text).bold = True
    addressees = gold.get("addressees", [])
    if len(addressees) == 1:
        word.add_paragraph(f"Kính gửi: {addressees[0]}.")
    elif addressees:
        word.add_paragraph("Kính gửi:")
        for index, item in enumerate(addressees):
            word.add_paragraph(f"- {item}{'.' if index == len(addressees) - 1 else ';'}")
    for line in _body_lines(document):
        paragraph = word.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if document.excerpt:
        word.save(str(path))
        return path  # the beginning of a document: no Nơi nhận, no signature
    footer = word.add_table(rows=1, cols=2)
    recipients_cell, signature_cell = footer.rows[0].cells
    items = [*gold.get("recipients", [])]
    if items or "archive" in gold:
        label = recipients_cell.paragraphs[0].add_run("Nơi nhận:")
        label.bold = label.italic = True
        for item in items:
            recipients_cell.add_paragraph(f"- {item};").runs[0].font.size = Pt(11)
        if "archive" in gold:
            recipients_cell.add_paragraph(f"- Lưu: {gold['archive']}.").runs[0].font.size = Pt(11)
    first = True
    for line in gold["signature"]:
        cell_line(signature_cell, line, bold=True, size=14, first=first)
        first = False
    cell_line(signature_cell, "")
    cell_line(signature_cell, gold["signer"], bold=True, size=14)
    word.save(str(path))
    return path


def renderings(
    corpus: Sequence[Document], workdir: Path, wanted: Iterable[str] = RENDERINGS
) -> dict[str, dict[str, Path]]:
    """``{rendering: {document id: file}}`` for every wanted rendering."""
    wanted = tuple(wanted)
    out: dict[str, dict[str, Path]] = {}
    texts = [document.text_path for document in corpus]
    if "text" in wanted:
        out["text"] = {document.id: document.text_path for document in corpus}
    for target in ("docx", "odt"):
        if f"libreoffice-{target}" in wanted:
            made = libreoffice_from_text(texts, workdir / target, target)
            out[f"libreoffice-{target}"] = {path.stem: made[path] for path in texts}
    if "clerk-docx" in wanted:
        folder = workdir / "clerk"
        folder.mkdir(parents=True, exist_ok=True)
        out["clerk-docx"] = {
            document.id: clerk_docx(document, folder / f"{document.id}.docx") for document in corpus
        }
    return out


def in_part(document: Document, part: str) -> bool:
    """Whether *document* is among *part*: a part's name, ``"all"`` or ``"whole"`` (every
    complete document, the excerpts left out)."""
    if part == "whole":
        return not document.excerpt
    return part in ("all", document.part)


def measure(
    split: str | None,
    workdir: Path,
    wanted: Iterable[str] = RENDERINGS,
    *,
    part: str = "all",
) -> dict[str, dict[str, Tally]]:
    """``{rendering: {field: Tally}}`` over the documents of *split*: the complete documents
    copied from web pages (*part* ``"complete"``), those copied from their published files
    (``"files"``, later batches ``"files2"`` … ``"files4"``), the excerpts (``"excerpts"``), every
    complete document (``"whole"``) or all of them (``"all"``)."""
    from directive_report.readers import read_facts
    from directive_report.readers.recognise import recognise

    corpus = [
        document
        for document in documents(split, excerpts=True, files=True)
        if in_part(document, part)
    ]
    files = renderings(corpus, workdir, wanted)
    result: dict[str, dict[str, Tally]] = {}
    for rendering, paths in files.items():
        tallies = new_tallies()
        for document in corpus:
            found = recognise(read_facts(paths[document.id]))
            score(document, found, rendering, tallies)
        result[rendering] = tallies
    return result


def combined(result: dict[str, dict[str, Tally]]) -> dict[str, Tally]:
    """The tallies of every rendering added together."""
    total = new_tallies()
    for tallies in result.values():
        for name, tally in tallies.items():
            total[name].add(tally.correct, tally.expected, tally.found)
            total[name].misses.extend(tally.misses)
    return total
