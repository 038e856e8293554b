"""LibreOffice and poppler helpers for the exporter tests (DOCX, ODT).

Convert documents to PDF with a real LibreOffice, then read the PDF back with poppler's tools.
Conversions are expensive (about 0.8 s per ``soffice`` call): convert every document a test
module needs in one :func:`convert_to_pdf` call from a module- or session-scoped fixture.

Without ``soffice`` or poppler the tests that need them skip with the reason, except in CI
(``CI=true``), where a missing tool fails the test: the checks must really run there.

Lengths are in millimetres from the top-left corner of the page.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

MM_PER_PT = 25.4 / 72
TOOLS = ("soffice", "pdftotext", "pdffonts", "pdfinfo", "pdftoppm")
#: Liberation Serif 2.x, the Times New Roman substitute with the Vietnamese letters (the 1.x
#: fonts-liberation package lacks them).
LIBERATION2 = Path("/usr/share/fonts/truetype/liberation2")
INSTALL = "apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils"


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true requires it")
    pytest.skip(reason)


def require_libreoffice() -> None:
    """Skip the calling test when LibreOffice or poppler is missing; fail instead in CI."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        _missing(
            f"needs LibreOffice and poppler-utils; not found: {', '.join(missing)} ({INSTALL})"
        )
    require_liberation2()


def require_liberation2() -> Path:
    """The Liberation Serif 2 font folder; skip the calling test without it, fail in CI."""
    if not (LIBERATION2 / "LiberationSerif-Regular.ttf").exists():
        _missing(f"needs fonts-liberation2 at {LIBERATION2} ({INSTALL})")
    return LIBERATION2


def convert_to_pdf(documents: Sequence[Path], outdir: Path) -> dict[Path, Path]:
    """Convert *documents* to PDF in one LibreOffice run with a private, throw-away profile.

    Returns the PDF of each document.  Documents must have distinct stems (``x.docx`` and
    ``x.odt`` would both become ``x.pdf``).
    """
    return convert(documents, outdir, "pdf")


def convert(documents: Sequence[Path], outdir: Path, target: str) -> dict[Path, Path]:
    """Convert *documents* with LibreOffice to the format *target* (``"pdf"``, ``"docx"``,
    ``"odt"``: a re-save), in one run with a private, throw-away profile.

    Returns the converted file of each document, in *outdir* (which must not be the documents'
    own folder when *target* is their format).
    """
    require_libreoffice()
    stems = [doc.stem for doc in documents]
    if len(set(stems)) != len(stems):
        raise ValueError(f"documents must have distinct stems, got {stems}")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        done = subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                *(str(doc) for doc in documents),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    converted = {doc: outdir / f"{doc.stem}.{target}" for doc in documents}
    missing = [str(doc) for doc, result in converted.items() if not result.exists()]
    if done.returncode != 0 or missing:
        raise AssertionError(
            f"LibreOffice could not convert {missing or documents} to {target} "
            f"(exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return converted


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def pdf_text(pdf: Path) -> str:
    """The PDF's text, one line per rendered line, pages separated by form feeds."""
    return _run("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page."""
    return pdf_text(pdf).split("\f")[: pdf_page_count(pdf)]


def pdf_page_count(pdf: Path) -> int:
    """The number of pages (pdfinfo)."""
    match = re.search(r"^Pages:\s+(\d+)$", _run("pdfinfo", str(pdf)), re.MULTILINE)
    assert match, f"pdfinfo gave no page count for {pdf}"
    return int(match[1])


def pdf_page_size_mm(pdf: Path) -> tuple[float, float]:
    """Width and height of the first page in mm."""
    match = re.search(
        r"^Page size:\s+([\d.]+) x ([\d.]+) pts", _run("pdfinfo", str(pdf)), re.MULTILINE
    )
    assert match, f"pdfinfo gave no page size for {pdf}"
    return float(match[1]) * MM_PER_PT, float(match[2]) * MM_PER_PT


def pdf_fonts(pdf: Path) -> set[str]:
    """The base names of the fonts used (``LiberationSerif-Bold``), without subset prefixes."""
    lines = _run("pdffonts", str(pdf)).splitlines()[2:]
    return {line.split()[0].partition("+")[2] or line.split()[0] for line in lines if line.strip()}


@dataclass(frozen=True)
class TextLine:
    """One rendered line of text and its box, in mm from the page's top-left corner."""

    page: int
    text: str
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        """Width of the line's box."""
        return self.right - self.left

    @property
    def centre(self) -> float:
        """Horizontal centre of the line's box."""
        return (self.left + self.right) / 2


def pdf_lines(pdf: Path) -> list[TextLine]:
    """Every rendered line with its box (``pdftotext -bbox-layout``).

    Whole lines, not words: poppler splits words at some precomposed Vietnamese letters.
    """
    xhtml = _run("pdftotext", "-enc", "UTF-8", "-bbox-layout", str(pdf), "-")
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    lines = []
    for number, page in enumerate(ET.fromstring(xhtml).iterfind(".//x:page", ns), start=1):
        for line in page.iterfind(".//x:line", ns):
            words = [word.text or "" for word in line.iterfind("x:word", ns)]
            box = [float(line.attrib[key]) * MM_PER_PT for key in ("xMin", "yMin", "xMax", "yMax")]
            lines.append(TextLine(number, " ".join(words), *box))
    return lines


def render_page(pdf: Path, png: Path, *, page: int = 1, dpi: int = 100) -> Path:
    """Render one page of *pdf* to the grey PNG *png* (pdftoppm)."""
    prefix = png.with_suffix("")
    _run(
        "pdftoppm",
        "-r",
        str(dpi),
        "-gray",
        "-png",
        "-singlefile",
        "-f",
        str(page),
        "-l",
        str(page),
        str(pdf),
        str(prefix),
    )
    return prefix.with_suffix(".png")


@dataclass(frozen=True)
class HorizontalRule:
    """A horizontal dark stroke found in a page image, in mm."""

    top: float
    left: float
    right: float

    @property
    def length(self) -> float:
        """Length of the stroke."""
        return self.right - self.left

    @property
    def centre(self) -> float:
        """Horizontal centre of the stroke."""
        return (self.left + self.right) / 2


def horizontal_rules(png: Path, dpi: int, *, min_length: float = 5.0) -> list[HorizontalRule]:
    """Horizontal strokes at least *min_length* mm long in a page image, one per stroke.

    A dark run of pixels is a stroke; text never makes runs that long.  The rows of one stroke
    (a 0.5 pt rule is 2 rows at 300 dpi) are merged.
    """
    from PIL import Image

    px_per_mm = dpi / 25.4
    dark_run = re.compile(rb"[\x00-\x7f]{%d,}" % round(min_length * px_per_mm))
    with Image.open(png) as image:
        grey = image.convert("L")
        width, height = grey.size
        data = grey.tobytes()
    found: list[HorizontalRule] = []
    previous: list[tuple[int, int]] = []
    for y in range(height):
        row = data[y * width : (y + 1) * width]
        current = [match.span() for match in dark_run.finditer(row)]
        for start, end in current:
            if not any(abs(start - a) <= 2 and abs(end - b) <= 2 for a, b in previous):
                found.append(HorizontalRule(y / px_per_mm, start / px_per_mm, end / px_per_mm))
        previous = current
    return found
