"""Page 1 of the bundled report as the real exporters render it, made when the docs are built.

When the HTML builder starts (``builder-inited``), the bundled example is exported to DOCX and
ODT by the library being documented, both files are converted to PDF by one LibreOffice start
(``soffice --headless --convert-to pdf``, in a private profile folder, with a time limit: its
start-up is most of the cost, about 5 s), and page 1 of each is rendered by poppler's
``pdftoppm`` to ``docs/_generated/seed-<format>-page1.png`` (a 16-level grey PNG), the images
the pages show.  Without ``soffice`` or ``pdftoppm``, or when they fail, the committed images
``docs/_static/seed-<format>-page1.png`` are copied there instead, so the build never needs
LibreOffice, nor the network.  ``DR_DOCS_PAGE_IMAGES=committed`` asks for the committed images.

The folder ``docs/_generated/`` is not committed (``.gitignore``); to refresh the committed
images, ``python scripts/render_seed_page.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Sphinx is imported by Sphinx only: the tests use make_images without it
    from sphinx.application import Sphinx

#: The formats whose page 1 the docs show, the example, and the time LibreOffice may take.
FORMATS = ("docx", "odt")
EXAMPLE = "bac-giang-ct21-2024"
TIMEOUT_SECONDS = 120
DPI = 80


def make_page_images(app: Sphinx) -> None:
    """Write ``_generated/seed-<format>-page1.png`` for each format: rendered, or committed.

    Only the HTML builder shows them; another (``doctest``) gets the committed ones if there are
    none yet, since every builder reads the pages that name them."""
    from sphinx.util import logging

    source = Path(app.srcdir)
    target = source / "_generated"
    if app.builder.format != "html":
        if all((target / f"seed-{format}-page1.png").exists() for format in FORMATS):
            return
        why = make_images(source / "_static", target, render=False)
    else:
        why = make_images(source / "_static", target)
    logger = logging.getLogger(__name__)
    if why is None:
        logger.info("page images: rendered by LibreOffice and pdftoppm into %s", target)
    else:
        logger.info("page images: the committed ones (%s)", why)


def make_images(committed: Path, target: Path, *, render: bool = True) -> str | None:
    """Write ``seed-<format>-page1.png`` into *target*: rendered when *render* and the tools
    are there, else copied from *committed*; return why they were copied, or ``None``."""
    target.mkdir(exist_ok=True)
    why = _why_committed() if render else "not asked to render"
    if why is None:
        try:
            render_images(target)
            return None
        except (OSError, subprocess.SubprocessError) as error:
            why = f"rendering failed ({error})"
    for format in FORMATS:
        name = f"seed-{format}-page1.png"
        shutil.copyfile(committed / name, target / name)
    return why


def _why_committed() -> str | None:
    """Why the committed images are used, or ``None`` when they can be rendered."""
    if os.environ.get("DR_DOCS_PAGE_IMAGES") == "committed":
        return "DR_DOCS_PAGE_IMAGES=committed"
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    return f"no {' or '.join(missing)} on PATH" if missing else None


def render_images(target: Path) -> None:
    """Render page 1 of the example in each of :data:`FORMATS` into *target* (raises
    :class:`OSError` or :class:`subprocess.SubprocessError` when a tool fails)."""
    import directive_report
    from directive_report import examples

    report = examples.load(EXAMPLE)
    with tempfile.TemporaryDirectory(prefix="dr-page-images-") as folder:
        work = Path(folder)
        documents = [work / f"seed-{format}.{format}" for format in FORMATS]
        for document, format in zip(documents, FORMATS, strict=True):
            directive_report.export(report, document, format=format)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                *map(str, documents),
            ],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
        for document, format in zip(documents, FORMATS, strict=True):
            page = work / f"page-{format}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(DPI),
                    "-gray",
                    "-png",
                    "-singlefile",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    str(document.with_suffix(".pdf")),
                    str(page),
                ],
                check=True,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
            )
            _store(page.with_suffix(".png"), target / f"seed-{format}-page1.png")


def _store(png: Path, target: Path) -> None:
    """Keep 16 grey levels (a third of the size, no visible difference), as the committed ones."""
    from PIL import Image

    with Image.open(png) as page:
        page.convert("L").quantize(colors=16, dither=Image.Dither.NONE).save(target, optimize=True)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the hook."""
    app.connect("builder-inited", make_page_images)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
