"""Sphinx configuration for the directive-report documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "directive-report"
author = "directive-report developers"
copyright = "2026, directive-report developers"
release = _version("directive-report")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
language = "en"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
nitpicky = False

html_theme = "furo"
html_title = "directive-report"
html_static_path = ["_static"]

# Only PyPI is reachable from CI: no intersphinx.
doctest_global_setup = "import directive_report as dr"

# Only explicit {doctest} blocks of the pages run here; docstring examples run under pytest.
doctest_test_doctest_blocks = ""
