#!/usr/bin/env python3
"""Refresh the committed page-1 images of the seed example: ``docs/_static/seed-<format>-page1.png``.

Usage::

    python scripts/render_seed_page.py

The docs build makes these images itself when LibreOffice is installed
(``docs/_ext/dr_page_images.py``, which this script runs): the committed ones are what a build
without LibreOffice shows, so refresh them when the exporters' output changes.  Each is page 1
of the bundled example exported to DOCX or ODT, converted by LibreOffice (``soffice``) and
rendered by poppler's ``pdftoppm`` as a 16-level grey PNG (about 60 KB).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from dr_page_images import FORMATS, render_images  # noqa: E402  (the docs' own extension)


def main() -> int:
    """Write the PNG of page 1 of the seed example in each format the docs show."""
    target = ROOT / "docs" / "_static"
    render_images(target)
    for format in FORMATS:
        print(f"wrote docs/_static/seed-{format}-page1.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
