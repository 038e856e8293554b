"""Development sessions: ``nox`` runs the default ones (tests, lint, typing, docs, plugins)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = nox.project.python_versions(PYPROJECT)  # from the classifiers: what CI has installed

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "lint", "typing", "docs", "plugins", "compiled"]
nox.needs_version = ">=2025.2.9"


def _groups(*names: str) -> list[str]:
    return [req for name in names for req in nox.project.dependency_groups(PYPROJECT, name)]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (Hypothesis derandomized when CI is set)."""
    session.install(".", *_groups("tests"))
    env = {"HYPOTHESIS_PROFILE": "ci"} if os.environ.get("CI") else {}
    session.run("pytest", *session.posargs, env=env)


@nox.session(python=PYTHONS[-1])
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install(*_groups("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHONS[-1])
def typing(session: nox.Session) -> None:
    """mypy --strict on the library and its tests."""
    session.install(".", *_groups("typing"))
    session.run("mypy", "--strict", "src", "tests")


@nox.session(python=PYTHONS[-1])
def docs(session: nox.Session) -> None:
    """Build the documentation (nitpicky, warnings as errors), open it in Chromium, run its doctests."""
    session.install(".", *_groups("docs"), "pytest")
    session.run(
        "sphinx-build", "-n", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html"
    )
    # the built site in headless Chromium: pages load with no console message, search works
    session.run(
        "pytest", "-p", "no:cacheprovider", "docs/_tests", env={"DOCS_HTML": "docs/_build/html"}
    )
    session.run(
        "sphinx-build", "-n", "-W", "--keep-going", "-b", "doctest", "docs", "docs/_build/doctest"
    )


@nox.session(python=PYTHONS[-1])
def plugins(session: nox.Session) -> None:
    """Install each example plug-in (plugins/*/) beside the core, run its tests, type-check it."""
    session.install(".", *_groups("typing"))
    for folder in sorted(entry.path for entry in os.scandir("plugins") if entry.is_dir()):
        session.install(folder)
        session.run("pytest", "-p", "no:cacheprovider", "--rootdir", folder, f"{folder}/tests")
        session.run("mypy", "--strict", f"{folder}/src", f"{folder}/tests")


def _install_compiled(session: nox.Session, *requirements: str) -> None:
    """Build the wheel whose citation reader mypyc compiles (docs/citations-compiled.md) and
    install it: built from the sdist, in a temporary folder, so that no compiled module is left
    in src/ (where an editable install, the tests' monkeypatching and mutmut want pure Python)."""
    dist = os.path.join(session.create_tmp(), "dist")
    shutil.rmtree(dist, ignore_errors=True)  # one wheel: the one built now
    session.run(
        "uv", "build", "--out-dir", dist, ".", env={"HATCH_BUILD_HOOKS_ENABLE": "1"}, external=True
    )
    (wheel,) = (entry.path for entry in os.scandir(dist) if entry.name.endswith(".whl"))
    session.install("--reinstall", wheel, *requirements)


@nox.session(python=PYTHONS[-1])
def compiled(session: nox.Session) -> None:
    """The compiled reader: build it, then run the citation tests against it and compare it,
    record by record, with the pure-Python reader of the source tree
    (tests/test_citations_compiled.py)."""
    _install_compiled(session, *_groups("tests"))
    session.run(
        "pytest", "-p", "no:cacheprovider", "-m", "not heldout",
        *sorted(str(path) for path in Path("tests").glob("test_citations_*.py")),
        *session.posargs,
        env={"DIRECTIVE_REPORT_COMPILED": "1", "HYPOTHESIS_PROFILE": "ci"},
    )  # fmt: skip


@nox.session(python=PYTHONS[-1], default=False)
def bench(session: nox.Session) -> None:
    """Every benchmark in one run: one table of ratios against their anchors, and
    bench-out/bench.json (not part of the default run; ``-- --smoke`` for a quick check).
    The citation reader is the compiled one, timed beside the pure-Python one."""
    _install_compiled(session, *_groups("bench"))
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session(python=PYTHONS[-1], default=False)
def catalogs(session: nox.Session) -> None:
    """Extract the messages into the template and merge it into each catalog (docs/i18n.md)."""
    session.install(".")
    locale = "src/directive_report/i18n/locale"
    template = f"{locale}/directive_report.pot"
    session.run(
        "pybabel", "extract", "-F", "babel.cfg", "-k", "both", "-k", "finding:2",
        "--no-location", "--sort-output", "--width=100",
        "--project=directive-report", "--copyright-holder=directive-report developers",
        "-o", template, "src/directive_report",
    )  # fmt: skip
    session.run(
        "pybabel", "update", "-i", template, "-d", locale, "-D", "directive_report",
        "--no-fuzzy-matching", "--ignore-obsolete", "--width=100",
    )  # fmt: skip


@nox.session(python=PYTHONS[-1], default=False)
def mutate(session: nox.Session) -> None:
    """Mutation testing of the core modules with mutmut, each within a time budget (not part
    of the default run; the scores are in docs/guarantees.md).  ``nox -s mutate -- vi``."""
    session.install(".", *_groups("mutate"))
    session.run("python", "scripts/mutate.py", *session.posargs)
