#!/usr/bin/env python3
"""Write ``docs/validation-rules.md`` from the registry of validation rules.

Usage::

    python scripts/generate_validation_rules.py [--check]

``--check`` exits with status 1 when the committed page differs from what would be generated
(``tests/test_validate_rules.py`` checks the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from directive_report.validate.rules import rules_markdown

PAGE = Path(__file__).resolve().parent.parent / "docs" / "validation-rules.md"


def main() -> int:
    """Write the page, or with ``--check`` compare it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    text = rules_markdown()
    if args.check:
        return 0 if PAGE.read_text(encoding="utf-8") == text else 1
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
