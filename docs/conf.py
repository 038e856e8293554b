"""Sphinx configuration for the directive-report documentation."""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

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
    "dr_refs",
    "dr_tables",
    "dr_file_format",
    "dr_page_images",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
language = "en"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
nitpicky = True
# The build runs without network (CI reaches only PyPI), so intersphinx cannot fetch the
# inventories of Python and the third-party libraries: references into them stay unresolved.
# Only those external modules are ignored; every reference into directive_report must resolve.
_EXTERNAL = (
    r"(datetime|decimal|collections\.abc|collections|os|enum|pathlib|re|html|typing|types|io"
    r"|hypothesis(\.strategies)?|attrs|attr|cattrs(\.converters)?|babel)"
)
# Private modules and names (a leading underscore) are not part of the API reference; docstrings
# may still name them for maintainers.
_PRIVATE = r"(directive_report(\.\w+)*\.)?_[A-Za-z][\w.]*"
nitpick_ignore_regex = [(r"py:.*", _EXTERNAL + r"\.\w+(\.\w+)*"), (r"py:.*", _PRIVATE)]

html_theme = "furo"
html_title = "directive-report"
html_static_path = ["_static"]

# Only PyPI is reachable from CI: no intersphinx.
doctest_global_setup = "import directive_report as dr"

# Only explicit {doctest} blocks of the pages run here; docstring examples run under pytest.
doctest_test_doctest_blocks = ""
