#!/usr/bin/env python3
"""Render page 1 of the seed example for the docs: ``docs/_static/seed-<format>-page1.png``.

Usage::

    python scripts/render_seed_page.py docx [--dpi 80]

Exports the bundled example with the given format, converts it with LibreOffice (``soffice``),
renders page 1 with poppler's ``pdftoppm`` and stores it as a 16-level grey PNG (about 60 KB).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

import directive_report
from directive_report import examples

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Write the PNG of page 1 of the seed example in one format."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("format", help="exporter name, e.g. docx or odt")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args(argv)
    target = ROOT / "docs" / "_static" / f"seed-{args.format}-page1.png"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        document = work / f"seed.{args.format}"
        directive_report.export(examples.load("bac-giang-ct21-2024"), document, format=args.format)
        profile = (work / "profile").as_uri()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(document),
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(args.dpi),
                "-gray",
                "-png",
                "-singlefile",
                "-f",
                "1",
                "-l",
                "1",
                str(work / "seed.pdf"),
                str(work / "page"),
            ],
            check=True,
        )
        with Image.open(work / "page.png") as page:
            page.convert("L").quantize(colors=16, dither=Image.Dither.NONE).save(
                target, optimize=True
            )
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
