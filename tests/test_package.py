"""The package as users get it: its public names, laziness, metadata."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import directive_report

SRC = Path(directive_report.__file__).parent


def imported_after(statement: str) -> set[str]:
    """Top-level modules imported by *statement* in a fresh interpreter."""
    code = f"import sys\n{statement}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.partition(".")[0] for name in json.loads(out.stdout)}


class TestImport:
    def test_import_loads_no_heavy_library(self) -> None:
        """``import directive_report`` loads neither the office libraries nor lxml, cattrs, babel
        or importlib.metadata; exporters are found on first use only."""
        loaded = imported_after("import directive_report")
        assert not loaded & {"docx", "odf", "lxml", "cattrs", "babel", "hypothesis"}
        modules = subprocess.run(
            [sys.executable, "-c", "import sys, directive_report; print(sorted(sys.modules))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "importlib.metadata" not in modules
        assert "directive_report.exporters" not in modules

    def test_loading_a_report_loads_no_office_library(self) -> None:
        """Reading a report needs cattrs but still no exporter library."""
        loaded = imported_after(
            "import directive_report as dr; dr.examples.load('bac-giang-ct21-2024')"
        )
        assert "cattrs" in loaded
        assert not loaded & {"docx", "odf", "lxml"}

    def test_all_is_sorted_and_importable(self) -> None:
        """Every public name resolves, and ``__all__`` is sorted as ruff sorts it: constants,
        classes, then functions and modules, each alphabetically."""
        names = directive_report.__all__

        def kind(name: str) -> tuple[int, str]:
            return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

        assert list(names) == sorted(names, key=kind)
        for name in names:
            assert getattr(directive_report, name) is not None, name
        assert set(names) <= set(dir(directive_report))

    def test_unknown_attribute(self) -> None:
        """A misspelt name is an AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="has no attribute 'lod'"):
            directive_report.lod  # noqa: B018

    def test_version_matches_metadata(self) -> None:
        """``__version__`` is the installed distribution's version."""
        assert directive_report.__version__ == version("directive-report")


class TestDistribution:
    def test_py_typed_and_example_are_package_data(self) -> None:
        """The type marker and the bundled example ship inside the package."""
        assert (SRC / "py.typed").is_file()
        assert (SRC / "examples" / "bac-giang-ct21-2024.toml").is_file()

    def test_python_m(self) -> None:
        """``python -m directive_report`` is the command line."""
        out = subprocess.run(
            [sys.executable, "-m", "directive_report", "--version"], capture_output=True, text=True
        )
        assert out.returncode == 0
        assert out.stdout.strip() == f"directive-report {version('directive-report')}"
