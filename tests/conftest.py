"""Shared test configuration: Hypothesis profiles and fixtures."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from directive_report import Report, examples

if TYPE_CHECKING:
    from docx.document import Document

    from _odt import Odt

# "ci" is derandomized so that a red run is reproducible; "dev" explores more.
settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the comparison of the compiled reader with the pure one (marker ``compiled``)
    where the installed reader is pure Python: there both are the same code, so it could not
    fail.  ``nox -s compiled`` runs it against the compiled build."""
    import _pure_reader
    from directive_report.citations import _find

    if _pure_reader.is_compiled(_find):
        return
    deselected = [item for item in items if item.get_closest_marker("compiled")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("compiled")]


@pytest.fixture(scope="session")
def seed_report() -> Report:
    """The bundled canonical example, bac-giang-ct21-2024."""
    return examples.load("bac-giang-ct21-2024")


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the locale's language: the tests expect English, whatever the
    machine's locale (tests of the Vietnamese messages set their own)."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(scope="session")
def seed_odt(seed_report: Report) -> Odt:
    """The seed example rendered to ODT with the default options, opened for inspection
    (``tests/_odt.py``)."""
    from _odt import Odt, render

    return Odt.parse(render(seed_report))


@pytest.fixture(scope="session")
def seed_docx(seed_report: Report) -> bytes:
    """The seed example rendered to DOCX with the default options (``tests/_docx.py``)."""
    from _docx import render

    return render(seed_report)


@pytest.fixture(scope="session")
def seed_document(seed_docx: bytes) -> Document:
    """The seed example's DOCX, reopened with python-docx."""
    from _docx import reopen

    return reopen(seed_docx)
