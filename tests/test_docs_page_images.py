"""The docs' page-1 images: rendered at build time by the real exporters and LibreOffice, the
committed ones when LibreOffice is missing or fails (docs/_ext/dr_page_images.py)."""

from __future__ import annotations

import importlib.util
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops, ImageStat

from _office import require_libreoffice

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _extension() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dr_page_images", DOCS / "_ext/dr_page_images.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pages = _extension()


@pytest.fixture
def committed(tmp_path: Path) -> Path:
    """Stand-ins for the committed images: one black pixel each, unmistakable."""
    folder = tmp_path / "committed"
    folder.mkdir()
    for format in pages.FORMATS:
        Image.new("L", (1, 1)).save(folder / f"seed-{format}-page1.png")
    return folder


def test_rendered_by_the_exporters_and_libreoffice(committed: Path, tmp_path: Path) -> None:
    """With soffice and pdftoppm: page 1 of the DOCX and of the ODT, an A4 page at 80 dpi in 16
    greys, that looks like the page committed in docs/_static (made the same way earlier)."""
    require_libreoffice()
    out = tmp_path / "generated"
    assert pages.make_images(committed, out) is None
    for format in pages.FORMATS:
        with Image.open(out / f"seed-{format}-page1.png") as made:
            assert made.size in {(661, 935), (662, 936)}  # 210 x 297 mm at 80 dpi
            assert len(made.convert("L").getcolors() or ()) <= 16
            with Image.open(DOCS / "_static" / f"seed-{format}-page1.png") as reference:
                difference = ImageChops.difference(made.convert("L"), reference.convert("L"))
                assert ImageStat.Stat(difference).mean[0] < 2.0  # of 255: the same page


def test_committed_without_libreoffice(
    committed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No soffice on PATH: the committed images, said why."""
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    out = tmp_path / "generated"
    assert pages.make_images(committed, out) == "no soffice or pdftoppm on PATH"
    for format in pages.FORMATS:
        name = f"seed-{format}-page1.png"
        assert (out / name).read_bytes() == (committed / name).read_bytes()


def test_committed_when_libreoffice_fails(
    committed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A LibreOffice that fails does not fail the docs build: the committed images."""
    bin = tmp_path / "bin"
    bin.mkdir()
    for tool in ("soffice", "pdftoppm"):
        script = bin / tool
        script.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(bin))
    why = pages.make_images(committed, tmp_path / "generated")
    assert why is not None
    assert why.startswith("rendering failed (Command '['soffice'")
    assert (tmp_path / "generated/seed-odt-page1.png").read_bytes() == (
        committed / "seed-odt-page1.png"
    ).read_bytes()


def test_committed_when_asked(
    committed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DR_DOCS_PAGE_IMAGES", "committed")
    assert pages.make_images(committed, tmp_path / "g") == "DR_DOCS_PAGE_IMAGES=committed"


def test_the_pages_show_the_generated_images() -> None:
    """The home page, Bắt đầu nhanh and the DOCX and ODT pages show the images made at build time."""
    assert "dr_page_images" in (DOCS / "conf.py").read_text(encoding="utf-8")
    for page, image in (
        ("index.md", "_generated/seed-docx-page1.png"),
        ("index.md", "_generated/seed-odt-page1.png"),
        ("vi/bat-dau-nhanh.md", "../_generated/seed-docx-page1.png"),
        ("docx.md", "_generated/seed-docx-page1.png"),
        ("odt.md", "_generated/seed-odt-page1.png"),
    ):
        assert image in (DOCS / page).read_text(encoding="utf-8"), page
